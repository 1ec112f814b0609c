import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types.js';
import { endSession } from '$lib/server/access/accounts.js';
import { SESSION_COOKIE } from '$lib/server/access/authenticate.js';
import { serverWarehouse } from '$lib/server/runtime.js';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async ({ cookies }) => {
    const id = cookies.get(SESSION_COOKIE);
    if (id) await endSession(await serverWarehouse(), id);
    cookies.delete(SESSION_COOKIE, { path: '/' });
    redirect(303, '/signin');
  }
};
