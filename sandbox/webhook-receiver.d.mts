import type { IncomingHttpHeaders } from 'node:http';

export { verifySignature } from './signature.mjs';

/**
 * - verify: the correct verifier (401 on a bad or missing signature)
 * - accept-all: 200 to anything
 * - no-strip: compares the whole header, `sha256=` included, with the bare hex (rejects all)
 * - wrong-header: reads X-Webhook-Signature (rejects all real deliveries)
 * - reserialise: hashes JSON.stringify(JSON.parse(body)) instead of the raw bytes
 * - other-secret: verifies correctly with a different secret (rejects all)
 * - slow: the correct verifier, answering after delayMs
 * - redirect: 302 to redirectTo
 * - error: 500 to everything
 */
export type Behaviour = 'verify' | 'accept-all' | 'no-strip' | 'wrong-header' | 'reserialise' | 'other-secret' | 'slow' | 'redirect' | 'error';

export const BEHAVIOURS: Behaviour[];

export interface ReceiverOptions {
  /** Required except for accept-all, redirect and error. */
  secret?: string;
  /** Default 'verify'. */
  behaviour?: Behaviour;
  /** Serve HTTPS with this key and certificate. */
  https?: { key: string; cert: string };
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0 (a free port). */
  port?: number;
  /** 'slow' answers after this; default 6000. */
  delayMs?: number;
  /** Where 'redirect' points; default <origin>/moved. */
  redirectTo?: string;
  /** Path of `url`; POSTs to any path are accepted. Default '/webhooks/moncreneau'. */
  path?: string;
  /** Serve GET /confirm/{appointmentId}/{event}; default true. */
  confirm?: boolean;
}

export interface ReceivedEvent {
  /** X-Moncreneau-Event. */
  event: string | undefined;
  /** The raw body as UTF-8. */
  body: string;
  /** The body parsed as JSON, or undefined. */
  payload: any;
  headers: IncomingHttpHeaders;
  /** Whether this behaviour accepted (processed) it: 2xx, else 401. */
  accepted: boolean;
  at: string;
}

export interface Receiver {
  /** The endpoint to give the double or the gate: <origin>/webhooks/moncreneau. */
  url: string;
  origin: string;
  /** Deliveries answered so far (not the ones redirected or answered 500). */
  events: ReceivedEvent[];
  waitForEvents(count: number, timeoutMs?: number): Promise<ReceivedEvent[]>;
  /** Closes every socket, including slow answers still waiting. */
  close(): Promise<void>;
}

/** Starts a webhook endpoint; POSTs to any path are deliveries. */
export function startReceiver(options: ReceiverOptions): Promise<Receiver>;
