import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AlertChannel } from '../../../src/lib/config/alerts.js';
import { sendNotice } from '../../../src/lib/server/alerts/channels/index.js';
import { enNotice, nobody, options, superior, zhNotice } from './fixtures.js';
import { startReceiver, type Receiver, type ReceivedRequest } from './receiver.js';

let receiver: Receiver;
beforeAll(async () => { receiver = await startReceiver(); });
afterAll(async () => { await receiver.close(); });
beforeEach(() => {
  receiver.requests.length = 0;
  receiver.respond(() => ({ status: 200, body: { errcode: 0, errmsg: 'ok' } }));
});

const DINGTALK_SECRET = 'SEC0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcd';
const DINGTALK_TOKEN = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
const FEISHU_SECRET = 'demo-feishu-secret';
const WECOM_KEY = '693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa';

/** The DingTalk check, written from the security-settings page: HmacSHA256 keyed by the secret over
 * "timestamp\nsecret", base64. What a DingTalk server does on receipt; the receiver below uses it. */
function dingtalkExpectedSign(timestamp: string, secret: string): string {
  const mac = createHmac('sha256', Buffer.from(secret, 'utf8'));
  mac.update(Buffer.from(timestamp + '\n' + secret, 'utf8'));
  return mac.digest().toString('base64');
}

/** The Feishu check, written from the add-custom-bot page: HmacSHA256 keyed by "timestamp\nsecret" over nothing. */
function feishuExpectedSign(timestamp: string, secret: string): string {
  return createHmac('sha256', Buffer.from(timestamp + '\n' + secret, 'utf8')).digest().toString('base64');
}

/** A DingTalk robot as the docs describe its answers: 310000 "sign not match" unless the query's sign verifies. */
function dingtalkRobot(request: ReceivedRequest) {
  const query = new URL(request.url, 'http://x').searchParams;
  const timestamp = query.get('timestamp') ?? '';
  const ok = query.get('access_token') === DINGTALK_TOKEN && query.get('sign') === dingtalkExpectedSign(timestamp, DINGTALK_SECRET);
  return { status: 200, body: ok ? { errcode: 0, errmsg: 'ok' } : { errcode: 310000, errmsg: 'sign not match, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]' } };
}

/** A Feishu bot: 19021 unless the body's sign verifies against its timestamp. */
function feishuBot(request: ReceivedRequest) {
  const body = request.json as { timestamp?: string; sign?: string };
  const ok = typeof body.timestamp === 'string' && body.sign === feishuExpectedSign(body.timestamp, FEISHU_SECRET);
  return { status: 200, body: ok ? { code: 0, msg: 'success', data: {} } : { code: 19021, msg: 'sign match fail or timestamp is not within one hour from current time', data: {} } };
}

