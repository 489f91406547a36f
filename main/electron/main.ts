// The desktop entry, bundled to dist/main/main.mjs (scripts/build.mjs).
import { fileURLToPath } from 'node:url';
import { startDesktopApp } from './desktop-app';

// In the bundle this resolves to dist/, where the renderer and preload are built beside main.
void startDesktopApp({ distDir: fileURLToPath(new URL('..', import.meta.url)) });
