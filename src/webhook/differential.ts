/**
 * The differential diagnosis: when the genuine event is not accepted, correctly signed
 * variants (each a fresh test event) that differ in where the signature is, how it is written
 * and how the body is serialised tell which verifier trap applies. Which variants to send, and
 * what their answers mean, are pure functions here; sending them is the check's job.
 */
import { RESERIALISED_FORMS, type BodyForm, type ReserialisedForm } from './body-forms.js';
import { accepted, aboutLoad, crashed, inClass, refused, type Answer } from './answer.js';
import { SDK_SIGNATURE_HEADER, SIGNATURE_HEADER } from './signature.js';
import type { Trap } from './traps.js';

export type SignatureFormat = 'prefixed' | 'bare';
/** Which signature headers carry the value: both, or only one of them. */
export type Placement = 'both' | 'moncreneau' | 'sdk';
export interface Variant {
  format: SignatureFormat;
  body: BodyForm;
  placement: Placement;
  /** Signed with a wrong secret: an endpoint that accepts it in the SDK header verifies nothing. */
  forged?: true;
}
export type VariantAnswer = Answer & { variant: Variant };

const FORMATS: SignatureFormat[] = ['prefixed', 'bare'];
const BODIES: BodyForm[] = ['wire', ...RESERIALISED_FORMS];

/**
 * First round: every format and body form, in both headers, so the header cannot hide them;
 * and one forgery in both headers, since the round-one forgeries never carried the SDK header.
 */
export const FIRST_VARIANTS: Variant[] = [
  ...FORMATS.flatMap((format) => BODIES.map((body) => ({ format, body, placement: 'both' as const }))),
  { format: 'bare', body: 'wire', placement: 'both', forged: true }
];

/** Second round, only when something verified: that variant in each header alone. */
export function secondVariants(first: VariantAnswer[]): Variant[] {
  const ok = first.filter((a) => accepted(a) && !a.variant.forged).map((a) => a.variant);
  // The closest to the real delivery: prefixed before bare, the wire body before the others.
  const best =
    ok.find((v) => v.format === 'prefixed' && v.body === 'wire') ?? ok.find((v) => v.format === 'prefixed') ?? ok.find((v) => v.body === 'wire') ?? ok[0];
  return best
    ? [
        { ...best, placement: 'moncreneau' },
        { ...best, placement: 'sdk' }
      ]
    : [];
}

/** The round-one probes, as the diagnosis sees them: which header each carried. */
export interface SentProbe {
  answer: Answer;
  carries: 'moncreneau' | 'none';
}

export type Finding =
  /** Something verified: these traps explain why the genuine event did not (maybe none). */
  | { kind: 'traps'; traps: Trap[]; sdk?: string }
  /** The forged variant was accepted: the endpoint verifies nothing in the SDK header. */
  | { kind: 'accepts-forged'; status: number }
  /** Every correctly signed variant crashed too: the handler fails before it verifies. */
  | { kind: 'all-crashed' }
  /** Too many answers about load, or none: nothing can be concluded. */
  | { kind: 'inconclusive'; why: string };

const carriesHeader = (placement: Placement | 'none', header: 'moncreneau' | 'sdk') => placement === 'both' || placement === header;

/** The header the verifier reads, when the answers show it. */
function headerRead(genuine: Answer, noSignature: Answer | undefined, first: VariantAnswer[], second: VariantAnswer[]): 'moncreneau' | 'sdk' | undefined {
  const [m, s] = [second.find((a) => a.variant.placement === 'moncreneau'), second.find((a) => a.variant.placement === 'sdk')];
  const told = (a: Answer) => accepted(a) || refused(a) || crashed(a);
  if (m && s && told(m) && told(s) && accepted(m) !== accepted(s)) return accepted(m) ? 'moncreneau' : 'sdk';
  if (m && s) return undefined;
  // Nothing verified: a crash that the SDK header's presence turns into a 4xx shows it is read.
  if (crashed(genuine) && first.length > 0 && first.every(refused)) return 'sdk';
  if (refused(genuine) && noSignature && crashed(noSignature)) return 'moncreneau';
  return undefined;
}