describe('generic webhook', () => {
  it('POSTs the notice, its recipient and the fallback as one JSON document', async () => {
    receiver.respond(() => ({ status: 204, body: '' }));
    const channel: AlertChannel = { name: 'hook', type: 'webhook', url: `${receiver.base}/incoming` };
    const outcome = await sendNotice(channel, zhNotice, superior, 'ops@example.com', options());
    expect(outcome).toEqual({ ok: true, recipient: 'E002' });
    expect(receiver.requests).toHaveLength(1);
    const request = receiver.only();
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/incoming');
    expect(request.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(request.json).toEqual({ channel: 'hook', notice: zhNotice, recipient: superior, fallback_email: 'ops@example.com' });
  });

  it('takes its URL from url_env, and names the variable when it is unset', async () => {
    const channel: AlertChannel = { name: 'hook', type: 'webhook', url_env: 'OPSCORE_HOOK_URL' };
    expect(await sendNotice(channel, enNotice, null, null, options({ OPSCORE_HOOK_URL: `${receiver.base}/from-env` }))).toEqual({ ok: true, recipient: 'receiver' });
    expect(receiver.requests.map((r) => r.url)).toEqual(['/from-env']);
    expect(await sendNotice(channel, enNotice, null, null, options({}))).toEqual({
      ok: false, recipient: null, retryable: false, reason: 'channel "hook": environment variable OPSCORE_HOOK_URL (its URL) is not set'
    });
    expect(await sendNotice(channel, enNotice, null, null, options({ OPSCORE_HOOK_URL: 'not a url' }))).toEqual({
      ok: false, recipient: null, retryable: false, reason: 'channel "hook": environment variable OPSCORE_HOOK_URL does not hold a URL'
    });
    expect(receiver.requests).toHaveLength(1);
  });

  it('an HTTP 503 is worth retrying, an HTTP 400 is not', async () => {
    const channel: AlertChannel = { name: 'hook', type: 'webhook', url: `${receiver.base}/incoming` };
    receiver.respond(() => ({ status: 503, body: 'busy' }));
    expect(await sendNotice(channel, zhNotice, superior, null, options())).toEqual({ ok: false, recipient: 'E002', retryable: true, reason: 'channel "hook": HTTP 503: busy' });
    receiver.respond(() => ({ status: 429, body: 'slow down' }));
    expect(await sendNotice(channel, zhNotice, superior, null, options())).toMatchObject({ ok: false, retryable: true, reason: 'channel "hook": HTTP 429: slow down' });
    receiver.respond(() => ({ status: 400, body: { error: 'bad payload' } }));
    expect(await sendNotice(channel, zhNotice, superior, null, options())).toEqual({ ok: false, recipient: 'E002', retryable: false, reason: 'channel "hook": HTTP 400: {"error":"bad payload"}' });
  });

  it('a receiver that never answers times out, worth retrying', async () => {
    receiver.respond(() => 'hang');
    const channel: AlertChannel = { name: 'hook', type: 'webhook', url: `${receiver.base}/slow` };
    const outcome = await sendNotice(channel, zhNotice, superior, null, options({}, { timeoutMs: 300 }));
    expect(outcome).toEqual({ ok: false, recipient: 'E002', retryable: true, reason: 'channel "hook": timed out after 300 ms' });
    expect(receiver.requests).toHaveLength(1);
  });

  it('a refused connection is worth retrying', async () => {
    const closed = await startReceiver();
    const url = `${closed.base}/gone`;
    await closed.close();
    const outcome = await sendNotice({ name: 'hook', type: 'webhook', url }, zhNotice, null, null, options());
    expect(outcome).toEqual({ ok: false, recipient: 'receiver', retryable: true, reason: 'channel "hook": connection refused (ECONNREFUSED)' });
  });
});

describe('WeCom group robot', () => {
  const channel: AlertChannel = { name: 'wecom-ops', type: 'wecom', url_env: 'WECOM_URL' };
  const env = () => ({ WECOM_URL: `${receiver.base}/cgi-bin/webhook/send?key=${WECOM_KEY}` });

  it('sends a text message mentioning the superior by mobile', async () => {
    const outcome = await sendNotice(channel, zhNotice, superior, null, options(env()));
    expect(outcome).toEqual({ ok: true, recipient: '@13800001111' });
    const request = receiver.only();
    expect(request.url).toBe(`/cgi-bin/webhook/send?key=${WECOM_KEY}`);
    expect(request.json).toEqual({
      msgtype: 'text',
      text: {
        content: '【高】华东客服一组 首次响应时长中位数 异常升高\n指标:首次响应时长中位数\n范围:华东客服一组(团队)\n开始:2026-11-02,持续 3 天\n峰值:2026-11-03 42.5 分钟(预期 12 分钟)\nhttp://dash.example/anomalies?metric=first_response_p50_minutes&slice_type=team&slice=T01',
        mentioned_mobile_list: ['13800001111']
      }
    });
  });

  it('without a mobile it tells the group, with no mention', async () => {
    expect(await sendNotice(channel, enNotice, nobody, null, options(env()))).toEqual({ ok: true, recipient: 'group' });
    expect(receiver.only().json).toEqual({
      msgtype: 'text',
      text: { content: '[resolved] East team 1: first response median back to normal\nMetric: first response median\nSlice: East team 1 (team)\nFrom 2026-11-02 to 2026-11-04, 3 days' }
    });
  });

  it('cuts a long message to the documented 2048 bytes without breaking a character', async () => {
    const long = { ...zhNotice, text: '异常'.repeat(1000) };
    await sendNotice(channel, long, superior, null, options(env()));
    const content = (receiver.only().json as { text: { content: string } }).text.content;
    // the title (68 bytes) and "\n" (1) leave 1979 bytes: 658 three-byte characters (1974) and the 3-byte "…"
    expect(Buffer.byteLength(content, 'utf8')).toBe(2046);
    expect(content).toBe(`${zhNotice.title}\n${'异常'.repeat(329)}…`);
    expect(content).not.toContain('\uFFFD');
  });

  it('an errcode other than 0 is a refusal, with the robot\'s message and without the key', async () => {
    receiver.respond(() => ({ status: 200, body: { errcode: 93000, errmsg: `invalid webhook url, key ${WECOM_KEY}` } }));
    const outcome = await sendNotice(channel, zhNotice, superior, null, options(env()));
    expect(outcome).toEqual({ ok: false, recipient: '@13800001111', retryable: false, reason: 'channel "wecom-ops": robot answered errcode 93000: invalid webhook url, key ***' });
  });

  it('its rate-limit errcode 45009 is worth retrying', async () => {
    receiver.respond(() => ({ status: 200, body: { errcode: 45009, errmsg: 'api freq out of limit' } }));
    expect(await sendNotice(channel, zhNotice, superior, null, options(env()))).toMatchObject({ ok: false, retryable: true });
  });
});

describe('DingTalk custom robot', () => {
  const channel: AlertChannel = { name: 'ding', type: 'dingtalk', url_env: 'DING_URL', secret_env: 'DING_SECRET' };
  const env = () => ({ DING_URL: `${receiver.base}/robot/send?access_token=${DINGTALK_TOKEN}`, DING_SECRET: DINGTALK_SECRET });
  // a timestamp whose sign holds "+", "/" and "=", so the URL encoding is tested too
  const at = (ms: number) => () => new Date(ms);

  it('signs the URL as documented and the robot verifies it', async () => {
    receiver.respond(dingtalkRobot);
    const outcome = await sendNotice(channel, zhNotice, superior, null, options(env(), { now: at(1700000000126) }));
    expect(outcome).toEqual({ ok: true, recipient: '@13800001111' });
    const request = receiver.only();
    // computed by hand with the Python example of the security-settings page (hmac.new(secret, "ts\nsecret",
    // sha256), base64, urllib.parse.quote_plus) for this timestamp and secret
    expect(request.url).toBe(`/robot/send?access_token=${DINGTALK_TOKEN}&timestamp=1700000000126&sign=XMm8cSF7CizqdP5OZ5CTsz7r%2B6qAv4LkAnJ%2FEXIHzGc%3D`);
    expect(dingtalkExpectedSign('1700000000126', DINGTALK_SECRET)).toBe('XMm8cSF7CizqdP5OZ5CTsz7r+6qAv4LkAnJ/EXIHzGc=');
  });

  it('sends markdown with the mobile in at.atMobiles and as @mobile in the text', async () => {
    await sendNotice(channel, zhNotice, superior, null, options(env(), { now: at(1700000000126) }));
    expect(receiver.only().json).toEqual({
      msgtype: 'markdown',
      markdown: {
        title: '【高】华东客服一组 首次响应时长中位数 异常升高',
        text: `${zhNotice.markdown}\n\n[${zhNotice.link}](${zhNotice.link})\n\n@13800001111`
      },
      at: { atMobiles: ['13800001111'], isAtAll: false }
    });
  });

  it('a wrong secret gets errcode 310000: a refusal not worth retrying, its reason without the secret or token', async () => {
    receiver.respond(dingtalkRobot);
    const outcome = await sendNotice(channel, zhNotice, superior, null, options({ ...env(), DING_SECRET: 'SECwrongwrongwrong' }, { now: at(1700000000126) }));
    expect(outcome).toEqual({
      ok: false, recipient: '@13800001111', retryable: false,
      reason: 'channel "ding": robot answered errcode 310000: sign not match, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]'
    });
  });

  it('"send too fast" (130101) is worth retrying; an answer without errcode is not a delivery', async () => {
    receiver.respond(() => ({ status: 200, body: { errcode: 130101, errmsg: 'send too fast, exceed 20 times per minute' } }));
    expect(await sendNotice(channel, zhNotice, superior, null, options(env()))).toEqual({
      ok: false, recipient: '@13800001111', retryable: true, reason: 'channel "ding": robot answered errcode 130101: send too fast, exceed 20 times per minute'
    });
    receiver.respond(() => ({ status: 200, body: '<html>proxy login</html>' }));
    expect(await sendNotice(channel, zhNotice, superior, null, options(env()))).toEqual({
      ok: false, recipient: '@13800001111', retryable: false, reason: 'channel "ding": robot answered HTTP 200 without errcode: <html>proxy login</html>'
    });
  });

  it('names the unset secret variable and sends nothing', async () => {
    const outcome = await sendNotice(channel, zhNotice, superior, null, options({ DING_URL: env().DING_URL }));
    expect(outcome).toEqual({ ok: false, recipient: null, retryable: false, reason: 'channel "ding": environment variable DING_SECRET (its signing secret) is not set' });
    expect(receiver.requests).toHaveLength(0);
  });

  it('an HTTP 503 is worth retrying; a body echoing the URL is redacted', async () => {
    receiver.respond((request) => ({ status: 503, body: `upstream down for ${request.url}` }));
    const outcome = await sendNotice(channel, zhNotice, superior, null, options(env(), { now: at(1700000000126) }));
    expect(outcome).toMatchObject({ ok: false, retryable: true });
    const reason = (outcome as { reason: string }).reason;
    expect(reason).toMatch(/^channel "ding": HTTP 503: upstream down for /);
    expect(reason).not.toContain(DINGTALK_TOKEN);
    expect(reason).not.toContain('XMm8cSF7');
  });
});

describe('Feishu custom bot', () => {
  const bot = (): AlertChannel => ({ name: 'lark', type: 'feishu', secret_env: 'FEISHU_SECRET', url: `${receiver.base}/open-apis/bot/v2/hook/0b7ad4d3-5d21-4b57-9a55-7b4f5e1c9a11` });
  const env = { FEISHU_SECRET };

  it('signs in the body with the timestamp in seconds, as documented, and the bot verifies it', async () => {
    receiver.respond(feishuBot);
    // the docs' example timestamp
    const outcome = await sendNotice(bot(), zhNotice, superior, null, options(env, { now: () => new Date(1599360473_000) }));
    expect(outcome).toEqual({ ok: true, recipient: '@ou_7d8a6e6df7621556ce0d21922b676706' });
    const body = receiver.only().json as { timestamp: string; sign: string };
    expect(body.timestamp).toBe('1599360473');
    // computed by hand with the Python example of the add-custom-bot page (hmac.new(key="ts\nsecret", msg=""))
    expect(body.sign).toBe('I14G+BylJBIS1VqI4nUg1mKqMAjMGZlFJGT36IJRUr8=');
    expect(feishuExpectedSign('1599360473', FEISHU_SECRET)).toBe(body.sign);
  });

  it('sends a post with a title, a line per paragraph, the link and an at element for the superior', async () => {
    await sendNotice(bot(), zhNotice, superior, null, options(env, { now: () => new Date(1599360473_000) }));
    expect(receiver.only().json).toEqual({
      timestamp: '1599360473',
      sign: 'I14G+BylJBIS1VqI4nUg1mKqMAjMGZlFJGT36IJRUr8=',
      msg_type: 'post',
      content: {
        post: {
          zh_cn: {
            title: '【高】华东客服一组 首次响应时长中位数 异常升高',
            content: [
              [{ tag: 'text', text: '指标:首次响应时长中位数' }],
              [{ tag: 'text', text: '范围:华东客服一组(团队)' }],
              [{ tag: 'text', text: '开始:2026-11-02,持续 3 天' }],
              [{ tag: 'text', text: '峰值:2026-11-03 42.5 分钟(预期 12 分钟)' }],
              [{ tag: 'a', text: zhNotice.link, href: zhNotice.link }],
              [{ tag: 'at', user_id: 'ou_7d8a6e6df7621556ce0d21922b676706', user_name: '王芳' }]
            ]
          }
        }
      }
    });
  });

  it('writes an English notice under en_us, and an unsigned bot gets no timestamp or sign', async () => {
    receiver.respond(() => ({ status: 200, body: { code: 0, msg: 'success', data: {} } }));
    const unsigned: AlertChannel = { name: 'lark', type: 'feishu', url: bot().url };
    expect(await sendNotice(unsigned, enNotice, nobody, null, options())).toEqual({ ok: true, recipient: 'group' });
    expect(receiver.only().json).toEqual({
      msg_type: 'post',
      content: { post: { en_us: { title: enNotice.title, content: enNotice.text.split('\n').map((text) => [{ tag: 'text', text }]) } } }
    });
  });

  it('a wrong secret gets code 19021: a refusal not worth retrying', async () => {
    receiver.respond(feishuBot);
    const outcome = await sendNotice(bot(), zhNotice, superior, null, options({ FEISHU_SECRET: 'not-the-secret' }));
    expect(outcome).toEqual({
      ok: false, recipient: '@ou_7d8a6e6df7621556ce0d21922b676706', retryable: false,
      reason: 'channel "lark": robot answered code 19021: sign match fail or timestamp is not within one hour from current time'
    });
  });

  it('a bot that never answers times out, worth retrying', async () => {
    receiver.respond(() => 'hang');
    const outcome = await sendNotice(bot(), zhNotice, superior, null, options(env, { timeoutMs: 300 }));
    expect(outcome).toEqual({ ok: false, recipient: '@ou_7d8a6e6df7621556ce0d21922b676706', retryable: true, reason: 'channel "lark": timed out after 300 ms' });
  });
});
