import { chromium } from '@playwright/test';
const [url, out, w='1280', h='800', theme='light', actions=''] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: theme });
page.on('console', m => { if (m.type() !== 'log') console.log('console:', m.type(), m.text()) });
page.on('pageerror', e => console.log('pageerror:', e.message));
await page.goto(url);
await page.waitForTimeout(2500);
if (actions) { const fn = new Function('page', `return (async () => { ${actions} })()`); await fn(page); await page.waitForTimeout(1500); }
await page.screenshot({ path: out });
await browser.close();
