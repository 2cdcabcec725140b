/** What an API call ends as: the data, or the problem, with every attempt made. */
import type { NetworkFailure } from './network-error.js';

/** One try at a call, kept for the report. */
export interface Attempt {
  status?: number;
  timeMs: number;
  failure?: string;
}

export type ApiProblem =
  | { kind: 'network'; failure: NetworkFailure }
  | { kind: 'status'; status: number; code?: string; message?: string; details?: unknown }
  /** `location`: where it points, absolute; '' when absent or unreadable. */
  | { kind: 'redirect'; status: number; location: string }
  /** `reason`: why the body could not be read as JSON (empty, compressed, nested too deep...). */
  | { kind: 'not-json'; status: number; contentType: string; looksLikeHtml: boolean; reason?: string }
  | { kind: 'unexpected-shape'; status: number; issues: string };

export type ApiResult<T> =
  | { ok: true; status: number; data: T; timeMs: number; headers: Record<string, string>; attempts: Attempt[] }
  | { ok: false; problem: ApiProblem; headers: Record<string, string>; attempts: Attempt[]; note?: string };
