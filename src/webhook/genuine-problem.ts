/**
 * Why the genuine event was not accepted, in the user's words: a network failure, a route
 * problem, an answer about load, or a verifier that never matches, named trap by trap when the
 * differential diagnosis ran. Pure.
 */
import type { CheckStatus } from '../engine/check.js';
import { aboutLoad, crashed, inClass, type Answer } from './answer.js';
import type { BodyForm } from './body-forms.js';
import type { Finding, VariantAnswer } from './differential.js';
import { SDK_SIGNATURE_HEADER, SIGNATURE_HEADER } from './signature.js';
import { trapHint, trapLine, trapShort } from './traps.js';

export interface Verdict {
  status: Exclude<CheckStatus, 'skip'>;
  summary: string;
  hints: string[];
  /** Extra detail lines (the traps found, the variants sent). */
  details?: string[];
}

/** What the differential diagnosis sent and found. */
export interface Differential {
  finding: Finding;
  variants: VariantAnswer[];
}

/** The ways a verifier never matches, when the differential diagnosis could not narrow them. */
export const NEVER_MATCHES_HINTS = [
  'Wrong secret: the application must verify with the same secret as webhook-secret, for this environment (staging and production secrets differ; see Dashboard > Webhooks).',
  'Wrong header: MONCRENEAU sends X-Moncreneau-Signature; verifiers that read X-Webhook-Signature never see it.',
  'Prefix not stripped: the header is sha256=<hex>; compare the hex after sha256=, not the whole header, with your HMAC.',
  'Re-serialised JSON: hash the raw request bytes as received, not JSON.stringify of the parsed body (JSON middleware often replaces the body before the verifier runs).'
];

export const TEST_EVENT_NOTE =
  'If the application validates the event’s content, let the gate’s test event through with a 2xx: it is marked data.object.gateTest: true (appointment ids 999000000 to 999999999).';

export const NETWORK_HINTS: Record<string, string> = {
  timeout: 'MONCRENEAU expects an answer within 5 seconds: acknowledge with a 2xx at once and do the work in the background.',
  refused: 'Nothing listens at webhook-url: check its host and port, and that the application is deployed and running.',
  tls: 'The TLS handshake failed: serve a valid certificate from a public authority with its full chain.',
  dns: 'Check the host in webhook-url: it does not resolve.',
  reset: 'The endpoint closed the connection without answering: read the application’s logs and those of any proxy in front of it.',
  'too-large': 'Answer webhooks with a short body: the answer exceeded the gate’s size limit.',
  aborted: 'The run reached timeout-seconds before the endpoint answered: raise it, or find why the endpoint is slow.'
};

const ms = (timeMs: number) => `${Math.round(timeMs)} ms`;

const BODY_LABELS: Record<BodyForm, string> = {
  wire: 'raw body as MONCRENEAU writes it',
  compact: 'body written as JSON.stringify does',
  python: 'body written as json.dumps does',
  php: 'body written as json_encode does'
};

/** One detail line per variant: what it was, what came back. */
export function variantLine(a: VariantAnswer): string {
  const { format, body, placement } = a.variant;
  const value = format === 'prefixed' ? 'sha256=<hex>' : 'bare hex';
  const where =
    placement === 'both'
      ? `${SIGNATURE_HEADER} and ${SDK_SIGNATURE_HEADER}`
      : placement === 'sdk'
        ? `${SDK_SIGNATURE_HEADER} only`
        : `${SIGNATURE_HEADER} only`;
  const got = a.kind === 'failed' ? `no answer, ${a.failure.message}` : `${a.status} in ${ms(a.timeMs)}`;
  return `${a.variant.forged ? 'Forged variant, wrong secret' : 'Signed variant'} (${value} in ${where}, ${BODY_LABELS[body]}): ${got}`;
}

