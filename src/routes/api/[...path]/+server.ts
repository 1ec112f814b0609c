import type { RequestHandler } from './$types.js';
import { apiApp } from './api-app.js';

/** Every /api request, whatever its method, is answered by the Hono app: one server for the pages and the API. */
const handle: RequestHandler = ({ request }) => apiApp().fetch(request);

export const GET = handle;
export const HEAD = handle;
export const POST = handle;
export const PUT = handle;
export const PATCH = handle;
export const DELETE = handle;
export const OPTIONS = handle;
