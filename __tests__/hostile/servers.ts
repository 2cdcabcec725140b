/** Small hostile servers on 127.0.0.1 for the adversarial tests. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface Hostile {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

export async function hostile(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<Hostile> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    requests.push(`${req.method} ${req.url}`);
    handler(req, res, body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}

export const json = (res: ServerResponse, status: number, value: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
};

/** Every run of `length` characters of `secret`: a secret shown in part is still a leak. */
export function secretWindows(secret: string, length = 12): string[] {
  const out: string[] = [];
  for (let i = 0; i + length <= secret.length; i++) out.push(secret.slice(i, i + length));
  return out;
}
