/** What one delivery to the endpoint came back with, and the classes of answers. Pure. */
import type { NetworkFailure } from '../http/network-error.js';

export type Answer =
  | {
      kind: 'answered';
      status: number;
      timeMs: number;
      location?: string;
      body?: string;
      /** The scheme of a WWW-Authenticate challenge (Basic, Bearer...), when one came back. */
      challenge?: string;
    }
  | { kind: 'failed'; failure: NetworkFailure; timeMs: number };

export type Answered = Extract<Answer, { kind: 'answered' }>;

/**
 * Answers about load or repetition, not about the signature: a handler that verifies nothing
 * answers them too, so they never count as a rejection. Retried once; "could not tell" after.
 */
export const LOAD_STATUSES: readonly number[] = [408, 409, 423, 425, 429, 503];

export const answered = (a: Answer): a is Answered => a.kind === 'answered';
/** Answered with a status in [low, low + 100). */
export const inClass = (a: Answer, low: number): boolean => a.kind === 'answered' && a.status >= low && a.status < low + 100;
export const accepted = (a: Answer): boolean => inClass(a, 200);
export const aboutLoad = (a: Answer): boolean => a.kind === 'answered' && LOAD_STATUSES.includes(a.status);
/** A 5xx that is a crash, not a "busy". */
export const crashed = (a: Answer): boolean => inClass(a, 500) && !aboutLoad(a);
/** A 4xx that may be about the signature. */
export const refused = (a: Answer): boolean => inClass(a, 400) && !aboutLoad(a);
