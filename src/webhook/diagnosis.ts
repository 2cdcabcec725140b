/**
 * Judges the four probe answers together. The pattern tells more than any single answer: a
 * genuine event rejected like the forged ones means the verifier never matches, and a forged
 * event accepted means it does not verify at all. Pure: answers in, verdict out.
 */
import type { CheckStatus } from '../engine/check.js';
import type { NetworkFailure } from '../http/network-error.js';

export type ProbeName = 'genuine' | 'wrong-secret' | 'no-signature' | 'tampered-body';
export type ForgedProbe = Exclude<ProbeName, 'genuine'>;

export type ProbeAnswer =
  | { name: ProbeName; kind: 'answered'; status: number; timeMs: number; location?: string; body?: string }
  | { name: ProbeName; kind: 'failed'; failure: NetworkFailure; timeMs: number };

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
  'wrong-secret': 'An event signed with another secret was accepted: the computed HMAC is not compared with the header. Compare them in constant time and answer 401 when they differ.',
  'no-signature': 'An event without X-Moncreneau-Signature was accepted: a missing header must be answered 401, not skip verification.',
  'tampered-body': 'An altered body carrying the original’s signature was accepted: hash the raw body of this request, not a stored or rebuilt payload.'
};

/** The traps of the official SDK verifiers, and the commonest configuration mistake. */
export const NEVER_MATCHES_HINTS = [
  'Wrong secret: the application must verify with the same secret as webhook-secret, for this environment (staging and production secrets differ; see Dashboard > Webhooks).',
  'Wrong header: MONCRENEAU sends X-Moncreneau-Signature; verifiers that read X-Webhook-Signature never see it.',
  'Prefix not stripped: the header is sha256=<hex>; compare the hex after sha256=, not the whole header, with your HMAC.',
  'Re-serialised JSON: hash the raw request bytes as received, not JSON.stringify of the parsed body (JSON middleware often replaces the body before the verifier runs).'
];

const TEST_EVENT_NOTE = 'If the application validates the event’s content, let the gate’s test event through with a 2xx: it is marked data.object.gateTest: true (appointment id 999999999).';

const NETWORK_HINTS: Record<string, string> = {
  timeout: 'MONCRENEAU expects an answer within 5 seconds: acknowledge with a 2xx at once and do the work in the background.',
  refused: 'Nothing listens at webhook-url: check its host and port, and that the application is deployed and running.',
  tls: 'The TLS handshake failed: serve a valid certificate from a public authority with its full chain.',
  dns: 'Check the host in webhook-url: it does not resolve.',
  reset: 'The endpoint closed the connection without answering: read the application’s logs and those of any proxy in front of it.',
  'too-large': 'Answer webhooks with a short body: the answer exceeded the gate’s size limit.',
  aborted: 'The run reached timeout-seconds before the endpoint answered: raise it, or find why the endpoint is slow.'
};

/** MONCRENEAU's delivery timeout, from the guide: the endpoint must answer within 5 seconds. */
const DELIVERY_LIMIT_MS = 5_000;

/** 4xx statuses about a request's timing or repetition rather than its signature. */
const NOT_ABOUT_SIGNATURE = [408, 409, 425, 429];

const ms = (timeMs: number) => `${Math.round(timeMs)} ms`;
/** Answered with a status in [low, low + 100). */
const is = (a: ProbeAnswer, low: number): boolean =>
  a.kind === 'answered' && a.status >= low && a.status < low + 100;
const SHORT: Record<ProbeName, string> = { genuine: 'genuine', 'wrong-secret': 'wrong secret', 'no-signature': 'no signature', 'tampered-body': 'altered body' };
const forgery = (a: ProbeAnswer) => SHORT[a.name];
const answered = (a: ProbeAnswer): a is Extract<ProbeAnswer, { kind: 'answered' }> => a.kind === 'answered';

