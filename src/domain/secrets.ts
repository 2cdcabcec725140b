/**
 * The secrets are used exactly as stored: the API compares the key byte for byte and MONCRENEAU
 * signs with the secret as the dashboard shows it. One with blanks around it is refused, never
 * trimmed, since the application would use it padded too.
 */
import type { Refusal } from './refusal.js';

export type SecretInput = 'api-key' | 'webhook-secret';

/** Spaces or line breaks before or after: a secret pasted from a file, or with its newline. */
export function isPadded(value: string): boolean {
  return value !== value.trim();
}

/** "<secret> has spaces or line breaks around it": the one wording, for every secret used as given. */
export function paddedProblem(secret: string): string {
  return `${secret} has spaces or line breaks around it`;
}

const PADDED: Record<SecretInput, Refusal> = {
  'api-key': {
    problem: paddedProblem('the API key'),
    hint: 'Store the key without surrounding whitespace; the API compares it exactly.'
  },
  'webhook-secret': {
    problem: paddedProblem('the webhook secret'),
    hint: 'Store the secret exactly as the dashboard shows it (no trailing newline): MONCRENEAU signs with that value, so signatures made with this one would not match.'
  }
};

/** The refusal of a padded secret; undefined when it has no blanks around it. */
export function paddedRefusal(input: SecretInput, value: string): Refusal | undefined {
  return isPadded(value) ? PADDED[input] : undefined;
}
