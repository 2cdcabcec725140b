export const id = 379;
export const ids = [379];
export const modules = {

/***/ 4379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSmoke: () => (/* binding */ runSmoke)
});

// EXTERNAL MODULE: ./src/domain/findings.ts
var findings = __webpack_require__(8944);
// EXTERNAL MODULE: ./src/domain/urls.ts
var urls = __webpack_require__(3012);
// EXTERNAL MODULE: ./src/engine/check.ts
var check = __webpack_require__(3326);
// EXTERNAL MODULE: ./src/settings/check-ids.ts
var check_ids = __webpack_require__(8034);
// EXTERNAL MODULE: ./src/finish/cleanup-registry.ts
var cleanup_registry = __webpack_require__(5163);
// EXTERNAL MODULE: ./src/finish/fault-text.ts
var fault_text = __webpack_require__(9287);
// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js + 3 modules
var schemas = __webpack_require__(3619);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/parse.js + 1 modules
var parse = __webpack_require__(3945);
;// CONCATENATED MODULE: ./src/http/zod-shape.ts
/** A zod schema as an answer's shape: the first issues, each at its path, in zod's words. */

/** Issues named in a problem; the rest would only lengthen the line. */
const MAX_ISSUES = 3;
/** Path segments kept per issue: deeper ones are the server's structure, not the gate's question. */
const MAX_PATH = 8;
function shapeOf(schema) {
    return (value) => {
        const parsed = parse/* safeParse */.xL(schema, value);
        if (parsed.success)
            return { ok: true, data: parsed.data };
        const issues = parsed.error.issues
            .slice(0, MAX_ISSUES)
            .map((i) => `${i.path.length > 0 ? i.path.slice(0, MAX_PATH).join('.') : 'body'}: ${i.message}`)
            .join('; ');
        return { ok: false, issues };
    };
}

// EXTERNAL MODULE: ./src/domain/api-problem.ts
var api_problem = __webpack_require__(6402);
// EXTERNAL MODULE: ./src/http/json-body.ts
var json_body = __webpack_require__(7181);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js + 1 modules
var api = __webpack_require__(3305);
// EXTERNAL MODULE: ./src/domain/credits.ts
var credits = __webpack_require__(5514);
;// CONCATENATED MODULE: ./src/smoke/plan.ts
/** The test appointment smoke mode books, and how to recognise it again. Pure. */

