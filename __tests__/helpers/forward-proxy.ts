/**
 * A real forwarding proxy on 127.0.0.1, as a corporate proxy behaves: CONNECT tunnels (what
 * undici and @actions/http-client use, for https and http alike) and absolute-URI requests
 * (`GET http://host/path`). Every host name is sent to 127.0.0.1, so test names such as
 * api.moncreneau.test reach local servers. Counts the tunnels it opened and the hosts asked.
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface ForwardProxy {
  url: string;
  /** Tunnels opened (CONNECT answered 200). */
  tunnels: number;
  /** `host:port` of every CONNECT and absolute-URI request, in order. */
  hosts: string[];
  /** When set, every CONNECT is answered with this status (a proxy that refuses). */
  refuse?: number;
  close(): Promise<void>;
}

function splitHostPort(target: string): { host: string; port: number } {
  const at = target.lastIndexOf(':');
  return { host: target.slice(0, at).replace(/^\[|\]$/g, ''), port: Number(target.slice(at + 1)) };
}

export async function startForwardProxy(): Promise<ForwardProxy> {
  const sockets = new Set<Socket>();
  const proxy: ForwardProxy = { url: '', tunnels: 0, hosts: [], close: async () => undefined };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // An absolute-URI request: forward it, answer with what came back.
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end('absolute URI expected');
      return;
    }
    proxy.hosts.push(target.host);
    const upstream = httpRequest(
      { host: '127.0.0.1', port: Number(target.port || 80), method: req.method, path: `${target.pathname}${target.search}`, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      }
    );
    upstream.on('error', () => res.writeHead(502).end('upstream failed'));
    req.pipe(upstream);
  });

  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    const target = req.url ?? '';
    proxy.hosts.push(target);
    if (proxy.refuse) {
      client.end(`HTTP/1.1 ${proxy.refuse} Refused\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    const { port } = splitHostPort(target);
    const upstream = connect(port, '127.0.0.1', () => {
      proxy.tunnels++;
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return proxy;
}

/**
 * A preload module for the bundle's process (`NODE_OPTIONS=--import=<file URL>`): host names
 * from TEST_HOSTS (`name=address,...`) resolve to those addresses, like lines of /etc/hosts;
 * every other name resolves as usual. Lets a test give servers on 127.0.0.1 names that are not
 * loopback by their spelling, so proxy rules apply to them.
 */
export const HOSTS_PRELOAD = `
import dns from 'node:dns';
import { syncBuiltinESMExports } from 'node:module';
const hosts = new Map((process.env.TEST_HOSTS ?? '').split(',').filter(Boolean).map((e) => e.split('=')));
const family = (a) => (a.includes(':') ? 6 : 4);
const original = dns.lookup;
dns.lookup = function (name, options, callback) {
  if (typeof options === 'function') [callback, options] = [options, {}];
  const address = hosts.get(String(name).toLowerCase());
  if (address === undefined) return original.call(this, name, options, callback);
  const all = typeof options === 'object' && options?.all;
  process.nextTick(() => (all ? callback(null, [{ address, family: family(address) }]) : callback(null, address, family(address))));
};
const originalPromise = dns.promises.lookup;
dns.promises.lookup = async (name, options) => {
  const address = hosts.get(String(name).toLowerCase());
  if (address === undefined) return originalPromise(name, options);
  const entry = { address, family: family(address) };
  return options && typeof options === 'object' && options.all ? [entry] : entry;
};
syncBuiltinESMExports();
`;
