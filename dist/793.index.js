export const id = 793;
export const ids = [793];
export const modules = {

/***/ 793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  limitsFor: () => (/* binding */ limitsFor),
  probeTimeoutMs: () => (/* binding */ probeTimeoutMs),
  quotaFinding: () => (/* binding */ quotaFinding),
  runWatch: () => (/* binding */ runWatch)
});

// EXTERNAL MODULE: ./src/domain/api-access.ts + 4 modules
var api_access = __webpack_require__(2821);
// EXTERNAL MODULE: ./src/domain/findings.ts
var findings = __webpack_require__(8944);
// EXTERNAL MODULE: ./src/http/http-client.ts + 2 modules
var http_client = __webpack_require__(1940);
;// CONCATENATED MODULE: ./src/watch/criteria.ts
/** The target whose error rate a probe counts in; null for the heartbeat, the gate's own instrument. */
function targetOf(probe) {
    if (probe.name === 'api' || probe.name === 'credits')
        return 'api';
    return probe.name === 'health' ? 'health' : null;
}
/** Intervals in a row with nothing measurable that end the watch: production cannot be seen. */
const BLIND_LIMIT = 3;
/** Latency samples needed in the window before p95 means anything (unless the watch ends). */
const MIN_LATENCY_SAMPLES = 3;
/** Credit readings needed before a burn rate is judged. */
const MIN_CREDIT_READINGS = 3;
/** Nearest-rank percentile of a non-empty list (the reference the sliding structure is tested against). */
function percentile(values, p) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.max(0, Math.ceil((p * sorted.length) / 100) - 1)];
}
const pct = (rate) => `${(rate * 100).toFixed(1)}%`;
const minutes = (ms) => `${+(ms / 60_000).toFixed(2)} min`;
/** No answer from production at all in this interval (the heartbeat is the gate's own instrument). */
function isBlind(sample) {
    return sample.probes.filter((p) => p.name !== 'heartbeat').every((p) => !p.measured);
}
/** Whether a probe is a request production serves (counted in its target's error rate); a redirect is a wrong URL. */
const countsAsRequest = (p) => targetOf(p) !== null && p.redirect === undefined;
/** Response times of production in one interval: the API probe, health and heartbeat, timeouts as slow as their limit. */
const responseTimes = (s) => s.probes.flatMap((p) => (p.name !== 'credits' && p.latencyMs !== undefined ? [p.latencyMs] : []));
/** Requests production failed in one interval. */
const failedRequests = (s) => s.probes.filter((p) => countsAsRequest(p) && !p.ok).length;
const TARGET_NAMES = { api: 'API', health: 'health-url' };
/** Each target's rate in words: "API 0.0% (0 of 20), health-url 25.0% (3 of 12)". */
function ratesText(errors, compact = false) {
    return Object.entries(errors)
        .map(([t, e]) => `${TARGET_NAMES[t]} ${pct(e.rate)} (${e.failed}${compact ? '/' : ' of '}${e.total})`)
        .join(', ');
}
/** The breaches of the guide's criteria in what was measured at `nowMs`. */
function breachesOf(m, limits, nowMs) {
    const breaches = [];
    const windowText = minutes(Math.min(limits.errorWindowMs, nowMs || limits.errorWindowMs));
    const overRate = Object.entries(m.errors).filter(([, e]) => e.judged && e.rate > limits.maxErrorRate);
    if (overRate.length > 0) {
        const each = overRate.map(([t, e]) => `${TARGET_NAMES[t]} error rate ${pct(e.rate)} (${e.failed} of ${e.total} requests)`);
        breaches.push({ criterion: 'error-rate', reason: `${each.join(' and ')} over the last ${windowText}, above ${pct(limits.maxErrorRate)}` });
    }
    const { latency } = m;
    if (latency.judged && latency.p95Ms !== null && latency.p95Ms > limits.rollbackLatencyMs) {
        breaches.push({
            criterion: 'latency',
            reason: `p95 response time ${latency.p95Ms} ms over the last ${windowText} (slowest ${latency.slowestMs} ms), above ${limits.rollbackLatencyMs} ms`
        });
    }
    if (limits.maxCreditsPerHour !== null && m.burnPerHour !== null && m.burnPerHour > limits.maxCreditsPerHour) {
        breaches.push({
            criterion: 'credits-burn',
            reason: `credits consumed at ${Math.round(m.burnPerHour)} per hour, above ${limits.maxCreditsPerHour} per hour`
        });
    }
    if (limits.maxSilenceMs !== null && m.silenceMs !== null && m.silenceMs > limits.maxSilenceMs) {
        breaches.push({ criterion: 'webhook-silence', reason: `no webhook received for ${minutes(m.silenceMs)}, above ${minutes(limits.maxSilenceMs)}` });
    }
    return breaches;
}
/** Criteria an interval with no answer at all feeds (its requests count as errors, its timeouts as slow). */
const FED_BY_UNANSWERED = ['error-rate', 'latency'];
/**
 * What the watch does after this interval. While production cannot be seen at all, an error
 * rate or a response time made of unanswered requests says more about the runner's network
 * than about the deploy: it waits (three blind intervals end the watch as "cannot see
 * production"), unless the watch is over. Breaches measured some other way act at once.
 */