function throwsWhenMissing(read: 'moncreneau' | 'sdk', probes: SentProbe[], first: VariantAnswer[], second: VariantAnswer[]): Trap | undefined {
  const all = [
    ...probes.map((p) => ({ answer: p.answer, placement: p.carries })),
    ...[...first, ...second].map((a) => ({ answer: a as Answer, placement: a.variant.placement }))
  ];
  const without = all.filter((x) => !carriesHeader(x.placement, read) && crashed(x.answer));
  const withIt = all.some((x) => carriesHeader(x.placement, read) && (refused(x.answer) || accepted(x.answer)));
  const crash = without[0]?.answer;
  if (!crash || !withIt || crash.kind !== 'answered') return undefined;
  return { trap: 'throws-when-missing', header: read === 'sdk' ? SDK_SIGNATURE_HEADER : SIGNATURE_HEADER, status: crash.status };
}

/** The official SDK README whose verifier, as written, has exactly these traps. */
function sdkMatch(traps: Trap[]): string | undefined {
  const key = traps
    .map((t) => (t.trap === 'reserialised' ? `reserialised:${t.form}` : t.trap))
    .sort()
    .join(' ');
  const SDKS: Record<string, string> = {
    'prefix-kept reserialised:compact wrong-header': 'the Node SDK README (@moncreneau/api behind express.json())',
    'prefix-kept reserialised:python throws-when-missing wrong-header': 'the Python SDK README (Flask request.json)',
    'prefix-kept throws-when-missing wrong-header': "the PHP SDK README ($_SERVER['HTTP_X_WEBHOOK_SIGNATURE'])",
    'prefix-kept wrong-header': 'the Java SDK README (request.getHeader("X-Webhook-Signature"))'
  };
  return SDKS[key];
}

/** What the variants' answers mean, given the round-one probes (genuine first). */
export function findTraps(probes: SentProbe[], sentFirst: VariantAnswer[], second: VariantAnswer[]): Finding {
  const forgery = sentFirst.find((a) => a.variant.forged);
  if (forgery?.kind === 'answered' && accepted(forgery)) return { kind: 'accepts-forged', status: forgery.status };
  const first = sentFirst.filter((a) => !a.variant.forged);
  const genuine = probes[0]!.answer;
  const noSignature = probes.find((p) => p.carries === 'none')?.answer;
  const ok = first.filter(accepted).map((a) => a.variant);
  const traps: Trap[] = [];
  const read = headerRead(genuine, noSignature, first, second);

  if (ok.length === 0) {
    const unclear = first.filter((a) => a.kind === 'failed' || aboutLoad(a)).length;
    if (unclear > 0) return { kind: 'inconclusive', why: `${unclear} of the ${first.length} correctly signed variants got no answer or an answer about load` };
    if (first.every(crashed)) return { kind: 'all-crashed' };
    if (!first.every((a) => inClass(a, 400) || crashed(a)))
      return { kind: 'inconclusive', why: 'the correctly signed variants got answers that are neither an acceptance nor a rejection' };
    // Variants refused differently from the test event: their extra header may be the cause.
    const status = (x: Answer) => (x.kind === 'answered' ? x.status : 0);
    if (refused(genuine) && first.some((x) => status(x) !== status(genuine))) {
      return {
        kind: 'inconclusive',
        why: `the signed variants (which also carry ${SDK_SIGNATURE_HEADER}) were answered ${[...new Set(first.map(status))].join(', ')} where the test event got ${status(genuine)}`
      };
    }
    if (read === 'sdk') traps.push({ trap: 'wrong-header' });
    traps.push({ trap: 'wrong-secret' });
  } else {
    if (read === 'sdk') traps.push({ trap: 'wrong-header' });
    if (!ok.some((v) => v.format === 'prefixed')) traps.push({ trap: 'prefix-kept' });
    if (!ok.some((v) => v.body === 'wire')) {
      const forms = RESERIALISED_FORMS.filter((form) => ok.some((v) => v.body === form)) as ReserialisedForm[];
      for (const form of forms) traps.push({ trap: 'reserialised', form });
    }
  }
  const thrown = read ? throwsWhenMissing(read, probes, first, second) : undefined;
  if (thrown) traps.push(thrown);
  const sdk = ok.length > 0 ? sdkMatch(traps) : undefined;
  return { kind: 'traps', traps, ...(sdk ? { sdk } : {}) };
}
