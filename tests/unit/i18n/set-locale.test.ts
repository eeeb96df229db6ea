import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LOCALES, TRANSLATION_STATUSES } from '../../../protocol/locales';
import {
  INTERFACE_TRANSLATIONS,
  currentLocale,
  loadMessages,
  messages,
  setLocale,
} from '../../../src/i18n';
import { ar } from '../../../src/i18n/ar';
import { en } from '../../../src/i18n/en';
import { pl } from '../../../src/i18n/pl';
import { ro } from '../../../src/i18n/ro';
import { ur } from '../../../src/i18n/ur';

// Switching the interface language: messages() stays synchronous and answers in the chosen
// locale once setLocale has resolved; locales other than English load lazily.

beforeEach(async () => {
  await setLocale('en');
});

describe('setLocale', () => {
  it('starts in English', () => {
    expect(currentLocale()).toBe('en');
    expect(messages()).toBe(en);
  });

  it.each([
    ['pl', pl],
    ['ro', ro],
    ['ur', ur],
    ['ar', ar],
  ] as const)('loads %s and makes it current', async (locale, strings) => {
    const loaded = await setLocale(locale);
    expect(loaded).toBe(strings);
    expect(currentLocale()).toBe(locale);
    expect(messages()).toBe(strings);
    expect(messages().exitThisPage).toBe(strings.exitThisPage);
  });

  it('switches back to English at once, without waiting', async () => {
    await setLocale('ur');
    const done = setLocale('en');
    expect(messages()).toBe(en); // before the promise settles
    expect(currentLocale()).toBe('en');
    await expect(done).resolves.toBe(en);
  });

  it('switches at once to a locale loaded before', async () => {
    await loadMessages('ro');
    void setLocale('ro');
    expect(currentLocale()).toBe('ro');
  });

  // A fresh copy of the module, so that no locale has been loaded yet.
  const fresh = async () => {
    vi.resetModules();
    return import('../../../src/i18n');
  };

  it('does not switch until the chosen locale has loaded', async () => {
    const i18n = await fresh();
    const pending = i18n.setLocale('ar');
    expect(i18n.currentLocale()).toBe('en');
    expect(i18n.messages().exitThisPage).toBe(en.exitThisPage);
    const loaded = await pending;
    expect(i18n.currentLocale()).toBe('ar');
    expect(i18n.messages()).toBe(loaded);
    expect(loaded.exitThisPage).toBe(ar.exitThisPage);
  });

  it('lets the last choice win when an earlier one finishes loading later', async () => {
    const i18n = await fresh();
    await i18n.loadMessages('ur');
    const slow = i18n.setLocale('pl'); // not loaded yet
    const quick = i18n.setLocale('ur'); // loaded: switches at once
    expect(i18n.currentLocale()).toBe('ur');
    await Promise.all([slow, quick]);
    expect(i18n.currentLocale()).toBe('ur');
    expect(i18n.messages().exitThisPage).toBe(ur.exitThisPage);
  });

  it('lets the last choice win when both have to load', async () => {
    const i18n = await fresh();
    await Promise.all([i18n.setLocale('ro'), i18n.setLocale('ar')]);
    expect(i18n.currentLocale()).toBe('ar');
  });

  it('keeps the current locale when a locale fails to load', async () => {
    vi.resetModules();
    vi.doMock('../../../src/i18n/pl', () => {
      throw new Error('offline and not cached');
    });
    const i18n = await import('../../../src/i18n');
    await i18n.setLocale('ro');
    await expect(i18n.setLocale('pl')).rejects.toThrow();
    expect(i18n.currentLocale()).toBe('ro');
    vi.doUnmock('../../../src/i18n/pl');
  });

  it('loadMessages fetches a locale without switching to it', async () => {
    await expect(loadMessages('pl')).resolves.toBe(pl);
    expect(currentLocale()).toBe('en');
  });
});

describe('INTERFACE_TRANSLATIONS', () => {
  it('gives every locale a status: English reviewed, the rest drafts awaiting review', () => {
    expect(Object.keys(INTERFACE_TRANSLATIONS).sort()).toEqual([...LOCALES].sort());
    for (const status of Object.values(INTERFACE_TRANSLATIONS)) {
      expect(TRANSLATION_STATUSES).toContain(status);
    }
    expect(INTERFACE_TRANSLATIONS).toEqual({
      en: 'reviewed',
      pl: 'draft',
      ro: 'draft',
      ur: 'draft',
      ar: 'draft',
    });
  });
});

describe('bundling', () => {
  it('imports English statically and every other locale only with import()', () => {
    const source = readFileSync(new URL('../../../src/i18n/index.ts', import.meta.url), 'utf8');
    const staticImports = [...source.matchAll(/^import\s[^;]*?from\s+'([^']+)'/gms)].map(
      (match) => match[1],
    );
    expect(staticImports).toContain('./en');
    for (const locale of ['pl', 'ro', 'ur', 'ar']) {
      expect(staticImports).not.toContain(`./${locale}`);
      expect(source).toContain(`import('./${locale}')`);
    }
  });
});