function decide(a, final) {
    if (a.blindStreak >= BLIND_LIMIT)
        return { stop: true, ending: 'blind' };
    const acting = a.blindStreak > 0 && !final ? a.breaches.filter((b) => !FED_BY_UNANSWERED.includes(b.criterion)) : a.breaches;
    return acting.length > 0 ? { stop: true, ending: 'breach', breaches: acting } : { stop: false };
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/watch/timeline.ts
/**
 * How a watch reads while it runs (one progress line per interval) and afterwards (a table per
 * interval and Mermaid charts GitHub renders). Pure: samples in, text out.
 */


const clock = (ms) => {
    const s = Math.round(ms / 1000);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};
/** One log line per interval: elapsed/total, each target's error rate, slowest latency, credits. */
function progressLine(sample, assessment, totalMs) {
    const slowest = Math.max(-1, ...responseTimes(sample));
    const parts = [
        `[${clock(sample.atMs)}/${clock(totalMs)}] error rate ${ratesText(assessment.errors, true)} in window`,
        `slowest ${slowest >= 0 ? `${slowest} ms${sample.probes.some((p) => p.timedOut) ? ' (timed out)' : ''}` : 'n/a'}`,
        `credits ${sample.credits ?? 'n/a'}`
    ];
    if (sample.webhookSilenceMs !== undefined)
        parts.push(`last webhook ${clock(sample.webhookSilenceMs)} ago`);
    const blind = isBlind(sample);
    return `${parts.join(', ')}${blind ? ' \u2014 nothing could be measured' : ''}`;
}
function cell(probe) {
    if (!probe)
        return '';
    if (probe.ok)
        return `${probe.latencyMs ?? ''} ms`;
    return `\u274C ${(0,markdown/* escapeInline */.V)(probe.error ?? 'failed')}`;
}
/** At most `max` points: consecutive samples merged (slowest latency, errors summed). */
function bucket(samples, max) {
    const size = Math.max(1, Math.ceil(samples.length / max));
    const points = [];
    for (let i = 0; i < samples.length; i += size) {
        const group = samples.slice(i, i + size);
        const latencies = group.flatMap(responseTimes);
        points.push({
            label: clock(group[0].atMs),
            slowestMs: latencies.length > 0 ? Math.max(...latencies) : 0,
            errors: group.reduce((sum, s) => sum + failedRequests(s), 0)
        });
    }
    return points;
}
function chart(title, axis, kind, labels, values) {
    const top = Math.max(1, ...values);
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${title}"`,
        `  x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
        `  y-axis "${axis}" 0 --> ${Math.ceil(top * 1.1)}`,
        `  ${kind} [${values.join(', ')}]`,
        '```'
    ];
}
/** Table rows kept in the summary: GitHub drops a job summary over 1 MiB, verdict and all. */
const MAX_ROWS = 150;
const FIRST_ROWS = 50;
/** Every interval for a short watch; for a long one the first and the latest, the rest noted. */
function tableRows(samples, row, columns) {
    if (samples.length <= MAX_ROWS)
        return samples.map(row);
    const hidden = samples.length - MAX_ROWS;
    const note = `| \u2026 | ${hidden} more intervals: the charts above cover them, the JSON report (report-path) has each one |${' |'.repeat(columns - 2)}`;
    return [...samples.slice(0, FIRST_ROWS).map(row), note, ...samples.slice(-(MAX_ROWS - FIRST_ROWS)).map(row)];
}
/** The timeline section of the summary. */
function renderTimeline(samples) {
    if (samples.length === 0)
        return [];
    const points = bucket(samples, 60);
    const labels = points.map((p) => p.label);
    const hasHealth = samples.some((s) => s.probes.some((p) => p.name === 'health'));
    const hasHeartbeat = samples.some((s) => s.probes.some((p) => p.name === 'heartbeat'));
    const header = ['#', 'time', 'API', 'credits', ...(hasHealth ? ['health'] : []), ...(hasHeartbeat ? ['last webhook'] : []), 'errors'];
    const row = (s) => {
        const by = (name) => s.probes.find((p) => p.name === name);
        const credits = by('credits');
        const cells = [
            String(s.index + 1),
            clock(s.atMs),
            cell(by('api')),
            credits?.ok ? String(s.credits) : cell(credits),
            ...(hasHealth ? [cell(by('health'))] : []),
            ...(hasHeartbeat ? [s.webhookSilenceMs !== undefined ? `${clock(s.webhookSilenceMs)} ago` : cell(by('heartbeat'))] : []),
            String(failedRequests(s))
        ];
        return `| ${cells.join(' | ')} |`;
    };
    return [
        '### Timeline',
        '',
        ...chart('Slowest response per interval (ms)', 'ms', 'line', labels, points.map((p) => p.slowestMs)),
        '',
        ...chart('Failed requests per interval', 'errors', 'bar', labels, points.map((p) => p.errors)),
        '',
        '<details><summary>Every interval</summary>',
        '',
        `| ${header.join(' | ')} |`,
        `|${header.map(() => '---').join('|')}|`,
        ...tableRows(samples, row, header.length),
        '',
        '</details>',
        ''
    ];
}

