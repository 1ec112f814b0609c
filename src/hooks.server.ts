import { redirect, type Handle } from '@sveltejs/kit';
import { LANG_COOKIE, THEME_COOKIE, parseLang, parseTheme } from '$lib/shared/prefs.js';
import { pageSession } from '$lib/server/access/page-session.js';

/** Pages open without signing in; /api answers for itself (401 JSON) and assets are served before this hook. */
const PUBLIC_PAGES = ['/signin'];

/**
 * Language and theme come from cookies and are written into <html> on the server, so the first paint is already right.
 * Every page needs a session once accounts exist (SPEC 11.4): otherwise to /signin.
 */
export const handle: Handle = async ({ event, resolve }) => {
  const lang = parseLang(event.cookies.get(LANG_COOKIE), event.request.headers.get('accept-language'));
  const theme = parseTheme(event.cookies.get(THEME_COOKIE));
  event.locals.lang = lang;
  event.locals.theme = theme;
  const path = event.url.pathname;
  if (!path.startsWith('/api/') && path !== '/api' && !path.startsWith('/_app/')) {
    let peer: string | null = null;
    try {
      peer = event.getClientAddress();
    } catch {
      // no socket (prerendering, some adapters)
    }
    const session = await pageSession(event.request, peer);
    event.locals.session = session ?? null;
    if (!session && !PUBLIC_PAGES.includes(path)) redirect(303, `/signin?next=${encodeURIComponent(path + event.url.search)}`);
  }
  const response = await resolve(event, {
    transformPageChunk: ({ html }) =>
      html.replace('%opscore.lang%', lang === 'zh' ? 'zh-CN' : 'en').replace('%opscore.theme%', theme)
  });
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('Referrer-Policy', 'same-origin');
  return response;
};
