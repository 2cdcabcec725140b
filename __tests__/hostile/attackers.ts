/**
 * Hostile answers at the byte level, on 127.0.0.1: one raw TCP server that answers every request
 * with the attack it was given, so each class can be aimed at any call the gate makes (API,
 * webhook probe, confirm URL, health and heartbeat URLs, GitHub).
 */
import { createServer, type Server, type Socket } from 'node:net';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type AttackName =
  | 'declared-oversize'
  | 'endless-body'
  | 'reset-mid-body'
  | 'trickle'
  | 'gzip-bomb'
  | 'br-bomb'
  | 'bad-chunk'
  | 'garbage-status'
  | 'status-zero'
  | 'no-answer'
  | 'empty-200'
  | 'header-flood'
  | 'deep-json'
  | 'huge-error-code';

/** A body that inflates to 64 MiB of JSON-looking bytes; a few dozen KiB on the wire. */
let bombs: { gzip: Buffer; br: Buffer } | undefined;
function bomb(kind: 'gzip' | 'br'): Buffer {
  if (!bombs) {
    const inflated = Buffer.alloc(64 * 1024 * 1024, 0x20);
    inflated.write('{"items":[');
    bombs = { gzip: gzipSync(inflated), br: brotliCompressSync(inflated, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }) };
  }
  return bombs[kind];
}

/** `[[[[...]]]]` this many levels deep: 400 KB, under every API bound. */
export const DEEP_JSON = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;

const head = (status: string, headers: Record<string, string | number>) =>
  `HTTP/1.1 ${status}\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}Connection: close\r\n\r\n`;

/** Writes until the peer goes away, honouring back-pressure (the gate must stop reading). */
function endless(socket: Socket, chunk: Buffer): void {
  const pump = () => {
    while (!socket.destroyed && socket.write(chunk));
  };
  socket.on('drain', pump);
  pump();
}

function trickle(socket: Socket): void {
  socket.write(head('200 OK', { 'content-type': 'application/json', 'content-length': 10_000 }));
  const timer = setInterval(() => (socket.destroyed ? clearInterval(timer) : socket.write(' ')), 100);
  socket.on('close', () => clearInterval(timer));
}

export const ATTACKS: Record<AttackName, (socket: Socket) => void> = {
  'declared-oversize': (s) => {
    s.write(head('200 OK', { 'content-type': 'application/json', 'content-length': 50 * 1024 * 1024 }));
    endless(s, Buffer.alloc(64 * 1024, 0x20));
  },
  'endless-body': (s) => {
    s.write(head('200 OK', { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }));
    const data = Buffer.alloc(64 * 1024, 0x20);
    endless(s, Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from('\r\n')]));
  },
  'reset-mid-body': (s) => {
    s.write(head('200 OK', { 'content-type': 'application/json', 'content-length': 1000 }));
    s.write('{"items":[1,2,3');
    setTimeout(() => s.resetAndDestroy(), 50);
  },
  trickle,
  'gzip-bomb': (s) => {
    const body = bomb('gzip');
    s.end(
      Buffer.concat([Buffer.from(head('200 OK', { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': body.length })), body])
    );
  },
  'br-bomb': (s) => {
    const body = bomb('br');
    s.end(Buffer.concat([Buffer.from(head('200 OK', { 'content-type': 'application/json', 'content-encoding': 'br', 'content-length': body.length })), body]));
  },
  'bad-chunk': (s) => s.end(`${head('200 OK', { 'content-type': 'application/json', 'transfer-encoding': 'chunked' })}ZZZ\r\n{"a":1}\r\n0\r\n\r\n`),
  'garbage-status': (s) => s.end('HELLO THERE\r\n\r\n{}'),
  'status-zero': (s) => s.end(`${head('000 Nothing', { 'content-length': 2 })}{}`),
  'no-answer': (s) => s.destroy(),
  'empty-200': (s) => s.end(head('200 OK', { 'content-type': 'application/json', 'content-length': 0 })),
  'header-flood': (s) => s.end(head('200 OK', { 'x-flood': 'a'.repeat(70_000), 'content-length': 2 }) + '{}'),
  'deep-json': (s) => s.end(`${head('200 OK', { 'content-type': 'application/json', 'content-length': DEEP_JSON.length })}${DEEP_JSON}`),
  'huge-error-code': (s) => {
    const body = JSON.stringify({ error: { code: `E${'X'.repeat(600_000)}`, message: 'm'.repeat(300_000) } });
    s.end(`${head('400 Bad Request', { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) })}${body}`);
  }
};

export interface Attacker {
  url: string;
  /** Request lines seen ("GET /path"). */
  requests: string[];
  /** Request headers as sent, lower-cased names, one record per request. */
  headers: Record<string, string>[];
  /** The attack to answer with; may be changed between runs. */
  attack: AttackName;
  close(): Promise<void>;
}

/** Reads one request's head (and drops its body), then attacks. */
export async function startAttacker(attack: AttackName): Promise<Attacker> {
  const sockets = new Set<Socket>();
  const attacker: Attacker = {
    url: '',
    requests: [],
    headers: [],
    attack,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  };
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString('latin1');
      const end = seen.indexOf('\r\n\r\n');
      if (end < 0) return;
      socket.off('data', onData);
      const [line = '', ...fields] = seen.slice(0, end).split('\r\n');
      attacker.requests.push(line.split(' ').slice(0, 2).join(' '));
      attacker.headers.push(Object.fromEntries(fields.map((f) => [f.slice(0, f.indexOf(':')).toLowerCase(), f.slice(f.indexOf(':') + 1).trim()])));
      // Whatever body follows is drained, not read: the answer does not depend on it.
      socket.on('data', () => {});
      ATTACKS[attacker.attack](socket);
    };
    socket.on('data', onData);
  });
  // Made before listening, so building it takes none of the gate's time limit.
  if (attack === 'gzip-bomb' || attack === 'br-bomb') bomb('gzip');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  attacker.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return attacker;
}

/** Every attack, for tests that aim them all at one call. */
export const ALL_ATTACKS = Object.keys(ATTACKS) as AttackName[];
