/** Reads back, from a webhook check's details, which verifier traps it named, in order. */
import type { CheckOutcome } from '../../../src/engine/check.js';

const FORMS: Record<string, string> = { 'JSON.stringify': 'compact', 'json.dumps': 'python', json_encode: 'php' };

export function trapsNamed(out: CheckOutcome): string[] {
  return out.details.flatMap((line) => {
    if (line.startsWith('Wrong header: ')) return ['wrong-header'];
    if (line.startsWith('Prefix not stripped: ')) return ['prefix-kept'];
    if (line.startsWith('Wrong secret: ')) return ['wrong-secret'];
    const rebuilt = /^Re-serialised body: the verifier hashes (JSON\.stringify|json\.dumps|json_encode) /.exec(line);
    if (rebuilt) return [`reserialised:${FORMS[rebuilt[1]!]}`];
    const thrown = /^Throws on a missing header: a request without (\S+) got (\d+) /.exec(line);
    if (thrown) return [`throws:${thrown[1]}:${thrown[2]}`];
    return [];
  });
}