function diagnosed(genuine: Extract<Answer, { kind: 'answered' }>, d: Differential): Verdict {
  const { status } = genuine;
  const took = ms(genuine.timeMs);
  const what = status >= 500 ? `failed with ${status} in ${took}` : `was rejected (${status} in ${took})`;
  const variants = d.variants.map(variantLine);
  const { finding } = d;
  if (finding.kind === 'accepts-forged') {
    return {
      status: 'fail',
      summary: `the correctly signed test event ${what}, and a forged one carrying ${SDK_SIGNATURE_HEADER} was accepted (${finding.status}): the endpoint does not verify the signature it reads`,
      details: variants,
      hints: [
        trapHint({ trap: 'wrong-header' }),
        'Then verify it: the hex HMAC-SHA256 of the raw body, keyed with the webhook secret, compared in constant time; answer 401 on a missing or wrong signature.'
      ]
    };
  }
  if (finding.kind === 'all-crashed') {
    const signed = d.variants.filter((v) => !v.variant.forged).length;
    return {
      status: 'fail',
      summary: `the endpoint answered ${status} to every request, the signed test event and ${signed} correctly signed variants included`,
      details: variants,
      hints: [
        'The webhook handler fails before it verifies anything, whatever the signature header or body: read the application’s logs from this run (a missing setting such as the webhook secret, a failed start-up).'
      ]
    };
  }
  if (finding.kind === 'inconclusive') {
    return {
      status: 'fail',
      summary: `the correctly signed test event ${what}; the diagnosis could not tell why: ${finding.why}`,
      details: variants,
      hints: [...NEVER_MATCHES_HINTS, ...(status === 400 ? [TEST_EVENT_NOTE] : [])]
    };
  }
  if (finding.traps.length === 0) {
    return {
      status: 'fail',
      summary: `the correctly signed test event ${what}, but the same kind of event sent again was accepted: the endpoint does not answer consistently`,
      details: variants,
      hints: ['Read the application’s logs for this run: a verifier that matches must accept every correctly signed delivery. ' + TEST_EVENT_NOTE]
    };
  }
  const names = finding.traps.map(trapShort).join(', ');
  const count = finding.traps.length === 1 ? '1 verifier trap' : `${finding.traps.length} verifier traps`;
  const sdk = finding.sdk ? [`This is the verifier of ${finding.sdk}, as written: make the changes above in the application.`] : [];
  return {
    status: 'fail',
    summary: `the correctly signed test event ${what}: ${count} found: ${names}`,
    details: [...finding.traps.map(trapLine), ...variants],
    hints: [...finding.traps.map(trapHint), ...sdk]
  };
}

/** The verdict when the genuine event was not accepted and no forgery was either. */
export function genuineProblem(genuine: Answer & { earlier?: Answer }, forged: Answer[], differential?: Differential): Verdict {
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
  if (status === 404 || status === 405) {
    return {
      status: 'fail',
      summary: `the signed test event was answered ${status} in ${took}: ${status === 404 ? 'no route at webhook-url’s path' : 'the route does not accept POST'}`,
      hints: [
        status === 404
          ? 'Check webhook-url’s path against the route the application serves.'
          : 'MONCRENEAU delivers with POST: the route at webhook-url must accept POST.'
      ]
    };
  }
  if (status === 401 && genuine.challenge) {
    return {
      status: 'fail',
      summary: `the signed test event was answered 401 with a WWW-Authenticate: ${genuine.challenge} challenge in ${took}: the endpoint asks for HTTP authentication, which MONCRENEAU does not send`,
      hints: [
        'Exempt the webhook route from HTTP authentication (basic auth, an SSO or identity proxy) on this environment: MONCRENEAU authenticates its deliveries with X-Moncreneau-Signature only.'
      ]
    };
  }
  if (aboutLoad(genuine)) {
    return {
      status: 'fail',
      summary:
        status === 429
          ? `the signed test event was rate limited (429 in ${took}${genuine.earlier ? ', again when retried' : ''})`
          : `the signed test event was answered ${status} in ${took}${genuine.earlier ? ', again when retried' : ''}: an answer about load or repetition, so the gate could not tell whether it verifies`,
      hints: [
        'Let MONCRENEAU’s deliveries through the endpoint’s rate limiter, locks and duplicate detection: each delivery has its own event id and must get a 2xx once verified; a refused delivery is a lost event.'
      ]
    };
  }
  if (differential && (inClass(genuine, 400) || crashed(genuine))) return diagnosed(genuine, differential);
  if (status >= 500) {
    if (forged.every((a) => inClass(a, 500))) {
      return {
        status: 'fail',
        summary: `the endpoint answered ${status} to every request, the signed test event included (in ${took})`,
        hints: [
          'The webhook handler fails before it verifies anything: read the application’s logs from this run (a missing setting such as the webhook secret, a failed start-up).'
        ]
      };
    }
    return {
      status: 'fail',
      summary: `the endpoint failed on the signed test event: ${status} in ${took}`,
      hints: ['The signature was accepted but handling the event failed: read the application’s logs. ' + TEST_EVENT_NOTE]
    };
  }
  if (status >= 400 && forged.every((a) => inClass(a, 400))) {
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
