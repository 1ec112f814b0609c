import type { RequestHandler } from './$types.js';
import { serverApi } from '$lib/server/runtime.js';

/** Every /api request, whatever its method, is answered by the process's one Hono app: one server for the pages and the API. */
const handle: RequestHandler = ({ request }) => serverApi().fetch(request);

export const GET = handle;
export const HEAD = handle;
export const POST = handle;
export const PUT = handle;
export const PATCH = handle;
export const DELETE = handle;
export const OPTIONS = handle;
