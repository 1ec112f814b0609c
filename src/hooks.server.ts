import type { Handle } from '@sveltejs/kit';
import { LANG_COOKIE, THEME_COOKIE, parseLang, parseTheme } from '$lib/shared/prefs.js';

/** Language and theme come from cookies and are written into <html> on the server, so the first paint is already right. */
export const handle: Handle = async ({ event, resolve }) => {
  const lang = parseLang(event.cookies.get(LANG_COOKIE), event.request.headers.get('accept-language'));
  const theme = parseTheme(event.cookies.get(THEME_COOKIE));
  event.locals.lang = lang;
  event.locals.theme = theme;
  const response = await resolve(event, {
    transformPageChunk: ({ html }) =>
      html.replace('%opscore.lang%', lang === 'zh' ? 'zh-CN' : 'en').replace('%opscore.theme%', theme)
  });
  return event.url.pathname === '/explore' ? allowEval(response) : response;
};

/**
 * Explore's pivot runs Arquero in the browser, and Arquero compiles its expressions with `Function` (no CSP-safe mode:
 * uwdata/arquero#361). Only that page's policy gains 'unsafe-eval'; scripts still need the page's nonce or 'self'.
 */
function allowEval(response: Response): Response {
  const policy = response.headers.get('content-security-policy');
  if (policy && !policy.includes("'unsafe-eval'")) {
    response.headers.set('content-security-policy', policy.replace(/script-src ([^;]*)/, "script-src $1 'unsafe-eval'"));
  }
  return response;
}
