/**
 * A real HTTP endpoint on 127.0.0.1 for the receivers: reads the raw body (bounded), hands it
 * to a handler that answers like an application would, and turns a thrown error into the 500
 * a framework answers (Flask, PHP-FPM, Express all do).
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';

export interface Reply {
  status: number;
  body?: string;
}
export type Handler = (raw: Buffer, headers: IncomingHttpHeaders) => Reply | Promise<Reply>;

export interface Endpoint {
  url: string;
  /** Every request's headers and raw body, in arrival order. */
  requests: { headers: IncomingHttpHeaders; raw: Buffer; status: number }[];
  close(): Promise<void>;
}

export async function startEndpoint(handler: Handler): Promise<Endpoint> {
  const requests: Endpoint['requests'] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > 1_000_000) return void res.writeHead(413).end();
      chunks.push(chunk as Buffer);
    }
    const raw = Buffer.concat(chunks);
    let reply: Reply;
    try {
      reply = await handler(raw, req.headers);
    } catch {
      reply = { status: 500, body: 'Internal Server Error' };
    }
    requests.push({ headers: req.headers, raw, status: reply.status });
    res.writeHead(reply.status, { 'content-type': 'text/plain' }).end(reply.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/webhooks/moncreneau`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}
