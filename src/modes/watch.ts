/**
 * Watch mode: after traffic is routed, sample production every interval and answer one
 * question a workflow can act on — roll back or not — by the guide's criteria. Stops at the
 * first breach; ends as a failure, never a pass, when production cannot be seen.
 */
import { apiKeyFindings, apiUrlFindings, judgeConfig, type Finding } from '../checks/config.js';
import { checkApiUrl, checkServiceUrl } from '../domain/urls.js';
import { fail, pass, skip, type CheckOutcome, type CheckResult } from '../engine/check.js';
import { abortAt, sleep } from '../engine/timing.js';
import { createApiClient } from '../http/api-client.js';
import { createHttpClient } from '../http/http-client.js';
import type { WatchSettings } from '../settings/settings.js';
import { assess, BLIND_LIMIT, isBlind, type Assessment, type Criterion, type WatchLimits } from '../watch/criteria.js';
import { takeSample, type Sample } from '../watch/sample.js';
import { progressLine, renderTimeline } from '../watch/timeline.js';
import type { ModeContext, ModeResult } from './mode.js';
import { CHECK_TITLES } from '../settings/check-ids.js';

const CRITERIA: Record<Criterion, string> = {
  'error-rate': 'Error rate',
  latency: 'Response time',
  'credits-burn': 'Credit consumption',
  'webhook-silence': 'Webhooks arriving'
};

export function limitsFor(watch: WatchSettings): WatchLimits {
  return {
    maxErrorRate: watch.maxErrorRate,
    errorWindowMs: watch.errorWindowMinutes * 60_000,
    rollbackLatencyMs: watch.rollbackLatencyMs,
    maxCreditsPerHour: watch.maxCreditsPerHour,
    maxSilenceMs: watch.heartbeatUrl ? watch.maxWebhookSilenceMinutes * 60_000 : null
  };
}

/** The documented default quota of a key, shared with the application's own traffic. */
const HOURLY_QUOTA = 1000;

/** Two API requests per interval (probe and credits): warn when that alone eats the key's quota. */
export function quotaFinding(intervalSeconds: number): Finding[] {
  const perHour = Math.round((2 * 3600) / intervalSeconds);
  if (perHour <= HOURLY_QUOTA / 2) return [];
  return [
    {
      status: 'warn',
      text: `watch-interval-seconds ${intervalSeconds} makes about ${perHour} API requests an hour with this key (default quota ${HOURLY_QUOTA})`,
      hint: 'Raise watch-interval-seconds (30 s makes 240 requests an hour): the application shares this key’s quota and could be throttled.'
    }
  ];
}

function urlFinding(raw: string, input: string, environment: 'production' | 'staging'): Finding[] {
  if (!raw) return [];
  const checked = checkServiceUrl(raw, input, environment);
  return [checked.ok ? { status: 'pass', text: `${input} usable` } : { status: 'fail', text: checked.problem, hint: checked.hint }];
}

