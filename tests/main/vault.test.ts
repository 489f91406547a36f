import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAccountServices } from '../../main/sessions/account-services';
import { PassphraseCipher, CipherTextError } from '../../main/vault/passphrase-cipher';
import { unlockWithPassphrase } from '../../main/vault/passphrase-source';
import { Vault } from '../../main/vault/vault';
import { TEST_LOG_COST, removeTempDirs, tempDir } from './support/fixtures';

const cipher = (passphrase: string) => new PassphraseCipher(passphrase, { logCost: TEST_LOG_COST });

afterEach(removeTempDirs);

describe('PassphraseCipher', () => {
  it('seals each value with its own salt and nonce, and opens it again', async () => {
    const sealer = new PassphraseCipher('passphrase'); // the production cost, once
    const [first, second] = [await sealer.encrypt('secret'), await sealer.encrypt('secret')];
    expect(first).not.toBe(second);
    const [, , saltA, nonceA] = first.split('.');
    const [, , saltB, nonceB] = second.split('.');
    expect(saltA).not.toBe(saltB);
    expect(nonceA).not.toBe(nonceB);
    expect(first).not.toContain('secret');
    expect(await sealer.decrypt(first)).toBe('secret');
  });

  it('refuses with a wrong passphrase or tampered text', async () => {
    const sealed = await cipher('right').encrypt('secret');
    await expect(cipher('wrong').decrypt(sealed)).rejects.toBeInstanceOf(CipherTextError);
    const tampered = sealed.slice(0, -3) + (sealed.endsWith('AAA') ? 'BBB' : 'AAA');
    await expect(cipher('right').decrypt(tampered)).rejects.toBeInstanceOf(CipherTextError);
    await expect(cipher('right').decrypt('plain text')).rejects.toBeInstanceOf(CipherTextError);
  });
});

describe('Vault', () => {
  it('refuses to store or reveal a secret while locked: no plain-text fallback', async () => {
    const dataDir = tempDir();
    const vault = new Vault({ dataDir });
    await expect(vault.set('password:p:q', 'hunter2')).rejects.toMatchObject({
      code: 'VaultLocked',
    });
    await vault.unlock(cipher('pass'));
    await vault.set('password:p:q', 'hunter2');
    vault.lock();
    await expect(vault.get('password:p:q')).rejects.toMatchObject({ code: 'VaultLocked' });
    expect(readFileSync(path.join(dataDir, 'vault.json'), 'utf8')).not.toContain('hunter2');
  });

  it('detects a wrong passphrase with the verifier, and changes nothing', async () => {
    const dataDir = tempDir();
    const vault = new Vault({ dataDir });
    await vault.unlock(cipher('right'));
    await vault.set('client-secret:p:c', 'the secret');
    vault.lock();
    const before = readFileSync(path.join(dataDir, 'vault.json'), 'utf8');

    const reopened = new Vault({ dataDir });
    await expect(reopened.unlock(cipher('wrong'))).rejects.toMatchObject({
      code: 'VaultWrongPassphrase',
      message: expect.stringMatching(/Nothing was changed/),
    });
    expect(reopened.isLocked()).toBe(true);
    expect(readFileSync(path.join(dataDir, 'vault.json'), 'utf8')).toBe(before);
    await reopened.unlock(cipher('right'));
    expect(await reopened.get('client-secret:p:c')).toBe('the secret');
  });

  it('forgets everything, backups included, and then takes a new passphrase', async () => {
    const dataDir = tempDir();
    const vault = new Vault({ dataDir });
    await vault.unlock(cipher('old'));
    await vault.set('password:p:q', 'hunter2');
    vault.forget();
    expect(vault.status()).toEqual({ locked: true, sealedWith: null, secretCount: 0 });
    await vault.unlock(cipher('new'));
    expect(await vault.get('password:p:q')).toBeUndefined();
  });

  it('reseals every secret under another cipher', async () => {
    const vault = new Vault({ dataDir: tempDir() });
    await vault.unlock(cipher('old'));
    await vault.set('password:p:q', 'hunter2');
    await vault.reseal(cipher('new'));
    vault.lock();
    await expect(vault.unlock(cipher('old'))).rejects.toMatchObject({
      code: 'VaultWrongPassphrase',
    });
    await vault.unlock(cipher('new'));
    expect(await vault.get('password:p:q')).toBe('hunter2');
  });

  it('keeps its files readable by the owner only', async () => {
    const dataDir = path.join(tempDir(), 'nested', 'data');
    const services = createAccountServices({ dataDir });
    await services.vault.unlock(cipher('pass'));
    await services.vault.set('password:p:q', 'x');
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    for (const file of [
      'vault.json',
      'vault.backup.json',
      'profiles.json',
      'profiles.backup.json',
    ]) {
      expect(statSync(path.join(dataDir, file)).mode & 0o777).toBe(0o600);
    }
  });
});

describe('the passphrase outside Electron', () => {
  it('comes from OCX_VAULT_PASSPHRASE', async () => {
    const vault = new Vault({ dataDir: tempDir() });
    await unlockWithPassphrase(vault, {
      env: { OCX_VAULT_PASSPHRASE: 'from-env' },
      cipherOptions: { logCost: TEST_LOG_COST },
    });
    expect(vault.isLocked()).toBe(false);
  });

  it('is asked twice for a new vault, once after', async () => {
    const dataDir = tempDir();
    const questions: string[] = [];
    const prompt = async (question: string) => {
      questions.push(question);
      return 'typed';
    };
    await unlockWithPassphrase(new Vault({ dataDir }), {
      env: {},
      prompt,
      cipherOptions: { logCost: TEST_LOG_COST },
    });
    await unlockWithPassphrase(new Vault({ dataDir }), {
      env: {},
      prompt,
      cipherOptions: { logCost: TEST_LOG_COST },
    });
    expect(questions).toEqual([
      'Choose a passphrase to protect saved secrets: ',
      'Type it again: ',
      'Vault passphrase: ',
    ]);
  });

  it('without a terminal or the variable, says how to provide it', async () => {
    await expect(
      unlockWithPassphrase(new Vault({ dataDir: tempDir() }), { env: {} }),
    ).rejects.toMatchObject({
      code: 'VaultPassphraseRequired',
      message: expect.stringContaining('OCX_VAULT_PASSPHRASE'),
    });
  });
});
