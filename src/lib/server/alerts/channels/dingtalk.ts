/**
 * DingTalk (钉钉) custom group robot.
 * Docs: https://open.dingtalk.com/document/robots/custom-robot-access (sending, message types, @ by mobile)
 *       https://open.dingtalk.com/document/robots/customize-robot-security-settings (加签, the signed secret)
 *
 * We send a `markdown` message; a member is mentioned by mobile in `at.atMobiles` AND by "@mobile" in the text
 * (without the text's @mobile the mention is not shown):
 *   { "msgtype": "markdown", "markdown": { "title": "...", "text": "... @13800001111" },
 *     "at": { "atMobiles": ["13800001111"], "isAtAll": false } }
 * Signed robots: timestamp in milliseconds; sign = urlEncode(base64(HmacSHA256(key = secret,
 * message = timestamp + "\n" + secret))); both appended to the webhook URL as &timestamp=...&sign=...
 * The answer is `{"errcode":0,"errmsg":"ok"}`; 310000 is a refused signature or keyword (not retried); 130101
 * ("send too fast", over 20 a minute) and -1 ("system busy") are retried.
 */
import { createHmac } from 'node:crypto';
import type { SendNotice } from '../types.js';
import { channelSecret, channelUrl, isFailure, postJson, redact, robotOutcome, urlSecrets, withLink } from './http.js';

const TRANSIENT_CODES = [130101, -1] as const;

/** The documented signature, before URL encoding. */
export function dingtalkSign(timestampMs: number, secret: string): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64');
}

/** The webhook URL with &timestamp=&sign= appended (URLSearchParams does the URL encoding). */
export function dingtalkSignedUrl(url: string, timestampMs: number, secret: string): string {
  const signed = new URL(url);
  signed.searchParams.set('timestamp', String(timestampMs));
  signed.searchParams.set('sign', dingtalkSign(timestampMs, secret));
  return signed.toString();
}

export function dingtalkMessage(notice: Parameters<SendNotice>[1], mobile: string | null) {
  const body = withLink(notice.markdown, notice.link, true);
  return {
    msgtype: 'markdown' as const,
    markdown: { title: notice.title, text: mobile ? `${body}\n\n@${mobile}` : body },
    at: { atMobiles: mobile ? [mobile] : [], isAtAll: false }
  };
}

export const sendDingtalk: SendNotice = async (channel, notice, recipient, _fallbackEmail, options) => {
  const url = channelUrl(channel, options.env);
  if (isFailure(url)) return url;
  const secret = channelSecret(channel, options.env);
  if (isFailure(secret)) return secret;
  const mobile = recipient?.mobile ?? null;
  const who = mobile ? `@${mobile}` : 'group';
  const target = secret === undefined ? url : dingtalkSignedUrl(url, options.now().getTime(), secret);
  const answer = await postJson(target, dingtalkMessage(notice, mobile), options, who);
  const secrets = [...urlSecrets(target), secret];
  const outcome = isFailure(answer) ? answer : robotOutcome(answer, 'errcode', who, TRANSIENT_CODES);
  return outcome.ok ? outcome : { ...outcome, reason: redact(`channel "${channel.name}": ${outcome.reason}`, secrets) };
};
