import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RenderedNotice, Recipient, SendNotice } from '../../src/lib/server/alerts/types.js';

/** What the receiver got in one POST: the notice and whom it was for (the test sender's body). */
export interface Received {
  at: number;
  notice: RenderedNotice;
  recipient: Recipient | null;
  fallbackEmail: string | null;
}

/** A real local HTTP receiver (port 0): answers 503 to the next `failNext` POSTs, then 200; keeps every good body. */
export interface Receiver {
  url: string;
  received: Received[];
  failNext: number;
  /** every request, answered or failed, in order: the status it got */
  statuses: number[];
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const receiver: Omit<Receiver, 'url' | 'close'> = { received: [], failNext: 0, statuses: [] };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (receiver.failNext > 0) {
        receiver.failNext--;
        receiver.statuses.push(503);
        res.writeHead(503, { 'content-type': 'text/plain' }).end('busy, try later');
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Omit<Received, 'at'>;
      receiver.received.push({ at: Date.now(), ...body });
      receiver.statuses.push(200);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${port}/hook`,
    close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); })
  });
}

/**
 * A minimal generic-webhook sender for these tests (the real channels live in src/lib/server/alerts/channels/):
 * POST the rendered notice as JSON; 2xx is sent, 5xx and 429 and network errors are worth retrying, other answers not.
 */
export const testWebhookSend: SendNotice = async (channel, notice, recipient, fallbackEmail, options) => {
  const to = recipient?.email ?? fallbackEmail ?? channel.name;
  try {
    const response = await fetch(channel.url!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ notice, recipient, fallbackEmail }),
      signal: AbortSignal.timeout(options.timeoutMs)
    });
    const text = await response.text();
    if (response.ok) return { ok: true, recipient: to };
    return { ok: false, recipient: to, reason: `HTTP ${response.status}: ${text}`, retryable: response.status >= 500 || response.status === 429 };
  } catch (error) {
    return { ok: false, recipient: to, reason: error instanceof Error ? error.message : String(error), retryable: true };
  }
};
