/**
 * The bounded reader against real hostile servers on 127.0.0.1: every class of unreadable answer
 * is a measured, classified failure; nothing throws, nothing emits an unhandled 'error', and
 * closing never throws.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createHttpClient, type HttpClient, type HttpOutcome } from '../../src/http/http-client.js';
import { startAttacker, type Attacker, type AttackName } from '../hostile/attackers.js';

const uncaught: unknown[] = [];
const record = (error: unknown) => uncaught.push(error);
beforeAll(() => void process.on('uncaughtException', record));
afterAll(() => void process.off('uncaughtException', record));

let attacker: Attacker;
let client: HttpClient;
beforeEach(() => {
  uncaught.length = 0;
  client = createHttpClient();
});
afterEach(async () => {
  await client.close();
  await attacker?.close();
  // Late events (a body destroyed after the answer) would surface here.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(uncaught).toEqual([]);
});

async function attackWith(name: AttackName, opts: { maxBodyBytes?: number; timeoutMs?: number; signal?: AbortSignal } = {}): Promise<HttpOutcome> {
  attacker = await startAttacker(name);
  return sendToAttacker(opts);
}

function sendToAttacker(opts: { maxBodyBytes?: number; timeoutMs?: number; signal?: AbortSignal } = {}): Promise<HttpOutcome> {
  return client.send({
    method: 'GET',
    url: new URL(`${attacker.url}/api/v1/credits`),
    headers: { accept: 'application/json', 'Accept-Encoding': 'gzip, br' },
    timeoutMs: opts.timeoutMs ?? 1500,
    maxBodyBytes: opts.maxBodyBytes ?? 1024 * 1024,
    signal: opts.signal
  });
}

const failureOf = (o: HttpOutcome) => (o.ok ? { ok: true as const, status: o.response.status } : { kind: o.failure.kind, message: o.failure.message });

describe('http client: an answer that cannot be read is a failure with its reason', () => {
  it.each<[AttackName, string, RegExp]>([
    ['declared-oversize', 'too-large', /exceeded the size limit \(1 MiB\): it declared a body of 50 MiB/],
    ['endless-body', 'too-large', /exceeded the size limit \(1 MiB\) while it was being read/],
    ['reset-mid-body', 'reset', /closed the connection without a complete answer/],
    ['bad-chunk', 'malformed', /answered with a broken chunked body/],
    ['garbage-status', 'malformed', /answered with an unreadable status line/],
    ['status-zero', 'malformed', /answered with an unreadable status line/],
    ['no-answer', 'reset', /closed the connection without a complete answer/],
    ['header-flood', 'too-large', /headers larger than the size limit/]
  ])('when the server answers with %s then it is %s, measured, in words', async (name, kind, message) => {
    const outcome = await attackWith(name);
    expect(failureOf(outcome)).toEqual({ kind, message: expect.stringMatching(message) });
    expect(outcome.ok ? -1 : outcome.timeMs).toBeGreaterThan(0);
    expect(outcome.ok ? -1 : outcome.timeMs).toBeLessThan(1500);
  });

  it('when the body trickles then the time limit ends it, saying the answer never finished', async () => {
    const outcome = await attackWith('trickle', { timeoutMs: 800 });
    expect(failureOf(outcome)).toEqual({ kind: 'timeout', message: expect.stringMatching(/did not finish its answer within 800 ms \(\d+ bytes received\)/) });
    expect(outcome.ok ? 0 : outcome.timeMs).toBeGreaterThanOrEqual(790);
    expect(outcome.ok ? Infinity : outcome.timeMs).toBeLessThan(1500);
  });

  it('when a 64 KiB bound is given then a declared 50 MiB answer says so', async () => {
    const outcome = await attackWith('declared-oversize', { maxBodyBytes: 64 * 1024 });
    expect(failureOf(outcome)).toEqual({
      kind: 'too-large',
      message: expect.stringContaining('exceeded the size limit (64 KiB): it declared a body of 50 MiB')
    });
  });

  it.each<AttackName>(['gzip-bomb', 'br-bomb'])(
    'when the answer is a %s then it is read as the bytes sent, never inflated, and identity was asked for',
    async (name) => {
      // Started first: the attacker builds its 64 MiB bomb in this same process.
      attacker = await startAttacker(name);
      const before = process.memoryUsage().rss;
      const outcome = await sendToAttacker();
      expect(outcome.ok && outcome.response.headers['content-encoding']).toBe(name === 'gzip-bomb' ? 'gzip' : 'br');
      expect(outcome.ok && outcome.response.body.length).toBeLessThan(1024 * 1024);
      expect(outcome.ok && outcome.response.body.subarray(0, 10).toString()).not.toBe('{"items":[');
      expect(attacker.headers[0]!['accept-encoding']).toBe('identity');
      expect(process.memoryUsage().rss - before).toBeLessThan(40 * 1024 * 1024);
    }
  );

  it('when the answer has no body at all then it is an empty answer, not a failure', async () => {
    const outcome = await attackWith('empty-200');
    expect(outcome.ok && outcome.response.body.length).toBe(0);
  });

  it('when an endless answer is read then memory stays bounded', async () => {
    const before = process.memoryUsage().rss;
    const outcome = await attackWith('endless-body', { maxBodyBytes: 64 * 1024 });
    expect(failureOf(outcome)).toMatchObject({ kind: 'too-large' });
    expect(process.memoryUsage().rss - before).toBeLessThan(40 * 1024 * 1024);
  });
});

describe('http client: stopping and closing never throw', () => {
  it('when the run is stopped mid-body then the request is "stopped" and closing after it does not throw, twice', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('deadline')), 200);
    const outcome = await attackWith('trickle', { timeoutMs: 5000, signal: controller.signal });
    expect(failureOf(outcome)).toEqual({ kind: 'aborted', message: 'the request was stopped at the run’s deadline' });
    await expect(client.close()).resolves.toBeUndefined();
    await expect(client.close()).resolves.toBeUndefined();
  });

  it('when the client is closed while a request is in flight then that request ends as a failure', async () => {
    const pending = attackWith('trickle', { timeoutMs: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(client.close()).resolves.toBeUndefined();
    expect((await pending).ok).toBe(false);
  });

  it('when the run stops just as the headers arrive (either side of them) then closing never throws and no error escapes', async () => {
    attacker = await startAttacker('trickle');
    for (let i = 0; i < 20; i++) {
      const run = createHttpClient();
      const controller = new AbortController();
      // The attacker answers its headers about 1 ms after the request: aborts land on both sides.
      setTimeout(() => controller.abort(new Error('deadline')), i % 5);
      const outcome = await run.send({
        method: 'GET',
        url: new URL(attacker.url),
        headers: {},
        timeoutMs: 2000,
        maxBodyBytes: 1024 * 1024,
        signal: controller.signal
      });
      expect(outcome.ok).toBe(false);
      await expect(run.close()).resolves.toBeUndefined();
    }
  });

  it('when a request is sent after closing then it is a failure, not an exception', async () => {
    attacker = await startAttacker('empty-200');
    await client.close();
    const outcome = await client.send({ method: 'GET', url: new URL(attacker.url), headers: {}, timeoutMs: 500, maxBodyBytes: 1024 });
    expect(failureOf(outcome)).toEqual({ kind: 'aborted', message: expect.stringContaining('was not sent: the run is over') });
    expect(attacker.requests).toEqual([]);
  });

  it('when the run was already stopped before sending then nothing is sent', async () => {
    attacker = await startAttacker('empty-200');
    const outcome = await client.send({
      method: 'GET',
      url: new URL(attacker.url),
      headers: {},
      timeoutMs: 500,
      maxBodyBytes: 1024,
      signal: AbortSignal.abort(new Error('deadline'))
    });
    expect(failureOf(outcome)).toMatchObject({ kind: 'aborted' });
    await expect(client.close()).resolves.toBeUndefined();
  });
});
