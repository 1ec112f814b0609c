import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RenderedNotice, Recipient } from '../../src/lib/server/alerts/types.js';

/** What the receiver got in one POST: the generic webhook's body (channels/webhook.ts), and when. */
export interface Received {
  at: number;
  channel: string;
  notice: RenderedNotice;
  recipient: Recipient | null;
  fallback_email: string | null;
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
