/**
 * The channel sender the CLI, the API, the server's timer and `opscore watch` use: the channels of ./channels/
 * (webhook, WeCom, DingTalk, Feishu, email). The engine itself takes the sender as a parameter (tests pass their own).
 */
export { sendNotice as defaultSend } from './channels/index.js';
