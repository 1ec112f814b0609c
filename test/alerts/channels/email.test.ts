import { createServer, type AddressInfo, type Socket } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import smtp from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AlertChannel } from '../../../src/lib/config/alerts.js';
import { sendNotice } from '../../../src/lib/server/alerts/channels/index.js';
import type { SendOptions } from '../../../src/lib/server/alerts/types.js';
import { enNotice, nobody, options, superior, zhNotice } from './fixtures.js';

interface Received { from: string; to: string[]; user: string | null; mail: ParsedMail }

const SMTP_USER = 'alerts@example.com';
const SMTP_PASSWORD = 'p4ss-w0rd-very-secret';

/** A real SMTP server on a free local port; `reject` makes RCPT TO answer with the given SMTP code. */
describe('email over SMTP', () => {
  let server: InstanceType<typeof smtp.SMTPServer>;
  let port = 0;
  const received: Received[] = [];
  let reject: { code: number; text: string } | null = null;

  beforeAll(async () => {
    server = new smtp.SMTPServer({
      disabledCommands: ['STARTTLS'],
      authOptional: true,
      allowInsecureAuth: true,
      logger: false,
      onAuth(auth, _session, callback) {
        if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) callback(null, { user: auth.username });
        else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
      },
      onRcptTo(_address, _session, callback) {
        if (reject) callback(Object.assign(new Error(reject.text), { responseCode: reject.code }));
        else callback();
      },
      onData(stream, session, callback) {
        simpleParser(stream).then((mail) => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            user: typeof session.user === 'string' ? session.user : null,
            mail
          });
          callback();
        }, (error: Error) => callback(error));
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(async () => { await new Promise<void>((resolve) => server.close(() => resolve())); });
  beforeEach(() => { received.length = 0; reject = null; });

  const channel: AlertChannel = { name: 'mail', type: 'email' };
  const smtpOptions = (env: Record<string, string> = {}, smtpOverrides: Partial<SendOptions['smtp']> = {}) =>
    options(env, { smtp: { host: '127.0.0.1', port, secure: false, user: '', password_env: '', from: 'opscore <opscore@example.com>', ...smtpOverrides } });

  it('sends the superior a message with the title as subject, a text and an HTML part, Chinese intact', async () => {
    const outcome = await sendNotice(channel, zhNotice, superior, 'ops@example.com', smtpOptions());
    expect(outcome).toEqual({ ok: true, recipient: 'wang.fang@example.com' });
    expect(received).toHaveLength(1);
    const [message] = received as [Received];
    expect(message.from).toBe('opscore@example.com');
    expect(message.to).toEqual(['wang.fang@example.com']);
    expect(message.mail.subject).toBe('【高】华东客服一组 首次响应时长中位数 异常升高');
    expect(message.mail.text?.trim()).toBe(`${zhNotice.text}\n\n${zhNotice.link}`);
    expect(message.mail.html).toContain('<h2>【高】华东客服一组 首次响应时长中位数 异常升高</h2>');
    expect(message.mail.html).toContain('指标:首次响应时长中位数<br>\n范围:华东客服一组(团队)<br>');
    expect(message.mail.html).toContain('<a href="http://dash.example/anomalies?metric=first_response_p50_minutes&amp;slice_type=team&amp;slice=T01">');
  });

  it('sends to the rule\'s fallback address when the recipient has none, and reports that address', async () => {
    expect(await sendNotice(channel, enNotice, nobody, 'ops@example.com', smtpOptions())).toEqual({ ok: true, recipient: 'ops@example.com' });
    expect(await sendNotice(channel, enNotice, null, 'ops@example.com', smtpOptions())).toEqual({ ok: true, recipient: 'ops@example.com' });
    expect(received.map((m) => m.to)).toEqual([['ops@example.com'], ['ops@example.com']]);
    expect(received[0]?.mail.subject).toBe(enNotice.title);
    expect(received[0]?.mail.text?.trim()).toBe(enNotice.text);
  });

  it('with neither address it fails for good, sending nothing', async () => {
    expect(await sendNotice(channel, enNotice, nobody, null, smtpOptions())).toEqual({
      ok: false, recipient: null, retryable: false, reason: 'channel "mail": no email address (the recipient has none and the rule has no fallback)'
    });
    expect(received).toHaveLength(0);
  });

  it('logs in with the password from smtp.password_env; names the variable when it is unset', async () => {
    const withAuth = { user: SMTP_USER, password_env: 'OPSCORE_SMTP_PASSWORD' };
    expect(await sendNotice(channel, zhNotice, superior, null, smtpOptions({ OPSCORE_SMTP_PASSWORD: SMTP_PASSWORD }, withAuth))).toEqual({ ok: true, recipient: 'wang.fang@example.com' });
    expect(received.map((m) => m.user)).toEqual([SMTP_USER]);
    expect(await sendNotice(channel, zhNotice, superior, null, smtpOptions({}, withAuth))).toEqual({
      ok: false, recipient: 'wang.fang@example.com', retryable: false, reason: 'channel "mail": environment variable OPSCORE_SMTP_PASSWORD (smtp.password_env) is not set'
    });
    const refused = await sendNotice(channel, zhNotice, superior, null, smtpOptions({ OPSCORE_SMTP_PASSWORD: 'wrong-password' }, withAuth));
    expect(refused).toMatchObject({ ok: false, retryable: false });
    expect((refused as { reason: string }).reason).toMatch(/^channel "mail": SMTP 535: /);
    expect(received).toHaveLength(1);
  });

  it('an SMTP 451 is worth retrying; a 550 is not', async () => {
    reject = { code: 451, text: 'Try again later' };
    const later = await sendNotice(channel, zhNotice, superior, null, smtpOptions());
    expect(later).toMatchObject({ ok: false, recipient: 'wang.fang@example.com', retryable: true });
    expect((later as { reason: string }).reason).toMatch(/^channel "mail": SMTP 451: .*Try again later/);
    reject = { code: 550, text: 'No such user' };
    const never = await sendNotice(channel, zhNotice, superior, null, smtpOptions());
    expect(never).toMatchObject({ ok: false, retryable: false });
    expect((never as { reason: string }).reason).toMatch(/^channel "mail": SMTP 550: .*No such user/);
    expect(received).toHaveLength(0);
  });

  it('a server that is not there is worth retrying', async () => {
    const closed = new smtp.SMTPServer({ logger: false });
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
    const gone = (closed.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const outcome = await sendNotice(channel, zhNotice, superior, null, smtpOptions({}, { port: gone }));
    expect(outcome).toMatchObject({ ok: false, recipient: 'wang.fang@example.com', retryable: true });
    expect((outcome as { reason: string }).reason).toMatch(/^channel "mail": ESOCKET: .*ECONNREFUSED/);
  });

  it('a server that never greets times out, worth retrying', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => { sockets.push(socket); }); // accepts, says nothing
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
    const silentPort = (silent.address() as AddressInfo).port;
    try {
      const outcome = await sendNotice(channel, zhNotice, superior, null, options({}, {
        timeoutMs: 300,
        smtp: { host: '127.0.0.1', port: silentPort, secure: false, user: '', password_env: '', from: 'opscore@example.com' }
      }));
      expect(outcome).toMatchObject({ ok: false, recipient: 'wang.fang@example.com', retryable: true });
      expect((outcome as { reason: string }).reason).toMatch(/^channel "mail": timed out after 300 ms/);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
