/**
 * The \`webhook\` check: plays MONCRENEAU against the application's webhook endpoint. One
 * correctly signed \`appointment.created\` must be accepted (2xx) within webhook-timeout-ms, and
 * three forged ones, sent at the same time, each its own event, must be rejected with a 4xx.
 * Answers about load are retried once; when the genuine event is refused, signed variants name
 * the verifier trap. Measuring (resolve, read the certificate, send) is kept apart from judging
 * (pure functions in src/webhook).
 */
import { missingInput } from '../domain/missing-inputs.js';
import { notRun } from '../domain/refusal.js';
import { paddedRefusal } from '../domain/secrets.js';
import { checkServiceUrl, displayUrl } from '../domain/urls.js';
import type { Budget } from '../engine/timing.js';
import { fail, worst, type Check, type CheckContext, type CheckOutcome } from '../engine/check.js';
import { createHttpClient, type HttpClient, type HttpOutcome } from '../http/http-client.js';
import { makeRedactor } from '../redact.js';
import { USER_AGENT } from '../version.js';
import type { Answer } from '../webhook/answer.js';
import { certificateOf, judgeCertificate, unreadCertificate, type CertificateFinding, type CertificateRead } from '../webhook/certificate.js';
import { deliveryHeaders, probeDelivery, variantDelivery, type Delivery } from '../webhook/deliveries.js';
import { diagnose, needsDifferential, probesToRetry, type Diagnosis, type ProbeAnswer, type ProbeName } from '../webhook/diagnosis.js';
import { findTraps, FIRST_VARIANTS, secondVariants, type VariantAnswer } from '../webhook/differential.js';
import type { Differential } from '../webhook/genuine-problem.js';
import { behindProxyHint } from '../webhook/behind-proxy.js';
import { resolveWebhookHost, resolverFrom, type Reachability } from '../webhook/reachability.js';
import { CHECK_TITLES } from '../settings/check-ids.js';
import type { TLSSocket } from 'node:tls';

/** An endpoint's answer is read only to quote its start; anything larger is not a webhook answer. */
const MAX_ANSWER_BYTES = 64 * 1024;
const QUOTE_CHARS = 100;
const PROBES: ProbeName[] = ['genuine', 'wrong-secret', 'no-signature', 'tampered-body'];
/** A follow-up round is not started with less time than this left before the run's deadline. */
const MIN_ROUND_MS = 300;

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

/** Only the scheme's name: a challenge's parameters (realm...) are the server's text. */
const challengeScheme = (value: string) => /^[A-Za-z][A-Za-z0-9._-]{0,19}/.exec(value.trim())?.[0] ?? 'unnamed';

function toAnswer(outcome: HttpOutcome, url: URL, secret: string): Answer {
  if (!outcome.ok) return { kind: 'failed', failure: outcome.failure, timeMs: outcome.timeMs };
  const { status, headers, body, timeMs } = outcome.response;
  return {
    kind: 'answered',
    status,
    timeMs,
    ...(headers.location ? { location: where(headers.location, url) } : {}),
    ...(status === 401 && headers['www-authenticate'] ? { challenge: challengeScheme(headers['www-authenticate']) } : {}),
    ...(status >= 200 && status < 300 ? {} : { body: quote(body, secret) })
  };
}

interface Sender {
  /** Sends these deliveries at once; undefined when too little time is left for a round. */
  round(deliveries: Delivery[], followUp: boolean): Promise<Answer[] | undefined>;
}

function sender(client: HttpClient, url: URL, ctx: CheckContext, run: Budget): Sender {
  const { webhookSecret, webhookTimeoutMs } = ctx.settings;
  return {
    async round(deliveries, followUp) {
      // A follow-up must end before the run's deadline, so the verdict found so far is kept.
      const left = run.remainingMs() - MIN_ROUND_MS;
      if (followUp && left < MIN_ROUND_MS) return undefined;
      const timeoutMs = followUp ? Math.min(webhookTimeoutMs, left) : webhookTimeoutMs;
      const outcomes = await Promise.all(
        deliveries.map((d) =>
          client.send({
            method: 'POST',
            url,
            headers: deliveryHeaders(d, USER_AGENT),
            body: d.body,
            timeoutMs,
            maxBodyBytes: MAX_ANSWER_BYTES,
            signal: run.signal
          })
        )
      );
      return outcomes.map((o) => toAnswer(o, url, webhookSecret));
    }
  };
}

