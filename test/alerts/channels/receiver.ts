/**
 * A real local HTTP receiver for the channel tests: listens on 127.0.0.1 port 0, keeps every request (URL, headers,
 * raw body, parsed JSON) and answers with what the test's responder says, or never answers ('hang').
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  json: unknown;
}

export type Answer = { status: number; body: unknown } | 'hang';
export type Responder = (request: ReceivedRequest) => Answer;

export interface Receiver {
  base: string;
  requests: ReceivedRequest[];
  /** the one request received (fails when there were none or several) */
  only: () => ReceivedRequest;
  respond: (responder: Responder) => void;
  close: () => Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const requests: ReceivedRequest[] = [];
  let responder: Responder = () => ({ status: 200, body: { errcode: 0, errmsg: 'ok' } });
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: unknown = null;
      try { json = JSON.parse(body); } catch { json = null; }
      const request: ReceivedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, json };
      requests.push(request);
      const answer = responder(request);
      if (answer === 'hang') return;
      res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    only: () => {
      if (requests.length !== 1) throw new Error(`expected one request, received ${requests.length}`);
      return requests[0] as ReceivedRequest;
    },
    respond: (next) => { responder = next; },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    })
  };
}
