/**
 * Measuring, once per interval: the API probe, the credits read, and the application's own
 * health and webhook heartbeat when given, all at once. Never judges: that is criteria.ts.
 */
import { readCredits } from '../domain/credits.js';
import type { ApiClient, ApiResult } from '../http/api-client.js';
import { displayUrl } from '../domain/urls.js';
import type { HttpClient } from '../http/http-client.js';
import { readJson } from '../http/json-body.js';
import { USER_AGENT } from '../version.js';

export type ProbeName = 'api' | 'credits' | 'health' | 'heartbeat';

export interface Probe {
  name: ProbeName;
  /** An answer came back (any status). False: timeout, refused, DNS... */
  measured: boolean;
  /** Measured, 2xx and readable. */
  ok: boolean;
  status?: number;
  /** The answer's time; for a probe stopped at its time limit, at least that limit (slow is slow). */
  latencyMs?: number;
  /** Stopped at the probe's time limit: no answer in time, counted as a response that slow. */
  timedOut?: boolean;
  /** Why it is not ok, in a few words. */
  error?: string;
  /** Where api-url, health-url or the heartbeat redirected: the URL to give instead. */
  redirect?: string;
}

export interface Sample {
  index: number;
  /** Milliseconds since the watch started. */
  atMs: number;
  probes: Probe[];
  credits?: number;
  /** Time since the application last received a webhook, from its heartbeat. */
  webhookSilenceMs?: number;
}

export interface SampleSources {
  api: ApiClient;
  http: HttpClient;
  probePath: string;
  creditsPath: string;
  creditsField: string;
  healthUrl: URL | null;
  heartbeatUrl: URL | null;
  timeoutMs: number;
  signal: AbortSignal;
}

/** A probe stopped at its time limit: an error, and a response at least that slow. */
function timedOut(name: ProbeName, error: string, timeMs: number, timeoutMs: number): Probe {
  return { name, measured: false, ok: false, timedOut: true, latencyMs: Math.max(Math.round(timeMs), timeoutMs), error };
}

/** Where a redirect points, for the message; never followed. */
function redirectTarget(location: string | undefined, base: URL | string): string {
  try {
    if (location) return displayUrl(new URL(location, base));
  } catch {
    /* keep the words: the Location header is not a URL */
  }
  return 'an unreadable location';
}

function fromApi(name: ProbeName, result: ApiResult<unknown>, timeoutMs: number): Probe {
  const last = result.attempts[result.attempts.length - 1];
  const latencyMs = last?.timeMs;
  if (result.ok) return { name, measured: true, ok: true, status: result.status, latencyMs };
  const p = result.problem;
  if (p.kind === 'network') {
    if (p.failure.kind === 'timeout') return timedOut(name, p.failure.message, latencyMs ?? timeoutMs, timeoutMs);
    return { name, measured: false, ok: false, error: p.failure.message };
  }
  const status = p.status;
  if (p.kind === 'redirect') {
    // api-url is wrong, not production: reported as such, never counted as an error.
    const redirect = redirectTarget(p.location, 'http://unreadable.invalid');
    return { name, measured: true, ok: false, status, redirect, error: `${status} redirect to ${redirect}` };
  }
  const error = p.kind === 'status' ? `${p.status}${p.code ? ` ${p.code}` : ''}` : p.kind === 'not-json' ? `${status} not JSON` : `${status} unexpected answer`;
  return { name, measured: true, ok: false, status, latencyMs, error };
}

