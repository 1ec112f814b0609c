/**
 * What every HTTP channel shares: where its URL and secret come from, one POST of a JSON body with a deadline, and
 * the sorting of what went wrong into "try again later" (timeout, refused connection, HTTP 5xx or 429) and "will
 * never work as it stands" (HTTP 4xx, a robot's error code, a missing variable). Nothing here throws.
 */
import type { AlertChannel } from '../../../config/alerts.js';
import type { SendOptions, SendOutcome } from '../types.js';

export type Failure = Extract<SendOutcome, { ok: false }>;

export function failure(recipient: string | null, reason: string, retryable: boolean): Failure {
  return { ok: false, recipient, reason, retryable };
}

/** The channel's URL: url_env (when named) wins over url, so a robot's token can stay out of the file. */
export function channelUrl(channel: AlertChannel, env: SendOptions['env']): string | Failure {
  if (channel.url_env !== undefined) {
    const fromEnv = env[channel.url_env]?.trim();
    if (!fromEnv) return failure(null, `channel "${channel.name}": environment variable ${channel.url_env} (its URL) is not set`, false);
    if (!URL.canParse(fromEnv)) return failure(null, `channel "${channel.name}": environment variable ${channel.url_env} does not hold a URL`, false);
    return fromEnv;
  }
  if (channel.url !== undefined) return channel.url;
  return failure(null, `channel "${channel.name}": no url and no url_env`, false);
}

/** The signing secret when the channel names one (undefined: the robot is not signed); a named but unset variable
 * is a failure, not a silent unsigned send the robot would refuse anyway. */
export function channelSecret(channel: AlertChannel, env: SendOptions['env']): string | undefined | Failure {
  if (channel.secret_env === undefined) return undefined;
  const secret = env[channel.secret_env];
  if (!secret) return failure(null, `channel "${channel.name}": environment variable ${channel.secret_env} (its signing secret) is not set`, false);
  return secret;
}

export function isFailure<T>(value: T | Failure): value is Failure {
  return typeof value === 'object' && value !== null && (value as Failure).ok === false;
}

/** Replace every secret (the URL with its token, the token itself, the signing secret) by *** in a reason. */
export function redact(reason: string, secrets: (string | undefined)[]): string {
  let out = reason;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join('***');
  }
  return out;
}

/** A URL's password, its query values and its long path segments (where robots keep their tokens and signatures),
 * both as written and URL-encoded, since a receiver may echo either; short values (format=json) are no secret. */
export function urlSecrets(url: string): string[] {
  const parsed = new URL(url);
  const values = [parsed.password, ...parsed.searchParams.values(), ...parsed.pathname.split('/')].filter((v) => v.length >= 8);
  return [url, ...values, ...values.map((v) => encodeURIComponent(v))];
}

export type HttpAnswer = { status: number; body: string; json: unknown };

/** POST `body` as JSON; an answer of any status, or a failure when none came (timeout, refused, reset). */
export async function postJson(url: string, body: unknown, options: SendOptions, who: string): Promise<HttpAnswer | Failure> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'opscore-alerts' },
      body: JSON.stringify(body),
      // a redirect would turn the POST into a GET elsewhere: report it instead of following
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs)
    });
    const text = await response.text();
    let json: unknown = null;
    try { json = JSON.parse(text); } catch { json = null; }
    return { status: response.status, body: text, json };
  } catch (error) {
    return failure(who, networkReason(error, options.timeoutMs), true);
  }
}

/** "timed out after 10000 ms", "connection refused (ECONNREFUSED)", ...: the cause undici hides under "fetch failed". */
function networkReason(error: unknown, timeoutMs: number): string {
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string; name?: string } };
  if (err?.name === 'TimeoutError' || err?.cause?.name === 'TimeoutError' || err?.name === 'AbortError') return `timed out after ${timeoutMs} ms`;
  const code = err?.cause?.code;
  if (code === 'ECONNREFUSED') return 'connection refused (ECONNREFUSED)';
  if (code) return `network error (${code}${err.cause?.message ? `: ${err.cause.message}` : ''})`;
  return `network error (${err?.cause?.message ?? err?.message ?? String(error)})`;
}

/** A non-2xx answer: 5xx and 429 are worth retrying, the rest (4xx, 3xx) are not. */
export function httpStatusFailure(answer: HttpAnswer, who: string): Failure | null {
  if (answer.status >= 200 && answer.status < 300) return null;
  const retryable = answer.status >= 500 || answer.status === 429;
  return failure(who, `HTTP ${answer.status}${answer.body ? `: ${snippet(answer.body)}` : ''}`, retryable);
}

export function snippet(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** Cut `text` to at most `maxBytes` of UTF-8 without splitting a character; marks the cut with an ellipsis. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const ellipsis = '…';
  let bytes = Buffer.byteLength(ellipsis, 'utf8');
  let out = '';
  for (const char of text) {
    const size = Buffer.byteLength(char, 'utf8');
    if (bytes + size > maxBytes) break;
    out += char;
    bytes += size;
  }
  return out + ellipsis;
}

/** The notice's text with its link at the end, unless the engine already wrote it in. */
export function withLink(text: string, link: string | null, markdown: boolean): string {
  if (!link || text.includes(link)) return text;
  return markdown ? `${text}\n\n[${link}](${link})` : `${text}\n${link}`;
}

/**
 * A robot's JSON answer: HTTP 200 with `{errcode: 0}` (WeCom, DingTalk) or `{code: 0}` (Feishu) is delivered; any
 * other code is the robot refusing the message (bad token, bad signature, keyword missing): not worth retrying,
 * except its documented transient codes (rate limit, system busy), the robot's way of saying 429 or 503.
 */
export function robotOutcome(answer: HttpAnswer, field: 'errcode' | 'code', who: string, transientCodes: readonly number[]): SendOutcome {
  const status = httpStatusFailure(answer, who);
  const json = answer.json as Record<string, unknown> | null;
  const code = json && typeof json === 'object' ? json[field] : undefined;
  const message = json && typeof json === 'object' ? (json.errmsg ?? json.msg) : undefined;
  if (typeof code === 'number' && code !== 0) {
    const retryable = transientCodes.includes(code) || (status?.retryable ?? false);
    return failure(who, `robot answered ${field} ${code}${typeof message === 'string' ? `: ${snippet(message)}` : ''}`, retryable);
  }
  if (status) return status;
  if (code !== 0) return failure(who, `robot answered HTTP ${answer.status} without ${field}: ${snippet(answer.body) || '(empty)'}`, false);
  return { ok: true, recipient: who };
}
