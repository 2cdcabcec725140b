/** The command line's exit codes (contract): one meaning each, the same for every command. */
export const EXIT = {
  /** Promotable; for trigger a 2xx answer, for verify a valid signature. */
  ok: 0,
  /** Blocked by a check; for trigger a non-2xx or no answer, for verify an invalid signature. */
  blocked: 1,
  /** Invalid input or usage. */
  usage: 2,
  /** A fault of the gate itself. */
  fault: 3
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A mistake in how the command was called: reported in one line, exit 2, never with a stack. */
export class UsageError extends Error {
  override name = 'UsageError';
}
