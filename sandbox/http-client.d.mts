import type { Agent, IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';

export interface RequestOptions {
  method?: string;
  headers?: OutgoingHttpHeaders;
  /** A string is sent as is; anything else as JSON with Content-Type: application/json. */
  body?: unknown;
  /** PEM CA to trust for https. */
  ca?: string;
  agent?: Agent;
  /** Idle timeout; rejects with code TIMEOUT. Default 5000. */
  timeoutMs?: number;
  /** Rejects with code BODY_TOO_LARGE past this. Default 10 MiB. */
  maxBytes?: number;
}

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** The body parsed as JSON, or undefined. */
  json: any;
}

export function request(url: string, options?: RequestOptions): Promise<Answer>;
