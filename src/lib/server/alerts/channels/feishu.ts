/**
 * Feishu / Lark (飞书) custom group bot.
 * Docs: https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot (message types, security settings)
 *       https://open.larksuite.com/document/client-docs/bot-v3/add-custom-bot (the same for Lark)
 *
 * We send a `post` (rich text) message: a title, one paragraph per line, the link as an `a` element and the
 * recipient mentioned by an `at` element with their user id (open_id):
 *   { "msg_type": "post", "content": { "post": { "zh_cn": { "title": "...", "content": [[{"tag":"text","text":"..."}],
 *     [{"tag":"at","user_id":"ou_..."}]] } } } }
 * Signed bots: timestamp in SECONDS; sign = base64(HmacSHA256(key = timestamp + "\n" + secret, message = "")),
 * sent in the body as "timestamp" (a string) and "sign". The answer is `{"code":0,"msg":"success"}`; 19021 is a
 * refused signature, 19024 a missing keyword; 11232 (message rate limit) is retried.
 */
import { createHmac } from 'node:crypto';
import type { SendNotice } from '../types.js';
import { channelSecret, channelUrl, isFailure, postJson, redact, robotOutcome, truncateUtf8, urlSecrets } from './http.js';

const TRANSIENT_CODES = [11232] as const;
/** the documented ceiling of the request body is 20 KB; the text takes most of it */
const TEXT_MAX_BYTES = 16_000;

/** The documented signature: the key is "timestamp\nsecret", the message is empty. */
export function feishuSign(timestampSeconds: number, secret: string): string {
  return createHmac('sha256', `${timestampSeconds}\n${secret}`).update('').digest('base64');
}

type PostElement = { tag: 'text'; text: string } | { tag: 'a'; text: string; href: string } | { tag: 'at'; user_id: string; user_name?: string };

export function feishuMessage(notice: Parameters<SendNotice>[1], userId: string | null, userName: string | null) {
  const lines = truncateUtf8(notice.text, TEXT_MAX_BYTES).split('\n');
  const content: PostElement[][] = lines.map((line) => [{ tag: 'text', text: line }]);
  if (notice.link && !notice.text.includes(notice.link)) content.push([{ tag: 'a', text: notice.link, href: notice.link }]);
  if (userId) content.push([{ tag: 'at', user_id: userId, ...(userName ? { user_name: userName } : {}) }]);
  const language = notice.language === 'zh' ? 'zh_cn' : 'en_us';
  return { msg_type: 'post' as const, content: { post: { [language]: { title: notice.title, content } } } };
}

export const sendFeishu: SendNotice = async (channel, notice, recipient, _fallbackEmail, options) => {
  const url = channelUrl(channel, options.env);
  if (isFailure(url)) return url;
  const secret = channelSecret(channel, options.env);
  if (isFailure(secret)) return secret;
  const userId = recipient?.feishu_user_id ?? null;
  const who = userId ? `@${userId}` : 'group';
  const message = feishuMessage(notice, userId, recipient?.name ?? null);
  let body: Record<string, unknown> = message;
  if (secret !== undefined) {
    const timestamp = Math.floor(options.now().getTime() / 1000);
    body = { timestamp: String(timestamp), sign: feishuSign(timestamp, secret), ...message };
  }
  const answer = await postJson(url, body, options, who);
  const secrets = [...urlSecrets(url), secret];
  const outcome = isFailure(answer) ? answer : robotOutcome(answer, 'code', who, TRANSIENT_CODES);
  return outcome.ok ? outcome : { ...outcome, reason: redact(`channel "${channel.name}": ${outcome.reason}`, secrets) };
};
