/**
 * Text a server sent, made fit to keep: redacted whole first (so a cut never leaves part of a
 * secret behind), then cut to a bound, the cut marked. Pure.
 */
import type { Redactor } from '../redact.js';

/** The bounds of each kind of server text the gate keeps (characters). */
export const SERVER_TEXT_LIMITS = {
  /** An error code is an identifier (INVALID_API_KEY): anything longer is not one. */
  code: 100,
  message: 300,
  contentType: 100,
  /** A Location header, before it is shown as a URL without its query. */
  location: 2048,
  header: 60
} as const;

/** `text` redacted, then cut to `max` characters with an ellipsis. */
export function serverText(text: string, max: number, redact: Redactor): string {
  const clean = redact(text);
  return clean.length > max ? `${clean.slice(0, Math.max(0, max - 1))}…` : clean;
}
