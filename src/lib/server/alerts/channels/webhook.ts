/**
 * The generic webhook: the rendered notice and its recipient as one JSON document, for any receiver (a chat bridge,
 * an incident tool, a script). Any 2xx answer is a delivery.
 *
 * Body: { "channel": name, "notice": RenderedNotice, "recipient": Recipient | null, "fallback_email": string | null }
 */
import type { SendNotice } from '../types.js';
import { channelUrl, httpStatusFailure, isFailure, postJson, redact, urlSecrets } from './http.js';

export const sendWebhook: SendNotice = async (channel, notice, recipient, fallbackEmail, options) => {
  const url = channelUrl(channel, options.env);
  if (isFailure(url)) return url;
  const who = recipient?.employee_id ?? recipient?.email ?? 'receiver';
  const body = { channel: channel.name, notice, recipient, fallback_email: fallbackEmail };
  const answer = await postJson(url, body, options, who);
  const secrets = urlSecrets(url);
  if (isFailure(answer)) return { ...answer, reason: redact(`channel "${channel.name}": ${answer.reason}`, secrets) };
  const status = httpStatusFailure(answer, who);
  if (status) return { ...status, reason: redact(`channel "${channel.name}": ${status.reason}`, secrets) };
  return { ok: true, recipient: who };
};