/** Counts the requests the client has started writing; a caller can wait for a number of them. */
function writeCounter() {
  let written = 0;
  const waiting: { count: number; resolve: () => void }[] = [];
  return {
    get written() {
      return written;
    },
    tick(): void {
      written++;
      for (const w of waiting.filter((w) => written >= w.count)) w.resolve();
    },
    until(count: number): Promise<void> {
      return written >= count ? Promise.resolve() : new Promise((resolve) => waiting.push({ count, resolve }));
    }
  };
}
type WriteCounter = ReturnType<typeof writeCounter>;

/**
 * All four probes together: the check costs one round trip. The forgeries are written first and
 * the genuine event after them, so an endpoint that accepts whatever comes first and refuses
 * the rest (a one-shot token, a lock, a limiter answering 401) accepts a forgery, never passes.
 */
async function firstRound(send: Sender, secret: string, writes: WriteCounter): Promise<ProbeAnswer[]> {
  const created = new Date();
  const [genuine, ...forged] = PROBES.map((name) => probeDelivery(name, secret, created));
  const before = writes.written;
  const forgedAnswers = send.round(forged, false);
  // Once they are on their connections, or have failed without being written.
  await Promise.race([writes.until(before + forged.length), forgedAnswers]);
  const [genuineAnswers, answers] = await Promise.all([send.round([genuine!], false), forgedAnswers]);
  return [...genuineAnswers!, ...answers!].map((a, i) => ({ ...a, name: PROBES[i]! }));
}

/** Probes answered about load or repetition, once more, each as a fresh event. */
async function retryRound(send: Sender, secret: string, probes: ProbeAnswer[]): Promise<ProbeAnswer[]> {
  const names = probesToRetry(probes[0]!, probes.slice(1));
  if (names.length === 0) return probes;
  const created = new Date();
  const again = await send.round(
    names.map((name) => probeDelivery(name, secret, created)),
    true
  );
  if (!again) return probes;
  return probes.map((p) => {
    const i = names.indexOf(p.name);
    return i < 0 ? p : { ...again[i]!, name: p.name, earlier: p };
  });
}

/** The signed variants that tell which verifier trap applies; only when the genuine event was refused. */
async function differential(send: Sender, secret: string, probes: ProbeAnswer[]): Promise<Differential | undefined> {
  if (!needsDifferential(probes[0]!, probes.slice(1))) return undefined;
  const variantRound = async (variants: typeof FIRST_VARIANTS): Promise<VariantAnswer[] | undefined> => {
    if (variants.length === 0) return [];
    const created = new Date();
    const answers = await send.round(
      variants.map((v) => variantDelivery(v, secret, created)),
      true
    );
    return answers?.map((a, i) => ({ ...a, variant: variants[i]! }));
  };
  const first = await variantRound(FIRST_VARIANTS);
  if (!first) return undefined;
  const second = (await variantRound(secondVariants(first))) ?? [];
  const sent = probes.map((p) => ({ answer: p as Answer, carries: p.name === 'no-signature' ? ('none' as const) : ('moncreneau' as const) }));
  return { finding: findTraps(sent, first, second), variants: [...first, ...second] };
}

interface Sent {
  probes: ProbeAnswer[];
  diff?: Differential;
}

async function sendProbes(client: HttpClient, url: URL, ctx: CheckContext, run: Budget, writes: WriteCounter): Promise<Sent> {
  const send = sender(client, url, ctx, run);
  const secret = ctx.settings.webhookSecret;
  const probes = await retryRound(send, secret, await firstRound(send, secret, writes));
  const diff = await differential(send, secret, probes);
  return { probes, ...(diff ? { diff } : {}) };
}

function answerData(a: Answer) {
  const timeMs = Math.round(a.timeMs);
  return a.kind === 'answered' ? { status: a.status, timeMs } : { error: a.failure.message, timeMs };
}
const probeData = (a: ProbeAnswer) => ({ name: a.name, ...answerData(a), ...(a.earlier ? { earlier: answerData(a.earlier) } : {}) });
const variantData = (a: VariantAnswer) => ({ ...a.variant, ...answerData(a) });

