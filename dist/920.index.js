export const id = 920;
export const ids = [920];
export const modules = {

/***/ 3546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oe: () => (/* binding */ BLIND_LIMIT),
/* harmony export */   aL: () => (/* binding */ countsAsRequest),
/* harmony export */   no: () => (/* binding */ assess)
/* harmony export */ });
/* unused harmony exports percentile, blindStreak, burnRate */
/** Intervals in a row with nothing measurable that end the watch: production cannot be seen. */
const BLIND_LIMIT = 3;
/** Latency samples needed in the window before p95 means anything (unless the watch ends). */
const MIN_LATENCY_SAMPLES = 3;
/** Credit readings needed before a burn rate is judged. */
const MIN_CREDIT_READINGS = 3;
/** Nearest-rank percentile of a non-empty list. */
function percentile(values, p) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}
const pct = (rate) => `${(rate * 100).toFixed(1)}%`;
const minutes = (ms) => `${+(ms / 60_000).toFixed(2)} min`;
function blindStreak(samples) {
    let streak = 0;
    for (let i = samples.length - 1; i >= 0 && samples[i].probes.every((p) => !p.measured); i--)
        streak++;
    return streak;
}
/** Credits spent per hour between the first and last readings; null until enough readings. */
function burnRate(samples) {
    const readings = samples.filter((s) => s.credits !== undefined);
    if (readings.length < MIN_CREDIT_READINGS)
        return null;
    const first = readings[0];
    const last = readings[readings.length - 1];
    const hours = (last.atMs - first.atMs) / 3_600_000;
    return hours > 0 ? (first.credits - last.credits) / hours : null;
}
/** Whether a probe is a request production serves (counted in the error rate); a redirect is a wrong URL. */
const countsAsRequest = (p) => p.name !== 'heartbeat' && p.redirect === undefined;
const timed = (s) => s.probes.filter((p) => (p.name === 'api' || p.name === 'health') && p.latencyMs !== undefined).map((p) => p.latencyMs);
/** Response times in the window, reaching further back when the window holds too few to judge. */
function recentLatencies(samples, windowStart) {
    const found = [];
    for (let i = samples.length - 1; i >= 0; i--) {
        if (samples[i].atMs <= windowStart && found.length >= MIN_LATENCY_SAMPLES)
            break;
        found.push(...timed(samples[i]));
    }
    return found;
}
/**
 * Judges the watch so far at `nowMs` (since the start). `final` is the last interval: criteria
 * whose window is not yet full are judged on what was seen.
 */
function assess(samples, nowMs, limits, final) {
    const inWindow = samples.filter((s) => s.atMs > nowMs - limits.errorWindowMs);
    const windowFull = nowMs >= limits.errorWindowMs || final;
    // Requests production serves; the heartbeat is the gate's own instrument, judged on its own.
    const probes = inWindow.flatMap((s) => s.probes.filter(countsAsRequest));
    const failed = probes.filter((p) => !p.ok).length;
    const rate = probes.length > 0 ? failed / probes.length : 0;
    const errors = { failed, total: probes.length, rate, judged: windowFull && probes.length > 0 };
    const latencies = recentLatencies(samples, nowMs - limits.errorWindowMs);
    const latency = {
        count: latencies.length,
        slowestMs: latencies.length > 0 ? Math.max(...latencies) : null,
        p95Ms: latencies.length > 0 ? percentile(latencies, 95) : null,
        judged: latencies.length >= MIN_LATENCY_SAMPLES || (final && latencies.length > 0)
    };
    const burnPerHour = burnRate(samples);
    const lastSilence = [...samples].reverse().find((s) => s.webhookSilenceMs !== undefined)?.webhookSilenceMs ?? null;
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


/***/ }),

/***/ 9920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oz: () => (/* binding */ progressLine),
/* harmony export */   renderTimeline: () => (/* binding */ renderTimeline)
/* harmony export */ });
/* unused harmony exports bucket, tableRows */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);
/* harmony import */ var _criteria_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3546);
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
    const slowest = Math.max(-1, ...sample.probes.filter((p) => p.latencyMs !== undefined && (p.name === 'api' || p.name === 'health')).map((p) => p.latencyMs));
    const parts = [
        `[${clock(sample.atMs)}/${clock(totalMs)}] error rate ${(rate * 100).toFixed(1)}% (${failed}/${total} in window)`,
        `slowest ${slowest >= 0 ? `${slowest} ms` : 'n/a'}`,
        `credits ${sample.credits ?? 'n/a'}`
    ];
    if (sample.webhookSilenceMs !== undefined)
        parts.push(`last webhook ${clock(sample.webhookSilenceMs)} ago`);
    const blind = sample.probes.every((p) => !p.measured);
    return `${parts.join(', ')}${blind ? ' — nothing could be measured' : ''}`;
}
function cell(probe) {
    if (!probe)
        return '';
    if (probe.ok)
        return `${probe.latencyMs ?? ''} ms`;
    return `❌ ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(probe.error ?? 'failed')}`;
}
/** At most `max` points: consecutive samples merged (slowest latency, errors summed). */
function bucket(samples, max) {
    const size = Math.max(1, Math.ceil(samples.length / max));
    const points = [];
    for (let i = 0; i < samples.length; i += size) {
        const group = samples.slice(i, i + size);
        const latencies = group.flatMap((s) => s.probes.filter((p) => p.name === 'api' || p.name === 'health').flatMap((p) => (p.latencyMs === undefined ? [] : [p.latencyMs])));
        points.push({
            label: clock(group[0].atMs),
            slowestMs: latencies.length > 0 ? Math.max(...latencies) : 0,
            errors: group.reduce((sum, s) => sum + s.probes.filter((p) => (0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .countsAsRequest */ .aL)(p) && !p.ok).length, 0)
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
            String(s.probes.filter((p) => (0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .countsAsRequest */ .aL)(p) && !p.ok).length)
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


/***/ })

};
