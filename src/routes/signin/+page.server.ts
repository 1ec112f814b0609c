import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types.js';
import { SESSION_COOKIE } from '$lib/server/access/authenticate.js';
import { signIn, TooManyAttemptsError } from '$lib/server/access/sign-in.js';
import { UnauthenticatedError } from '$lib/errors.js';
import { serverConfig, serverWarehouse } from '$lib/server/runtime.js';

/** Only a path of this site (never another origin) to return to after signing in. */
const safeNext = (next: string | null): string | null => (next && next.startsWith('/') && !next.startsWith('//') ? next : null);

export const load: PageServerLoad = async ({ locals, url }) => {
  if (locals.session) redirect(303, safeNext(url.searchParams.get('next')) ?? '/');
  return {};
};

export const actions: Actions = {
  // SvelteKit refuses a cross-site form post on its own (csrf.checkOrigin), so this write is CSRF-safe
  default: async ({ request, cookies, url, getClientAddress }) => {
    const form = await request.formData();
    const username = String(form.get('username') ?? '');
    const password = String(form.get('password') ?? '');
    let address: string | null = null;
    try {
      address = getClientAddress();
    } catch {
      // no socket
    }
    try {
      const { user, session } = await signIn(await serverWarehouse(), serverConfig().access, { username, password, address });
      cookies.set(SESSION_COOKIE, session.id, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', expires: session.expires });
      // an employee lands on their own card (unless they were sent here from a particular page)
      const employeeOnly = user.roles.every((role) => role === 'employee');
      const next = safeNext(url.searchParams.get('next'));
      redirect(303, next && next !== '/' ? next : employeeOnly && user.employee_id ? `/scorecards/${encodeURIComponent(user.employee_id)}` : '/');
    } catch (error) {
      if (error instanceof TooManyAttemptsError) return fail(429, { username, problem: 'too_many' as const });
      if (error instanceof UnauthenticatedError) return fail(401, { username, problem: error.message.startsWith('wrong') ? ('wrong' as const) : ('refused' as const) });
      throw error;
    }
  }
};
