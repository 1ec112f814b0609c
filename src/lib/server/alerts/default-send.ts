/**
 * The channel sender the CLI, the API and the server use. The channels (webhook, WeCom, DingTalk, Feishu, email) live
 * in ./channels/ (issue 17, written beside this engine); at merge this file becomes
 *   export { sendNotice as defaultSend } from './channels/index.js';
 * Until then no channel is installed and every delivery gives up with that reason (logged in alert_log).
 */
import type { SendNotice } from './types.js';

export const defaultSend: SendNotice = async (channel) => ({
  ok: false,
  recipient: null,
  reason: `no sender for ${channel.type} channels is installed in this build`,
  retryable: false
});
