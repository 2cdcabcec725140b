/**
 * The `webhook` check: plays MONCRENEAU against the application's webhook endpoint. One
 * correctly signed `appointment.created` must be accepted (2xx) within webhook-timeout-ms, and
 * three forged ones, sent at the same time, must be rejected with a 4xx. Measuring (resolve,
 * read the certificate, send the probes) is kept apart from judging (pure functions).
 */
import { checkServiceUrl, displayUrl } from '../domain/urls.js';
import { fail, worst, type Check, type CheckContext, type CheckOutcome } from '../engine/check.js';
import { createHttpClient, type HttpClient, type HttpOutcome } from '../http/http-client.js';
import { makeRedactor } from '../redact.js';
import { USER_AGENT } from '../version.js';
import { judgeCertificate, readCertificate, type CertificateFinding } from '../webhook/certificate.js';
import { diagnose, type Diagnosis, type ProbeAnswer, type ProbeName } from '../webhook/diagnosis.js';
import { forgedSecret, newEventId, probeBodies, PROBE_EVENT_TYPE, type ProbeBodies } from '../webhook/probe-event.js';
import { behindProxyHint } from '../webhook/behind-proxy.js';
import { resolveWebhookHost, resolverFrom, type Reachability } from '../webhook/reachability.js';
import { EVENT_HEADER, SIGNATURE_HEADER, sign } from '../webhook/signature.js';
import { CHECK_TITLES } from '../settings/check-ids.js';

/** An endpoint's answer is read only to quote its start; anything larger is not a webhook answer. */
const MAX_ANSWER_BYTES = 64 * 1024;
const QUOTE_CHARS = 100;

export interface Probe {
  name: ProbeName;
  body: Buffer;
  /** The X-Moncreneau-Signature value; none for the unsigned forgery. */
  signature?: string;
}

/** The four deliveries: the genuine one, then three forgeries. Pure given bodies and secrets. */
function buildProbes(secret: string, bodies: ProbeBodies, otherSecret: string): Probe[] {
  const genuine = sign(secret, bodies.genuine);
  return [
    { name: 'genuine', body: bodies.genuine, signature: genuine },
    { name: 'wrong-secret', body: bodies.genuine, signature: sign(otherSecret, bodies.genuine) },
    { name: 'no-signature', body: bodies.genuine },
    { name: 'tampered-body', body: bodies.tampered, signature: genuine }
  ];
}

/** The headers MONCRENEAU sends with a delivery. */
function probeHeaders(probe: Probe): Record<string, string> {
  return {
    'content-type': 'application/json',
    'user-agent': USER_AGENT,
    [EVENT_HEADER]: PROBE_EVENT_TYPE,
    ...(probe.signature === undefined ? {} : { [SIGNATURE_HEADER]: probe.signature })
  };
}