export async function runWatch(ctx: ModeContext): Promise<ModeResult> {
  const { settings } = ctx;
  const { watch } = settings;
  const preconditions = judgeConfig([
    ...apiKeyFindings(settings),
    ...apiUrlFindings(settings),
    ...urlFinding(watch.healthUrl, 'health-url', settings.environment),
    ...urlFinding(watch.heartbeatUrl, 'webhook-heartbeat-url', settings.environment),
    ...quotaFinding(watch.intervalSeconds)
  ]);
  const configRow: CheckResult = { id: 'config', title: CHECK_TITLES.config, ...preconditions, durationMs: 0 };
  const apiUrl = checkApiUrl(settings.apiUrl, settings.environment);
  if (preconditions.status === 'fail' || !apiUrl.ok) return { checks: [configRow] };

  const totalMs = watch.minutes * 60_000;
  const intervalMs = watch.intervalSeconds * 1000;
  const limits = limitsFor(watch);
  const stop = abortAt(ctx.deadline, ctx.cancelled);
  const http = createHttpClient(ctx.http ?? {});
  const api = createApiClient({
    baseUrl: apiUrl.url,
    apiKey: settings.apiKey.trim(),
    authScheme: settings.authScheme,
    // Every failure counts: a retried probe would hide the errors the watch is looking for.
    retries: 0,
    signal: stop.signal,
    deadline: ctx.deadline,
    http
  });
  const sources = {
    api,
    http,
    probePath: settings.apiProbePath,
    creditsPath: settings.creditsPath,
    creditsField: settings.creditsField,
    healthUrl: watch.healthUrl ? new URL(watch.healthUrl) : null,
    heartbeatUrl: watch.heartbeatUrl ? new URL(watch.heartbeatUrl) : null,
    timeoutMs: Math.min(10_000, Math.max(1_000, 2 * watch.rollbackLatencyMs)),
    signal: stop.signal
  };

  const samples: Sample[] = [];
  const t0 = performance.now();
  let assessment: Assessment | null = null;
  let ending: 'completed' | 'breach' | 'blind' | 'misdirected' | 'cancelled' | 'deadline' = 'completed';
  const stopped = () => (ctx.cancelled.aborted ? 'cancelled' : 'deadline');
  try {
    for (let index = 0; ; index++) {
      const sample = await takeSample(sources, index, performance.now() - t0);
      if (stop.signal.aborted) {
        ending = stopped();
        break;
      }
      samples.push(sample);
      const nowMs = performance.now() - t0;
      const final = nowMs + intervalMs > totalMs;
      assessment = assess(samples, nowMs, limits, final);
      ctx.log(progressLine(sample, assessment, totalMs));
      if (assessment.breaches.length > 0) ending = 'breach';
      else if (assessment.blindStreak >= BLIND_LIMIT) ending = 'blind';
      // A URL that redirects watches nothing: stop and say which URL to give instead.
      else if (sample.probes.some((p) => p.redirect !== undefined)) ending = 'misdirected';
      if (ending !== 'completed' || final) break;
      await sleep(t0 + (index + 1) * intervalMs - performance.now(), stop.signal);
      if (stop.signal.aborted) {
        ending = stopped();
        break;
      }
    }
  } finally {
    stop.abort();
    await http.close();
  }

  const observedMs = samples.length > 0 ? samples[samples.length - 1]!.atMs : 0;
  const rows = [configRow, visibilityRow(samples, ending), ...criteriaRows(assessment, watch, ending, lastError(samples, 'heartbeat'))];
  const misdirected = samples.flatMap((s) => s.probes).find((p) => p.redirect !== undefined);
  if (misdirected) {
    const input = misdirected.name === 'health' ? 'health-url' : 'webhook-heartbeat-url';
    rows.push({
      id: input,
      title: input,
      ...fail(`${input} answers ${misdirected.status} with a redirect to ${misdirected.redirect}: nothing was watched there`, {
        hints: [`Give ${input} as the final URL (${misdirected.redirect}); its answers were not counted as production errors.`]
      }),
      durationMs: 0
    });
  }
  if (ending === 'cancelled' || ending === 'deadline') {
    rows.push({
      id: 'stopped',
      title: 'Watch stopped',
      ...fail(`${ending === 'cancelled' ? 'the job was cancelled' : 'timeout-seconds came'} after ${+(observedMs / 60_000).toFixed(2)} of ${watch.minutes} min`, {
        hints: ['The watch did not run its course: judge from the timeline, or run it again.']
      }),
      durationMs: Math.round(performance.now() - t0)
    });
  }
  const breaches = assessment?.breaches ?? [];
  return {
    checks: rows,
    outputs: { rollback: String(breaches.length > 0), 'rollback-reasons': breaches.map((b) => b.reason).join('\n') },
    data: { rollback: breaches.length > 0, ending, totalMs, intervalMs, limits, samples },
    renderSections: (data) => renderTimeline(data.samples as Sample[])
  };
}

function lastError(samples: readonly Sample[], name: string): string | undefined {
  for (let i = samples.length - 1; i >= 0; i--) {
    const probe = samples[i]!.probes.find((p) => p.name === name);
    if (probe?.error) return probe.error;
  }
  return undefined;
}

