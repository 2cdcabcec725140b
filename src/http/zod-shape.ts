/** A zod schema as an answer's shape: the first issues, each at its path, in zod's words. */
import * as z from 'zod/mini';
import type { AnswerShape } from './answer-shape.js';

/** Issues named in a problem; the rest would only lengthen the line. */
const MAX_ISSUES = 3;
/** Path segments kept per issue: deeper ones are the server's structure, not the gate's question. */
const MAX_PATH = 8;

export function shapeOf<T>(schema: z.core.$ZodType<T>): AnswerShape<T> {
  return (value) => {
    const parsed = z.safeParse(schema, value);
    if (parsed.success) return { ok: true, data: parsed.data };
    const issues = parsed.error.issues
      .slice(0, MAX_ISSUES)
      .map((i) => `${i.path.length > 0 ? i.path.slice(0, MAX_PATH).join('.') : 'body'}: ${i.message}`)
      .join('; ');
    return { ok: false, issues };
  };
}
