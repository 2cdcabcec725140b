export const id = 756;
export const ids = [756,231];
export const modules = {

/***/ 5231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   creditsCheck: () => (/* binding */ creditsCheck),
/* harmony export */   judgeCredits: () => (/* binding */ judgeCredits),
/* harmony export */   readCredits: () => (/* binding */ readCredits)
/* harmony export */ });
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3619);
/* harmony import */ var _engine_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3326);
/* harmony import */ var _api_access_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9968);
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
async function readBalance(ctx) {
    const access = (0,_api_access_js__WEBPACK_IMPORTED_MODULE_1__/* .apiClientFor */ .v)(ctx);
    if (!access.ok)
        return access.outcome;
    const { creditsPath, creditsField } = ctx.settings;
    try {
        const result = await access.client.get(creditsPath, zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J());
        if (!result.ok) {
            const text = (0,_api_access_js__WEBPACK_IMPORTED_MODULE_1__/* .describeProblem */ .B)(result, creditsPath, ctx);
            const hints = result.problem.kind === 'status' && result.problem.status === 404 ? [CONFIGURABLE] : [...text.hints, ...(result.problem.kind === 'not-json' ? [CONFIGURABLE] : [])];
            return (0,_engine_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(text.summary, { hints, data: { attempts: result.attempts } });
        }
        const read = readCredits(result.data, creditsField);
        if (!read.ok)
            return (0,_engine_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${creditsPath}: ${read.problem}`, { hints: [CONFIGURABLE] });
        return judgeCredits(read.value, ctx.settings.minCredits, ctx.settings.warnCredits);
    }
    finally {
        await access.client.close();
    }
}
const creditsCheck = { id: 'credits', title: 'Credit balance', run: readBalance };


/***/ }),

/***/ 8756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cleanupReserveMs: () => (/* binding */ cleanupReserveMs),
  runSmoke: () => (/* binding */ runSmoke)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js + 3 modules
var schemas = __webpack_require__(3619);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js + 1 modules
var api = __webpack_require__(3305);
// EXTERNAL MODULE: ./src/checks/config.ts
var config = __webpack_require__(3339);
// EXTERNAL MODULE: ./src/checks/credits.ts
var credits = __webpack_require__(5231);
// EXTERNAL MODULE: ./src/checks/api-access.ts
var api_access = __webpack_require__(9968);
// EXTERNAL MODULE: ./src/domain/urls.ts
var urls = __webpack_require__(3012);
// EXTERNAL MODULE: ./src/engine/check.ts
var check = __webpack_require__(3326);
// EXTERNAL MODULE: ./src/engine/timing.ts
var timing = __webpack_require__(3310);
// EXTERNAL MODULE: ./src/http/api-client.ts + 1 modules
var api_client = __webpack_require__(610);
// EXTERNAL MODULE: ./src/http/http-client.ts
var http_client = __webpack_require__(7772);
;// CONCATENATED MODULE: ./src/smoke/cancel.ts
/**
 * Cancels the test appointment, insisting: DELETE is idempotent, so it is retried, and a
 * failure is double-checked by reading the appointment back (an earlier DELETE may have worked).
 */

const appointmentStatus = schemas/* looseObject */._H3({ status: schemas/* optional */.lqM(schemas/* string */.YjP()) });
function describe(result) {
    if (result.ok)
        return `${result.status}`;
    const p = result.problem;
    if (p.kind === 'network')
        return p.failure.message;
    if (p.kind === 'status')
        return `${p.status}${p.code ? ` ${p.code}` : ''}`;
    return p.kind;
}
async function cancelAppointment(client, appointmentId) {
    const path = `/appointments/${encodeURIComponent(appointmentId)}`;
    const deleted = await client.delete(path);
    const attempts = deleted.attempts.length;
    if (deleted.ok)
        return { cancelled: true, detail: `DELETE answered ${deleted.status}`, attempts };
    // The DELETE may have worked with its answer lost: the appointment's own status decides.
    const check = await client.get(path, appointmentStatus);
    if (check.ok && check.data.status === 'CANCELLED') {
        return { cancelled: true, detail: `DELETE answered ${describe(deleted)}, but the appointment reads CANCELLED`, attempts };
    }
    // Gone only when the API itself says so: a 404 from a wrong path proves nothing.
    const notFound = (r) => !r.ok && r.problem.kind === 'status' && r.problem.status === 404 && r.problem.code === 'APPOINTMENT_NOT_FOUND';
    if (notFound(deleted) && notFound(check)) {
        return { cancelled: true, detail: 'the appointment no longer exists (404)', attempts };
    }
    const now = check.ok ? `it still reads ${check.data.status ?? 'without a status'}` : `reading it back failed too (${describe(check)})`;
    return { cancelled: false, detail: `DELETE failed after ${attempts} attempt(s): ${describe(deleted)}; ${now}`, attempts };
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/smoke/confirm.ts
/**
 * Waits for the application to confirm it processed a webhook event: its confirm URL answers
 * 404 until then, and 2xx once done. Polls with backoff; never past the wait or the signal.
 */


const FIRST_DELAY_MS = 200;
const MAX_DELAY_MS = 3_000;
const POLL_TIMEOUT_MS = 5_000;
const MIN_POLL_MS = 100;
async function waitForConfirmation(http, url, waitMs, signal) {
    const started = performance.now();
    const elapsed = () => performance.now() - started;
    let polls = 0;
    let last = 'not asked';
    let delay = FIRST_DELAY_MS;
    while (!signal.aborted) {
        const remaining = waitMs - elapsed();
        // A poll with almost no time left could only time out, hiding the real last answer.
        if (remaining <= 0 || (polls > 0 && remaining < MIN_POLL_MS))
            break;
        polls++;
        const outcome = await http.send({
            method: 'GET',
            url,
            headers: { 'user-agent': version/* USER_AGENT */._, accept: 'application/json' },
            timeoutMs: Math.max(1, Math.min(POLL_TIMEOUT_MS, remaining)),
            maxBodyBytes: 64 * 1024,
            signal
        });
        if (outcome.ok && outcome.response.status >= 200 && outcome.response.status < 300) {
            return { confirmed: true, polls, waitedMs: Math.round(elapsed()), last: String(outcome.response.status) };
        }
        last = outcome.ok ? String(outcome.response.status) : outcome.failure.message;
        const wait = Math.min(delay, waitMs - elapsed() - MIN_POLL_MS);
        if (wait < 0)
            break;
        await (0,timing/* sleep */.y)(wait, signal);
        delay = Math.min(MAX_DELAY_MS, Math.round(delay * 1.6));
    }
    return { confirmed: false, polls, waitedMs: Math.round(elapsed()), last: signal.aborted ? 'stopped before confirmation' : last };
}

;// CONCATENATED MODULE: ./src/smoke/plan.ts
/** The test appointment smoke mode books, and how to recognise it again. Pure. */

const pad = (n) => String(n).padStart(2, '0');
/** The next day at 10:00, in the runner's local time, as the API expects it (no zone). */
function defaultDateTime(now) {
    const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 10, 0, 0);
    return `${next.getFullYear()}-${pad(next.getMonth() + 1)}-${pad(next.getDate())}T10:00:00`;
}
function planAppointment(smoke, departmentId, now) {
    return {
        departmentId,
        dateTime: smoke.appointmentDateTime ?? defaultDateTime(now),
        name: smoke.appointmentName,
        externalUserId: smoke.externalUserId
    };
}
/** Whether a listed appointment is the one this run booked (and may still need cancelling). */
function isPlannedAppointment(a, plan) {
    // To the minute: servers write 10:00, 10:00:00, 10:00:00.000 or "2026-12-01 10:00".
    const minute = (t) => t.replace(' ', 'T').slice(0, 16);
    const sameTime = typeof a.dateTime === 'string' && minute(a.dateTime) === minute(plan.dateTime);
    const same = (x, y) => x === undefined || x.trim().toLowerCase() === y.trim().toLowerCase();
    const sameOwner = same(a.externalUserId, plan.externalUserId);
    const sameName = same(a.name, plan.name);
    const live = a.status === undefined || a.status === 'SCHEDULED' || a.status === 'PENDING_PAYMENT';
    return sameTime && sameOwner && sameName && live;
}
/** The list query that finds the planned appointment: by externalUserId and its day. */
function lookupPath(plan) {
    const day = plan.dateTime.slice(0, 10);
    const query = new URLSearchParams({ externalUserId: plan.externalUserId, startDate: day, endDate: day, size: '100' });
    return `/appointments?${query.toString()}`;
}
/** The confirm URL for one event, values encoded so an id cannot change the URL's shape. */
function confirmUrl(template, appointmentId, event) {
    return template.replaceAll('{appointmentId}', encodeURIComponent(appointmentId)).replaceAll('{event}', encodeURIComponent(event));
}
/** The exact command to cancel by hand; the key is referenced, never written. */
function manualCancelCommand(apiUrl, appointmentId, authScheme) {
    const url = (0,urls/* displayUrl */.Qy)((0,urls/* joinUrl */.we)(apiUrl, `/appointments/${encodeURIComponent(appointmentId)}`));
    const header = authScheme === 'bearer' ? 'Authorization: Bearer $MONCRENEAU_API_KEY' : 'X-API-Key: $MONCRENEAU_API_KEY';
    return `curl -X DELETE '${url.replace(/'/g, '%27')}' -H "${header}"`;
}

;// CONCATENATED MODULE: ./src/modes/smoke.ts
/**
 * Smoke mode: the guide's post-deploy verification, live. Books one test appointment, sees
 * its webhook processed, cancels it, sees that processed too, and checks the credit came back.
 * Once an appointment exists it is cancelled whatever happens: a failed step, the deadline or
 * the job being cancelled. Free refusals (wrong key, no credit) come before anything is booked.
 */












const TITLES = {
    config: 'Configuration',
    'credits-before': 'Credits before',
    create: 'Create test appointment',
    'webhook-created': 'appointment.created processed',
    cancel: 'Cancel test appointment',
    'webhook-cancelled': 'appointment.cancelled processed',
    'credits-after': 'Credits after (refund)'
};
/** An id the gate can put in a path: a whole number (the docs) or a plain token (the Node SDK). */
const appointmentId = schemas/* union */.KCZ([schemas/* int */.Whr().check(api/* _nonnegative */.UI()), schemas/* string */.YjP().check(api/* _regex */.Fk(/^[A-Za-z0-9_-]{1,64}$/))]);
const created = schemas/* looseObject */._H3({ id: appointmentId });
const listed = schemas/* union */.KCZ([schemas/* looseObject */._H3({ content: schemas/* array */.YOg(schemas/* looseObject */._H3({ id: appointmentId })) }), schemas/* array */.YOg(schemas/* looseObject */._H3({ id: appointmentId }))]);
/** Time kept back from the steps so the cancellation always has room before the deadline. */
function cleanupReserveMs(timeoutSeconds) {
    return Math.min(15_000, Math.max(2_000, (timeoutSeconds * 1000) / 4));
}
async function runSmoke(ctx) {
    const { settings } = ctx;
    const steps = [];
    const record = async (id, work) => {
        const t0 = performance.now();
        let outcome;
        try {
            outcome = await work();
        }
        catch (error) {
            outcome = (0,check/* fail */.fJ)(`stopped with an error: ${error instanceof Error ? error.message : String(error)}`);
        }
        steps.push({ id, title: TITLES[id], ...outcome, durationMs: Math.round(performance.now() - t0) });
        return outcome;
    };
    // 1. Refusals that cost nothing.
    const confirmTemplate = settings.smoke.webhookConfirmUrl;
    const preconditions = await record('config', async () => {
        const findings = [...(0,config/* apiKeyFindings */.Qh)(settings), ...(0,config/* apiUrlFindings */.mt)(settings)];
        if (confirmTemplate) {
            const sample = (0,urls/* checkServiceUrl */.Jb)(confirmUrl(confirmTemplate, '1', 'appointment.created'), 'webhook-confirm-url', settings.environment);
            findings.push(sample.ok ? { status: 'pass', text: 'webhook-confirm-url usable' } : { status: 'fail', text: sample.problem, hint: sample.hint });
        }
        return (0,config/* judgeConfig */.KR)(findings);
    });
    const apiUrl = (0,urls/* checkApiUrl */.Sz)(settings.apiUrl, settings.environment);
    if (preconditions.status === 'fail' || !apiUrl.ok)
        return { checks: steps, outputs: { 'appointment-id': '' } };
    const stepsDeadline = ctx.deadline - cleanupReserveMs(settings.timeoutSeconds);
    const stepsStop = (0,timing/* abortAt */.w)(stepsDeadline, ctx.cancelled);
    const http = (0,http_client/* createHttpClient */.u)(ctx.http ?? {});
    const client = (signal, deadline, retries = settings.retries) => (0,api_client/* createApiClient */.y)({ baseUrl: apiUrl.url, apiKey: settings.apiKey.trim(), authScheme: settings.authScheme, retries, signal, deadline, http });
    const api = client(stepsStop.signal, stepsDeadline);
    const checkCtx = { settings, env: ctx.env, signal: stepsStop.signal, deadline: stepsDeadline, http: ctx.http };
    const plan = planAppointment(settings.smoke, settings.smoke.departmentId ?? 0, new Date());
    let appointmentId = null;
    let alert;
    let creditsBefore = null;
    const readBalance = async () => {
        const result = await api.get(settings.creditsPath, schemas/* unknown */.L5J());
        if (!result.ok) {
            const text = (0,api_access/* describeProblem */.B)(result, settings.creditsPath, checkCtx);
            return { outcome: (0,check/* fail */.fJ)(text.summary, { hints: text.hints }) };
        }
        const read = (0,credits.readCredits)(result.data, settings.creditsField);
        return read.ok ? { value: read.value } : { outcome: (0,check/* fail */.fJ)(`${settings.creditsPath}: ${read.problem}`, { hints: ['Set credits-path and credits-field to where your balance is served.'] }) };
    };
    try {
        // 2. Credits before: the test costs one, given back on cancel.
        const before = await record('credits-before', async () => {
            const read = await readBalance();
            if ('outcome' in read)
                return read.outcome;
            creditsBefore = read.value;
            if (read.value < 1) {
                return (0,check/* fail */.fJ)(`${read.value} credits available: the test appointment cannot be booked`, {
                    data: { availableCredits: read.value },
                    hints: ['Buy credits before running the smoke test; nothing was booked.']
                });
            }
            return (0,check/* pass */.IX)(`${read.value} credits available`, { data: { availableCredits: read.value } });
        });
        if (before.status === 'fail')
            return { checks: steps, outputs: { 'appointment-id': '' } };
        // 3. Create: never retried blindly; a lost answer is settled by looking the appointment up.
        const creation = await record('create', async () => {
            const result = await api.post('/appointments', plan, created);
            if (result.ok) {
                appointmentId = String(result.data.id);
                return (0,check/* pass */.IX)(`appointment ${appointmentId} booked for ${plan.dateTime} in department ${plan.departmentId}`, { data: { appointmentId, ...plan } });
            }
            const text = (0,api_access/* describeProblem */.B)(result, 'POST /appointments', checkCtx);
            // Only a 4xx says for sure nothing was booked; a lost, failed or unreadable answer may hide one.
            const definite = result.problem.kind === 'status' && result.problem.status < 500;
            if (definite)
                return (0,check/* fail */.fJ)(text.summary, { hints: createHints(result.problem.kind === 'status' ? result.problem.code : undefined, text.hints), data: { ...plan } });
            // The answer is lost: the appointment may exist all the same. Look, with a fresh budget.
            const budget = cleanupBudget();
            const found = await findPlanned(client(budget.signal, budget.deadline), plan);
            budget.release();
            if (found.ok && found.ids.length > 0) {
                appointmentId = found.ids[0];
                return (0,check/* fail */.fJ)(`${text.summary}; the appointment was made all the same (found ${found.ids.join(', ')} by externalUserId and date) and is cancelled below`, {
                    hints: ['The API did not answer the booking: check its status. Nothing is left behind.'],
                    data: { appointmentId, found: found.ids }
                });
            }
            if (found.ok) {
                // None found, but a credit gone means one was booked where the lookup cannot see it.
                const balance = await readBalance();
                const spent = 'value' in balance && creditsBefore !== null && balance.value < creditsBefore;
                if (!spent)
                    return (0,check/* fail */.fJ)(`${text.summary}; no appointment was made (none found by externalUserId and date)`, { hints: text.hints });
                alert = {
                    message: `The booking's answer was lost and a credit was spent, but no appointment of externalUserId ${plan.externalUserId} on ${plan.dateTime} could be found. Find it and cancel it by hand:`,
                    command: `curl '${lookupUrl(apiUrl.url, plan)}' -H "${authHeader(settings.authScheme)}"`
                };
                return (0,check/* fail */.fJ)(`${text.summary}; a credit was spent but the appointment could not be found`, { hints: text.hints });
            }
            alert = {
                message: `The booking's answer was lost and looking it up failed: an appointment of externalUserId ${plan.externalUserId} on ${plan.dateTime} may exist. Check and cancel it by hand:`,
                command: `curl '${lookupUrl(apiUrl.url, plan)}' -H "${authHeader(settings.authScheme)}"`
            };
            return (0,check/* fail */.fJ)(`${text.summary}; could not tell whether an appointment was made (${found.reason})`, { hints: text.hints });
        });
        // 4. The application processed appointment.created.
        if (appointmentId !== null && creation.status === 'pass') {
            await record('webhook-created', () => confirmStep(appointmentId, 'appointment.created', stepsStop.signal));
        }
    }
    finally {
        // 5. Cleanup, guaranteed: its own budget up to the hard deadline, or 8 s after a cancel.
        if (appointmentId !== null) {
            const id = appointmentId;
            const budget = cleanupBudget();
            const cancellation = await record('cancel', async () => {
                const done = await cancelAppointment(client(budget.signal, budget.deadline, Math.max(settings.retries, 4)), id);
                if (done.cancelled)
                    return (0,check/* pass */.IX)(`appointment ${id} cancelled (${done.detail})`, { data: { appointmentId: id, attempts: done.attempts } });
                alert = {
                    message: `Appointment ${id} was NOT cancelled: it holds a real slot and a credit. Cancel it by hand now:`,
                    command: manualCancelCommand(apiUrl.url, id, settings.authScheme)
                };
                return (0,check/* fail */.fJ)(`appointment ${id} NOT cancelled: ${done.detail}`, { hints: ['Cancel it by hand with the command at the top of this summary.'] });
            });
            budget.release();
            const stillRunning = !ctx.cancelled.aborted && performance.now() < stepsDeadline;
            if (cancellation.status === 'pass' && stillRunning) {
                await record('webhook-cancelled', () => confirmStep(id, 'appointment.cancelled', stepsStop.signal));
                if (creditsBefore !== null)
                    await record('credits-after', () => refundStep(creditsBefore));
            }
        }
        stepsStop.abort();
        await http.close();
    }
    const stopped = ctx.cancelled.aborted ? 'the job was cancelled' : performance.now() >= stepsDeadline ? 'the deadline came' : null;
    if (stopped)
        steps.push({ id: 'stopped', title: 'Smoke test stopped', ...(0,check/* fail */.fJ)(`stopped early: ${stopped}`, { hints: ['Re-run the smoke test; raise timeout-seconds if the deadline cut it short.'] }), durationMs: 0 });
    return { checks: steps, outputs: { 'appointment-id': appointmentId ?? '' }, ...(alert ? { alert } : {}) };
    /**
     * Time for putting things right (finding and cancelling the appointment): up to the hard
     * deadline, or 8 s once the job is cancelled, since the runner kills the process soon after.
     */
    function cleanupBudget() {
        const deadline = ctx.cancelled.aborted ? Math.min(ctx.deadline, performance.now() + 8_000) : ctx.deadline;
        const stop = (0,timing/* abortAt */.w)(deadline, new AbortController().signal);
        // A cancel arriving during the cleanup leaves it those same 8 s, not the whole deadline.
        const onCancel = () => setTimeout(() => stop.abort(new Error('cancelled')), 8_000).unref();
        ctx.cancelled.addEventListener('abort', onCancel, { once: true });
        const release = () => {
            ctx.cancelled.removeEventListener('abort', onCancel);
            stop.abort();
        };
        return { signal: stop.signal, deadline, release };
    }
    async function confirmStep(id, event, signal) {
        if (!confirmTemplate) {
            return (0,check/* skip */.iv)('not verified: no webhook-confirm-url, so the application’s processing of the event cannot be seen', {
                hints: ['Give webhook-confirm-url (see the README) to verify the application processed the webhook.']
            });
        }
        const url = new URL(confirmUrl(confirmTemplate, id, event));
        const waitMs = settings.smoke.webhookWaitSeconds * 1000;
        const seen = await waitForConfirmation(http, url, waitMs, signal);
        const data = { event, polls: seen.polls, waitedMs: seen.waitedMs };
        if (seen.confirmed)
            return (0,check/* pass */.IX)(`${event} confirmed after ${seen.waitedMs} ms (${seen.polls} poll${seen.polls === 1 ? '' : 's'})`, { data });
        if (signal.aborted)
            return (0,check/* fail */.fJ)(`${event} not confirmed: the wait was stopped after ${seen.waitedMs} ms`, { data });
        return (0,check/* fail */.fJ)(`${event} not confirmed within ${settings.smoke.webhookWaitSeconds} s (last answer: ${seen.last})`, {
            data,
            hints: [
                `The application did not process the webhook: check the webhook URL registered in Dashboard > Webhooks > ${settings.environment === 'production' ? 'Production' : 'Staging'}, the secret, and the application’s webhook logs.`
            ]
        });
    }
    async function refundStep(before) {
        // The refund may land a moment after the DELETE: read a few times before concluding.
        let last = null;
        for (let i = 0; i < 3; i++) {
            const read = await readBalance();
            if ('outcome' in read)
                return read.outcome;
            last = read.value;
            if (last === before)
                return (0,check/* pass */.IX)(`${last} credits, as before: the credit was refunded`, { data: { before, after: last } });
            await new Promise((r) => setTimeout(r, 500));
        }
        return (0,check/* fail */.fJ)(`${last} credits after, ${before} before: the balance did not come back`, {
            data: { before, after: last },
            hints: ['If real bookings happened meanwhile, the balance moved for them; otherwise the cancellation was not refunded: check the credit history in the dashboard.']
        });
    }
}
function createHints(code, fallback) {
    if (code === 'INSUFFICIENT_CREDITS')
        return ['No credit left to book: buy credits. Nothing was booked.'];
    if (code === 'DEPARTMENT_NOT_FOUND')
        return ['department-id does not exist for this key’s organization: use an id from GET /departments.'];
    if (code === 'SLOT_NOT_AVAILABLE' || code === 'DUPLICATE_APPOINTMENT') {
        return ['The slot is taken (maybe by an earlier smoke test left behind): choose another appointment-datetime, and cancel any leftover test appointment.'];
    }
    return fallback;
}
function authHeader(scheme) {
    return scheme === 'bearer' ? 'Authorization: Bearer $MONCRENEAU_API_KEY' : 'X-API-Key: $MONCRENEAU_API_KEY';
}
function lookupUrl(base, plan) {
    return `${base.origin}${base.pathname.replace(/\/+$/, '')}${lookupPath(plan)}`.replace(/'/g, '%27');
}
async function findPlanned(client, plan) {
    const result = await client.get(lookupPath(plan), listed);
    if (!result.ok)
        return { ok: false, reason: result.problem.kind === 'network' ? result.problem.failure.message : `${result.problem.kind}` };
    const items = Array.isArray(result.data) ? result.data : result.data.content;
    return { ok: true, ids: items.filter((a) => isPlannedAppointment(a, plan)).map((a) => String(a.id)) };
}


/***/ })

};
