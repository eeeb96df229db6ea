import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { displayUrl, ensureDataDir, readConfig, readVersion } from '../../../server/config';
import { safeSegments } from '../../../server/static';

const root = mkdtempSync(path.join(tmpdir(), 'hearth-config-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readConfig', () => {
  it('defaults to 127.0.0.1:8080, ./data and ./dist', () => {
    expect(readConfig({}, '/srv/hearth')).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: '/srv/hearth/data',
      distDir: '/srv/hearth/dist',
      session: { maxMs: 8 * 3_600_000, idleMs: 60 * 60_000 },
    });
  });

  it('reads PORT, HOST, HEARTH_DATA_DIR and HEARTH_DIST_DIR', () => {
    const env = {
      PORT: '9000',
      HEARTH_HOST: '0.0.0.0',
      HEARTH_DATA_DIR: 'var/db',
      HEARTH_DIST_DIR: '/opt/hearth/dist',
    };
    expect(readConfig(env, '/srv/hearth')).toEqual({
      port: 9000,
      host: '0.0.0.0',
      dataDir: '/srv/hearth/var/db',
      distDir: '/opt/hearth/dist',
      session: { maxMs: 8 * 3_600_000, idleMs: 60 * 60_000 },
    });
  });

  it('reads the coordinator session lifetimes, idle at most the whole session', () => {
    const env = { HEARTH_SESSION_HOURS: '4', HEARTH_SESSION_IDLE_MINUTES: '15' };
    expect(readConfig(env, '/').session).toEqual({ maxMs: 4 * 3_600_000, idleMs: 15 * 60_000 });
    expect(readConfig({ HEARTH_SESSION_HOURS: '1' }, '/').session.idleMs).toBe(60 * 60_000);
  });

  it.each([
    ['HEARTH_SESSION_HOURS', '0'],
    ['HEARTH_SESSION_HOURS', '25'],
    ['HEARTH_SESSION_HOURS', '1.5'],
    ['HEARTH_SESSION_IDLE_MINUTES', '0'],
    ['HEARTH_SESSION_IDLE_MINUTES', '481'],
    ['HEARTH_SESSION_IDLE_MINUTES', 'ten'],
  ])('rejects %s=%s', (name, value) => {
    expect(() => readConfig({ [name]: value }, '/')).toThrow(new RegExp(name));
  });

  it('reads HEARTH_PUBLIC_ORIGIN as an origin', () => {
    const env = { HEARTH_PUBLIC_ORIGIN: 'https://hearth.example.org/' };
    expect(readConfig(env, '/').publicOrigin).toBe('https://hearth.example.org');
    expect(readConfig({}, '/').publicOrigin).toBeUndefined();
  });

  it.each(['hearth.example.org', 'https://hearth.example.org/app', 'ftp://x.org', 'https://'])(
    'rejects HEARTH_PUBLIC_ORIGIN=%s',
    (origin) => {
      expect(() => readConfig({ HEARTH_PUBLIC_ORIGIN: origin }, '/')).toThrow(
        /HEARTH_PUBLIC_ORIGIN/,
      );
    },
  );

  it.each(['abc', '-1', '65536', '80.5', '1e3'])('rejects PORT=%s', (port) => {
    expect(() => readConfig({ PORT: port }, '/')).toThrow(/PORT/);
  });
});

describe('ensureDataDir', () => {
  it('creates a missing directory, owner-only', () => {
    const dir = path.join(root, 'a', 'b', 'data');
    ensureDataDir(dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    ensureDataDir(dir); // idempotent
  });

  it('refuses a path that is a file', () => {
    const file = path.join(root, 'file');
    writeFileSync(file, '');
    expect(() => ensureDataDir(file)).toThrow(/not a directory/);
  });

  it('leaves an existing directory in place', () => {
    const dir = path.join(root, 'existing');
    mkdirSync(dir, { mode: 0o700 });
    writeFileSync(path.join(dir, 'keep'), 'x');
    ensureDataDir(dir);
    expect(statSync(path.join(dir, 'keep')).isFile()).toBe(true);
  });
});

describe('helpers', () => {
  it('displayUrl says localhost for loopback and wildcard binds', () => {
    expect(displayUrl('127.0.0.1', 8080)).toBe('http://localhost:8080');
    expect(displayUrl('0.0.0.0', 81)).toBe('http://localhost:81');
    expect(displayUrl('192.168.1.5', 81)).toBe('http://192.168.1.5:81');
    expect(displayUrl('fe80::1', 81)).toBe('http://[fe80::1]:81');
  });

  it('readVersion reads package.json', () => {
    const file = path.join(root, 'package.json');
    writeFileSync(file, JSON.stringify({ name: 'x', version: '1.2.3' }));
    expect(readVersion(file)).toBe('1.2.3');
  });

  it('safeSegments rejects dot segments, backslashes, NULs and bad escapes', () => {
    expect(safeSegments('/assets/a.js')).toEqual(['assets', 'a.js']);
    expect(safeSegments('//kiosk/')).toEqual(['kiosk']);
    for (const bad of [
      '/..',
      '/a/%2e%2e/b',
      '/a%2f..%2fb',
      '/a%5cb',
      '/a%00',
      '/%zz',
      '/.git/config',
    ]) {
      expect(safeSegments(bad), bad).toBeUndefined();
    }
  });
});
