/**
 * Email over SMTP with nodemailer (https://nodemailer.com/smtp/, https://nodemailer.com/message/): to the
 * recipient's address, else the rule's fallback address; subject = the notice's title; a plain-text part and an
 * HTML part (the same lines, escaped). Settings from alerts.smtp; the password from the environment variable
 * smtp.password_env names. An SMTP 4xx reply or a lost connection is worth retrying, a 5xx reply is not.
 */
import { createTransport } from 'nodemailer';
import type { SendNotice, SendOptions, SendOutcome } from '../types.js';
import { failure, redact, snippet } from './http.js';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The HTML part: the title as a heading, each line of the text a line, the link a link. */
export function noticeHtml(notice: Parameters<SendNotice>[1]): string {
  const lines = notice.text.split('\n').map(escapeHtml).join('<br>\n');
  const link = notice.link ? `\n<p><a href="${escapeHtml(notice.link)}">${escapeHtml(notice.link)}</a></p>` : '';
  return `<!doctype html>\n<html lang="${notice.language === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${escapeHtml(notice.title)}</title></head>\n<body>\n<h2>${escapeHtml(notice.title)}</h2>\n<p>${lines}</p>${link}\n</body></html>`;
}

function noticeText(notice: Parameters<SendNotice>[1]): string {
  return notice.link && !notice.text.includes(notice.link) ? `${notice.text}\n\n${notice.link}` : notice.text;
}

const CONNECTION_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED', 'ECONNRESET', 'EPROXY']);

/** An SMTP reply code decides when there is one (4xx retry, 5xx not); without one, a lost connection retries. */
function smtpFailure(error: unknown, to: string, password: string | undefined, timeoutMs: number): SendOutcome {
  const err = error as { code?: string; responseCode?: number; response?: string; message?: string; timeoutType?: string };
  const reply = typeof err.responseCode === 'number' ? err.responseCode : null;
  if (reply === null && err.code === 'ETIMEDOUT') return failure(to, `timed out after ${timeoutMs} ms${err.timeoutType ? ` (${err.timeoutType})` : ''}`, true);
  const retryable = reply !== null ? reply >= 400 && reply < 500 : CONNECTION_CODES.has(err.code ?? '');
  const what = reply !== null ? `SMTP ${reply}: ${snippet(err.response ?? err.message ?? '')}` : `${err.code ?? 'error'}: ${snippet(err.message ?? String(error))}`;
  return failure(to, redact(what, [password]), retryable);
}

export const sendEmail: SendNotice = async (channel, notice, recipient, fallbackEmail, options: SendOptions) => {
  const to = recipient?.email ?? fallbackEmail;
  if (!to) return failure(null, `channel "${channel.name}": no email address (the recipient has none and the rule has no fallback)`, false);
  const smtp = options.smtp;
  let password: string | undefined;
  if (smtp.password_env !== '') {
    password = options.env[smtp.password_env];
    if (!password) return failure(to, `channel "${channel.name}": environment variable ${smtp.password_env} (smtp.password_env) is not set`, false);
  }
  if (smtp.user !== '' && password === undefined) return failure(to, `channel "${channel.name}": smtp.user is set but smtp.password_env is empty`, false);
  const transport = createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user !== '' ? { auth: { user: smtp.user, pass: password } } : {}),
    connectionTimeout: options.timeoutMs,
    greetingTimeout: options.timeoutMs,
    socketTimeout: options.timeoutMs
  });
  let timer: NodeJS.Timeout | undefined;
  // nodemailer's timeouts bound each wait; this bounds the whole attempt
  const deadline = new Promise<SendOutcome>((resolve) => {
    timer = setTimeout(() => resolve(failure(to, `channel "${channel.name}": timed out after ${options.timeoutMs} ms`, true)), options.timeoutMs);
  });
  const attempt = transport.sendMail({
    from: smtp.from,
    to,
    subject: notice.title,
    text: noticeText(notice),
    html: noticeHtml(notice)
  }).then(
    (): SendOutcome => ({ ok: true, recipient: to }),
    (error: unknown): SendOutcome => {
      const outcome = smtpFailure(error, to, password, options.timeoutMs);
      return outcome.ok ? outcome : { ...outcome, reason: `channel "${channel.name}": ${outcome.reason}` };
    }
  );
  try {
    return await Promise.race([attempt, deadline]);
  } finally {
    clearTimeout(timer);
    transport.close();
  }
};