/** One detail line per probe: what it was, what came back, how long it took. */
function probeLine(a: ProbeAnswer): string {
  const what = PROBE_LABELS[a.name];
  const label = what.charAt(0).toUpperCase() + what.slice(1);
  if (a.kind === 'failed') return `${label}: no answer, ${a.failure.message} (after ${ms(a.timeMs)})`;
  const redirect = a.location !== undefined && a.status >= 300 && a.status < 400 ? ` to ${a.location}` : '';
  return `${label}: ${a.status}${redirect} in ${ms(a.timeMs)}`;
}

function genuineProblem(genuine: ProbeAnswer, forged: ProbeAnswer[]): Omit<Diagnosis, 'details'> {
  if (genuine.kind === 'failed') {
    return {
      status: 'fail',
      summary: `the signed test event got no answer: ${genuine.failure.message}`,
      hints: [NETWORK_HINTS[genuine.failure.kind] ?? 'Check that the runner can reach webhook-url, as MONCRENEAU must.']
    };
  }
  const { status } = genuine;
  const took = ms(genuine.timeMs);
  if (status >= 300 && status < 400) {
    return {
      status: 'fail',
      summary: `the signed test event was answered ${status}, a redirect${genuine.location ? ` to ${genuine.location}` : ''}, in ${took}: MONCRENEAU does not follow redirects`,
      hints: ['Register the final URL (where the redirect points: https, trailing slash, www) as webhook-url and in Dashboard > Webhooks.']
    };
  }
  if (status >= 500) {
    if (forged.every((a) => is(a, 500))) {
      return {
        status: 'fail',
        summary: `the endpoint answered ${status} to every request, the signed test event included (in ${took})`,
        hints: ['The webhook handler fails before it verifies anything: read the application’s logs from this run (a missing setting such as the webhook secret, a failed start-up).']
      };
    }
    return {
      status: 'fail',
      summary: `the endpoint failed on the signed test event: ${status} in ${took}`,
      hints: ['The signature was accepted but handling the event failed: read the application’s logs. ' + TEST_EVENT_NOTE]
    };
  }
  if (status === 404 || status === 405) {
    return {
      status: 'fail',
      summary: `the signed test event was answered ${status} in ${took}: ${status === 404 ? 'no route at webhook-url’s path' : 'the route does not accept POST'}`,
      hints: [status === 404 ? 'Check webhook-url’s path against the route the application serves.' : 'MONCRENEAU delivers with POST: the route at webhook-url must accept POST.']
    };
  }
  if (status === 429) {
    return {
      status: 'fail',
      summary: `the signed test event was rate limited (429 in ${took})`,
      hints: ['Let MONCRENEAU’s deliveries through the endpoint’s rate limiter: a limited delivery is a lost event.']
    };
  }
  if (status >= 400 && forged.every((a) => is(a, 400))) {
    return {
      status: 'fail',
      summary: `the correctly signed test event was rejected (${status} in ${took}), like the forged ones: the endpoint’s signature check never matches a real delivery`,
      hints: status === 401 || status === 403 ? NEVER_MATCHES_HINTS : [...NEVER_MATCHES_HINTS, TEST_EVENT_NOTE]
    };
  }
  return {
    status: 'fail',
    summary: `the correctly signed test event was not accepted: ${status} in ${took}`,
    hints: status >= 400 ? [...NEVER_MATCHES_HINTS, TEST_EVENT_NOTE] : ['Answer a delivery with a 2xx status once it is verified.']
  };
}

