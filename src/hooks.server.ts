import type { Handle } from '@sveltejs/kit';
import { LANG_COOKIE, THEME_COOKIE, parseLang, parseTheme } from '$lib/shared/prefs.js';

/** Language and theme come from cookies and are written into <html> on the server, so the first paint is already right. */
export const handle: Handle = async ({ event, resolve }) => {
  const lang = parseLang(event.cookies.get(LANG_COOKIE), event.request.headers.get('accept-language'));
  const theme = parseTheme(event.cookies.get(THEME_COOKIE));
  event.locals.lang = lang;
  event.locals.theme = theme;
  return resolve(event, {
    transformPageChunk: ({ html }) =>
      html.replace('%opscore.lang%', lang === 'zh' ? 'zh-CN' : 'en').replace('%opscore.theme%', theme)
  });
};
