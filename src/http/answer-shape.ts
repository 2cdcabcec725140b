/**
 * What a caller expects of an API answer's JSON: a function that gives the data, or says what is
 * wrong with it in a few words. The API client knows no schema library: the preflight's reads
 * take any JSON (their checks read it), and only smoke's own answers have a zod schema
 * (`zod-shape.ts`), loaded with smoke.
 */
export type AnswerShape<T> = (value: unknown) => { ok: true; data: T } | { ok: false; issues: string };

/** Any JSON value: the caller reads it itself. */
export const anyJson: AnswerShape<unknown> = (value) => ({ ok: true, data: value });
