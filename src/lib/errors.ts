/**
 * The errors every layer may raise, each with the HTTP status it means. The API maps them once (`api/errors.ts`);
 * the CLI prints their message in one line. `param` names the parameter at fault, when one is.
 */
export class UserError extends Error {
  override name = 'UserError';
  /** HTTP status and JSON error code of this kind of failure. */
  readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 503 = 400;
  readonly code: string = 'bad_request';
  constructor(
    message: string,
    readonly param: string | null = null
  ) {
    super(message);
  }
}

/** A record or id that does not exist, or that the caller may not know exists (SPEC 11.3: worded the same). */
export class NotFoundError extends UserError {
  override name = 'NotFoundError';
  override readonly status = 404;
  override readonly code = 'not_found';
}

/** A kind of data or an action the caller's roles never grant. */
export class ForbiddenError extends UserError {
  override name = 'ForbiddenError';
  override readonly status = 403;
  override readonly code = 'forbidden';
}

/** No session or token, or an expired or revoked one. */
export class UnauthenticatedError extends UserError {
  override name = 'UnauthenticatedError';
  override readonly status = 401;
  override readonly code = 'unauthenticated';
}

/** A write against the wrong state (a published month, an open dispute already there...). */
export class ConflictError extends UserError {
  override name = 'ConflictError';
  override readonly status = 409;
  override readonly code = 'conflict';
}

/** A read over models that `opscore build` has not made yet. */
export class ModelsNotBuiltError extends UserError {
  override name = 'ModelsNotBuiltError';
  override readonly status = 503;
  override readonly code = 'models_not_built';
  constructor() {
    super('the models are not built: run `opscore build`');
  }
}
