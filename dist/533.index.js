export const id = 533;
export const ids = [533];
export const modules = {

/***/ 7533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   apiCheck: () => (/* binding */ apiCheck),
/* harmony export */   judgeLatency: () => (/* binding */ judgeLatency),
/* harmony export */   resetText: () => (/* binding */ resetText)
/* harmony export */ });
/* harmony import */ var _engine_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3326);
/* harmony import */ var _domain_api_access_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2821);
/* harmony import */ var _domain_api_problem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6402);
/* harmony import */ var _settings_check_ids_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8034);
/**
 * The `api` check: does the API answer this key, with JSON, fast enough? Measuring (the
 * probe requests) is kept apart from judging (a pure function over the samples).
 */




function headerNumber(value) {
    return value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}
function readRateLimit(headers) {
    return {
        limit: headerNumber(headers['x-ratelimit-limit']),
        remaining: headerNumber(headers['x-ratelimit-remaining']),
        reset: headers['x-ratelimit-reset']
    };
}
/** X-RateLimit-Reset as a time a person reads: epoch seconds become ISO; anything else as sent. */
function resetText(reset) {
    const seconds = /^\d{9,11}$/.test(reset.trim()) ? Number(reset) : NaN;
    return Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString().replace('.000Z', 'Z') : reset;
}
/** Judges the samples of a probe that answered every time. Pure. */
function judgeLatency(input) {
    const slowestMs = Math.max(...input.samplesMs);
    const list = input.samplesMs.map((ms) => `${ms} ms`).join(', ');
    const data = { samplesMs: input.samplesMs, slowestMs, rateLimit: input.rateLimit };
    const details = [`Latency samples: ${list}`];
    const hints = [];
    let status = 'pass';
    const retries = input.retried ? ` (${input.retried} after a retry)` : '';
    let summary = `answered ${input.samplesMs.length}/${input.samplesMs.length} probes${retries}, slowest ${slowestMs} ms`;
    if (slowestMs > input.failMs) {
        status = 'fail';
        summary += ` (limit ${input.failMs} ms)`;
        hints.push(`The API took ${slowestMs} ms, over latency-fail-ms (${input.failMs}): check the API\u2019s status and the runner\u2019s network before promoting.`);
    }
    else if (slowestMs > input.warnMs) {
        status = 'warn';
        summary += ` (warning above ${input.warnMs} ms)`;
        hints.push(`The API is slower than latency-warn-ms (${input.warnMs}); users will feel it if it persists.`);
    }
    const { limit, remaining } = input.rateLimit;
    if (limit !== undefined && remaining !== undefined) {
        details.push(`Rate limit: ${remaining} of ${limit} requests left${input.rateLimit.reset ? `, resets ${resetText(input.rateLimit.reset)}` : ''}`);
        if (limit > 0 && remaining / limit < 0.1) {
            if (status === 'pass')
                status = 'warn';
            summary += `; only ${remaining} of ${limit} requests left this window`;
            hints.push('Less than 10% of the rate limit is left: the application may be throttled soon. Find what is using this key.');
        }
    }
    return (0,_engine_check_js__WEBPACK_IMPORTED_MODULE_0__/* .outcome */ .bu)(status, summary, { details, hints, data });
}
function attemptLines(attempts, sample) {
    if (attempts.length <= 1)
        return [];
    return attempts.map((a, i) => `Probe ${sample} attempt ${i + 1}: ${a.status !== undefined ? `status ${a.status} in ${a.timeMs} ms` : (a.failure ?? `failed in ${a.timeMs} ms`)}`);
}
async function probe(ctx) {
    // A probe slower than twice the failure limit has failed already; waiting longer tells nothing.
    const access = (0,_domain_api_access_js__WEBPACK_IMPORTED_MODULE_1__/* .apiClientFor */ .v)(ctx.settings, { ...ctx, http: ctx.api ?? ctx.http, requestTimeoutMs: Math.max(2_000, 2 * ctx.settings.latencyFailMs) });
    if (!access.ok)
        return access.outcome;
    const { client } = access;
    const path = ctx.settings.apiProbePath;
    const samplesMs = [];
    let retried = 0;
    const details = [];
    let headers = {};
    try {
        for (let sample = 1; sample <= ctx.settings.latencySamples; sample++) {
            const result = await client.get(path);
            details.push(...attemptLines(result.attempts, sample));
            if (!result.ok) {
                const text = (0,_domain_api_problem_js__WEBPACK_IMPORTED_MODULE_2__/* .describeProblem */ .B)(result, path, ctx.settings);
                return (0,_engine_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(text.summary, {
                    details: [...details, `Answered ${samplesMs.length} of ${ctx.settings.latencySamples} probes before this one failed`],
                    hints: text.hints,
                    data: {
                        samplesMs,
                        attempts: result.attempts,
                        status: result.problem.kind === 'status' ? result.problem.status : undefined,
                        rateLimit: readRateLimit(result.headers)
                    }
                });
            }
            // The time until a good answer, failed attempts included: that is what the application waits.
            samplesMs.push(Math.round(result.attempts.reduce((sum, a) => sum + a.timeMs, 0)));
            if (result.attempts.length > 1)
                retried++;
            headers = result.headers;
        }
    }
    finally {
        await client.close();
    }
    const verdict = judgeLatency({
        retried,
        samplesMs,
        warnMs: ctx.settings.latencyWarnMs,
        failMs: ctx.settings.latencyFailMs,
        rateLimit: readRateLimit(headers)
    });
    return { ...verdict, details: [...details, ...verdict.details] };
}
const apiCheck = { id: 'api', title: _settings_check_ids_js__WEBPACK_IMPORTED_MODULE_3__/* .CHECK_TITLES */ .Zt.api, run: probe };


/***/ })

};
