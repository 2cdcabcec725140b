export const id = 779;
export const ids = [779,231];
export const modules = {

/***/ 5231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   creditsCheck: () => (/* binding */ creditsCheck),
/* harmony export */   fetchCredits: () => (/* binding */ fetchCredits),
/* harmony export */   judgeCredits: () => (/* binding */ judgeCredits),
/* harmony export */   readCredits: () => (/* binding */ readCredits)
/* harmony export */ });
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3619);
/* harmony import */ var _engine_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3326);
/* harmony import */ var _settings_check_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8034);
/* harmony import */ var _api_access_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1329);
/* harmony import */ var _api_problem_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7867);
/**
 * The `credits` check: is there credit left to book appointments? Reads the balance once and
 * judges it with a pure function against min-credits and warn-credits.
 */





/** Finds the balance at a dotted field path ("availableCredits", "data.credits.available"). */
function readCredits(body, field) {
    let current = body;
    for (const part of field.split('.')) {
        if (current === null || typeof current !== 'object' || Array.isArray(current) || !(part in current)) {
            return { ok: false, problem: `the answer has no field ${field}` };
        }
        current = current[part];
    }
    if (typeof current === 'number' && !Number.isFinite(current)) {
        return { ok: false, problem: `the field ${field} is not a finite number (too large to read)` };
    }
    if (typeof current !== 'number') {
        const shown = typeof current === 'string' ? `the string ${JSON.stringify(current.slice(0, 40))}` : current === null ? 'null' : `a ${Array.isArray(current) ? 'list' : typeof current}`;
        return { ok: false, problem: `the field ${field} is ${shown}, not a number` };
    }
    if (current < 0)
        return { ok: false, problem: `the field ${field} is negative (${current})` };
    return { ok: true, value: current };
}
/** Pure verdict on a balance (contract thresholds). */
function judgeCredits(available, minCredits, warnCredits) {
    const data = { availableCredits: available };
    if (available < minCredits) {
        return (0,_engine_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${available} credits available, minimum ${minCredits}`, {
            data,
            hints: [`Buy credits in the MONCRENEAU dashboard before promoting: below ${minCredits} new appointments may soon be refused (402 INSUFFICIENT_CREDITS).`]
        });
    }
    if (available < warnCredits) {
        return (0,_engine_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)(`${available} credits available, below ${warnCredits}`, {
            data,
            hints: [`Plan a top-up: the balance is under warn-credits (${warnCredits}).`]
        });
    }
    return (0,_engine_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)(`${available} credits available (warn below ${warnCredits}, fail below ${minCredits})`, { data });
}
const CONFIGURABLE = 'The path and field are configurable: set credits-path and credits-field to where your organization’s balance is served.';
const BASE_URL = 'Check too that api-url is the base URL (…/api/v1), not an endpoint: the path above is api-url followed by credits-path.';
/** Reads the balance at credits-path / credits-field, or says why it could not. */
async function fetchCredits(client, settings) {
    const { creditsPath, creditsField } = settings;
    const result = await client.get(creditsPath, zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J());
    if (!result.ok) {
        const text = (0,_api_problem_js__WEBPACK_IMPORTED_MODULE_3__/* .describeProblem */ .B)(result, creditsPath, settings);
        const pathWrong = (result.problem.kind === 'status' && result.problem.status === 404) || result.problem.kind === 'not-json';
        const hints = result.problem.kind === 'status' && result.problem.status === 404 ? [CONFIGURABLE, BASE_URL] : [...text.hints, ...(pathWrong ? [CONFIGURABLE] : [])];
        return { ok: false, summary: text.summary, hints, data: { attempts: result.attempts } };
    }
    const read = readCredits(result.data, creditsField);
    return read.ok ? { ok: true, value: read.value } : { ok: false, summary: `${creditsPath}: ${read.problem}`, hints: [CONFIGURABLE], data: {} };
}
async function judgeBalance(ctx) {
    const access = (0,_api_access_js__WEBPACK_IMPORTED_MODULE_2__/* .apiClientFor */ .v)(ctx.settings, ctx);
    if (!access.ok)
        return access.outcome;
    try {
        const balance = await fetchCredits(access.client, ctx.settings);
        if (!balance.ok)
            return (0,_engine_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(balance.summary, { hints: balance.hints, data: balance.data });
        return judgeCredits(balance.value, ctx.settings.minCredits, ctx.settings.warnCredits);
    }
    finally {
        await access.client.close();
    }
}
const creditsCheck = { id: 'credits', title: _settings_check_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_TITLES */ .Zt.credits, run: judgeBalance };


/***/ }),

/***/ 5779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  limitsFor: () => (/* binding */ limitsFor),
  quotaFinding: () => (/* binding */ quotaFinding),
  runWatch: () => (/* binding */ runWatch)
});

// EXTERNAL MODULE: ./src/checks/api-access.ts + 3 modules
var api_access = __webpack_require__(1329);
// EXTERNAL MODULE: ./src/checks/config.ts
var config = __webpack_require__(3339);
// EXTERNAL MODULE: ./src/engine/timing.ts
var timing = __webpack_require__(3310);
// EXTERNAL MODULE: ./src/http/http-client.ts + 2 modules
var http_client = __webpack_require__(5925);
;// CONCATENATED MODULE: ./src/watch/criteria.ts
/** Intervals in a row with nothing measurable that end the watch: production cannot be seen. */
const BLIND_LIMIT = 3;
/** Latency samples needed in the window before p95 means anything (unless the watch ends). */
const MIN_LATENCY_SAMPLES = 3;
/** Response times kept for p95: the latest ones, so a long window costs no more than this. */
const MAX_LATENCIES = 5_000;
/** Credit readings needed before a burn rate is judged. */
const MIN_CREDIT_READINGS = 3;
/** Nearest-rank percentile of a non-empty list. */
function percentile(values, p) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}
const pct = (rate) => `${(rate * 100).toFixed(1)}%`;
const minutes = (ms) => `${+(ms / 60_000).toFixed(2)} min`;
/** No answer from production at all in this interval (the heartbeat is the gate's own instrument). */
function isBlind(sample) {
    return sample.probes.filter((p) => p.name !== 'heartbeat').every((p) => !p.measured);
}
function blindStreak(samples) {
    let streak = 0;
    for (let i = samples.length - 1; i >= 0 && isBlind(samples[i]); i--)
        streak++;
    return streak;
}
/** Credits spent per hour between the first and last readings; null until enough readings. */
function burnRate(samples) {
    // Scanned from both ends, not filtered: this runs every interval of a long watch.
    const first = samples.find((s) => s.credits !== undefined);
    const last = samples.findLast((s) => s.credits !== undefined);
    if (!first || !last || first === last)
        return null;
    let readings = 0;
    for (const s of samples)
        if (s.credits !== undefined && ++readings >= MIN_CREDIT_READINGS)
            break;
    if (readings < MIN_CREDIT_READINGS)
        return null;
    const hours = (last.atMs - first.atMs) / 3_600_000;
    return hours > 0 ? (first.credits - last.credits) / hours : null;
}
/** Whether a probe is a request production serves (counted in the error rate); a redirect is a wrong URL. */
const countsAsRequest = (p) => p.name !== 'heartbeat' && p.redirect === undefined;
/** Response times of production in one interval: the API probe and the health probe. */
const responseTimes = (s) => s.probes.flatMap((p) => ((p.name === 'api' || p.name === 'health') && p.latencyMs !== undefined ? [p.latencyMs] : []));
/** Requests production failed in one interval. */
const failedRequests = (s) => s.probes.filter((p) => countsAsRequest(p) && !p.ok).length;
/** Response times in the window, reaching further back when the window holds too few to judge. */
function recentLatencies(samples, windowStart) {
    const found = [];
    for (let i = samples.length - 1; i >= 0 && found.length < MAX_LATENCIES; i--) {
        if (samples[i].atMs <= windowStart && found.length >= MIN_LATENCY_SAMPLES)
            break;
        found.push(...responseTimes(samples[i]));
    }
    return found;
}
/** The samples of the window, newest first, found from the end (samples are in time order). */
function windowOf(samples, windowStart) {
    const found = [];
    for (let i = samples.length - 1; i >= 0 && samples[i].atMs > windowStart; i--)
        found.push(samples[i]);
    return found;
}
/**
 * Judges the watch so far at `nowMs` (since the start). `final` is the last interval: criteria
 * whose window is not yet full are judged on what was seen.
 */
function assess(samples, nowMs, limits, final) {
    const inWindow = windowOf(samples, nowMs - limits.errorWindowMs);
    const windowFull = nowMs >= limits.errorWindowMs || final;
    // Requests production serves; the heartbeat is the gate's own instrument, judged on its own.
    const probes = inWindow.flatMap((s) => s.probes.filter(countsAsRequest));
    const failed = probes.filter((p) => !p.ok).length;
    const rate = probes.length > 0 ? failed / probes.length : 0;
    const errors = { failed, total: probes.length, rate, judged: windowFull && probes.length > 0 };
    const latencies = recentLatencies(samples, nowMs - limits.errorWindowMs);
    const latency = {
        count: latencies.length,
        slowestMs: latencies.length > 0 ? latencies.reduce((a, b) => Math.max(a, b)) : null,
        p95Ms: latencies.length > 0 ? percentile(latencies, 95) : null,
        judged: latencies.length >= MIN_LATENCY_SAMPLES || (final && latencies.length > 0)
    };
    const burnPerHour = burnRate(samples);
    const lastSilence = samples.findLast((s) => s.webhookSilenceMs !== undefined)?.webhookSilenceMs ?? null;
    const breaches = [];
    const windowText = minutes(Math.min(limits.errorWindowMs, nowMs || limits.errorWindowMs));
    if (errors.judged && rate > limits.maxErrorRate) {
        breaches.push({ criterion: 'error-rate', reason: `error rate ${pct(rate)} (${failed} of ${probes.length} requests) over the last ${windowText}, above ${pct(limits.maxErrorRate)}` });
    }
    if (latency.judged && latency.p95Ms !== null && latency.p95Ms > limits.rollbackLatencyMs) {
        breaches.push({ criterion: 'latency', reason: `p95 response time ${latency.p95Ms} ms over the last ${windowText} (slowest ${latency.slowestMs} ms), above ${limits.rollbackLatencyMs} ms` });
    }
    if (limits.maxCreditsPerHour !== null && burnPerHour !== null && burnPerHour > limits.maxCreditsPerHour) {
        breaches.push({ criterion: 'credits-burn', reason: `credits consumed at ${Math.round(burnPerHour)} per hour, above ${limits.maxCreditsPerHour} per hour` });
    }
    if (limits.maxSilenceMs !== null && lastSilence !== null && lastSilence > limits.maxSilenceMs) {
        breaches.push({ criterion: 'webhook-silence', reason: `no webhook received for ${minutes(lastSilence)}, above ${minutes(limits.maxSilenceMs)}` });
    }
    return { errors, latency, burnPerHour, silenceMs: lastSilence, blindStreak: blindStreak(samples), breaches };
}
/**
 * What the watch does after this interval. While production cannot be seen at all, an error
 * rate made of unanswered requests says more about the runner's network than about the deploy:
 * it waits (three blind intervals end the watch as "cannot see production"), unless the watch
 * is over. Breaches measured some other way act at once.
 */
function decide(a, final) {
    if (a.blindStreak >= BLIND_LIMIT)
        return { stop: true, ending: 'blind' };
    const acting = a.blindStreak > 0 && !final ? a.breaches.filter((b) => b.criterion !== 'error-rate') : a.breaches;
    return acting.length > 0 ? { stop: true, ending: 'breach', breaches: acting } : { stop: false };
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
            hints: ['The runner cannot reach the API (or the application): this is not a verdict on the deploy. Check the network and the API’s status before trusting the deploy.']
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
    const errors = a?.errors;
    const latency = a?.latency;
    return [
        row('error-rate', notSeen('no requests were judged') ??
            (0,check/* pass */.IX)(`${((errors.rate) * 100).toFixed(1)}% (${errors.failed} of ${errors.total} requests in the last window), limit ${(watch.maxErrorRate * 100).toFixed(1)}%`, { data: errors })),
        row('latency', notSeen('no response times') ??
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
                    hints: ['The heartbeat must answer JSON {"lastReceivedAt": "<ISO time>"}: check webhook-heartbeat-url.']
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
/** A health or heartbeat URL that redirected: nothing was watched there. */
function misdirectedRows(samples) {
    const probe = samples.flatMap((s) => s.probes).find((p) => p.redirect !== undefined);
    if (!probe)
        return [];
    const input = probe.name === 'health' ? 'health-url' : 'webhook-heartbeat-url';
    const outcome = (0,check/* fail */.fJ)(`${input} answers ${probe.status} with a redirect to ${probe.redirect}: nothing was watched there`, {
        hints: [`Give ${input} as the final URL (${probe.redirect}); its answers were not counted as production errors.`]
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

// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js + 3 modules
var schemas = __webpack_require__(3619);
// EXTERNAL MODULE: ./src/checks/credits.ts
var checks_credits = __webpack_require__(5231);
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





function fromApi(name, result) {
    const latencyMs = result.attempts.length > 0 ? result.attempts[result.attempts.length - 1].timeMs : undefined;
    if (result.ok)
        return { name, measured: true, ok: true, status: result.status, latencyMs };
    const p = result.problem;
    if (p.kind === 'network')
        return { name, measured: false, ok: false, error: p.failure.message };
    const status = p.status;
    const error = p.kind === 'status' ? `${p.status}${p.code ? ` ${p.code}` : ''}` : p.kind === 'not-json' ? `${status} not JSON` : p.kind === 'redirect' ? `${status} redirect` : `${status} unexpected answer`;
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
    if (!outcome.ok)
        return { probe: { name, measured: false, ok: false, error: outcome.failure.message } };
    const { status, timeMs, body, headers } = outcome.response;
    if (status >= 300 && status < 400) {
        // A redirect says the URL is wrong, not that production is: reported, never counted as an error.
        let redirect = 'an unreadable location';
        try {
            if (headers.location)
                redirect = (0,urls/* displayUrl */.Qy)(new URL(headers.location, url));
        }
        catch {
            /* keep the words: the Location header is not a URL */
        }
        return { probe: { name, measured: true, ok: false, status, redirect, error: `${status} redirect to ${redirect}` } };
    }
    const ok = status >= 200 && status < 300;
    return { probe: { name, measured: true, ok, status, latencyMs: Math.round(timeMs), ...(ok ? {} : { error: `${status}` }) }, body };
}
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const FUTURE_TOLERANCE_MS = 120_000;
/** The heartbeat's `lastReceivedAt`, as milliseconds of silence at `now`. */
function silenceFrom(body, now) {
    // Through the bounded parser: a heartbeat nested 200,000 deep is unreadable, not a crash.
    const json = (0,json_body/* readJson */.Vh)(body ?? '');
    if (!json.ok)
        return json.reason === 'not valid JSON' || json.reason === 'empty' ? 'the answer is not JSON' : `the answer cannot be read as JSON: ${json.reason}`;
    const value = json.value?.lastReceivedAt;
    // Strict ISO 8601 only: Date.parse reads "banana 2" as a date in 2001.
    const at = typeof value === 'string' && ISO_TIME.test(value) ? Date.parse(value) : NaN;
    if (Number.isNaN(at))
        return 'no ISO 8601 lastReceivedAt in the answer';
    // A time in the future would read as "no silence" forever: a wrong clock or zone, not a pass.
    if (at > now.getTime() + FUTURE_TOLERANCE_MS)
        return 'lastReceivedAt is in the future (wrong clock or time zone)';
    return Math.max(0, now.getTime() - at);
}
async function takeSample(sources, index, atMs) {
    const [api, credits, health, heartbeat] = await Promise.all([
        sources.api.get(sources.probePath, schemas/* unknown */.L5J()).then((r) => fromApi('api', r)),
        sources.api.get(sources.creditsPath, schemas/* unknown */.L5J()).then((r) => {
            const probe = fromApi('credits', r);
            if (!r.ok)
                return { probe };
            const read = (0,checks_credits.readCredits)(r.data, sources.creditsField);
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
/** One log line per interval: elapsed/total, error rate, slowest latency, credits. */
function progressLine(sample, assessment, totalMs) {
    const { failed, total, rate } = assessment.errors;
    const slowest = Math.max(-1, ...responseTimes(sample));
    const parts = [
        `[${clock(sample.atMs)}/${clock(totalMs)}] error rate ${(rate * 100).toFixed(1)}% (${failed}/${total} in window)`,
        `slowest ${slowest >= 0 ? `${slowest} ms` : 'n/a'}`,
        `credits ${sample.credits ?? 'n/a'}`
    ];
    if (sample.webhookSilenceMs !== undefined)
        parts.push(`last webhook ${clock(sample.webhookSilenceMs)} ago`);
    const blind = isBlind(sample);
    return `${parts.join(', ')}${blind ? ' — nothing could be measured' : ''}`;
}
function cell(probe) {
    if (!probe)
        return '';
    if (probe.ok)
        return `${probe.latencyMs ?? ''} ms`;
    return `❌ ${(0,markdown/* escapeInline */.V)(probe.error ?? 'failed')}`;
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
    const note = `| … | ${hidden} more intervals: the charts above cover them, the JSON report (report-path) has each one |${' |'.repeat(columns - 2)}`;
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

// EXTERNAL MODULE: ./src/settings/check-ids.ts
var check_ids = __webpack_require__(8034);
;// CONCATENATED MODULE: ./src/modes/watch.ts
/**
 * Watch mode: after traffic is routed, sample production every interval and answer one
 * question a workflow can act on — roll back or not — by the guide's criteria. Stops at the
 * first breach; ends as a failure, never a pass, when production cannot be seen.
 */









/** One probe of an interval, for the log: `api: 200 in 120 ms`, `health: refused`. */
function probeLine(p) {
    const answer = [p.status, p.ok ? undefined : p.error].filter((x) => x !== undefined).join(' ');
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
            hint: 'Raise watch-interval-seconds (30 s makes 240 requests an hour): the application shares this key’s quota and could be throttled.'
        }
    ];
}
async function runWatch(ctx) {
    const { settings } = ctx;
    const { watch } = settings;
    const preconditions = (0,config/* judgeConfig */.KR)([
        ...(0,config/* apiKeyFindings */.Qh)(settings),
        ...(0,config/* apiUrlFindings */.mt)(settings),
        ...(0,config/* serviceUrlFinding */.sS)(watch.healthUrl, 'health-url', settings.environment),
        ...(0,config/* serviceUrlFinding */.sS)(watch.heartbeatUrl, 'webhook-heartbeat-url', settings.environment),
        ...quotaFinding(watch.intervalSeconds)
    ]);
    const configRow = { id: 'config', title: check_ids/* CHECK_TITLES */.Zt.config, ...preconditions, durationMs: 0 };
    if (preconditions.status === 'fail')
        return { checks: [configRow] };
    const totalMs = watch.minutes * 60_000;
    const intervalMs = watch.intervalSeconds * 1000;
    const limits = limitsFor(watch);
    const stop = (0,timing/* abortAt */.wX)(ctx.deadline, ctx.cancelled);
    const http = (0,http_client/* createHttpClient */.u)(ctx.http ?? {});
    // Every failure counts: a retried probe would hide the errors the watch is looking for.
    const access = (0,api_access/* apiClientFor */.v)(settings, { signal: stop.signal, deadline: ctx.deadline, retries: 0, http });
    if (!access.ok)
        return { checks: [configRow, { id: 'api', title: check_ids/* CHECK_TITLES */.Zt.api, ...access.outcome, durationMs: 0 }] };
    const api = access.client;
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
    const group = ctx.group ?? ((_title, body) => body());
    const samples = [];
    const t0 = performance.now();
    let assessment = null;
    /** The breaches acted on: the rollback reasons. */
    let breaches = [];
    let ending = 'completed';
    const stopped = () => (ctx.cancelled.aborted ? 'cancelled' : 'deadline');
    try {
        for (let index = 0;; index++) {
            // Each interval's requests and answers folded under its own heading in the log.
            const sample = await group(`Watch interval ${index + 1}`, async () => {
                const taken = await takeSample(sources, index, performance.now() - t0);
                for (const p of taken.probes)
                    ctx.log(probeLine(p));
                return taken;
            });
            if (stop.signal.aborted) {
                ending = stopped();
                break;
            }
            samples.push(sample);
            const nowMs = performance.now() - t0;
            const final = nowMs + intervalMs > totalMs;
            assessment = assess(samples, nowMs, limits, final);
            ctx.log(progressLine(sample, assessment, totalMs));
            const decision = decide(assessment, final);
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
            await (0,timing/* sleep */.yy)(t0 + (index + 1) * intervalMs - performance.now(), stop.signal);
            if (stop.signal.aborted) {
                ending = stopped();
                break;
            }
        }
    }
    finally {
        stop.abort();
        await http.close();
    }
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


/***/ })

};