const pad = (n) => String(n).padStart(2, '0');
/** The next day at 10:00, in the runner's local time, as the API expects it (no zone). */
function defaultDateTime(now) {
    const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 10, 0, 0);
    return `${next.getFullYear()}-${pad(next.getMonth() + 1)}-${pad(next.getDate())}T10:00:00`;
}
function planAppointment(smoke, now) {
    return {
        // Settings require it in smoke mode; 0 is never a department, so the API would refuse it.
        departmentId: smoke.departmentId ?? 0,
        dateTime: smoke.appointmentDateTime ?? defaultDateTime(now),
        name: smoke.appointmentName,
        externalUserId: smoke.externalUserId
    };
}
const LIVE = ['SCHEDULED', 'PENDING_PAYMENT'];
function attributeAppointment(a, plan) {
    if (a.status !== undefined && !LIVE.includes(String(a.status)))
        return { kind: 'other' };
    // To the minute: servers write 10:00, 10:00:00, 10:00:00.000 or "2026-12-01 10:00".
    const minute = (t) => t.trim().replace(' ', 'T').slice(0, 16);
    const text = (t) => t.trim().toLowerCase();
    const fields = [
        { name: 'dateTime', value: a.dateTime, same: (v) => minute(v) === minute(plan.dateTime) },
        { name: 'externalUserId', value: a.externalUserId, same: (v) => text(v) === text(plan.externalUserId) },
        { name: 'name', value: a.name, same: (v) => text(v) === text(plan.name) }
    ];
    const missing = [];
    for (const field of fields) {
        if (typeof field.value !== 'string' || field.value.trim() === '')
            missing.push(field.name);
        else if (!field.same(field.value))
            return { kind: 'other' };
    }
    return missing.length === 0 ? { kind: 'ours' } : { kind: 'unattributable', missing };
}
/** Whether a listed appointment is provably the one this run booked (and may still need cancelling). */
function isPlannedAppointment(a, plan) {
    return attributeAppointment(a, plan).kind === 'ours';
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
/** The header of a hand-run command: the key is referenced by its variable, never written. */
function curlAuthHeader(authScheme) {
    return authScheme === 'bearer' ? 'Authorization: Bearer $MONCRENEAU_API_KEY' : 'X-API-Key: $MONCRENEAU_API_KEY';
}
/** A URL quoted for a POSIX shell: single quotes, with any quote in it percent-encoded. */
const shellUrl = (url) => `'${url.replace(/'/g, '%27')}'`;
/** The exact command to cancel by hand. */
function manualCancelCommand(apiUrl, appointmentId, authScheme) {
    const url = (0,urls/* displayUrl */.Qy)((0,urls/* joinUrl */.we)(apiUrl, `/appointments/${encodeURIComponent(appointmentId)}`));
    return `curl -X DELETE ${shellUrl(url)} -H "${curlAuthHeader(authScheme)}"`;
}
/** The exact command that lists the appointments the test may have left, to find one by hand. */
function manualLookupCommand(apiUrl, plan, authScheme) {
    return `curl ${shellUrl((0,urls/* joinUrl */.we)(apiUrl, lookupPath(plan)).toString())} -H "${curlAuthHeader(authScheme)}"`;
}

;// CONCATENATED MODULE: ./src/smoke/lost-booking.ts
/**
 * Settles a booking whose answer never came. The API may commit it after the gate stopped
 * waiting, so the list is polled for a few seconds; a credit spent with nothing found, or a
 * lookup or balance that cannot be read, is "unknown" \u2014 never "nothing was booked".
 */




/** An id the gate can put in a path: a whole number (the docs) or a plain token (the Node SDK). */
const appointmentIdSchema = schemas/* union */.KCZ([schemas/* int */.Whr().check(api/* _nonnegative */.UI()), schemas/* string */.YjP().check(api/* _regex */.Fk(/^[A-Za-z0-9_-]{1,64}$/))]);
const listed = shapeOf(schemas/* union */.KCZ([schemas/* looseObject */._H3({ content: schemas/* array */.YOg(schemas/* looseObject */._H3({ id: appointmentIdSchema })) }), schemas/* array */.YOg(schemas/* looseObject */._H3({ id: appointmentIdSchema }))]));
/** Failures where the request cannot have reached the API: nothing can have been booked. */
const NEVER_SENT = ['dns', 'refused', 'tls', 'blocked-address'];
function cannotHaveBooked(kind) {
    return NEVER_SENT.includes(kind);
}
const POLL_MS = 500;
const SETTLE_MS = 4_000;
async function findPlanned(client, plan) {
    const result = await client.get(lookupPath(plan), listed);
    if (!result.ok)
        return { ok: false, reason: result.problem.kind === 'network' ? result.problem.failure.message : `the list answered ${result.problem.kind}` };
    const items = (Array.isArray(result.data) ? result.data : result.data.content);
    const ids = [];
    const unattributed = [];
    for (const item of items) {
        const whose = attributeAppointment(item, plan);
        if (whose.kind === 'ours')
            ids.push(String(item.id));
        else if (whose.kind === 'unattributable')
            unattributed.push({ id: String(item.id), missing: whose.missing });
    }
    return { ok: true, ids, unattributed };
}
/**
 * Polls within `time` (the client's own). `certain`: the answer said an appointment was made
 * (an id the gate cannot use), so "none" is never concluded.
 */
async function settleLostBooking(client, plan, settings, creditsBefore, time, options = {}) {
    const settleMs = options.settleMs ?? SETTLE_MS;
    const started = performance.now();
    let lookup;
    for (;;) {
        lookup = await findPlanned(client, plan);
        if (lookup.ok && lookup.ids.length > 0)
            return { kind: 'found', ids: lookup.ids, unattributed: lookup.unattributed };
        if (time.expired || performance.now() - started + POLL_MS > settleMs)
            break;
        await time.sleep(POLL_MS);
    }
    if (!lookup.ok)
        return { kind: 'unknown', reason: `looking it up failed (${lookup.reason})`, unattributed: [] };
    const { unattributed } = lookup;
    if (unattributed.length > 0) {
        const which = unattributed.map((u) => `${u.id} (no ${u.missing.join(', no ')})`).join(', ');
        return { kind: 'unknown', reason: `the list shows ${which}, which cannot be proven the test's own`, unattributed };
    }
    if (options.certain)
        return { kind: 'unknown', reason: `none was found, yet the answer said one was made (${options.certain})`, unattributed };
    const balance = await (0,credits/* fetchCredits */.t)(client, settings);
    if (!balance.ok)
        return { kind: 'unknown', reason: `none was found, but the balance could not be read to confirm (${balance.summary})`, unattributed };
    if (creditsBefore !== null && balance.value < creditsBefore) {
        return { kind: 'unknown', reason: `none was found, but a credit was spent (${creditsBefore} before, ${balance.value} now)`, unattributed };
    }
    return { kind: 'none' };
}

;// CONCATENATED MODULE: ./src/smoke/booking-answer.ts
/**
 * What the answer to POST /appointments says about a booking, read from its raw body whatever
 * its status: an answer that carries an appointment id is a booking, even beside an `error`
 * object, a warning or an unexpected status. The docs and the Node SDK put the id at the top
 * (`{id, departmentId, dateTime, status, ...}`); an id found only deeper (`data.id`) is not
 * trusted for a DELETE (it may name another appointment), but says a booking may exist.
 */



const ID_KEYS = /^(id|appointmentId|appointment_id)$/;
const MAX_DEPTH = 6;
const MAX_NODES = 10_000;
/** The body as JSON, and whether it gives a key twice (then which id it names is unknown). */
function booking_answer_parse(body) {
    const read = (0,json_body/* readJson */.Vh)(body);
    if (read.ok)
        return { json: read.value, ambiguous: false };
    if (read.reason !== json_body/* REPEATED_KEY */.tn)
        return { json: undefined, ambiguous: false };
    // Read leniently only to see whether it speaks of an appointment at all.
    try {
        return { json: JSON.parse(body.toString('utf8')), ambiguous: true };
    }
    catch {
        return { json: undefined, ambiguous: false };
    }
}
/** Where an id sits below the top, if anywhere (the error envelope's details excluded). */
function nestedId(root) {
    let nodes = 0;
    const walk = (value, path, depth) => {
        if (depth > MAX_DEPTH || ++nodes > MAX_NODES || !value || typeof value !== 'object')
            return undefined;
        for (const [key, child] of Object.entries(value)) {
            const here = path === '' ? key : `${path}.${key}`;
            if (ID_KEYS.test(key) && child !== null && child !== undefined && child !== '')
                return here;
            const found = walk(child, here, depth + 1);
            if (found)
                return found;
        }
        return undefined;
    };
    return walk(Object.fromEntries(Object.entries(root).filter(([key]) => key !== 'error')), '', 0);
}
function readBookingAnswer(body) {
    const { json, ambiguous } = booking_answer_parse(body);
    if (!json || typeof json !== 'object')
        return { kind: 'silent' };
    // `{"id":5,"id":7}`: a booking, but cancelling either id may cancel a customer's appointment.
    if (ambiguous && !Array.isArray(json) && 'id' in json)
        return { kind: 'unusable-id', shown: '(given twice)' };
    if (Array.isArray(json)) {
        const where = nestedId({ items: json });
        return where ? { kind: 'maybe', where } : { kind: 'silent' };
    }
    const root = json;
    if ('id' in root && root.id !== null && root.id !== undefined) {
        const id = parse/* safeParse */.xL(appointmentIdSchema, root.id);
        if (id.success)
            return { kind: 'booked', id: String(id.data) };
        return { kind: 'unusable-id', shown: JSON.stringify(root.id)?.slice(0, 40) ?? typeof root.id };
    }
    const where = nestedId(root);
    return where ? { kind: 'maybe', where } : { kind: 'silent' };
}
/** The transport, remembering the last POST answer so it can be read whatever the API client made of it. */
function recordingPosts(http) {
    let last;
    return {
        http: {
            async send(req) {
                const outcome = await http.send(req);
                if (req.method === 'POST' && outcome.ok)
                    last = outcome.response;
                return outcome;
            },
            close: () => http.close()
        },
        lastPost: () => last
    };
}

// EXTERNAL MODULE: ./src/engine/timing.ts
var timing = __webpack_require__(3310);
;// CONCATENATED MODULE: ./src/smoke/budget.ts
/** Time for putting things right after a smoke step: finding and cancelling the appointment. */

/** After the job is cancelled the runner kills the process about 10 s later: leave room to exit. */
const AFTER_CANCEL_MS = 8_000;
/**
 * Up to the run's hard deadline, or 8 s once the job is cancelled \u2014 including a cancel that
 * arrives while the cleanup is already under way. Not stopped by the cancel itself: the
 * appointment must still be cancelled. Dispose it once the cleanup is over.
 */
function cleanupBudget(hardDeadline, cancelled) {
    if (cancelled.aborted)
        return (0,timing/* budget */.gd)(Math.min(hardDeadline, performance.now() + AFTER_CANCEL_MS));
    // A cancel during the cleanup stops it 8 s later, told apart from the deadline by its reason.
    const late = new AbortController();
    const time = (0,timing/* budget */.gd)(hardDeadline, late.signal);
    const onCancel = () => setTimeout(() => late.abort(new timing/* JobCancelled */.xL('during the cleanup')), AFTER_CANCEL_MS).unref();
    cancelled.addEventListener('abort', onCancel, { once: true, signal: time.signal });
    return time;
}
/** Time kept back from the steps so the cancellation always has room before the deadline. */
function cleanupReserveMs(timeoutSeconds) {
    return Math.min(15_000, Math.max(2_000, (timeoutSeconds * 1000) / 4));
}

// EXTERNAL MODULE: ./src/domain/api-access.ts + 4 modules
var api_access = __webpack_require__(2821);
// EXTERNAL MODULE: ./src/http/http-client.ts + 2 modules
var http_client = __webpack_require__(1940);
;// CONCATENATED MODULE: ./src/smoke/cancel.ts
/**
 * Cancels the test appointment and proves it: DELETE is idempotent, so it is retried; then the
 * appointment is read back, since a 2xx from a proxy or a login page proves nothing and a
 * failed DELETE may have worked with its answer lost.
 */


const appointmentStatus = shapeOf(schemas/* looseObject */._H3({ status: schemas/* optional */.lqM(schemas/* string */.YjP()) }));
function describe(result) {
    if (result.ok)
        return `${result.status}`;
    const p = result.problem;
    if (p.kind === 'network')
        return p.failure.message;
    if (p.kind === 'status')
        return `${p.status}${p.code ? ` ${p.code}` : ''}`;
    if (p.kind === 'not-json')
        return `${p.status} ${p.looksLikeHtml ? 'with an HTML page' : 'with a body that is not JSON'}`;
    return `${'status' in p ? `${p.status} ` : ''}${p.kind}`;
}
/** Gone only when the API itself says so: a 404 from a wrong path proves nothing. */
const notFound = (r) => !r.ok && r.problem.kind === 'status' && r.problem.status === 404 && r.problem.code === 'APPOINTMENT_NOT_FOUND';
async function cancelAppointment(client, appointmentId) {
    const path = `/appointments/${encodeURIComponent(appointmentId)}`;
    const deleted = await client.delete(path);
    const attempts = deleted.attempts.length;
    const check = await client.get(path, appointmentStatus);
    const said = `DELETE answered ${describe(deleted)}`;
    if (check.ok && check.data.status === 'CANCELLED')
        return { cancelled: true, detail: `${said}; it reads CANCELLED`, attempts };
    if (notFound(check))
        return { cancelled: true, detail: `${said}; it no longer exists (404 APPOINTMENT_NOT_FOUND)`, attempts };
    // A plain 204 is the API's own answer; only when it cannot be read back is that word taken.
    if (deleted.ok && deleted.status === 204 && !check.ok && check.problem.kind === 'network') {
        return { cancelled: true, detail: `${said}; reading it back failed (${describe(check)})`, attempts };
    }
    const now = check.ok ? `it still reads ${check.data.status ?? 'without a status'}` : `reading it back failed (${describe(check)})`;
    return { cancelled: false, detail: `${said} after ${attempts} attempt(s); ${now}`, attempts };
}

;// CONCATENATED MODULE: ./src/smoke/cleanup.ts
/**
 * Cancelling the test appointments, the same way whether smoke's own cleanup or the emergency
 * finish does it: over a transport of its own (never one another step has closed), retried,
 * read back, and never throwing.
 */






/** Closing must not turn a finished step into a failure, whatever the transport does. */
async function closeQuietly(http) {
    try {
        await http.close();
    }
    catch {
        /* the connections are gone either way */
    }
}
/** Retries for the DELETE and the read-back: more than a read's, as an appointment left behind costs most. */
const cleanupRetries = (settings) => Math.max(settings.retries, 4);
async function cancelOnOwnTransport(settings, id, time, options = {}) {
    const http = (0,http_client/* createHttpClient */.u)(options);
    try {
        const access = (0,api_access/* apiClientFor */.v)(settings, { time, retries: cleanupRetries(settings), http });
        if (!access.ok)
            return { cancelled: false, detail: access.outcome.summary, attempts: 0 };
        return await cancelAppointment(access.client, id);
    }
    catch (error) {
        return { cancelled: false, detail: `stopped with an error: ${(0,fault_text/* faultText */.Ij)(error)}`, attempts: 0 };
    }
    finally {
        await closeQuietly(http);
    }
}
function notCancelledAlert(apiUrl, ids, settings) {
    return {
        message: `${ids.length === 1 ? `Appointment ${ids[0]} was` : `Appointments ${ids.join(', ')} were`} NOT cancelled: each holds a real slot and a credit. Cancel by hand now:`,
        command: ids.map((id) => manualCancelCommand(apiUrl, id, settings.authScheme)).join('; ')
    };
}
/** A booked appointment, as the emergency finish must cancel it. */
function bookingEntry(apiUrl, id, settings, options) {
    return {
        label: `appointment ${id}`,
        alert: notCancelledAlert(apiUrl, [id], settings),
        undo: async (time) => {
            const done = await cancelOnOwnTransport(settings, id, time, options);
            return { undone: done.cancelled, detail: done.detail };
        }
    };
}
/** An appointment that may exist and only a person can find: alert, never cancel. */
function lookupAlert(apiUrl, plan, settings, reason) {
    return {
        message: `The booking's answer was lost and ${reason}: an appointment of externalUserId ${plan.externalUserId} on ${plan.dateTime} may exist. Find it and cancel it by hand (only if it is the test's):`,
        command: manualLookupCommand(apiUrl, plan, settings.authScheme)
    };
}
/**
 * A booking under way: should the run end before its answer is in, the appointment is looked
 * up, and cancelled only when proven the test's own; anything else is left to the alert.
 */
function bookingInFlightEntry(apiUrl, plan, settings, creditsBefore, options = {}) {
    return {
        label: 'the booking under way',
        alert: lookupAlert(apiUrl, plan, settings, 'the run stopped before it came'),
        undo: async (time) => {
            const http = (0,http_client/* createHttpClient */.u)(options);
            try {
                const access = (0,api_access/* apiClientFor */.v)(settings, { time, retries: cleanupRetries(settings), http });
                if (!access.ok)
                    return { undone: false, detail: access.outcome.summary };
                const settled = await settleLostBooking(access.client, plan, settings, creditsBefore, time, { settleMs: 2_000 });
                if (settled.kind === 'none')
                    return { undone: true, detail: 'no appointment was made (none found, and the balance is unchanged)' };
                if (settled.kind === 'unknown')
                    return { undone: false, detail: `could not tell whether an appointment was made: ${settled.reason}` };
                const done = [];
                for (const id of settled.ids)
                    done.push({ id, ...(await cancelAppointment(access.client, id)) });
                const detail = done.map((d) => `appointment ${d.id} ${d.cancelled ? 'cancelled' : 'NOT cancelled'} (${d.detail})`).join('; ');
                return { undone: settled.unattributed.length === 0 && done.every((d) => d.cancelled), detail };
            }
            catch (error) {
                return { undone: false, detail: `stopped with an error: ${(0,fault_text/* faultText */.Ij)(error)}` };
            }
            finally {
                await closeQuietly(http);
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/smoke/book.ts
/**
 * The booking step: POST /appointments, never retried blindly. An answer that carries an id is
 * a booking whatever else it says; a lost answer is settled by looking the appointment up, and
 * only a 4xx with no id in it, or a request that never left, says for sure nothing was booked.
 */








const created = shapeOf(schemas/* looseObject */._H3({ id: appointmentIdSchema }));
async function book(run, state) {
    const { plan, settings } = run;
    const result = await run.api.post('/appointments', plan, created);
    const post = run.lastPost();
    const answer = result.ok ? { kind: 'booked', id: String(result.data.id) } : post ? readBookingAnswer(post.body) : { kind: 'silent' };
    if (answer.kind === 'booked')
        booked(run, state, answer.id);
    if (result.ok)
        return (0,check/* pass */.IX)(`appointment ${answer.kind === 'booked' ? answer.id : ''} booked for ${plan.dateTime} in department ${plan.departmentId}`, {
            data: { appointmentId: state.booked[0], ...plan }
        });
    const text = (0,api_problem/* describeProblem */.B)(result, 'POST /appointments', settings);
    if (answer.kind === 'booked') {
        // An id is a booking, whatever else the answer says: it is cancelled like any other.
        return (0,check/* fail */.fJ)(`${text.summary}; yet the answer carries appointment ${answer.id}: taken as booked, and cancelled below`, {
            hints: ['The API answered the booking in a way it does not document: check its status before promoting.'],
            data: { appointmentId: answer.id, ...plan }
        });
    }
    const problem = result.problem;
    const refused = problem.kind === 'status' && problem.status >= 400 && problem.status < 500 && answer.kind === 'silent';
    const neverSent = problem.kind === 'network' && cannotHaveBooked(problem.failure.kind);
    if (refused || neverSent)
        return (0,check/* fail */.fJ)(text.summary, { hints: createHints(problem.kind === 'status' ? problem.code : undefined, text.hints), data: { ...plan } });
    return settleLost(run, state, text, answer);
}
function booked(run, state, id) {
    run.guard.track(state, id);
    state.stage = 'booked';
}
/** The answer was lost or says nothing usable: look the appointment up, within the cleanup's budget. */
async function settleLost(run, state, text, answer) {
    const { plan, settings } = run;
    const time = cleanupBudget(run.deadline, run.cancelled);
    const certain = answer.kind === 'unusable-id' ? `its id ${answer.shown} cannot be used to cancel it` : undefined;
    const settled = await settleLostBooking(run.client(time), plan, settings, state.creditsBefore, time, { certain }).finally(() => time.dispose());
    const seen = answer.kind === 'maybe' ? ` (it carries an id at ${answer.where})` : answer.kind === 'unusable-id' ? ` (it carries the unusable id ${answer.shown})` : '';
    if (settled.kind === 'none')
        return (0,check/* fail */.fJ)(`${text.summary}${seen}; no appointment was made (none found, and the balance is unchanged)`, { hints: text.hints });
    if (settled.unattributed.length > 0 || settled.kind === 'unknown') {
        const reason = settled.kind === 'unknown'
            ? settled.reason
            : `the list also shows ${settled.unattributed.map((u) => u.id).join(', ')}, which cannot be proven the test's own`;
        run.guard.raise(state, lookupAlert(run.apiBase, plan, settings, reason));
    }
    if (settled.kind === 'unknown')
        return (0,check/* fail */.fJ)(`${text.summary}${seen}; could not tell whether an appointment was made: ${settled.reason}`, { hints: text.hints });
    // Which one is this run's cannot be told: every appointment proven the test's is cancelled.
    for (const id of settled.ids)
        booked(run, state, id);
    return (0,check/* fail */.fJ)(`${text.summary}${seen}; the appointment was made all the same (found ${settled.ids.join(', ')} by name, externalUserId and date) and is cancelled below`, {
        hints: ['The API did not answer the booking as documented: check its status.'],
        data: { found: settled.ids }
    });
}
function createHints(code, fallback) {
    if (code === 'INSUFFICIENT_CREDITS')
        return ['No credit left to book: buy credits. Nothing was booked.'];
    if (code === 'DEPARTMENT_NOT_FOUND')
        return ['department-id does not exist for this key\u2019s organization: use an id from GET /departments.'];
    if (code === 'SLOT_NOT_AVAILABLE' || code === 'DUPLICATE_APPOINTMENT') {
        return ['The slot is taken (maybe by an earlier smoke test left behind): choose another appointment-datetime, and cancel any leftover test appointment.'];
    }
    return fallback;
}

;// CONCATENATED MODULE: ./src/smoke/refund.ts
/** Whether the cancelled test appointment's credit came back: the balance read again. */


const STOPPED_HINT = 'Re-run the smoke test; raise timeout-seconds if the deadline cut it short.';
async function checkRefund(api, settings, before, steps) {
    // The refund may land a moment after the DELETE: read a few times before concluding.
    let after = null;
    for (let read = 1; read <= 3; read++) {
        // Nothing is sent once the steps are stopped: the answer could not be waited for anyway.
        if (steps.expired)
            return (0,check/* fail */.fJ)(`the refund was not ${after === null ? 'read' : 'seen'}: the run stopped before it could be`, {
                data: { before, after },
                hints: [STOPPED_HINT]
            });
        const balance = await (0,credits/* fetchCredits */.t)(api, settings);
        if (!balance.ok)
            return (0,check/* fail */.fJ)(balance.summary, { hints: balance.hints, data: balance.data });
        after = balance.value;
        if (after === before)
            return (0,check/* pass */.IX)(`${after} credits, as before: the credit was refunded`, { data: { before, after } });
        if (read < 3)
            await steps.sleep(500);
    }
    return (0,check/* fail */.fJ)(`${after} credits after, ${before} before: the balance did not come back`, {
        data: { before, after },
        hints: [
            'If real bookings happened meanwhile, the balance moved for them; otherwise the cancellation was not refunded: check the credit history in the dashboard.'
        ]
    });
}

;// CONCATENATED MODULE: ./src/smoke/guard.ts

function createBookingGuard(registry, apiBase, settings, httpOptions) {
    const released = new Map();
    return {
        track(state, id) {
            if (released.has(id))
                return;
            state.booked.push(id);
            released.set(id, registry.register(bookingEntry(apiBase, id, settings, httpOptions)));
            registry.setOutput('appointment-id', state.booked.join(','));
        },
        raise(state, alert) {
            state.alerts.push(alert);
            registry.register({ label: 'a possible test appointment', alert });
        },
        underWay: (plan, creditsBefore) => registry.register(bookingInFlightEntry(apiBase, plan, settings, creditsBefore, httpOptions)),
        async cancelAll(ids, time) {
            const done = await Promise.all(ids.map(async (id) => ({ id, ...(await cancelOnOwnTransport(settings, id, time, httpOptions)) })));
            for (const d of done)
                if (d.cancelled)
                    released.get(d.id)?.();
            return done;
        }
    };
}

;// CONCATENATED MODULE: ./src/smoke/run.ts
/** What smoke's steps share once the preconditions pass: their deadline, transport and API client. */






function createSmokeRun({ settings, apiBase, time, cancelled, http, cleanup }) {
    // The steps' time: the run's, less what the cleanup keeps back; stopped with the job.
    const steps = time.child({ leave: cleanupReserveMs(settings.timeoutSeconds) });
    // The steps' transport; the booking's answer is kept raw, to be read whatever its status.
    const transport = recordingPosts((0,http_client/* createHttpClient */.u)(http ?? {}));
    const client = (within) => {
        const access = (0,api_access/* apiClientFor */.v)(settings, { time: within, http: transport.http });
        // The preconditions refused every case apiClientFor refuses.
        if (!access.ok)
            throw new Error(access.outcome.summary);
        return access.client;
    };
    return {
        settings,
        apiBase,
        plan: planAppointment(settings.smoke, new Date()),
        confirmTemplate: settings.smoke.webhookConfirmUrl,
        deadline: time.deadline,
        cancelled,
        steps,
        http: transport.http,
        lastPost: transport.lastPost,
        api: client(steps),
        client,
        guard: createBookingGuard(cleanup, apiBase, settings, http)
    };
}

;// CONCATENATED MODULE: ./src/smoke/state.ts
const initialState = () => ({ stage: 'ready', creditsBefore: null, booked: [], alerts: [] });

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/smoke/confirm.ts

const FIRST_DELAY_MS = 200;
const MAX_DELAY_MS = 3_000;
const POLL_TIMEOUT_MS = 5_000;
const MIN_POLL_MS = 100;
/** Polls for `waitMs` at most, within `steps`: stopped when they stop. */
async function waitForConfirmation(http, url, waitMs, steps) {
    const started = performance.now();
    const elapsed = () => performance.now() - started;
    let polls = 0;
    let last = 'not asked';
    let delay = FIRST_DELAY_MS;
    while (!steps.expired) {
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
            signal: steps.signal
        });
        if (outcome.ok && outcome.response.status >= 200 && outcome.response.status < 300) {
            return { confirmed: true, polls, waitedMs: Math.round(elapsed()), last: String(outcome.response.status) };
        }
        last = outcome.ok ? String(outcome.response.status) : outcome.failure.message;
        const wait = Math.min(delay, waitMs - elapsed() - MIN_POLL_MS);
        if (wait < 0)
            break;
        await steps.sleep(wait);
        delay = Math.min(MAX_DELAY_MS, Math.round(delay * 1.6));
    }
    return { confirmed: false, polls, waitedMs: Math.round(elapsed()), last: steps.expired ? 'stopped before confirmation' : last };
}

;// CONCATENATED MODULE: ./src/smoke/steps.ts
/**
 * Smoke's steps around the booking, each a small function over the run and its state: the
 * balance before, the application's processing of an event, the cancellation, the refund.
 */






/** Credits before: the test costs one, given back on cancel. */
async function creditsBefore(run, state) {
    const balance = await (0,credits/* fetchCredits */.t)(run.api, run.settings);
    if (!balance.ok)
        return (0,check/* fail */.fJ)(balance.summary, { hints: balance.hints, data: balance.data });
    state.creditsBefore = balance.value;
    const data = { availableCredits: balance.value };
    if (balance.value >= 1)
        return (0,check/* pass */.IX)(`${balance.value} credits available`, { data });
    return (0,check/* fail */.fJ)(`${balance.value} credits available: the test appointment cannot be booked`, {
        data,
        hints: ['Buy credits before running the smoke test; nothing was booked.']
    });
}
/** The application processed `event` for appointment `id`: its confirm URL answers 2xx within webhook-wait-seconds. */
async function confirmEvent(run, id, event) {
    const { settings, confirmTemplate } = run;
    if (!confirmTemplate) {
        return (0,check/* skip */.iv)('not verified: no webhook-confirm-url, so the application\u2019s processing of the event cannot be seen', {
            hints: ['Give webhook-confirm-url (see the README) to verify the application processed the webhook.']
        });
    }
    const seen = await waitForConfirmation(run.http, new URL(confirmUrl(confirmTemplate, id, event)), settings.smoke.webhookWaitSeconds * 1000, run.steps);
    const data = { event, polls: seen.polls, waitedMs: seen.waitedMs };
    if (seen.confirmed)
        return (0,check/* pass */.IX)(`${event} confirmed after ${seen.waitedMs} ms (${seen.polls} poll${seen.polls === 1 ? '' : 's'})`, { data });
    if (run.steps.expired)
        return (0,check/* fail */.fJ)(`${event} not confirmed: the wait was stopped after ${seen.waitedMs} ms`, { data });
    const dashboard = settings.environment === 'production' ? 'Production' : 'Staging';
    return (0,check/* fail */.fJ)(`${event} not confirmed within ${settings.smoke.webhookWaitSeconds} s (last answer: ${seen.last})`, {
        data,
        hints: [
            `The application did not process the webhook: check the webhook URL registered in Dashboard > Webhooks > ${dashboard}, the secret, and the application\u2019s webhook logs.`
        ]
    });
}
/** appointment.created processed: the booking is confirmed. */
async function confirmBooking(run, state) {
    const outcome = await confirmEvent(run, state.booked[0], 'appointment.created');
    if (outcome.status === 'pass')
        state.stage = 'confirmed';
    return outcome;
}
/** Cancels every booked appointment within the cleanup's budget; what is left is in the alert. */
async function cancelBooked(run, state, ids, time) {
    const done = await run.guard.cancelAll(ids, time);
    const left = done.filter((d) => !d.cancelled);
    const data = { appointmentIds: ids, attempts: done.map((d) => d.attempts) };
    if (left.length === 0) {
        state.stage = 'cancelled';
        return (0,check/* pass */.IX)(done.map((d) => `appointment ${d.id} cancelled (${d.detail})`).join('; '), { data });
    }
    // Each one left is still registered, its own alert ready should a fault end the run now.
    state.alerts.push(notCancelledAlert(run.apiBase, left.map((d) => d.id), run.settings));
    return (0,check/* fail */.fJ)(left.map((d) => `appointment ${d.id} NOT cancelled: ${d.detail}`).join('; '), {
        hints: ['Cancel by hand with the command at the top of this summary.'],
        data
    });
}
/** The credit came back; only comparable when the one appointment cancelled is this run's. */
async function verifyRefund(run, state) {
    const cancelled = state.booked.length;
    if (cancelled > 1) {
        return (0,check/* skip */.iv)(`not compared: ${cancelled} test appointments were cancelled (earlier ones left behind among them), so the balance cannot be compared one for one`);
    }
    const outcome = await checkRefund(run.api, run.settings, state.creditsBefore, run.steps);
    if (outcome.status === 'pass')
        state.stage = 'refunded';
    return outcome;
}

;// CONCATENATED MODULE: ./src/modes/smoke.ts
/**
 * Smoke mode: the guide's post-deploy verification, live. Books one test appointment, sees
 * its webhook processed, cancels it, sees that processed too, and checks the credit came back.
 * Once an appointment exists it is cancelled whatever happens: a failed step, the deadline or
 * the job being cancelled. Free refusals (wrong key, no credit) come before anything is booked.
 * The steps are small functions over the run and its state (src/smoke/steps.ts, book.ts); this
 * file only orders them and keeps the rows.
 */














const TITLES = {
    config: check_ids/* CHECK_TITLES */.Zt.config,
    'credits-before': 'Credits before',
    create: 'Create test appointment',
    'webhook-created': 'appointment.created processed',
    cancel: 'Cancel test appointment',
    'webhook-cancelled': 'appointment.cancelled processed',
    'credits-after': 'Credits after (refund)'
};
function recorder(rows) {
    return async (id, work) => {
        const t0 = performance.now();
        let outcome;
        try {
            outcome = await work();
        }
        catch (error) {
            outcome = (0,check/* fail */.fJ)(`stopped with an error: ${(0,fault_text/* faultText */.Ij)(error)}`);
        }
        rows.push({ id, title: TITLES[id], ...outcome, durationMs: Math.round(performance.now() - t0) });
        return outcome;
    };
}
async function runSmoke(ctx) {
    const { settings } = ctx;
    const rows = [];
    // Should a fault end the run, the steps done so far are still reported.
    ctx.cleanup.setProgress(() => rows);
    const record = recorder(rows);
    // 1. Refusals that cost nothing.
    const confirmTemplate = settings.smoke.webhookConfirmUrl;
    const preconditions = await record('config', async () => (0,findings/* judgeConfig */.KR)([
        ...(0,findings/* apiKeyFindings */.Qh)(settings),
        ...(0,findings/* apiUrlFindings */.mt)(settings),
        ...(0,findings/* serviceUrlFinding */.sS)(confirmTemplate && confirmUrl(confirmTemplate, '1', 'appointment.created'), 'webhook-confirm-url', settings.environment)
    ]));
    const apiUrl = (0,urls/* checkApiUrl */.Sz)(settings.apiUrl, settings.environment);
    if (preconditions.status === 'fail' || !apiUrl.ok)
        return { checks: rows };
    const run = createSmokeRun({ settings, apiBase: apiUrl.url, time: ctx.time, cancelled: ctx.cancelled, http: ctx.http, cleanup: ctx.cleanup });
    const state = initialState();
    try {
        // 2. Credits before: nothing is booked without one.
        const before = await record('credits-before', () => creditsBefore(run, state));
        if (before.status === 'fail')
            return { checks: rows };
        // 3. Create. Until its answer is read, a fault ending the run looks the booking up to cancel it.
        const bookingUnderWay = run.guard.underWay(run.plan, state.creditsBefore);
        const creation = await record('create', () => book(run, state));
        bookingUnderWay();
        // 4. The application processed appointment.created.
        if (state.booked.length === 1 && creation.status === 'pass')
            await record('webhook-created', () => confirmBooking(run, state));
    }
    finally {
        // 5. Cleanup, guaranteed, with its own budget and its own transport.
        if (state.booked.length > 0)
            await cleanUp(run, state, record);
        run.steps.dispose();
        await closeQuietly(run.http);
    }
    return ending(run, state, rows);
}
/** Cancels what was booked, then, for this run's one appointment, sees that processed and the credit back. */
async function cleanUp(run, state, record) {
    const ids = [...state.booked];
    const time = cleanupBudget(run.deadline, run.cancelled);
    const cancellation = await record('cancel', () => cancelBooked(run, state, ids, time));
    time.dispose();
    if (cancellation.status !== 'pass' || run.steps.expired)
        return;
    if (ids.length === 1) {
        await record('webhook-cancelled', () => confirmEvent(run, ids[0], 'appointment.cancelled'));
        if (state.creditsBefore !== null)
            await record('credits-after', () => verifyRefund(run, state));
    }
    else {
        await record('credits-after', () => verifyRefund(run, state));
    }
}
/** The rows, and what stopped the run early: the deadline or the job's cancellation. */
function ending(run, state, rows) {
    const stopped = run.cancelled.aborted ? 'the job was cancelled' : performance.now() >= run.steps.deadline ? 'the deadline came' : null;
    const alert = (0,cleanup_registry/* mergeAlerts */.Ss)(state.alerts);
    if (stopped) {
        const hint = alert ? 'Act on the alert at the top of this summary first.' : STOPPED_HINT;
        rows.push({ id: 'stopped', title: 'Smoke test stopped', ...(0,check/* fail */.fJ)(`stopped early: ${stopped}`, { hints: [hint] }), durationMs: 0 });
    }
    return { checks: rows, outputs: { 'appointment-id': state.booked.join(',') }, ...(alert ? { alert } : {}) };
}


/***/ })

};
