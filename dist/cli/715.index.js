export const id = 715;
export const ids = [715];
export const modules = {

/***/ 715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPreflight: () => (/* binding */ runPreflight)
});

// EXTERNAL MODULE: ./src/checks/registry.ts + 1 modules
var registry = __webpack_require__(8259);
// EXTERNAL MODULE: ./src/engine/check.ts
var engine_check = __webpack_require__(3326);
;// CONCATENATED MODULE: ./src/engine/run-checks.ts

function errorMessage(error) {
    if (error instanceof Error)
        return error.message || error.name;
    return String(error);
}
function withTimer(check, promise, started) {
    return promise.then((out) => ({
        id: check.id,
        title: check.title,
        ...out,
        durationMs: Math.round(performance.now() - started)
    }));
}
async function runChecks(checks, options) {
    // The checks' own handle on the run's time, let go of once they are over.
    const run = options.time.child({ leave: 0 });
    const ctx = options.context(run);
    const settled = checks.map(() => undefined);
    const started = performance.now();
    const running = checks.map((check, i) => {
        // Promise.resolve().then() turns a synchronous throw into a rejection too.
        const work = Promise.resolve()
            .then(() => check.run(ctx))
            .catch((error) => (0,engine_check/* fail */.fJ)(`the check stopped with an error: ${errorMessage(error)}`, {
            hints: ['This is a fault in the check itself or an answer it could not read; the gate fails closed. Re-run, and report it if it persists.']
        }));
        return withTimer(check, work, started).then((result) => {
            // An answer after the stop is late, even one the stop itself provoked: the check did not finish.
            if (!run.expired)
                settled[i] = result;
        });
    });
    await Promise.race([Promise.all(running), run.stopped()]);
    const stoppedBy = run.stoppedBy;
    run.dispose();
    const unfinished = stoppedBy === 'cancelled'
        ? (0,engine_check/* fail */.fJ)('stopped: the job was cancelled before this check finished', { hints: ['Re-run the job; the gate never passes a check it could not finish.'] })
        : (0,engine_check/* fail */.fJ)(`did not finish within ${options.deadlineSeconds} s`, {
            hints: ['Raise timeout-seconds, or find out why this check hangs (a slow or unresponsive server).']
        });
    return checks.map((check, i) => settled[i] ?? { id: check.id, title: check.title, ...unfinished, durationMs: Math.round(performance.now() - started) });
}

// EXTERNAL MODULE: ./src/settings/check-ids.ts
var check_ids = __webpack_require__(8034);
;// CONCATENATED MODULE: ./src/modes/preflight.ts
/** Preflight: the selected checks, concurrently, under the run's deadline. */




const API_CHECKS = ['api', 'credits'];
/**
 * The longest the webhook check's modules wait for the API's first request to be on its way (a
 * connection that takes long to open must not hold the webhook check back).
 */
const WAIT_FOR_FIRST_REQUEST_MS = 50;
/**
 * One transport for the API checks: their requests share one connection per origin instead of
 * a handshake each. Imported only when an API check runs (a config-only run loads no HTTP client).
 * `onItsWay` resolves once its first request is being written, its first exchange has ended, or
 * after WAIT_FOR_FIRST_REQUEST_MS; at once without an API check.
 */
async function apiTransport(ctx) {
    if (!ctx.settings.checks.some((id) => API_CHECKS.includes(id)))
        return { onItsWay: Promise.resolve() };
    let onItsWay;
    const out = new Promise((resolve) => (onItsWay = resolve));
    setTimeout(onItsWay, WAIT_FOR_FIRST_REQUEST_MS).unref();
    const { createHttpClient } = await Promise.all(/* import() */[__webpack_require__.e(410), __webpack_require__.e(724)]).then(__webpack_require__.bind(__webpack_require__, 5724));
    const api = createHttpClient({
        ...ctx.http,
        oneConnectionPerOrigin: true,
        onRequestSent: onItsWay,
        onExchange: (exchange) => (onItsWay(), ctx.http?.onExchange?.(exchange))
    });
    return { api, onItsWay: out };
}
async function runPreflight(ctx) {
    const { settings } = ctx;
    // The API checks are loaded before the run starts; the webhook check's modules load once the
    // API's first request is on its way (they are not on the critical path: the samples are).
    const first = settings.checks.filter((id) => id !== 'webhook');
    const [{ api, onItsWay }, loaded] = await Promise.all([apiTransport(ctx), (0,registry/* loadChecks */.o$)(first)]);
    const selected = settings.checks.map((id) => loaded.find((c) => c.id === id) ?? (0,registry/* deferredCheck */.c6)(id, onItsWay));
    // Each check closes what it was given: the shared transport is lent, and closed here, once.
    const borrowed = api && { send: (req) => api.send(req), close: async () => { } };
    try {
        const results = await runChecks(selected, {
            time: ctx.time,
            deadlineSeconds: settings.timeoutSeconds,
            context: (time) => ({ settings, requiredVariables: ctx.requiredVariables, time, http: ctx.http, ...(borrowed ? { api: borrowed } : {}) })
        });
        // Unselected checks are listed too, so a reviewer sees what was not verified.
        const checks = check_ids/* PREFLIGHT_CHECKS */.iS.map((id) => results.find((r) => r.id === id) ?? { id, title: registry/* CHECK_TITLES */.Zt[id], ...(0,engine_check/* skip */.iv)('not selected (checks input)'), durationMs: 0 });
        return { checks };
    }
    finally {
        await api?.close();
    }
}


/***/ })

};
