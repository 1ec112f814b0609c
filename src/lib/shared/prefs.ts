import type { Lang } from './format.js';

/** The reader's preferences as the server reads them from cookies (hooks) and the client writes them (prefs.svelte.ts). */
export type Theme = 'light' | 'dark' | 'auto';
export const LANG_COOKIE = 'opscore_lang';
export const THEME_COOKIE = 'opscore_theme';

export function parseLang(value: string | undefined | null, acceptLanguage?: string | null): Lang {
  if (value === 'zh' || value === 'en') return value;
  return acceptLanguage && /^zh\b/i.test(acceptLanguage.trim()) ? 'zh' : 'en';
}

export function parseTheme(value: string | undefined | null): Theme {
  return value === 'light' || value === 'dark' ? value : 'auto';
}
