/** trigger against hostile endpoints on 127.0.0.1: what it prints, what it never prints, its exit codes. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runCli } from '../../src/cli/commands.js';
import type { Terminal } from '../../src/cli/terminal.js';
import { expectClean } from './packed-cli.js';

const SECRET = 'whsec_trigger_test_0123456789abcdef';
let server: Server;
let origin = '';
const seen: { headers: IncomingMessage['headers']; body: string }[] = [];

const ROUTES: Record<string, (res: ServerResponse) => void> = {
  '/echo': (res) => res.writeHead(500).end(`bad secret ${SECRET} ${Buffer.from(SECRET).toString('base64')}\n::error::x \u001b[2J`),
  '/moved': (res) => res.writeHead(302, { location: 'https://elsewhere.example/hook' }).end(),
  // Streamed without a length: the bound holds while reading.
  '/huge': (res) => res.writeHead(200).end('x'.repeat(200 * 1024)),
  // A declared length over the bound: refused before reading, and the process lives on.
  '/declared': (res) => void res.writeHead(200, { 'content-length': String(10 * 1024 * 1024) }).write('x'),
  '/slow': (res) => void setTimeout(() => res.writeHead(200).end(), 1500),
  '/refuse': (res) => res.writeHead(401).end('Invalid signature'),
  '/ok': (res) => res.writeHead(204).end()
};

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      seen.push({ headers: req.headers, body });
      (ROUTES[new URL(req.url ?? '/', 'http://x').pathname] ?? ROUTES['/ok']!)(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function trigger(args: string[]) {
  const lines: string[] = [];
  const terminal: Terminal = {
    out: (s) => void lines.push(s),
    err: (s) => void lines.push(s),
    outIsTTY: false,
    errIsTTY: false,
    env: { MONCRENEAU_WEBHOOK_SECRET: SECRET },
    writeFile: async () => undefined
  };
  const code = await runCli(['trigger', 'appointment.created', ...args], terminal);
  const text = lines.join('\n');
  expectClean(text, [SECRET]);
  return { code, text };
}

describe('trigger', () => {
  it('sends the documented headers and the exact bytes it signed', async () => {
    const { code, text } = await trigger(['--url', `${origin}/ok`]);
    expect(code).toBe(0);
    const { headers, body } = seen.at(-1)!;
    expect(headers['content-type']).toBe('application/json');
    expect(headers['x-moncreneau-event']).toBe('appointment.created');
    expect(text).toContain(`X-Moncreneau-Signature: ${headers['x-moncreneau-signature']}`);
    expect(text).toContain(`body (${Buffer.byteLength(body)} bytes): ${body}`);
    expect(text).toMatch(/^✔ 204 in \d+ ms$/m);
  });

  it('an endpoint echoing the secret: redacted, its escapes and commands neutralised, exit 1', async () => {
    const { code, text } = await trigger(['--url', `${origin}/echo`]);
    expect(code).toBe(1);
    expect(text).toMatch(/^answer: bad secret whsec_\[redacted\] d2hzZWNf\[redacted\]/m);
    expect(text).toMatch(/failed while handling the event/);
  });

  it('a refused event says what a verifier must do: strip sha256=, read the right header, hash the raw body', async () => {
    const { code, text } = await trigger(['--url', `${origin}/refuse`]);
    expect(code).toBe(1);
    expect(text).toMatch(/^✖ 401 in \d+ ms$/m);
    expect(text).toContain('reads X-Moncreneau-Signature, strips its sha256= prefix before comparing the hex, and hashes the raw body');
    // Keeping the prefix is the trap the webhook check names, never the advice.
    expect(text).not.toMatch(/keeps the sha256= prefix/);
  });

  it('a redirect is not followed: exit 1, with where it pointed', async () => {
    const { code, text } = await trigger(['--url', `${origin}/moved`]);
    expect(code).toBe(1);
    expect(text).toMatch(/^✖ 302 in \d+ ms$/m);
    expect(text).toContain('location: https://elsewhere.example/hook');
    expect(text).toContain('MONCRENEAU does not follow redirects');
  });

  it('an oversized answer and a slow one end in time, with their reason: exit 1', async () => {
    for (const path of ['/huge', '/declared']) {
      const huge = await trigger(['--url', `${origin}${path}`]);
      expect([path, huge.code]).toEqual([path, 1]);
      expect(huge.text).toMatch(/failed after \d+ ms: .*exceeded the size limit/);
    }
    await new Promise((resolve) => setTimeout(resolve, 100)); // an unhandled abort error would surface here
    const started = performance.now();
    const slow = await trigger(['--url', `${origin}/slow`, '--timeout-ms', '300']);
    expect(slow.code).toBe(1);
    expect(slow.text).toMatch(/did not answer within 300 ms/);
    expect(performance.now() - started).toBeLessThan(1400);
  });

  it('a password in the URL is never printed', async () => {
    const url = new URL(`${origin}/ok`);
    url.username = 'app';
    url.password = 'hunter2-very-secret';
    const { code, text } = await trigger(['--url', url.href]);
    expect(code).toBe(0);
    expect(text).toContain(`POST http://app:***@127.0.0.1`);
    expect(text).not.toContain('hunter2-very-secret');
  });

  it('a secret with a line break around it is used as given, with a warning that names where it came from', async () => {
    const lines: string[] = [];
    const errors: string[] = [];
    const terminal: Terminal = {
      out: (s) => void lines.push(s),
      err: (s) => void errors.push(s),
      outIsTTY: false,
      errIsTTY: false,
      env: { MONCRENEAU_WEBHOOK_SECRET: `${SECRET}\n` },
      writeFile: async () => undefined
    };
    const code = await runCli(['trigger', 'appointment.created', '--url', `${origin}/ok`], terminal);
    expect(code).toBe(0);
    const { body } = seen.at(-1)!;
    expect(lines).toContain(`X-Moncreneau-Signature: sha256=${createHmac('sha256', `${SECRET}\n`).update(body).digest('hex')}`);
    expect(errors).toEqual([
      expect.stringMatching(/^warning: MONCRENEAU_WEBHOOK_SECRET has spaces or a line break around it, used as given; .*remove them where it is set/)
    ]);
    expectClean([...lines, ...errors].join('\n'), [SECRET]);
  });

  it('a secret without blanks around it gets no such warning', async () => {
    const errors: string[] = [];
    const terminal: Terminal = {
      out: () => undefined,
      err: (s) => void errors.push(s),
      outIsTTY: false,
      errIsTTY: false,
      env: { MONCRENEAU_WEBHOOK_SECRET: SECRET },
      writeFile: async () => undefined
    };
    expect(await runCli(['trigger', 'appointment.created', '--url', `${origin}/ok`], terminal)).toBe(0);
    expect(errors).toEqual([]);
  });

  it.each([
    [['--url', 'ftp://x/'], /ftp: is not http or https/],
    [['--url', 'not a url'], /--url is not a URL/],
    // Parsed with `localhost:` as its scheme: the missing http:// is named, not the scheme.
    [['--url', 'localhost:3000/webhooks/moncreneau'], /--url has no http:\/\/ or https:\/\/ in front: give the whole URL, e\.g\. http:\/\/localhost:3000/],
    [[], /--url is required/],
    [['--url', 'http://127.0.0.1:9/', '--timeout-ms', '0'], /--timeout-ms: expected whole milliseconds/],
    [['--url', 'http://127.0.0.1:9/', '--set', 'data'], /expected <path>=<value>/],
    [['--url', 'http://127.0.0.1:9/', '--set', 'type=appointment.updated'], /give the event type as the command's argument/]
  ])('refuses %j as usage: exit 2', async (args, message) => {
    const { code, text } = await trigger(args);
    expect(code).toBe(2);
    expect(text).toMatch(message);
  });
});
