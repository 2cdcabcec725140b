/**
 * The watch's verdict as summary rows: one per criterion, whether production could be seen,
 * and why a watch stopped early. Pure: what was measured and judged in, rows out.
 */
import { fail, pass, skip, type CheckOutcome, type CheckResult } from '../engine/check.js';
import type { WatchSettings } from '../settings/settings.js';
import { BLIND_LIMIT, isBlind, ratesText, type Assessment, type Criterion } from './criteria.js';
import type { Probe, Sample } from './sample.js';

/** How a watch ended. */
export type Ending = 'completed' | 'breach' | 'blind' | 'misdirected' | 'cancelled' | 'deadline';

const CRITERIA: Record<Criterion, string> = {
  'error-rate': 'Error rate',
  latency: 'Response time',
  'credits-burn': 'Credit consumption',
  'webhook-silence': 'Webhooks arriving'
};

export function lastError(samples: readonly Sample[], name: string): string | undefined {
  for (let i = samples.length - 1; i >= 0; i--) {
    const probe = samples[i]!.probes.find((p) => p.name === name);
    if (probe?.error) return probe.error;
  }
  return undefined;
}

export function visibilityRow(samples: readonly Sample[], ending: Ending): CheckResult {
  const blind = samples.filter(isBlind).length;
  const outcome: CheckOutcome =
    ending === 'blind'
      ? fail(`cannot see production: nothing could be measured in ${BLIND_LIMIT} intervals in a row`, {
          details: samples.slice(-BLIND_LIMIT).flatMap((s) => s.probes.map((p) => `interval ${s.index + 1}, ${p.name}: ${p.error ?? 'no answer'}`)),
          hints: [
            'The runner cannot reach the API (or the application): this is not a verdict on the deploy. Check the network and the API’s status before trusting the deploy.'
          ]
        })
      : samples.length === 0
        ? fail('nothing was measured', { hints: ['The watch stopped before its first interval ended.'] })
        : pass(`${samples.length} interval${samples.length === 1 ? '' : 's'} measured${blind > 0 ? `, ${blind} with no answer at all` : ''}`);
  return { id: 'visibility', title: 'Production visible', ...outcome, durationMs: 0 };
}

export function criteriaRows(a: Assessment | null, watch: WatchSettings, ending: Ending, heartbeatError: string | undefined): CheckResult[] {
  const breached = new Map(a?.breaches.map((b) => [b.criterion, b.reason]) ?? []);
  const row = (criterion: Criterion, outcome: CheckOutcome): CheckResult => {
    const reason = breached.get(criterion);
    const final = reason ? fail(`${reason}: roll back`, { hints: [ROLLBACK_HINTS[criterion]], data: outcome.data }) : outcome;
    return { id: criterion, title: CRITERIA[criterion], ...final, durationMs: 0 };
  };
  const notSeen = (what: string) => (ending === 'blind' || !a ? fail(`not measured: ${what}`) : null);
  // A URL that redirects is a configuration error (its own row): what it hid is not judged, not failed.
  const hidden = (nothing: boolean) => (ending === 'misdirected' && nothing ? skip('not measured: a URL redirects, see its row') : null);
  const errors = a?.errors;
  const latency = a?.latency;
  const counted = Object.values(errors ?? {}).reduce((sum, e) => sum + e.total, 0);
  return [
    row(
      'error-rate',
      notSeen('no requests were judged') ??
        hidden(counted === 0) ??
        (counted === 0
          ? fail('no request was counted', { hints: ['Nothing answered in the last window: production cannot be judged on its error rate.'] })
          : null) ??
        pass(`${ratesText(errors!)} requests failed in the last window, each judged on its own, limit ${(watch.maxErrorRate * 100).toFixed(1)}%`, {
          data: errors
        })
    ),
    row(
      'latency',
      notSeen('no response times') ??
        hidden(latency!.count === 0) ??
        (latency!.count === 0
          ? fail('no response was timed', { hints: ['Nothing answered in the last window: production cannot be judged on response time.'] })
          : pass(`p95 ${latency!.p95Ms} ms, slowest ${latency!.slowestMs} ms in the last window, limit ${watch.rollbackLatencyMs} ms`, { data: latency }))
    ),
    row(
      'credits-burn',
      a?.burnPerHour === null || a?.burnPerHour === undefined
        ? skip('not enough credit readings for a rate', { data: {} })
        : watch.maxCreditsPerHour === null
          ? skip(`${burnText(a.burnPerHour)} (no max-credits-per-hour set, so not judged)`, { data: { burnPerHour: a.burnPerHour } })
          : pass(`${burnText(a.burnPerHour)}, limit ${watch.maxCreditsPerHour}`, { data: { burnPerHour: a.burnPerHour } })
    ),
    row(
      'webhook-silence',
      !watch.heartbeatUrl
        ? skip('not watched: no webhook-heartbeat-url', { data: {} })
        : a?.silenceMs === null || a?.silenceMs === undefined
          ? fail(`the heartbeat never gave a usable lastReceivedAt${heartbeatError ? ` (last answer: ${heartbeatError})` : ''}`, {
              hints: ['The heartbeat must answer JSON {"lastReceivedAt": "<ISO 8601 time with Z or an offset>"}: check webhook-heartbeat-url.']
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

const MISDIRECTED_INPUT: Record<Probe['name'], string> = { api: 'api-url', credits: 'api-url', health: 'health-url', heartbeat: 'webhook-heartbeat-url' };

/** api-url, health-url or the heartbeat redirected: nothing was watched there, a configuration error. */
export function misdirectedRows(samples: readonly Sample[]): CheckResult[] {
  const probe = samples[samples.length - 1]?.probes.find((p) => p.redirect !== undefined);
  if (!probe) return [];
  const input = MISDIRECTED_INPUT[probe.name];
  const instead =
    input === 'api-url'
      ? `the API base URL it points to (${probe.redirect} without the ${probe.name === 'api' ? 'api-probe-path' : 'credits-path'})`
      : `the final URL (${probe.redirect})`;
  const outcome = fail(`${input} answers ${probe.status} with a redirect to ${probe.redirect}: nothing was watched there`, {
    hints: [`Give ${input} as ${instead}; its answers were not counted as production errors, and this is no reason to roll back.`]
  });
  return [{ id: input, title: input, ...outcome, durationMs: 0 }];
}

/** A watch that did not run its course: cancelled, or cut by timeout-seconds. */
export function stoppedRows(samples: readonly Sample[], ending: Ending, watchMinutes: number, durationMs: number): CheckResult[] {
  if (ending !== 'cancelled' && ending !== 'deadline') return [];
  const observedMs = samples.length > 0 ? samples[samples.length - 1]!.atMs : 0;
  const why = ending === 'cancelled' ? 'the job was cancelled' : 'timeout-seconds came';
  const outcome = fail(`${why} after ${+(observedMs / 60_000).toFixed(2)} of ${watchMinutes} min`, {
    hints: ['The watch did not run its course: judge from the timeline, or run it again.']
  });
  return [{ id: 'stopped', title: 'Watch stopped', ...outcome, durationMs: Math.round(durationMs) }];
}

/** Credits per hour in words; a negative burn is a balance that rose (refunds or a top-up). */
function burnText(perHour: number): string {
  return perHour < 0 ? `balance rose by ${Math.round(-perHour)} credits per hour (refunds or a top-up)` : `${Math.round(perHour)} credits per hour`;
}
