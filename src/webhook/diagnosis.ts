/**
 * Judges the probe answers together. The pattern tells more than any single answer: a genuine
 * event rejected like the forged ones means the verifier never matches, and a forged event
 * accepted means it does not verify at all. A forgery's 4xx counts as a rejection only once the
 * genuine event (its own fresh event id) was accepted in the same run. Pure: answers in, verdict out.
 */
import type { CheckStatus } from '../engine/check.js';
import { aboutLoad, accepted, answered, crashed, inClass, refused, type Answer, type Answered } from './answer.js';
import { genuineProblem, NETWORK_HINTS, type Differential } from './genuine-problem.js';
import { SIGNATURE_HEADER } from './signature.js';
import { trapHint } from './traps.js';

export { NEVER_MATCHES_HINTS } from './genuine-problem.js';
export type ProbeName = 'genuine' | 'wrong-secret' | 'no-signature' | 'tampered-body';
export type ForgedProbe = Exclude<ProbeName, 'genuine'>;

/** One probe's answer; `earlier` is its first answer when it was retried. */
export type ProbeAnswer = Answer & { name: ProbeName; earlier?: Answer };

export interface Diagnosis {
  status: Exclude<CheckStatus, 'skip'>;
  summary: string;
  details: string[];
  hints: string[];
}

/** What each probe is, as the details list it. */
const PROBE_LABELS: Record<ProbeName, string> = {
  genuine: 'signed test event',
  'wrong-secret': 'forged: signed with a wrong secret',
  'no-signature': 'forged: no signature header',
  'tampered-body': 'forged: body altered after signing'
};

const FORGERY_HINTS: Record<ForgedProbe, string> = {
  'wrong-secret':
    'An event signed with another secret was accepted: the computed HMAC is not compared with the header. Compare them in constant time and answer 401 when they differ.',
  'no-signature': 'An event without X-Moncreneau-Signature was accepted: a missing header must be answered 401, not skip verification.',
  'tampered-body': 'An altered body carrying the original’s signature was accepted: hash the raw body of this request, not a stored or rebuilt payload.'
};

/** MONCRENEAU's delivery timeout, from the guide: the endpoint must answer within 5 seconds. */
const DELIVERY_LIMIT_MS = 5_000;

const ms = (timeMs: number) => `${Math.round(timeMs)} ms`;
const SHORT: Record<ProbeName, string> = {
  genuine: 'genuine',
  'wrong-secret': 'wrong secret',
  'no-signature': 'no signature',
  'tampered-body': 'altered body'
};
const forgery = (a: ProbeAnswer) => SHORT[a.name];

function answerText(a: Answer): string {
  if (a.kind === 'failed') return `no answer, ${a.failure.message} (after ${ms(a.timeMs)})`;
  const redirect = a.location !== undefined && a.status >= 300 && a.status < 400 ? ` to ${a.location}` : '';
  return `${a.status}${redirect} in ${ms(a.timeMs)}`;
}

/** One detail line per probe: what it was, what came back, how long it took. */
function probeLine(a: ProbeAnswer): string {
  const what = PROBE_LABELS[a.name];
  const label = what.charAt(0).toUpperCase() + what.slice(1);
  const retry = a.earlier ? `${answerText(a.earlier)}, then retried with a fresh event id: ` : '';
  return `${label}: ${retry}${answerText(a)}`;
}

/** The probes answered about load or repetition: retried once, each as a fresh event. */
export function probesToRetry(genuine: ProbeAnswer, forged: ProbeAnswer[]): ProbeName[] {
  if (forged.some(accepted)) return [];
  if (!accepted(genuine) && !aboutLoad(genuine)) return [];
  return [genuine, ...forged].filter((a) => aboutLoad(a) && !a.earlier).map((a) => a.name);
}

/** Whether the differential diagnosis can tell more: the genuine event was refused or crashed. */
export function needsDifferential(genuine: ProbeAnswer, forged: ProbeAnswer[]): boolean {
  if (forged.some(accepted) || (answered(genuine) && genuine.challenge)) return false;
  return (refused(genuine) && ![404, 405].includes((genuine as Answered).status)) || crashed(genuine);
}

function acceptedForgeries(genuine: ProbeAnswer, forged: ProbeAnswer[], details: string[]): Diagnosis {
  const list = forged.filter(accepted) as (Answered & ProbeAnswer)[];
  const names = list.map((a) => `${forgery(a)} (${a.status})`).join(', ');
  const all = list.length === forged.length;
  const genuineNote = accepted(genuine) ? '' : `; and the signed test event was not accepted (${answerText(genuine)})`;
  // Rejecting the genuine event while accepting forgeries is a verdict the wrong way round.
  const inverted = all && inClass(genuine, 400) && !aboutLoad(genuine);
  return {
    status: 'fail',
    summary: `the endpoint accepts forged webhooks: ${names}${genuineNote}`,
    details,
    hints: inverted
      ? [
          'The verifier’s answer is inverted: the correctly signed event was rejected and every forgery accepted. Check the comparison (accept when the signatures are equal, answer 401 when they differ).'
        ]
      : all
        ? [
            'The endpoint accepts anything: X-Moncreneau-Signature is not verified. Verify the hex HMAC-SHA256 of the raw body, keyed with the webhook secret, and answer 401 on a missing or wrong signature.'
          ]
        : list.map((a) => FORGERY_HINTS[a.name as ForgedProbe])
  };
}