;// CONCATENATED MODULE: ./src/watch/progress.ts
/**
 * What the job log shows while a watch runs: one line per interval, folded in groups so a long
 * watch stays readable, and, outside the groups, a line at each change of state (healthy ->
 * degraded -> breach, production blind...), so the story reads without unfolding anything.
 */


/** The state after an interval, and why, in a few words. */
function stateOf(sample, a, decision, limits) {
    if (decision.stop && decision.ending === 'breach')
        return { state: 'breach', why: decision.breaches.map((b) => b.reason).join('; ') };
    if (a.blindStreak > 0)
        return { state: 'blind', why: `production blind: nothing answered (${a.blindStreak} interval${a.blindStreak === 1 ? '' : 's'} in a row)` };
    const signs = [];
    for (const [target, e] of Object.entries(a.errors)) {
        if (e.failed > 0)
            signs.push(`${TARGET_NAMES[target]} ${e.failed} of ${e.total} requests failed in the window`);
    }
    if (a.latency.slowestMs !== null && a.latency.slowestMs > limits.rollbackLatencyMs)
        signs.push(`slowest response ${a.latency.slowestMs} ms, above ${limits.rollbackLatencyMs} ms`);
    const heartbeat = sample.probes.find((p) => p.name === 'heartbeat');
    if (heartbeat && !heartbeat.ok)
        signs.push(`heartbeat unusable (${heartbeat.error ?? 'no answer'})`);
    return signs.length > 0 ? { state: 'degraded', why: signs.join('; ') } : { state: 'healthy', why: 'no failed request, responses within the limit' };
}
const ENDINGS = {
    completed: 'the watch ran its course',
    breach: 'a rollback criterion was breached',
    blind: 'production could not be seen',
    misdirected: 'a URL redirects: the watch is misconfigured',
    cancelled: 'the job was cancelled',
    deadline: 'timeout-seconds came'
};
/** Groups of this many interval lines; at most about 20 groups, and never fewer than 10 lines in one. */
function groupSize(totalIntervals) {
    return Math.max(10, Math.ceil(totalIntervals / 20));
}
function createProgress(out, totalIntervals, totalMs, limits) {
    const size = groupSize(totalIntervals);
    let open = false;
    /** The last interval (1-based) the open group's title names: it closes there. */
    let groupEnd = 0;
    let state = null;
    const close = () => {
        if (open)
            out.endGroup?.();
        open = false;
    };
    return {
        /** Logs the interval's line (in its group) and, when the state changed, the change. */
        interval(sample, a, decision) {
            if (!open && out.startGroup) {
                // The plan's count; the clock can fit one interval more, which then closes the count.
                const total = Math.max(totalIntervals, sample.index + 1);
                groupEnd = Math.min(total, (Math.floor(sample.index / size) + 1) * size);
                out.startGroup(`Intervals ${sample.index + 1}\u2013${groupEnd} of ${total} (from ${clock(sample.atMs)} of ${clock(totalMs)})`);
                open = true;
            }
            out.log(progressLine(sample, a, totalMs));
            if (sample.index + 1 >= groupEnd)
                close();
            const next = stateOf(sample, a, decision, limits);
            if (next.state !== state) {
                close();
                out.log(`Watch ${state === null ? 'starts' : `${state} -> ${next.state}`} at ${clock(sample.atMs)}: ${state === null ? `${next.state}, ` : ''}${next.why}`);
                state = next.state;
            }
        },
        /** Closes the open group, if any (the watch stopped, however). */
        close,
        /** Closes the last group and says how the watch ended. */
        end(ending, intervals) {
            close();
            out.log(`Watch ended after ${intervals} interval${intervals === 1 ? '' : 's'}: ${ENDINGS[ending]}`);
        }
    };
}

// EXTERNAL MODULE: ./src/engine/check.ts
var check = __webpack_require__(3326);
;// CONCATENATED MODULE: ./src/watch/rows.ts
/**
 * The watch's verdict as summary rows: one per criterion, whether production could be seen,
 * and why a watch stopped early. Pure: what was measured and judged in, rows out.
 */