const cut = (text: string) => (text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS - 3)}...` : text);

/** The start of a server's answer on one line, with the secret removed should it be echoed. */
function quote(body: Buffer, secret: string): string | undefined {
  // The whole (size-bounded) answer is redacted before it is cut, so a cut cannot split a secret.
  const text = makeRedactor([secret])(body.toString('utf8'));
  const line = text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
  return line === '' ? undefined : cut(line);
}

function where(location: string, base: URL): string {
  try {
    return cut(displayUrl(new URL(location, base)));
  } catch {
    return 'an unreadable location';
  }
}

function toAnswer(name: ProbeName, outcome: HttpOutcome, url: URL, secret: string): ProbeAnswer {
  if (!outcome.ok) return { name, kind: 'failed', failure: outcome.failure, timeMs: outcome.timeMs };
  const { status, headers, body, timeMs } = outcome.response;
  return {
    name,
    kind: 'answered',
    status,
    timeMs,
    ...(headers.location ? { location: where(headers.location, url) } : {}),
    ...(status >= 200 && status < 300 ? {} : { body: quote(body, secret) })
  };
}

async function sendProbes(client: HttpClient, url: URL, ctx: CheckContext): Promise<ProbeAnswer[]> {
  const { webhookSecret, webhookTimeoutMs } = ctx.settings;
  const probes = buildProbes(webhookSecret, probeBodies(newEventId(), new Date()), forgedSecret());
  // All at once: the check costs one round trip, and the forgeries race the genuine event.
  const outcomes = await Promise.all(
    probes.map((probe) =>
      client.send({ method: 'POST', url, headers: probeHeaders(probe), body: probe.body, timeoutMs: webhookTimeoutMs, maxBodyBytes: MAX_ANSWER_BYTES, signal: ctx.signal })
    )
  );
  return outcomes.map((outcome, i) => toAnswer(probes[i]!.name, outcome, url, webhookSecret));
}

function probeData(a: ProbeAnswer) {
  const timeMs = Math.round(a.timeMs);
  return a.kind === 'answered' ? { name: a.name, status: a.status, timeMs } : { name: a.name, error: a.failure.message, timeMs };
}

/** Folds the certificate finding and the probes' diagnosis into the check's outcome. Pure. */
function judgeWebhook(reach: Extract<Reachability, { ok: true }>, cert: CertificateFinding | undefined, diagnosis: Diagnosis, answers: ProbeAnswer[], url: URL): CheckOutcome {
  const status = worst(diagnosis.status, cert?.status ?? 'pass') as CheckOutcome['status'];
  let summary = diagnosis.summary;
  if (cert?.invalid) summary = cert.text;
  else if (diagnosis.status !== 'fail' && cert?.status === 'fail') summary = cert.text;
  else if (diagnosis.status !== 'fail' && cert?.status === 'warn') summary = `${diagnosis.summary}; ${cert.text}`;
  const genuine = answers.find((a) => a.name === 'genuine');
  // A refused certificate explains the probes' TLS failures: its hint is the one to act on.
  const tlsExplained = cert?.invalid && genuine?.kind === 'failed' && genuine.failure.kind === 'tls';
  const certHints = cert?.hint && cert.status !== 'pass' ? [cert.hint] : [];
  return {
    status,
    summary,
    details: [
      ...reach.details,
      cert ? cert.text : 'Plain http (staging, loopback host): no TLS certificate to check',
      ...diagnosis.details
    ],
    hints: tlsExplained ? certHints : diagnosis.status === 'fail' ? [...diagnosis.hints, ...certHints] : [...certHints, ...diagnosis.hints],
    data: {
      url: displayUrl(url),
      addresses: reach.addresses.map((a) => ({ address: a.address, kind: a.label })),
      privateAllowed: reach.addresses.some((a) => !a.public),
      ...(cert ? { certificate: cert.data } : {}),
      probes: answers.map(probeData),
      latencyMs: genuine?.kind === 'answered' ? Math.round(genuine.timeMs) : undefined
    }
  };
}

async function roundTrip(ctx: CheckContext): Promise<CheckOutcome> {
  const { settings } = ctx;
  if (settings.webhookUrl === '') return fail('not run: no webhook-url', { hints: ['Set webhook-url (or MONCRENEAU_WEBHOOK_URL); see the config check.'] });
  if (settings.webhookSecret === '') return fail('not run: no webhook-secret', { hints: ['Set webhook-secret (or MONCRENEAU_WEBHOOK_SECRET); see the config check.'] });
  if (settings.webhookSecret !== settings.webhookSecret.trim()) {
    // Signing with a padded copy would blame a correct endpoint for rejecting it.
    return fail('not run: the webhook secret has spaces or line breaks around it', { hints: ['Store the secret exactly as the dashboard shows it; see the config check.'] });
  }
  const checked = checkServiceUrl(settings.webhookUrl, 'webhook-url', settings.environment);
  if (!checked.ok) return fail(`not run: ${checked.problem}`, { hints: [checked.hint] });
  const { url } = checked;
  const timeoutMs = settings.webhookTimeoutMs;

  const reach = await resolveWebhookHost(url, {
    allowPrivate: settings.allowPrivateWebhook,
    timeoutMs,
    signal: ctx.signal,
    ...(ctx.http?.lookup ? { resolver: resolverFrom(ctx.http.lookup) } : {})
  });
  if (!reach.ok) {
    return fail(reach.problem, { hints: [reach.hint], data: { url: displayUrl(url), addresses: reach.addresses.map((a) => ({ address: a.address, kind: a.label })) } });
  }

  // Direct, never through a proxy: the pinned lookup makes the connection go to the checked addresses.
  const client = createHttpClient({ ca: ctx.http?.ca, lookup: reach.lookup, connectTimeoutMs: timeoutMs, onExchange: ctx.http?.onExchange });
  try {
    // The certificate is read alongside the probes (undici verifies it too, so nothing is
    // delivered over a connection the reader would refuse); the probes are started first so
    // their handshakes are not queued behind the reader's.
    const probing = sendProbes(client, url, ctx);
    const reading = url.protocol === 'https:' ? readCertificate({ url, lookup: reach.lookup, ca: ctx.http?.ca, timeoutMs, signal: ctx.signal }) : undefined;
    const [answers, certificate] = await Promise.all([probing, reading]);
    const [genuine, ...forged] = answers;
    const cert = certificate ? judgeCertificate(certificate, new Date()) : undefined;
    const outcome = judgeWebhook(reach, cert, diagnose(genuine!, forged), answers, url);
    const proxyHint = behindProxyHint(url, ctx.env, genuine);
    return proxyHint ? { ...outcome, hints: [...outcome.hints, proxyHint] } : outcome;
  } finally {
    await client.close();
  }
}

export const webhookCheck: Check = { id: 'webhook', title: CHECK_TITLES.webhook, run: roundTrip };
