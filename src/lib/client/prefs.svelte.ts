import { getContext, setContext } from 'svelte';
import { translate, translateWith, term, roleName, fieldName, type MessageKey } from './i18n.js';
import { formatValue, type Lang, type ValueKind } from '../shared/format.js';
import { LANG_COOKIE, THEME_COOKIE, type Theme } from '../shared/prefs.js';

export { LANG_COOKIE, THEME_COOKIE, parseLang, parseTheme, type Theme } from '../shared/prefs.js';
const YEAR = 60 * 60 * 24 * 365;

/** The reader's language and theme: rendered on the server from cookies (no flash), switched and remembered on the client. */
export class Prefs {
  lang = $state<Lang>('en');
  theme = $state<Theme>('auto');
  /** Whether the page is dark right now (the theme, or the system's when 'auto'); charts follow it. */
  systemDark = $state(false);

  constructor(lang: Lang, theme: Theme) {
    this.lang = lang;
    this.theme = theme;
  }

  get dark(): boolean {
    return this.theme === 'dark' || (this.theme === 'auto' && this.systemDark);
  }

  t = (key: MessageKey): string => translate(this.lang, key);
  /** `t` with `{name}` slots filled. */
  tf = (key: MessageKey, values: Record<string, string | number>): string => translateWith(this.lang, key, values);
  term = (code: unknown): string => term(this.lang, code);
  role = (code: unknown): string => roleName(this.lang, code);
  field = (name: string): string => fieldName(this.lang, name);
  fmt = (value: unknown, kind: ValueKind): string => formatValue(value, kind, this.lang);

  setLang(lang: Lang): void {
    this.lang = lang;
    document.cookie = `${LANG_COOKIE}=${lang}; Path=/; Max-Age=${YEAR}; SameSite=Lax`;
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    document.cookie = `${THEME_COOKIE}=${theme}; Path=/; Max-Age=${YEAR}; SameSite=Lax`;
    document.documentElement.dataset.theme = theme;
  }
}

const KEY = Symbol('opscore-prefs');

export function providePrefs(prefs: Prefs): Prefs {
  return setContext(KEY, prefs);
}

export function usePrefs(): Prefs {
  const prefs = getContext<Prefs | undefined>(KEY);
  if (!prefs) throw new Error('usePrefs() outside the layout');
  return prefs;
}
