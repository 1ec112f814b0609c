/**
 * WeCom (企业微信) group robot.
 * Docs: https://developer.work.weixin.qq.com/document/path/91770 (群机器人配置说明: message types and format)
 *
 * We send a `text` message: its `mentioned_mobile_list` mentions a member by mobile number, which is what
 * alerts.contacts holds. (A `markdown` message mentions only with <@userid>, a WeCom user id we do not have.)
 *   { "msgtype": "text", "text": { "content": "...", "mentioned_mobile_list": ["13800001111"] } }
 * `content` is at most 2048 bytes of UTF-8, so a long digest is cut. The answer is `{"errcode":0,"errmsg":"ok"}`;
 * any other errcode is a refusal (93000 bad key, ...), except 45009 (api freq out of limit) and -1 (system busy),
 * which are retried.
 */
import type { SendNotice } from '../types.js';
import { channelUrl, isFailure, postJson, redact, robotOutcome, truncateUtf8, urlSecrets, withLink } from './http.js';

const CONTENT_MAX_BYTES = 2048;
const TRANSIENT_CODES = [45009, -1] as const;

export function wecomMessage(notice: Parameters<SendNotice>[1], mobile: string | null) {
  const content = truncateUtf8(withLink(`${notice.title}\n${notice.text}`, notice.link, false), CONTENT_MAX_BYTES);
  return {
    msgtype: 'text' as const,
    text: mobile ? { content, mentioned_mobile_list: [mobile] } : { content }
  };
}

export const sendWecom: SendNotice = async (channel, notice, recipient, _fallbackEmail, options) => {
  const url = channelUrl(channel, options.env);
  if (isFailure(url)) return url;
  const mobile = recipient?.mobile ?? null;
  const who = mobile ? `@${mobile}` : 'group';
  const answer = await postJson(url, wecomMessage(notice, mobile), options, who);
  const secrets = urlSecrets(url);
  const outcome = isFailure(answer) ? answer : robotOutcome(answer, 'errcode', who, TRANSIENT_CODES);
  return outcome.ok ? outcome : { ...outcome, reason: redact(`channel "${channel.name}": ${outcome.reason}`, secrets) };
};
