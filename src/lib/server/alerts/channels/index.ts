/**
 * The channels: how a rendered notice travels, by the channel's type. Each sender makes one attempt and reports
 * it (SendOutcome); retrying with backoff is the engine's business (deliver.ts).
 */
import type { SendNotice } from '../types.js';
import { sendDingtalk } from './dingtalk.js';
import { sendEmail } from './email.js';
import { sendFeishu } from './feishu.js';
import { failure } from './http.js';
import { sendWebhook } from './webhook.js';
import { sendWecom } from './wecom.js';

const SENDERS = {
  webhook: sendWebhook,
  wecom: sendWecom,
  dingtalk: sendDingtalk,
  feishu: sendFeishu,
  email: sendEmail
} satisfies Record<Parameters<SendNotice>[0]['type'], SendNotice>;

export const sendNotice: SendNotice = async (channel, notice, recipient, fallbackEmail, options) => {
  const sender = SENDERS[channel.type] as SendNotice | undefined;
  if (!sender) return failure(null, `channel "${channel.name}": unknown type "${String(channel.type)}"`, false);
  try {
    return await sender(channel, notice, recipient, fallbackEmail, options);
  } catch (error) {
    // a sender's own bug must not break the engine's loop: report it as a failure that retrying will not fix
    return failure(null, `channel "${channel.name}": ${error instanceof Error ? error.message : String(error)}`, false);
  }
};

export { sendDingtalk, sendEmail, sendFeishu, sendWebhook, sendWecom };
