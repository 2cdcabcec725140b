import type { IncomingHttpHeaders } from 'node:http';

/** Base path of every endpoint; `Double.url` ends with it. */
export const API_PREFIX: '/api/v1';
/** Each environment's departments unless `options.departments`: the ids smoke mode books in. */
export const DEFAULT_DEPARTMENTS: { id: number; name: string; description?: string }[];

export type Environment = 'live' | 'test';
export type AppointmentStatus = 'PENDING_PAYMENT' | 'SCHEDULED' | 'COMPLETED' | 'CANCELLED' | 'NO_SHOW';

export interface Appointment {
  id: number;
  departmentId: number;
  /** Local, no zone: 2026-02-15T10:00:00. */
  dateTime: string;
  status: AppointmentStatus;
  name: string;
  qrCode: string;
  createdAt: string;
  externalUserId?: string;
  workerId?: number;
  cancelledAt?: string;
  cancelReason?: string;
}

/** One environment's data; live and test keys never see each other's. */
export interface EnvironmentState {
  credits: number;
  appointments: Map<number, Appointment>;
  nextId: number;
}

export interface RequestRecord {
  method: string;
  /** As requested, query included: '/api/v1/appointments?size=1'. */
  path: string;
  /** X-API-Key and Authorization values are replaced by '[redacted]'. */
  headers: IncomingHttpHeaders;
  at: string;
  /** Status answered, once the answer is complete (absent for hung or dropped requests). */
  status?: number;
}

export interface Delivery {
  event: string;
  eventId: string;
  appointmentId: number | string | undefined;
  url: string;
  /** HTTP status the endpoint answered. */
  status?: number;
  /** Network, TLS or timeout failure instead of a status. */
  error?: string;
  ms: number;
  at: string;
}

export interface WebhookTarget {
  url: string;
  /** Used exactly as given, UTF-8 (whsec_...). */
  secret: string;
  /** PEM CA to trust for an https endpoint, besides the system store. */
  ca?: string;
  /** Per delivery; default 5000. */
  timeoutMs?: number;
  /** Indent the JSON body, so a receiver that re-serialises before hashing fails. */
  prettyPrint?: boolean;
}

export interface KeySpec {
  key: string;
  /** Default: from the prefix (mk_test_/test_ is test, anything else live). */
  environment?: Environment;
  /** Default: ['appointments:read', 'appointments:create']. */
  scopes?: string[];
}

/** One set of faults; the filters apply to every fault in the set. */
export interface FaultSet {
  /** API paths ('/appointments' also covers '/appointments/7'), or patterns. */
  paths?: (string | RegExp)[];
  methods?: string[];
  /** Delay before answering (summed over matching sets). */
  latencyMs?: number;
  /** The next N matching requests answer serverErrorStatus. */
  serverErrors?: number;
  /** Default 503. */
  serverErrorStatus?: 500 | 502 | 503 | 504;
  /** 429 RATE_LIMIT_EXCEEDED with Retry-After; count default: every matching request. */
  rateLimited?: { count?: number; retryAfterSeconds?: number };
  /** 200 text/html login page (true: every request; N: the next N). */
  htmlBody?: boolean | number;
  /** Accept and never answer (true: every request; N: the next N). */
  hang?: boolean | number;
  /** 200 application/json, chunked, of this many bytes, generated lazily. */
  oversizeBody?: number;
  /** Destroy the socket without answering, N times. */
  dropConnection?: number;
  /** POST /appointments: create and charge, then destroy the socket, N times. */
  dropAfterCommit?: number;
  /** DELETE answers 500 without cancelling, N times. */
  deleteErrors?: number;
  /** POST /appointments answers 409 SLOT_NOT_AVAILABLE, N times. */
  slotUnavailable?: number;
  /**
   * POST /appointments: create and charge, then answer `status` with the appointment at the
   * top (default), under `data`, or not at all, beside `extra` (an `error` object, a warning).
   */
  bookedAnswer?: { status: number; shape?: 'top' | 'nested' | 'none'; extra?: Record<string, unknown>; count?: number };
  /** GET /appointments lists appointments without these fields (name, externalUserId, dateTime...). */
  listWithout?: { fields: string[]; count?: number };
  /** 302 to this URL. */
  redirectTo?: string;
  /** A canned answer (count default: every matching request). */
  respondWith?: { status: number; body?: unknown; headers?: Record<string, string>; count?: number };
  /** Every key starts a fresh rate-limit window with this budget. */
  rateLimitRemaining?: number;
}

export interface DoubleOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0 (a free port). */
  port?: number;
  /** true: a CA and a certificate for localhost/127.0.0.1 are made at start. */
  https?: boolean | { key: string; cert: string; ca?: string };
  /** Starting credits of each environment; default 500. */
  credits?: number;
  /** `live` and `test` are random unless given; other names add keys (with scopes). */
  keys?: { live?: string; test?: string; [name: string]: string | KeySpec | undefined };
  /** Keys that answer 401 EXPIRED_API_KEY. */
  expiredKeys?: string[];
  departments?: { id: number; name: string; description?: string }[];
  organization?: { id: number; name: string };
  /** How appointment ids are written: number (the docs) or string (the Node SDK). Default number. */
  idType?: 'number' | 'string';
  rateLimit?: { limit?: number; remaining?: number; windowSeconds?: number };
  webhook?: WebhookTarget;
  faults?: FaultSet | FaultSet[];
  /** Most entries kept in state.requests and state.deliveries; default 10000. */
  logLimit?: number;
}

export interface DoubleState {
  live: EnvironmentState;
  test: EnvironmentState;
  /** The live environment's credits (settable). */
  credits: number;
  /** The live environment's appointments. */
  readonly appointments: Map<number, Appointment>;
  readonly requests: RequestRecord[];
  readonly deliveries: Delivery[];
}

export interface Double {
  /** Base URL including /api/v1, e.g. http://127.0.0.1:PORT/api/v1. */
  url: string;
  /** Scheme, host and port only. */
  origin: string;
  keys: { live: string; test: string; [name: string]: string };
  state: DoubleState;
  /** With https: the PEM CA a client must trust. */
  ca: string | undefined;
  /** With https: the server's PEM certificate. */
  cert: string | undefined;
  /** Replaces the active faults. */
  setFaults(faults: FaultSet | FaultSet[]): void;
  clearFaults(): void;
  setWebhook(target: WebhookTarget | null | undefined): void;
  /** Resolves once `count` deliveries have ended (default timeout 2000 ms). */
  waitForDeliveries(count: number, timeoutMs?: number): Promise<Delivery[]>;
  /** The key answers 401 INVALID_API_KEY from now on. */
  revokeKey(key: string): void;
  /** Closes every socket, hung ones included, and aborts deliveries in flight. */
  close(): Promise<void>;
}

export function startDouble(options?: DoubleOptions): Promise<Double>;