async function probeUrl(name: ProbeName, sources: SampleSources, url: URL): Promise<{ probe: Probe; body?: Buffer }> {
  const outcome = await sources.http.send({
    method: 'GET',
    url,
    headers: { 'user-agent': USER_AGENT, accept: 'application/json' },
    timeoutMs: sources.timeoutMs,
    maxBodyBytes: 64 * 1024,
    signal: sources.signal
  });
  if (!outcome.ok) {
    if (outcome.failure.kind === 'timeout') return { probe: timedOut(name, outcome.failure.message, outcome.timeMs, sources.timeoutMs) };
    return { probe: { name, measured: false, ok: false, error: outcome.failure.message } };
  }
  const { status, timeMs, body, headers } = outcome.response;
  if (status >= 300 && status < 400) {
    // A redirect says the URL is wrong, not that production is: reported, never counted as an error.
    const redirect = redirectTarget(headers.location, url);
    return { probe: { name, measured: true, ok: false, status, redirect, error: `${status} redirect to ${redirect}` } };
  }
  const ok = status >= 200 && status < 300;
  return { probe: { name, measured: true, ok, status, latencyMs: Math.round(timeMs), ...(ok ? {} : { error: `${status}` }) }, body };
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/;
export const NO_ZONE =
  'lastReceivedAt has no time zone, so the instant it names is unknown: give it in UTC with Z (2026-02-15T10:00:00Z) or with an offset (+01:00)';
const FUTURE_TOLERANCE_MS = 120_000;

/** Date.parse rolls an impossible date over (February 30 reads as March 2, 24:00 as the next day): an invented instant. */
function realCalendarTime(iso: string): boolean {
  const [y, mo, d, h, mi] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso)!.slice(1).map(Number) as [number, number, number, number, number];
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && t.getUTCHours() === h && t.getUTCMinutes() === mi;
}

/** The heartbeat's `lastReceivedAt`, as milliseconds of silence at `now`. */
export function silenceFrom(body: Buffer | undefined, now: Date): number | string {
  // Through the bounded parser: a heartbeat nested 200,000 deep is unreadable, not a crash.
  const json = readJson(body ?? '');
  if (!json.ok)
    return json.reason === 'not valid JSON' || json.reason === 'empty' ? 'the answer is not JSON' : `the answer cannot be read as JSON: ${json.reason}`;
  const value = (json.value as { lastReceivedAt?: unknown } | null)?.lastReceivedAt;
  // Strict ISO 8601 only: Date.parse reads "banana 2" as a date in 2001.
  const iso = typeof value === 'string' && ISO_TIME.test(value);
  const at = iso ? Date.parse(value) : NaN;
  if (Number.isNaN(at)) return 'no ISO 8601 lastReceivedAt in the answer';
  if (!realCalendarTime(value as string)) return 'lastReceivedAt is not a real date and time (a day or hour past its end, such as February 30 or 24:00)';
  // Date.parse would read it in the runner's zone: the silence would be off by hours, unseen.
  if (!HAS_ZONE.test(value as string)) return NO_ZONE;
  // A time in the future would read as "no silence" forever: a wrong clock or zone, not a pass.
  if (at > now.getTime() + FUTURE_TOLERANCE_MS) return 'lastReceivedAt is in the future (wrong clock or time zone)';
  return Math.max(0, now.getTime() - at);
}

export async function takeSample(sources: SampleSources, index: number, atMs: number): Promise<Sample> {
  const [api, credits, health, heartbeat] = await Promise.all([
    sources.api.get(sources.probePath).then((r) => fromApi('api', r, sources.timeoutMs)),
    sources.api.get(sources.creditsPath).then((r) => {
      const probe = fromApi('credits', r, sources.timeoutMs);
      if (!r.ok) return { probe };
      const read = readCredits(r.data, sources.creditsField);
      return read.ok ? { probe, credits: read.value } : { probe: { ...probe, ok: false, error: read.problem } };
    }),
    sources.healthUrl ? probeUrl('health', sources, sources.healthUrl) : null,
    sources.heartbeatUrl ? probeUrl('heartbeat', sources, sources.heartbeatUrl) : null
  ]);
  const sample: Sample = { index, atMs: Math.round(atMs), probes: [api, credits.probe] };
  if ('credits' in credits) sample.credits = credits.credits;
  if (health) sample.probes.push(health.probe);
  if (heartbeat) {
    let probe = heartbeat.probe;
    if (probe.ok) {
      const silence = silenceFrom(heartbeat.body, new Date());
      if (typeof silence === 'number') sample.webhookSilenceMs = silence;
      else probe = { ...probe, ok: false, error: silence };
    }
    sample.probes.push(probe);
  }
  return sample;
}