const CRITERIA = {
    'error-rate': 'Error rate',
    latency: 'Response time',
    'credits-burn': 'Credit consumption',
    'webhook-silence': 'Webhooks arriving'
};
function lastError(samples, name) {
    for (let i = samples.length - 1; i >= 0; i--) {
        const probe = samples[i].probes.find((p) => p.name === name);
        if (probe?.error)
            return probe.error;
    }
    return undefined;
}
function visibilityRow(samples, ending) {
    const blind = samples.filter(isBlind).length;
    const outcome = ending === 'blind'
        ? (0,check/* fail */.fJ)(`cannot see production: nothing could be measured in ${BLIND_LIMIT} intervals in a row`, {
            details: samples.slice(-BLIND_LIMIT).flatMap((s) => s.probes.map((p) => `interval ${s.index + 1}, ${p.name}: ${p.error ?? 'no answer'}`)),
            hints: [
                'The runner cannot reach the API (or the application): this is not a verdict on the deploy. Check the network and the API\u2019s status before trusting the deploy.'
            ]
        })
        : samples.length === 0
            ? (0,check/* fail */.fJ)('nothing was measured', { hints: ['The watch stopped before its first interval ended.'] })
            : (0,check/* pass */.IX)(`${samples.length} interval${samples.length === 1 ? '' : 's'} measured${blind > 0 ? `, ${blind} with no answer at all` : ''}`);
    return { id: 'visibility', title: 'Production visible', ...outcome, durationMs: 0 };
}
function criteriaRows(a, watch, ending, heartbeatError) {
    const breached = new Map(a?.breaches.map((b) => [b.criterion, b.reason]) ?? []);
    const row = (criterion, outcome) => {
        const reason = breached.get(criterion);
        const final = reason ? (0,check/* fail */.fJ)(`${reason}: roll back`, { hints: [ROLLBACK_HINTS[criterion]], data: outcome.data }) : outcome;
        return { id: criterion, title: CRITERIA[criterion], ...final, durationMs: 0 };
    };
    const notSeen = (what) => (ending === 'blind' || !a ? (0,check/* fail */.fJ)(`not measured: ${what}`) : null);
    // A URL that redirects is a configuration error (its own row): what it hid is not judged, not failed.
    const hidden = (nothing) => (ending === 'misdirected' && nothing ? (0,check/* skip */.iv)('not measured: a URL redirects, see its row') : null);
    const errors = a?.errors;
    const latency = a?.latency;
    const counted = Object.values(errors ?? {}).reduce((sum, e) => sum + e.total, 0);
    return [
        row('error-rate', notSeen('no requests were judged') ??
            hidden(counted === 0) ??
            (counted === 0
                ? (0,check/* fail */.fJ)('no request was counted', { hints: ['Nothing answered in the last window: production cannot be judged on its error rate.'] })
                : null) ??
            (0,check/* pass */.IX)(`${ratesText(errors)} requests failed in the last window, each judged on its own, limit ${(watch.maxErrorRate * 100).toFixed(1)}%`, {
                data: errors
            })),
        row('latency', notSeen('no response times') ??
            hidden(latency.count === 0) ??
            (latency.count === 0
                ? (0,check/* fail */.fJ)('no response was timed', { hints: ['Nothing answered in the last window: production cannot be judged on response time.'] })
                : (0,check/* pass */.IX)(`p95 ${latency.p95Ms} ms, slowest ${latency.slowestMs} ms in the last window, limit ${watch.rollbackLatencyMs} ms`, { data: latency }))),
        row('credits-burn', a?.burnPerHour === null || a?.burnPerHour === undefined
            ? (0,check/* skip */.iv)('not enough credit readings for a rate', { data: {} })
            : watch.maxCreditsPerHour === null
                ? (0,check/* skip */.iv)(`${burnText(a.burnPerHour)} (no max-credits-per-hour set, so not judged)`, { data: { burnPerHour: a.burnPerHour } })
                : (0,check/* pass */.IX)(`${burnText(a.burnPerHour)}, limit ${watch.maxCreditsPerHour}`, { data: { burnPerHour: a.burnPerHour } })),
        row('webhook-silence', !watch.heartbeatUrl
            ? (0,check/* skip */.iv)('not watched: no webhook-heartbeat-url', { data: {} })
            : a?.silenceMs === null || a?.silenceMs === undefined
                ? (0,check/* fail */.fJ)(`the heartbeat never gave a usable lastReceivedAt${heartbeatError ? ` (last answer: ${heartbeatError})` : ''}`, {
                    hints: ['The heartbeat must answer JSON {"lastReceivedAt": "<ISO 8601 time with Z or an offset>"}: check webhook-heartbeat-url.']
                })
                : (0,check/* pass */.IX)(`last webhook ${Math.round(a.silenceMs / 1000)} s ago, limit ${watch.maxWebhookSilenceMinutes} min`, { data: { silenceMs: a.silenceMs } }))
    ];
}
const ROLLBACK_HINTS = {
    'error-rate': 'Roll back: the error rate stayed above the limit for the window (the guide: > 10% for 5 minutes).',
    latency: 'Roll back: responses are slower than the limit (the guide: > 2 seconds).',
    'credits-burn': 'Roll back and audit appointment creations: credits are consumed abnormally fast.',
    'webhook-silence': 'Roll back: no webhook arrived within the limit (the guide: 10 minutes); check the webhook URL and secret of the new version.'
};
const MISDIRECTED_INPUT = { api: 'api-url', credits: 'api-url', health: 'health-url', heartbeat: 'webhook-heartbeat-url' };
/** api-url, health-url or the heartbeat redirected: nothing was watched there, a configuration error. */
function misdirectedRows(samples) {
    const probe = samples[samples.length - 1]?.probes.find((p) => p.redirect !== undefined);
    if (!probe)
        return [];
    const input = MISDIRECTED_INPUT[probe.name];
    const instead = input === 'api-url'
        ? `the API base URL it points to (${probe.redirect} without the ${probe.name === 'api' ? 'api-probe-path' : 'credits-path'})`
        : `the final URL (${probe.redirect})`;
    const outcome = (0,check/* fail */.fJ)(`${input} answers ${probe.status} with a redirect to ${probe.redirect}: nothing was watched there`, {
        hints: [`Give ${input} as ${instead}; its answers were not counted as production errors, and this is no reason to roll back.`]
    });
    return [{ id: input, title: input, ...outcome, durationMs: 0 }];
}
/** A watch that did not run its course: cancelled, or cut by timeout-seconds. */
function stoppedRows(samples, ending, watchMinutes, durationMs) {
    if (ending !== 'cancelled' && ending !== 'deadline')
        return [];
    const observedMs = samples.length > 0 ? samples[samples.length - 1].atMs : 0;
    const why = ending === 'cancelled' ? 'the job was cancelled' : 'timeout-seconds came';
    const outcome = (0,check/* fail */.fJ)(`${why} after ${+(observedMs / 60_000).toFixed(2)} of ${watchMinutes} min`, {
        hints: ['The watch did not run its course: judge from the timeline, or run it again.']
    });
    return [{ id: 'stopped', title: 'Watch stopped', ...outcome, durationMs: Math.round(durationMs) }];
}
/** Credits per hour in words; a negative burn is a balance that rose (refunds or a top-up). */
function burnText(perHour) {
    return perHour < 0 ? `balance rose by ${Math.round(-perHour)} credits per hour (refunds or a top-up)` : `${Math.round(perHour)} credits per hour`;
}

