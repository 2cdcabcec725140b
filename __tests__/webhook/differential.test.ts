/** What the signed variants' answers mean, with no I/O: when X then these traps, and no others. */
import { describe, expect, it } from '@jest/globals';
import type { Answer } from '../../src/webhook/answer.js';
import { findTraps, FIRST_VARIANTS, secondVariants, type Variant, type VariantAnswer } from '../../src/webhook/differential.js';

const a = (status: number): Answer => ({ kind: 'answered', status, timeMs: 3 });
const probes = (genuine: number, noSignature = genuine) => [
  { answer: a(genuine), carries: 'moncreneau' as const },
  { answer: a(genuine), carries: 'moncreneau' as const },
  { answer: a(noSignature), carries: 'none' as const },
  { answer: a(genuine), carries: 'moncreneau' as const }
];
/** The first round answered by a verifier that accepts exactly these variants. */
const first = (accepts: (v: Variant) => boolean, otherwise = 401): VariantAnswer[] =>
  FIRST_VARIANTS.map((variant) => ({ ...a(!variant.forged && accepts(variant) ? 200 : otherwise), variant }));

describe('the variants', () => {
  it('first cover every format and body form, in both headers, and one forgery in both headers', () => {
    const signed = FIRST_VARIANTS.filter((v) => !v.forged);
    expect(signed).toHaveLength(8);
    expect(new Set(signed.map((v) => `${v.format}/${v.body}`)).size).toBe(8);
    expect(FIRST_VARIANTS.every((v) => v.placement === 'both')).toBe(true);
    expect(FIRST_VARIANTS.filter((v) => v.forged)).toHaveLength(1);
  });

  it('an accepted forgery in the SDK header means the endpoint verifies nothing there, whatever else verified', () => {
    const presenceOnly = FIRST_VARIANTS.map((variant) => ({ ...a(200), variant }));
    expect(findTraps(probes(401), presenceOnly, [])).toEqual({ kind: 'accepts-forged', status: 200 });
  });

  it('then try the accepted one closest to a real delivery in each header alone, and nothing when none verified', () => {
    const got = secondVariants(first((v) => v.format === 'bare'));
    expect(got).toEqual([
      { format: 'bare', body: 'wire', placement: 'moncreneau' },
      { format: 'bare', body: 'wire', placement: 'sdk' }
    ]);
    expect(secondVariants(first(() => false))).toEqual([]);
  });
});

describe('findTraps', () => {
  it('names the header trap only from the second round’s answers', () => {
    const f = first((v) => v.format === 'prefixed');
    const [m, s] = secondVariants(f);
    expect(
      findTraps(probes(401), f, [
        { ...a(401), variant: m! },
        { ...a(200), variant: s! }
      ])
    ).toEqual({ kind: 'traps', traps: [{ trap: 'wrong-header' }] });
    // An endpoint that reads either header has no header trap.
    expect(
      findTraps(probes(401), f, [
        { ...a(200), variant: m! },
        { ...a(200), variant: s! }
      ])
    ).toEqual({ kind: 'traps', traps: [] });
  });

  it('does not conclude on a header from a second round that got no real answer', () => {
    const f = first((v) => v.format === 'prefixed');
    const [m, s] = secondVariants(f);
    expect(
      findTraps(probes(401), f, [
        { ...a(429), variant: m! },
        { ...a(200), variant: s! }
      ])
    ).toEqual({ kind: 'traps', traps: [] });
  });

  it('is inconclusive, not "wrong secret", when variants got answers about load', () => {
    const f = first(() => false);
    f[3] = { ...a(429), variant: f[3]!.variant };
    expect(findTraps(probes(401), f, [])).toMatchObject({ kind: 'inconclusive' });
  });

  it('does not say "wrong secret" when the variants were refused differently from the test event (a filter on the extra header)', () => {
    expect(
      findTraps(
        probes(401),
        first(() => false, 403),
        []
      )
    ).toEqual({
      kind: 'inconclusive',
      why: 'the signed variants (which also carry X-Webhook-Signature) were answered 403 where the test event got 401'
    });
  });

  it('says every variant crashed, not "wrong secret", when everything is a 5xx', () => {
    expect(
      findTraps(
        probes(500),
        first(() => false, 500),
        []
      )
    ).toEqual({ kind: 'all-crashed' });
  });

  it('names the crash on a missing header only when carrying the header turned a 5xx into a 4xx', () => {
    expect(
      findTraps(
        probes(500),
        first(() => false),
        []
      )
    ).toEqual({
      kind: 'traps',
      traps: [{ trap: 'wrong-header' }, { trap: 'wrong-secret' }, { trap: 'throws-when-missing', header: 'X-Webhook-Signature', status: 500 }]
    });
    expect(
      findTraps(
        probes(401, 500),
        first(() => false),
        []
      )
    ).toEqual({
      kind: 'traps',
      traps: [{ trap: 'wrong-secret' }, { trap: 'throws-when-missing', header: 'X-Moncreneau-Signature', status: 500 }]
    });
    expect(
      findTraps(
        probes(401),
        first(() => false),
        []
      )
    ).toEqual({ kind: 'traps', traps: [{ trap: 'wrong-secret' }] });
  });

  it('names a re-serialisation only when the raw body never verified', () => {
    const rawHasher = first((v) => v.format === 'prefixed');
    expect(findTraps(probes(401), rawHasher, [])).toEqual({ kind: 'traps', traps: [] });
    const pythonDumps = first((v) => v.format === 'prefixed' && v.body === 'python');
    expect(findTraps(probes(401), pythonDumps, [])).toEqual({ kind: 'traps', traps: [{ trap: 'reserialised', form: 'python' }] });
  });

  it('names the prefix trap only when no prefixed variant verified', () => {
    const lenient = first((v) => v.body === 'compact');
    expect(findTraps(probes(401), lenient, [])).toEqual({ kind: 'traps', traps: [{ trap: 'reserialised', form: 'compact' }] });
    const strict = first((v) => v.body === 'compact' && v.format === 'bare');
    expect(findTraps(probes(401), strict, [])).toEqual({ kind: 'traps', traps: [{ trap: 'prefix-kept' }, { trap: 'reserialised', form: 'compact' }] });
  });
});
