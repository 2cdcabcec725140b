/** The webhook secret for `trigger` and `verify`: from the environment, as the action takes it. */
import { UsageError } from './exit-codes.js';
import type { Terminal } from './terminal.js';

export const SECRET_VARIABLE = 'MONCRENEAU_WEBHOOK_SECRET';

/** The flag's value (with a warning) or the variable's, used exactly as given, like the action. */
export function webhookSecret(flag: string | undefined, terminal: Terminal): string {
  if (flag !== undefined) {
    terminal.err(`warning: --webhook-secret on the command line lands in shell history and process lists; set ${SECRET_VARIABLE} in the environment instead.`);
  }
  const secret = flag ?? terminal.env[SECRET_VARIABLE] ?? '';
  if (secret.trim() === '')
    throw new UsageError(`${SECRET_VARIABLE} is not set: export it with your endpoint's webhook secret (whsec_...), from Dashboard > Webhooks.`);
  return secret;
}

/**
 * For `trigger`, which signs with the secret: one with blanks around it is used as given (an
 * endpoint may hold the same padded value) but said, as the gate's config check fails on it.
 * `verify` needs no warning: it explains a padded secret as one of its traps.
 */
export function warnIfPadded(secret: string, fromFlag: boolean, terminal: Terminal): void {
  if (secret === secret.trim()) return;
  terminal.err(
    `warning: ${fromFlag ? '--webhook-secret' : SECRET_VARIABLE} has spaces or a line break around it, used as given; MONCRENEAU signs with the secret exactly as Dashboard > Webhooks shows it, so remove them where it is set (a .env line, echo without -n).`
  );
}

/** Whole milliseconds within bounds, for --timeout-ms. */
export function wholeMs(name: string, text: string | undefined, fallback: number, max: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > max)
    throw new UsageError(`--${name}: expected whole milliseconds from 1 to ${max}, got '${text.slice(0, 20)}'`);
  return Number(text);
}
