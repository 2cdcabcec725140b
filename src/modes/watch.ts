/**
 * Watch mode: after traffic is routed, sample production every interval and answer one
 * question a workflow can act on — roll back or not — by the guide's criteria. Stops at the
 * first breach; ends as a failure, never a pass, when production cannot be seen.
 */
import { apiClientFor } from '../domain/api-access.js';
import { apiKeyFindings, apiUrlFindings, judgeConfig, serviceUrlFinding, type Finding } from '../domain/findings.js';
import type { CheckResult } from '../engine/check.js';
import { budget } from '../engine/timing.js';
import { createHttpClient } from '../http/http-client.js';
import type { WatchSettings } from '../settings/settings.js';
import { decide, type Assessment, type Breach, type WatchLimits } from '../watch/criteria.js';
import { createProgress } from '../watch/progress.js';
import { criteriaRows, lastError, misdirectedRows, stoppedRows, visibilityRow, type Ending } from '../watch/rows.js';
import { takeSample, type Probe, type Sample } from '../watch/sample.js';
import { renderTimeline } from '../watch/timeline.js';
import { JudgingWindow } from '../watch/window.js';
import type { ModeContext, ModeResult } from './mode.js';
import { CHECK_TITLES } from '../settings/check-ids.js';

/** One probe of an interval, for the log: `api: 200 in 120 ms`, `health: refused`. */
function probeLine(p: Probe): string {
  // An error often starts with the status already (`401`, `502 not JSON`).
  const error = p.ok || p.error === undefined ? undefined : p.error;
  const answer =
    error !== undefined && p.status !== undefined && error.startsWith(String(p.status)) ? error : [p.status, error].filter((x) => x !== undefined).join(' ');
  const time = p.latencyMs !== undefined ? ` in ${Math.round(p.latencyMs)} ms` : '';
  return `${p.name}: ${answer || (p.ok ? 'ok' : 'no answer')}${time}`;
}

export function limitsFor(watch: WatchSettings): WatchLimits {
  return {
    maxErrorRate: watch.maxErrorRate,
    errorWindowMs: watch.errorWindowMinutes * 60_000,
    rollbackLatencyMs: watch.rollbackLatencyMs,
    maxCreditsPerHour: watch.maxCreditsPerHour,
    maxSilenceMs: watch.heartbeatUrl ? watch.maxWebhookSilenceMinutes * 60_000 : null
  };
}

/** Every probe's time limit: twice the latency limit, kept between 1 and 10 s (a slower answer counts as that slow). */
export function probeTimeoutMs(watch: WatchSettings): number {
  return Math.min(10_000, Math.max(1_000, 2 * watch.rollbackLatencyMs));
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

export async function runWatch(ctx: ModeContext): Promise<ModeResult> {
  const { settings } = ctx;
  const { watch } = settings;
  const preconditions = judgeConfig([
    ...apiKeyFindings(settings),
    ...apiUrlFindings(settings),
    ...serviceUrlFinding(watch.healthUrl, 'health-url', settings.environment),
    ...serviceUrlFinding(watch.heartbeatUrl, 'webhook-heartbeat-url', settings.environment),
    ...quotaFinding(watch.intervalSeconds)
  ]);
  const configRow: CheckResult = { id: 'config', title: CHECK_TITLES.config, ...preconditions, durationMs: 0 };
  if (preconditions.status === 'fail') return { checks: [configRow] };

  const totalMs = watch.minutes * 60_000;
  const intervalMs = watch.intervalSeconds * 1000;
  const limits = limitsFor(watch);
  const run = budget(ctx.deadline, ctx.cancelled);
  const http = createHttpClient(ctx.http ?? {});
  const timeoutMs = probeTimeoutMs(watch);
  // Every failure counts: a retried probe would hide the errors the watch is looking for.
  const access = apiClientFor(settings, { signal: run.signal, deadline: ctx.deadline, retries: 0, http, requestTimeoutMs: timeoutMs });
  if (!access.ok) {
    run.dispose();
    return { checks: [configRow, { id: 'api', title: CHECK_TITLES.api, ...access.outcome, durationMs: 0 }] };
  }
  const api = access.client;
  const sources = {
    api,
    http,
    probePath: settings.apiProbePath,
    creditsPath: settings.creditsPath,
    creditsField: settings.creditsField,
    healthUrl: watch.healthUrl ? new URL(watch.healthUrl) : null,
    heartbeatUrl: watch.heartbeatUrl ? new URL(watch.heartbeatUrl) : null,
    timeoutMs,
    signal: run.signal
  };

  const samples: Sample[] = [];
  const window = new JudgingWindow(limits);
  const progress = createProgress(ctx, Math.ceil(totalMs / intervalMs), totalMs, limits);
  const t0 = performance.now();
  let assessment: Assessment | null = null;
  /** The breaches acted on: the rollback reasons. */
  let breaches: Breach[] = [];
  let ending: Ending = 'completed';
  const stopped = (): Ending => (run.stoppedBy === 'cancelled' ? 'cancelled' : 'deadline');
  try {
    for (let index = 0; ; index++) {
      const sample = await takeSample(sources, index, performance.now() - t0);
      // Each probe's answer for whoever investigates; the log keeps one line per interval.
      for (const p of sample.probes) ctx.debug?.(`watch interval ${index + 1}: ${probeLine(p)}`);
      if (run.expired) {
        ending = stopped();
        break;
      }
      samples.push(sample);
      window.add(sample);
      const nowMs = performance.now() - t0;
      const final = nowMs + intervalMs > totalMs;
      assessment = window.assess(nowMs, final);
      const decision = decide(assessment, final);
      progress.interval(sample, assessment, decision);
      if (decision.stop) {
        ending = decision.ending;
        breaches = decision.ending === 'breach' ? decision.breaches : [];
      } else if (sample.probes.some((p) => p.redirect !== undefined)) {
        // A URL that redirects watches nothing: stop and say which URL to give instead.
        ending = 'misdirected';
      }
      if (ending !== 'completed' || final) break;
      await run.sleep(t0 + (index + 1) * intervalMs - performance.now());
      if (run.expired) {
        ending = stopped();
        break;
      }
    }
  } finally {
    run.dispose();
    progress.close();
    await http.close();
  }
  progress.end(ending, samples.length);

  const rows = [
    configRow,
    visibilityRow(samples, ending),
    ...criteriaRows(assessment && { ...assessment, breaches }, watch, ending, lastError(samples, 'heartbeat')),
    ...misdirectedRows(samples),
    ...stoppedRows(samples, ending, watch.minutes, performance.now() - t0)
  ];
  return {
    checks: rows,
    outputs: { rollback: String(breaches.length > 0), 'rollback-reasons': breaches.map((b) => b.reason).join('\n') },
    data: { rollback: breaches.length > 0, ending, totalMs, intervalMs, limits, samples },
    renderSections: (data) => renderTimeline(data.samples as Sample[])
  };
}
