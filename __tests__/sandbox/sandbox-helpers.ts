// Shared by the sandbox tests: close servers after each test, and call the double over real HTTP.
import { afterEach } from '@jest/globals';
import type { Double } from '../../sandbox/moncreneau-double.mjs';

/** Registers servers to close after each test; returns the server for chaining. */
export function closeAfterEach(): <T extends { close(): Promise<unknown> }>(server: T) => T {
  const open: { close(): Promise<unknown> }[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((server) => server.close()));
  });
  return (server) => {
    open.push(server);
    return server;
  };
}

export interface CallOptions {
  method?: string;
  /** The key to send; default the double's live key; null sends none. */
  key?: string | null;
  scheme?: 'x-api-key' | 'bearer';
  body?: unknown;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  // Bodies are checked by assertions, not by types: `any` keeps each expectation short.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

/** Calls the double with fetch, as the gate would. */
export async function call(double: Double, path: string, options: CallOptions = {}): Promise<CallResult> {
  const { method = 'GET', key = double.keys.live, scheme = 'x-api-key', body, headers = {} } = options;
  const auth: Record<string, string> = key === null ? {} : scheme === 'bearer' ? { authorization: `Bearer ${key}` } : { 'x-api-key': key };
  const json: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' };
  const response = await fetch(`${double.url}${path}`, {
    method,
    headers: { ...json, ...auth, ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    redirect: 'manual'
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, text, json: parsed };
}

/** A valid create body; override any field. */
export function appointmentBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { departmentId: 1, dateTime: '2026-02-15T10:00:00', name: 'Gate smoke test', ...overrides };
}