// EXTERNAL MODULE: ./src/domain/credits.ts
var domain_credits = __webpack_require__(5514);
// EXTERNAL MODULE: ./src/domain/urls.ts
var urls = __webpack_require__(3012);
// EXTERNAL MODULE: ./src/http/json-body.ts
var json_body = __webpack_require__(7181);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/watch/sample.ts
/**
 * Measuring, once per interval: the API probe, the credits read, and the application's own
 * health and webhook heartbeat when given, all at once. Never judges: that is criteria.ts.
 */




/** A probe stopped at its time limit: an error, and a response at least that slow. */
function timedOut(name, error, timeMs, timeoutMs) {
    return { name, measured: false, ok: false, timedOut: true, latencyMs: Math.max(Math.round(timeMs), timeoutMs), error };
}
/** Where a redirect points, for the message; never followed. */
function redirectTarget(location, base) {
    try {
        if (location)
            return (0,urls/* displayUrl */.Qy)(new URL(location, base));
    }
    catch {
        /* keep the words: the Location header is not a URL */
    }
    return 'an unreadable location';
}
function fromApi(name, result, timeoutMs) {
    const last = result.attempts[result.attempts.length - 1];
    const latencyMs = last?.timeMs;
    if (result.ok)
        return { name, measured: true, ok: true, status: result.status, latencyMs };
    const p = result.problem;
    if (p.kind === 'network') {
        if (p.failure.kind === 'timeout')
            return timedOut(name, p.failure.message, latencyMs ?? timeoutMs, timeoutMs);
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
async function probeUrl(name, sources, url) {
    const outcome = await sources.http.send({
        method: 'GET',
        url,
        headers: { 'user-agent': version/* USER_AGENT */._, accept: 'application/json' },
        timeoutMs: sources.timeoutMs,
        maxBodyBytes: 64 * 1024,
        signal: sources.signal
    });
    if (!outcome.ok) {
        if (outcome.failure.kind === 'timeout')
            return { probe: timedOut(name, outcome.failure.message, outcome.timeMs, sources.timeoutMs) };
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
const NO_ZONE = 'lastReceivedAt has no time zone, so the instant it names is unknown: give it in UTC with Z (2026-02-15T10:00:00Z) or with an offset (+01:00)';
const FUTURE_TOLERANCE_MS = 120_000;
/** Date.parse rolls an impossible date over (February 30 reads as March 2, 24:00 as the next day): an invented instant. */
function realCalendarTime(iso) {
    const [y, mo, d, h, mi] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso).slice(1).map(Number);
    const t = new Date(Date.UTC(y, mo - 1, d, h, mi));
    return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && t.getUTCHours() === h && t.getUTCMinutes() === mi;
}
/** The heartbeat's `lastReceivedAt`, as milliseconds of silence at `now`. */
function silenceFrom(body, now) {
    // Through the bounded parser: a heartbeat nested 200,000 deep is unreadable, not a crash.
    const json = (0,json_body/* readJson */.Vh)(body ?? '');
    if (!json.ok)
        return json.reason === 'not valid JSON' || json.reason === 'empty' ? 'the answer is not JSON' : `the answer cannot be read as JSON: ${json.reason}`;
    const value = json.value?.lastReceivedAt;
    // Strict ISO 8601 only: Date.parse reads "banana 2" as a date in 2001.
    const iso = typeof value === 'string' && ISO_TIME.test(value);
    const at = iso ? Date.parse(value) : NaN;
    if (Number.isNaN(at))
        return 'no ISO 8601 lastReceivedAt in the answer';
    if (!realCalendarTime(value))
        return 'lastReceivedAt is not a real date and time (a day or hour past its end, such as February 30 or 24:00)';
    // Date.parse would read it in the runner's zone: the silence would be off by hours, unseen.
    if (!HAS_ZONE.test(value))
        return NO_ZONE;
    // A time in the future would read as "no silence" forever: a wrong clock or zone, not a pass.
    if (at > now.getTime() + FUTURE_TOLERANCE_MS)
        return 'lastReceivedAt is in the future (wrong clock or time zone)';
    return Math.max(0, now.getTime() - at);
}
async function takeSample(sources, index, atMs) {
    const [api, credits, health, heartbeat] = await Promise.all([
        sources.api.get(sources.probePath).then((r) => fromApi('api', r, sources.timeoutMs)),
        sources.api.get(sources.creditsPath).then((r) => {
            const probe = fromApi('credits', r, sources.timeoutMs);
            if (!r.ok)
                return { probe };
            const read = (0,domain_credits/* readCredits */.M)(r.data, sources.creditsField);
            return read.ok ? { probe, credits: read.value } : { probe: { ...probe, ok: false, error: read.problem } };
        }),
        sources.healthUrl ? probeUrl('health', sources, sources.healthUrl) : null,
        sources.heartbeatUrl ? probeUrl('heartbeat', sources, sources.heartbeatUrl) : null
    ]);
    const sample = { index, atMs: Math.round(atMs), probes: [api, credits.probe] };
    if ('credits' in credits)
        sample.credits = credits.credits;
    if (health)
        sample.probes.push(health.probe);
    if (heartbeat) {
        let probe = heartbeat.probe;
        if (probe.ok) {
            const silence = silenceFrom(heartbeat.body, new Date());
            if (typeof silence === 'number')
                sample.webhookSilenceMs = silence;
            else
                probe = { ...probe, ok: false, error: silence };
        }
        sample.probes.push(probe);
    }
    return sample;
}

;// CONCATENATED MODULE: ./src/watch/order-statistic.ts
/**
 * A multiset of response times in whole milliseconds, with the k-th smallest in a fixed number
 * of steps: a Fenwick tree of counts over 0..MAX_TRACKED_MS. Adding, removing and ranking cost
 * log2(65,536) = 16 steps each, whatever how many values it holds, so the p95 of a window of
 * 10,000 intervals costs what it costs in the first. Exact to the millisecond up to 65.5 s;
 * a longer time counts as 65.5 s (no probe waits that long: each stops at 10 s at most).
 */
const BITS = 16;
const SIZE = 1 << BITS;
const MAX_TRACKED_MS = SIZE - 1;
class OrderStatistic {
    tree = new Uint32Array(SIZE + 1);
    total = 0;
    /** Steps taken so far, so a test can see the work per interval stays bounded. */
    steps = 0;
    get size() {
        return this.total;
    }
    add(ms, delta = 1) {
        const slot = Math.min(MAX_TRACKED_MS, Math.max(0, Math.round(ms))) + 1;
        for (let i = slot; i <= SIZE; i += i & -i) {
            this.tree[i] += delta;
            this.steps++;
        }
        this.total += delta;
    }
    remove(ms) {
        this.add(ms, -1);
    }
    /** The k-th smallest value (1-based); null when there are fewer than k. */
    kth(k) {
        if (k < 1 || k > this.total)
            return null;
        let position = 0;
        let left = k;
        for (let step = SIZE; step > 0; step >>= 1) {
            this.steps++;
            const next = position + step;
            if (next <= SIZE && this.tree[next] < left) {
                position = next;
                left -= this.tree[next];
            }
        }
        return position; // slot position + 1 holds the value `position`
    }
    /** Nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
    percentile(p) {
        return this.total === 0 ? null : this.kth(Math.max(1, Math.ceil((p * this.total) / 100)));
    }
    max() {
        return this.kth(this.total);
    }
}

;// CONCATENATED MODULE: ./src/watch/window.ts
/**
 * The watch's judging state, kept as samples arrive so that judging the 10,000th interval
 * costs what judging the first does: per-target counts over the sliding error window, the
 * window's response times in an order-statistic structure (exact p95 and slowest), the blind
 * streak, the first and last credit readings. Nothing is rescanned: each sample is added once
 * and leaves the window once. Pure: samples and times in, assessments out.
 */


class JudgingWindow {
    limits;
    /** In time order; shared by reference, never copied. */
    samples = [];
    /** First sample still in the error window, and first whose response times are still counted. */
    errorHead = 0;
    latencyHead = 0;
    counts = new Map();
    latencies = new OrderStatistic();
    blind = 0;
    firstReading;
    lastReading;
    readings = 0;
    silenceMs = null;
    moves = 0;
    constructor(limits) {
        this.limits = limits;
    }
    /** Steps taken so far (samples added and evicted, order-statistic steps): bounded per interval. */
    get work() {
        return this.moves + this.latencies.steps;
    }
    /** Adds the latest interval's sample; samples come in time order. */
    add(sample) {
        this.samples.push(sample);
        this.count(sample, 1);
        for (const ms of responseTimes(sample))
            this.latencies.add(ms);
        this.blind = isBlind(sample) ? this.blind + 1 : 0;
        if (sample.credits !== undefined) {
            this.firstReading ??= sample;
            this.lastReading = sample;
            this.readings++;
        }
        if (sample.webhookSilenceMs !== undefined)
            this.silenceMs = sample.webhookSilenceMs;
    }
    /**
     * Judges the watch so far at `nowMs` (since the start); times never go back. `final` is the
     * last interval: criteria whose window is not yet full are judged on what was seen.
     */
    assess(nowMs, final) {
        const windowStart = nowMs - this.limits.errorWindowMs;
        this.slide(windowStart);
        const windowFull = nowMs >= this.limits.errorWindowMs || final;
        const errors = {};
        for (const [target, { failed, total }] of this.counts) {
            errors[target] = { failed, total, rate: total > 0 ? failed / total : 0, judged: windowFull && total > 0 };
        }
        const count = this.latencies.size;
        const latency = {
            count,
            slowestMs: this.latencies.max(),
            p95Ms: this.latencies.percentile(95),
            judged: count >= MIN_LATENCY_SAMPLES || (final && count > 0)
        };
        const measured = { errors, latency, burnPerHour: this.burnPerHour(), silenceMs: this.silenceMs, blindStreak: this.blind };
        return { ...measured, breaches: breachesOf(measured, this.limits, nowMs) };
    }
    count(sample, delta) {
        this.moves++;
        for (const probe of sample.probes) {
            const target = targetOf(probe);
            if (target === null || !countsAsRequest(probe))
                continue;
            const c = this.counts.get(target) ?? { failed: 0, total: 0 };
            c.total += delta;
            if (!probe.ok)
                c.failed += delta;
            this.counts.set(target, c);
        }
    }
    /**
     * Samples at or before `windowStart` leave the error counts, except the latest: the interval
     * just measured is always judged (probes slower than a short error-window-minutes would
     * otherwise leave before anyone looked, and an all-failing interval read as "no failed request").
     * Their response times leave too, except the latest ones while the window alone holds fewer
     * than three to judge on.
     */
    slide(windowStart) {
        const { samples } = this;
        while (this.errorHead < samples.length - 1 && samples[this.errorHead].atMs <= windowStart)
            this.count(samples[this.errorHead++], -1);
        while (this.latencyHead < samples.length && samples[this.latencyHead].atMs <= windowStart) {
            const times = responseTimes(samples[this.latencyHead]);
            if (this.latencies.size - times.length < MIN_LATENCY_SAMPLES)
                break;
            for (const ms of times)
                this.latencies.remove(ms);
            this.latencyHead++;
            this.moves++;
        }
    }
    /** Credits spent per hour between the first and last readings; null until enough readings. */
    burnPerHour() {
        const first = this.firstReading;
        const last = this.lastReading;
        if (!first || !last || first === last || this.readings < MIN_CREDIT_READINGS)
            return null;
        const hours = (last.atMs - first.atMs) / 3_600_000;
        return hours > 0 ? (first.credits - last.credits) / hours : null;
    }
}
/** Judges a whole list of samples at once: the same verdict the watch reached interval by interval. */
function assess(samples, nowMs, limits, final) {
    const window = new JudgingWindow(limits);
    for (const sample of samples)
        window.add(sample);
    return window.assess(nowMs, final);
}

// EXTERNAL MODULE: ./src/settings/check-ids.ts
var check_ids = __webpack_require__(8034);
;// CONCATENATED MODULE: ./src/modes/watch.ts
/**
 * Watch mode: after traffic is routed, sample production every interval and answer one
 * question a workflow can act on \u2014 roll back or not \u2014 by the guide's criteria. Stops at the
 * first breach; ends as a failure, never a pass, when production cannot be seen.
 */










/** One probe of an interval, for the log: `api: 200 in 120 ms`, `health: refused`. */
function probeLine(p) {
    // An error often starts with the status already (`401`, `502 not JSON`).
    const error = p.ok || p.error === undefined ? undefined : p.error;
    const answer = error !== undefined && p.status !== undefined && error.startsWith(String(p.status)) ? error : [p.status, error].filter((x) => x !== undefined).join(' ');
    const time = p.latencyMs !== undefined ? ` in ${Math.round(p.latencyMs)} ms` : '';
    return `${p.name}: ${answer || (p.ok ? 'ok' : 'no answer')}${time}`;
}
function limitsFor(watch) {
    return {
        maxErrorRate: watch.maxErrorRate,
        errorWindowMs: watch.errorWindowMinutes * 60_000,
        rollbackLatencyMs: watch.rollbackLatencyMs,
        maxCreditsPerHour: watch.maxCreditsPerHour,
        maxSilenceMs: watch.heartbeatUrl ? watch.maxWebhookSilenceMinutes * 60_000 : null
    };
}
/** Every probe's time limit: twice the latency limit, kept between 1 and 10 s (a slower answer counts as that slow). */
function probeTimeoutMs(watch) {
    return Math.min(10_000, Math.max(1_000, 2 * watch.rollbackLatencyMs));
}
/** The documented default quota of a key, shared with the application's own traffic. */
const HOURLY_QUOTA = 1000;
/** Two API requests per interval (probe and credits): warn when that alone eats the key's quota. */
function quotaFinding(intervalSeconds) {
    const perHour = Math.round((2 * 3600) / intervalSeconds);
    if (perHour <= HOURLY_QUOTA / 2)
        return [];
    return [
        {
            status: 'warn',
            text: `watch-interval-seconds ${intervalSeconds} makes about ${perHour} API requests an hour with this key (default quota ${HOURLY_QUOTA})`,
            hint: 'Raise watch-interval-seconds (30 s makes 240 requests an hour): the application shares this key\u2019s quota and could be throttled.'
        }
    ];
}
async function runWatch(ctx) {
    const { settings } = ctx;
    const { watch } = settings;
    const preconditions = (0,findings/* judgeConfig */.KR)([
        ...(0,findings/* apiKeyFindings */.Qh)(settings),
        ...(0,findings/* apiUrlFindings */.mt)(settings),
        ...(0,findings/* serviceUrlFinding */.sS)(watch.healthUrl, 'health-url', settings.environment),
        ...(0,findings/* serviceUrlFinding */.sS)(watch.heartbeatUrl, 'webhook-heartbeat-url', settings.environment),
        ...quotaFinding(watch.intervalSeconds)
    ]);
    const configRow = { id: 'config', title: check_ids/* CHECK_TITLES */.Zt.config, ...preconditions, durationMs: 0 };
    if (preconditions.status === 'fail')
        return { checks: [configRow] };
    const totalMs = watch.minutes * 60_000;
    const intervalMs = watch.intervalSeconds * 1000;
    const limits = limitsFor(watch);
    const run = ctx.time;
    const http = (0,http_client/* createHttpClient */.u)(ctx.http ?? {});
    const timeoutMs = probeTimeoutMs(watch);
    // Every failure counts: a retried probe would hide the errors the watch is looking for.
    const access = (0,api_access/* apiClientFor */.v)(settings, { time: run, retries: 0, http, requestTimeoutMs: timeoutMs });
    if (!access.ok) {
        return { checks: [configRow, { id: 'api', title: check_ids/* CHECK_TITLES */.Zt.api, ...access.outcome, durationMs: 0 }] };
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
    const samples = [];
    const window = new JudgingWindow(limits);
    const progress = createProgress(ctx, Math.ceil(totalMs / intervalMs), totalMs, limits);
    const t0 = performance.now();
    let assessment = null;
    /** The breaches acted on: the rollback reasons. */
    let breaches = [];
    let ending = 'completed';
    const stopped = () => (run.stoppedBy === 'cancelled' ? 'cancelled' : 'deadline');
    try {
        for (let index = 0;; index++) {
            const sample = await takeSample(sources, index, performance.now() - t0);
            // Each probe's answer for whoever investigates; the log keeps one line per interval.
            for (const p of sample.probes)
                ctx.debug?.(`watch interval ${index + 1}: ${probeLine(p)}`);
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
            }
            else if (sample.probes.some((p) => p.redirect !== undefined)) {
                // A URL that redirects watches nothing: stop and say which URL to give instead.
                ending = 'misdirected';
            }
            if (ending !== 'completed' || final)
                break;
            await run.sleep(t0 + (index + 1) * intervalMs - performance.now());
            if (run.expired) {
                ending = stopped();
                break;
            }
        }
    }
    finally {
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
        renderSections: (data) => renderTimeline(data.samples)
    };
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ escapeInline),
/* harmony export */   m: () => (/* binding */ shorten)
/* harmony export */ });
/* harmony import */ var _inert_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2899);
/**
 * Escaping for text that did not come from the project (server answers, user values): it must
 * render as the same characters and never as Markdown, HTML, a mention, a link or a table break.
 * Backslash escapes keep the raw Markdown readable in a terminal too.
 */

/** ASCII punctuation that can start markup anywhere in a line. */
const SPECIAL = /[\\`*_[\]<>~$|&!#@]/g;
/** Escapes that apply anywhere in a line (no line-start rules). */
function escapeSpecials(text) {
    return (text
        .replace(SPECIAL, (c) => `\\${c}`)
        // Bare URLs would become links: break the autolink patterns.
        .replace(/:\/\//g, '\\://')
        .replace(/\bwww\./gi, (m) => `${m.slice(0, -1)}\\.`));
}
/**
 * One line of inline text: line breaks and tabs become spaces, every other control, bidi or
 * zero-width character is shown as `<U+XXXX>` (it would disguise the line), specials escaped.
 */
function escapeInline(text) {
    const oneLine = (0,_inert_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneVisibleLine */ .t0)(text).trim();
    return (escapeSpecials(oneLine)
        // A leading marker would start a list, a heading underline or a thematic break.
        .replace(/^[-+=]/, (m) => `\\${m}`)
        .replace(/^(\d+)([.)])/, '$1\\$2'));
}
/** Keeps a cell readable: long server text is cut before escaping, with the cut marked. */
function shorten(text, max = 300) {
    return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}


/***/ })

};