/** The verdict on one genuine and three forged answers. */
export function diagnose(genuine: ProbeAnswer, forged: ProbeAnswer[]): Diagnosis {
  const details = [genuine, ...forged].map(probeLine);
  if (answered(genuine) && !is(genuine, 200) && genuine.body) details.push(`Answer to the signed test event: ${JSON.stringify(genuine.body)}`);
  const accepted = forged.filter((a) => is(a, 200)) as Extract<ProbeAnswer, { kind: 'answered' }>[];
  if (accepted.length > 0) {
    const list = accepted.map((a) => `${forgery(a)} (${a.status})`).join(', ');
    const all = accepted.length === forged.length;
    const genuineNote = is(genuine, 200) ? '' : `; and the signed test event was not accepted (${probeLine(genuine).replace(/^[^:]+: /, '')})`;
    // Rejecting the genuine event while accepting forgeries is a verdict the wrong way round.
    const inverted = all && is(genuine, 400);
    return {
      status: 'fail',
      summary: `the endpoint accepts forged webhooks: ${list}${genuineNote}`,
      details,
      hints: inverted
        ? ['The verifier’s answer is inverted: the correctly signed event was rejected and every forgery accepted. Check the comparison (accept when the signatures are equal, answer 401 when they differ).']
        : all
          ? ['The endpoint accepts anything: X-Moncreneau-Signature is not verified. Verify the hex HMAC-SHA256 of the raw body, keyed with the webhook secret, and answer 401 on a missing or wrong signature.']
          : accepted.map((a) => FORGERY_HINTS[a.name as ForgedProbe])
    };
  }
  if (genuine.kind !== 'answered' || !is(genuine, 200)) return { ...genuineProblem(genuine, forged), details };

  const accepting = `accepted the signed test event in ${ms(genuine.timeMs)} (${genuine.status})`;
  const unanswered = forged.filter((a) => a.kind === 'failed');
  if (unanswered.length > 0) {
    return {
      status: 'fail',
      summary: `${accepting}, but could not tell whether it rejects forged ones: ${unanswered.map((a) => `${forgery(a)}: ${a.failure.message}`).join('; ')}`,
      details,
      hints: ['Every forged probe must be answered with a 4xx; re-run, and read the endpoint’s logs if it persists.']
    };
  }
  // A 409 or 429 speaks of repetition or rate (the forgeries reuse the genuine event's id and
  // arrive together), not of the signature: an endpoint that verifies nothing answers them too.
  const aside = forged.filter((a) => answered(a) && NOT_ABOUT_SIGNATURE.includes(a.status)) as Extract<ProbeAnswer, { kind: 'answered' }>[];
  if (aside.length > 0) {
    return {
      status: 'fail',
      summary: `${accepting}, but could not tell whether it rejects forged ones: ${aside.map((a) => `${forgery(a)} got ${a.status}`).join(', ')}, an answer about repetition or rate, not the signature`,
      details,
      hints: ['Verify the signature first, before de-duplicating or rate limiting: a forged event must get 401 whatever its id or timing.']
    };
  }
  const unclean = forged.filter((a) => answered(a) && !is(a, 400)) as Extract<ProbeAnswer, { kind: 'answered' }>[];
  if (unclean.length > 0) {
    const list = unclean.map((a) => `${forgery(a)} got ${a.status}`).join(', ');
    const crashed = unclean.some((a) => is(a, 500));
    return {
      status: 'warn',
      summary: `${accepting}; forged ones were not rejected with a 4xx: ${list}${crashed ? ' (rejected by crashing)' : ''}`,
      details,
      hints: [
        crashed
          ? 'Answer 401 to a missing or wrong signature instead of failing: a verifier that throws (on a missing header, or timingSafeEqual on buffers of different lengths) answers 500.'
          : 'Answer 401 to a missing or wrong signature at the webhook URL itself.'
      ]
    };
  }
  const statuses = forged.map((a) => (a as { status: number }).status).join(', ');
  const summary = `${accepting}; rejected the ${forged.length} forged ones (${statuses})`;
  // MONCRENEAU gives up after 5 s, whatever webhook-timeout-ms says; close to it, the internet tips it over.
  if (genuine.timeMs > DELIVERY_LIMIT_MS) {
    return { status: 'fail', summary: `${summary}, but ${ms(genuine.timeMs)} is past MONCRENEAU’s 5 s delivery limit`, details, hints: [NETWORK_HINTS.timeout!] };
  }
  if (genuine.timeMs > DELIVERY_LIMIT_MS * 0.8) {
    return { status: 'warn', summary: `${summary}, close to MONCRENEAU’s 5 s delivery limit`, details, hints: [NETWORK_HINTS.timeout!] };
  }
  return { status: 'pass', summary, details, hints: [] };
}