/** The verdict once the genuine event was accepted: are the forgeries rejected, for their signature? */
function forgeriesJudged(genuine: Answered, forged: ProbeAnswer[], details: string[]): Diagnosis {
  const accepting = `accepted the signed test event in ${ms(genuine.timeMs)} (${genuine.status})`;
  const unanswered = forged.filter((a) => a.kind === 'failed');
  if (unanswered.length > 0) {
    const list = unanswered.map((a) => `${forgery(a)}: ${(a as Extract<Answer, { kind: 'failed' }>).failure.message}`).join('; ');
    return {
      status: 'fail',
      summary: `${accepting}, but could not tell whether it rejects forged ones: ${list}`,
      details,
      hints: ['Every forged probe must be answered with a 4xx; re-run, and read the endpoint’s logs if it persists.']
    };
  }
  // A lock, a rate limit or a duplicate check answers these whether or not it verifies.
  const aside = forged.filter(aboutLoad) as (Answered & ProbeAnswer)[];
  if (aside.length > 0) {
    return {
      status: 'fail',
      summary: `${accepting}, but could not tell whether it rejects forged ones: ${aside.map((a) => `${forgery(a)} got ${a.status}${a.earlier ? ' twice' : ''}`).join(', ')}, an answer about load or repetition, not the signature`,
      details,
      hints: ['Verify the signature first, before locking, de-duplicating or rate limiting: a forged event must get 401 whatever its id or timing.']
    };
  }
  const unclean = forged.filter((a) => answered(a) && !inClass(a, 400)) as (Answered & ProbeAnswer)[];
  if (unclean.length > 0) {
    const list = unclean.map((a) => `${forgery(a)} got ${a.status}`).join(', ');
    const crashes = unclean.filter((a) => inClass(a, 500));
    const missing = crashes.find((a) => a.name === 'no-signature');
    return {
      status: 'warn',
      summary: `${accepting}; forged ones were not rejected with a 4xx: ${list}${crashes.length > 0 ? ' (rejected by crashing)' : ''}`,
      details,
      hints: [
        missing
          ? trapHint({ trap: 'throws-when-missing', header: SIGNATURE_HEADER, status: missing.status })
          : crashes.length > 0
            ? 'Answer 401 to a wrong signature instead of failing: a verifier that throws (timingSafeEqual on buffers of different lengths, a hex decode of a bad value) answers 500.'
            : 'Answer 401 to a missing or wrong signature at the webhook URL itself.'
      ]
    };
  }
  const statuses = forged.map((a) => (a as Answered).status).join(', ');
  const summary = `${accepting}; rejected the ${forged.length} forged ones (${statuses})`;
  // MONCRENEAU gives up after 5 s, whatever webhook-timeout-ms says; close to it, the internet tips it over.
  if (genuine.timeMs > DELIVERY_LIMIT_MS) {
    return {
      status: 'fail',
      summary: `${summary}, but ${ms(genuine.timeMs)} is past MONCRENEAU’s 5 s delivery limit`,
      details,
      hints: [NETWORK_HINTS.timeout!]
    };
  }
  if (genuine.timeMs > DELIVERY_LIMIT_MS * 0.8) {
    return { status: 'warn', summary: `${summary}, close to MONCRENEAU’s 5 s delivery limit`, details, hints: [NETWORK_HINTS.timeout!] };
  }
  return { status: 'pass', summary, details, hints: [] };
}

/** The verdict on one genuine and three forged answers, and the differential diagnosis if it ran. */
export function diagnose(genuine: ProbeAnswer, forged: ProbeAnswer[], differential?: Differential): Diagnosis {
  const details = [genuine, ...forged].map(probeLine);
  if (answered(genuine) && !accepted(genuine) && genuine.body) details.push(`Answer to the signed test event: ${JSON.stringify(genuine.body)}`);
  if (forged.some(accepted)) return acceptedForgeries(genuine, forged, details);
  if (!accepted(genuine)) {
    const verdict = genuineProblem(genuine, forged, differential);
    return { status: verdict.status, summary: verdict.summary, hints: verdict.hints, details: [...details, ...(verdict.details ?? [])] };
  }
  return forgeriesJudged(genuine as Answered, forged, details);
}