function visibilityRow(samples: readonly Sample[], ending: string): CheckResult {
  const blind = samples.filter(isBlind).length;
  const outcome: CheckOutcome =
    ending === 'blind'
      ? fail(`cannot see production: nothing could be measured in ${BLIND_LIMIT} intervals in a row`, {
          details: samples.slice(-BLIND_LIMIT).flatMap((s) => s.probes.map((p) => `interval ${s.index + 1}, ${p.name}: ${p.error ?? 'no answer'}`)),
          hints: ['The runner cannot reach the API (or the application): this is not a verdict on the deploy. Check the network and the API’s status before trusting the deploy.']
        })
      : samples.length === 0
        ? fail('nothing was measured', { hints: ['The watch stopped before its first interval ended.'] })
        : pass(`${samples.length} interval${samples.length === 1 ? '' : 's'} measured${blind > 0 ? `, ${blind} with no answer at all` : ''}`);
  return { id: 'visibility', title: 'Production visible', ...outcome, durationMs: 0 };
}

function criteriaRows(a: Assessment | null, watch: WatchSettings, ending: string, heartbeatError: string | undefined): CheckResult[] {
  const breached = new Map(a?.breaches.map((b) => [b.criterion, b.reason]) ?? []);
  const row = (criterion: Criterion, outcome: CheckOutcome): CheckResult => {
    const reason = breached.get(criterion);
    const final = reason ? fail(`${reason}: roll back`, { hints: [ROLLBACK_HINTS[criterion]], data: outcome.data }) : outcome;
    return { id: criterion, title: CRITERIA[criterion], ...final, durationMs: 0 };
  };
  const notSeen = (what: string) => (ending === 'blind' || !a ? fail(`not measured: ${what}`) : null);
  const errors = a?.errors;
  const latency = a?.latency;
  return [
    row(
      'error-rate',
      notSeen('no requests were judged') ??
        pass(`${((errors!.rate) * 100).toFixed(1)}% (${errors!.failed} of ${errors!.total} requests in the last window), limit ${(watch.maxErrorRate * 100).toFixed(1)}%`, { data: errors })
    ),
    row(
      'latency',
      notSeen('no response times') ??
        (latency!.count === 0
          ? fail('no response was timed', { hints: ['Nothing answered in the last window: production cannot be judged on response time.'] })
          : pass(`p95 ${latency!.p95Ms} ms, slowest ${latency!.slowestMs} ms in the last window, limit ${watch.rollbackLatencyMs} ms`, { data: latency }))
    ),
    row(
      'credits-burn',
      a?.burnPerHour === null || a?.burnPerHour === undefined
        ? skip('not enough credit readings for a rate', { data: {} })
        : watch.maxCreditsPerHour === null
          ? skip(`${Math.round(a.burnPerHour)} credits per hour (no max-credits-per-hour set, so not judged)`, { data: { burnPerHour: a.burnPerHour } })
          : pass(`${Math.round(a.burnPerHour)} credits per hour, limit ${watch.maxCreditsPerHour}`, { data: { burnPerHour: a.burnPerHour } })
    ),
    row(
      'webhook-silence',
      !watch.heartbeatUrl
        ? skip('not watched: no webhook-heartbeat-url', { data: {} })
        : a?.silenceMs === null || a?.silenceMs === undefined
          ? fail(`the heartbeat never gave a usable lastReceivedAt${heartbeatError ? ` (last answer: ${heartbeatError})` : ''}`, {
              hints: ['The heartbeat must answer JSON {"lastReceivedAt": "<ISO time>"}: check webhook-heartbeat-url.']
            })
          : pass(`last webhook ${Math.round(a.silenceMs / 1000)} s ago, limit ${watch.maxWebhookSilenceMinutes} min`, { data: { silenceMs: a.silenceMs } })
    )
  ];
}

const ROLLBACK_HINTS: Record<Criterion, string> = {
  'error-rate': 'Roll back: the error rate stayed above the limit for the window (the guide: > 10% for 5 minutes).',
  latency: 'Roll back: responses are slower than the limit (the guide: > 2 seconds).',
  'credits-burn': 'Roll back and audit appointment creations: credits are consumed abnormally fast.',
  'webhook-silence': 'Roll back: no webhook arrived within the limit (the guide: 10 minutes); check the webhook URL and secret of the new version.'
};