/** Folds the certificate finding and the probes' diagnosis into the check's outcome. Pure. */
function judgeWebhook(
  reach: Extract<Reachability, { ok: true }>,
  cert: CertificateFinding | undefined,
  diagnosis: Diagnosis,
  sent: Sent,
  url: URL
): CheckOutcome {
  const answers = sent.probes;
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
    details: [...reach.details, cert ? cert.text : 'Plain http (staging, loopback host): no TLS certificate to check', ...diagnosis.details],
    hints: tlsExplained ? certHints : diagnosis.status === 'fail' ? [...diagnosis.hints, ...certHints] : [...certHints, ...diagnosis.hints],
    data: {
      url: displayUrl(url),
      addresses: reach.addresses.map((a) => ({ address: a.address, kind: a.label })),
      privateAllowed: reach.addresses.some((a) => !a.public),
      ...(cert ? { certificate: cert.data } : {}),
      probes: answers.map(probeData),
      ...(sent.diff ? { variants: sent.diff.variants.map(variantData) } : {}),
      latencyMs: genuine?.kind === 'answered' ? Math.round(genuine.timeMs) : undefined
    }
  };
}

/** No probe completed a TLS handshake: why, in the genuine probe's words. */
function noHandshake(genuine: ProbeAnswer): CertificateRead {
  return unreadCertificate(genuine.kind === 'failed' ? genuine.failure.message : 'no TLS handshake completed with the endpoint');
}

async function roundTrip(ctx: CheckContext): Promise<CheckOutcome> {
  const { settings } = ctx;
  if (settings.webhookUrl === '') return notRun(missingInput('webhook-url', settings.environment));
  if (settings.webhookSecret === '') return notRun(missingInput('webhook-secret', settings.environment));
  // Signing with a padded copy would blame a correct endpoint for rejecting it.
  const padded = paddedRefusal('webhook-secret', settings.webhookSecret);
  if (padded) return notRun(padded);
  const checked = checkServiceUrl(settings.webhookUrl, 'webhook-url', settings.environment);
  if (!checked.ok) return notRun(checked);
  const { url } = checked;

  return resolveAndProbe(ctx, url, ctx.time);
}

async function resolveAndProbe(ctx: CheckContext, url: URL, run: Budget): Promise<CheckOutcome> {
  const timeoutMs = ctx.settings.webhookTimeoutMs;
  const reach = await resolveWebhookHost(url, {
    allowPrivate: ctx.settings.allowPrivateWebhook,
    timeoutMs,
    signal: run.signal,
    ...(ctx.http?.lookup ? { resolver: resolverFrom(ctx.http.lookup) } : {})
  });
  if (!reach.ok) {
    return fail(reach.problem, {
      hints: [reach.hint],
      data: { url: displayUrl(url), addresses: reach.addresses.map((a) => ({ address: a.address, kind: a.label })) }
    });
  }

  // Direct, never through a proxy: the pinned lookup makes the connection go to the checked addresses.
  // The certificate is read from the probes' own first TLS connection, before undici verifies
  // it (and refuses it if invalid, so nothing is delivered over a connection it would refuse).
  let certificate: CertificateRead | undefined;
  const onTlsSocket = (socket: TLSSocket) => void (certificate ??= certificateOf(socket, url));
  const writes = writeCounter();
  const client = createHttpClient({
    ca: ctx.http?.ca,
    lookup: reach.lookup,
    connectTimeoutMs: timeoutMs,
    onExchange: ctx.http?.onExchange,
    onTlsSocket,
    onRequestSent: () => writes.tick()
  });
  try {
    const sent = await sendProbes(client, url, ctx, run, writes);
    const [genuine, ...forged] = sent.probes;
    const cert = url.protocol === 'https:' ? judgeCertificate(certificate ?? noHandshake(sent.probes[0]!), new Date()) : undefined;
    const outcome = judgeWebhook(reach, cert, diagnose(genuine!, forged, sent.diff), sent, url);
    const proxyHint = behindProxyHint(url, ctx.http?.proxy, genuine);
    return proxyHint ? { ...outcome, hints: [...outcome.hints, proxyHint] } : outcome;
  } finally {
    await client.close();
  }
}

export const webhookCheck: Check = { id: 'webhook', title: CHECK_TITLES.webhook, run: roundTrip };
