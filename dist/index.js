import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3326:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ pass),
/* harmony export */   QZ: () => (/* binding */ worst),
/* harmony export */   R8: () => (/* binding */ warn),
/* harmony export */   bu: () => (/* binding */ outcome),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   iv: () => (/* binding */ skip)
/* harmony export */ });
function outcome(status, summary, extras = {}) {
    return { status, summary, details: extras.details ?? [], hints: extras.hints ?? [], data: extras.data ?? {} };
}
const pass = (summary, extras = {}) => outcome('pass', summary, extras);
const warn = (summary, extras = {}) => outcome('warn', summary, extras);
const fail = (summary, extras = {}) => outcome('fail', summary, extras);
const skip = (summary, extras = {}) => outcome('skip', summary, extras);
const SEVERITY = { skip: 0, pass: 1, warn: 2, fail: 3 };
/** The worse of two statuses (fail > warn > pass > skip). */
function worst(a, b) {
    return SEVERITY[a] >= SEVERITY[b] ? a : b;
}


/***/ }),

/***/ 3310:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gd: () => (/* binding */ budget),
/* harmony export */   vO: () => (/* binding */ budgetFor),
/* harmony export */   xL: () => (/* binding */ JobCancelled)
/* harmony export */ });
/* unused harmony exports DeadlineReached, sleep */
/**
 * Time and stopping, the one way: a Budget runs until its deadline (a performance.now() value)
 * or until its parent stops (the job's cancellation, or a larger budget), and hands out that
 * time as an abort signal, a number of milliseconds, and smaller budgets capped by it.
 *
 * Its timer is cleared on stop or dispose, and unref'd unless someone waits on the stop
 * (race, stopped): a deadline alone never keeps the process alive once the work is done, and
 * a wait on work that holds nothing open still ends at the deadline.
 */
/** Why work stopped when the runner cancelled the job, told apart from the deadline by type. */
class JobCancelled extends Error {
    constructor(what) {
        super(`the job was cancelled (${what})`);
        this.name = 'JobCancelled';
    }
}
/** The abort reason of a budget whose own deadline came. */
class DeadlineReached extends Error {
    constructor() {
        super('the deadline came');
        this.name = 'DeadlineReached';
    }
}
/** The longest delay setTimeout takes. */
const MAX_TIMER_MS = 2 ** 31 - 1;
const causeOf = (reason) => (reason instanceof DeadlineReached ? 'deadline' : 'cancelled');
class TimeBudget {
    deadline;
    keeper;
    signal;
    controller = new AbortController();
    ownReason = new DeadlineReached();
    timer;
    detach = () => { };
    /** Whoever waits on the stop (race, stopped): while any does, the timer keeps the process alive. */
    holds = new Set();
    /** Without a timer of its own, `keeper` (the parent) has the binding deadline, and its stop is this one's. */
    constructor(deadline, parent, keeper) {
        this.deadline = deadline;
        this.keeper = keeper;
        this.signal = this.controller.signal;
        if (parent?.aborted) {
            this.controller.abort(parent.reason);
            return;
        }
        if (parent) {
            const onParent = () => this.stop(parent.reason);
            parent.addEventListener('abort', onParent, { once: true });
            this.detach = () => parent.removeEventListener('abort', onParent);
        }
        if (!keeper)
            this.arm();
    }
    arm() {
        const left = this.deadline - performance.now();
        if (left <= 0)
            return this.stop(this.ownReason);
        // Past setTimeout's ceiling a timer fires at once: a longer wait is made of several.
        this.timer = setTimeout(() => (left > MAX_TIMER_MS ? this.arm() : this.stop(this.ownReason)), Math.min(left, MAX_TIMER_MS));
        this.refresh();
    }
    /** A deadline only guards work: it keeps the process alive only while someone waits on it. */
    refresh() {
        if (this.holds.size > 0)
            this.timer?.ref();
        else
            this.timer?.unref();
    }
    /** Someone waits on the stop; released when they stop waiting, or when this budget stops or is disposed. */
    hold() {
        if (this.expired)
            return () => { };
        const upstream = this.keeper?.hold();
        const release = () => {
            if (!this.holds.delete(release))
                return;
            upstream?.();
            this.refresh();
        };
        this.holds.add(release);
        this.refresh();
        return release;
    }
    stop(reason) {
        this.dispose();
        this.controller.abort(reason);
    }
    get expired() {
        return this.signal.aborted;
    }
    get stoppedBy() {
        return this.signal.aborted ? causeOf(this.signal.reason) : undefined;
    }
    get ranOut() {
        return this.signal.aborted && this.signal.reason === this.ownReason;
    }
    remainingMs() {
        return this.signal.aborted ? 0 : Math.max(0, this.deadline - performance.now());
    }
    child(limit) {
        const now = performance.now();
        const at = typeof limit === 'number' ? now + limit : 'until' in limit ? limit.until : this.deadline - limit.leave;
        return at < this.deadline ? new TimeBudget(at, this.signal) : new TimeBudget(this.deadline, this.signal, this);
    }
    sleep(ms) {
        return sleep(ms, this.signal);
    }
    race(work) {
        const { signal } = this;
        return new Promise((resolve, reject) => {
            const onStop = () => reject(signal.reason);
            if (signal.aborted)
                return onStop();
            const release = this.hold();
            signal.addEventListener('abort', onStop, { once: true });
            work.then(resolve, reject).finally(() => {
                signal.removeEventListener('abort', onStop);
                release();
            });
        });
    }
    stopped() {
        const { signal } = this;
        if (signal.aborted)
            return Promise.resolve(causeOf(signal.reason));
        this.hold();
        return new Promise((resolve) => signal.addEventListener('abort', () => resolve(causeOf(signal.reason)), { once: true }));
    }
    dispose() {
        clearTimeout(this.timer);
        this.timer = undefined;
        for (const release of [...this.holds])
            release();
        this.detach();
        this.detach = () => { };
    }
}
/**
 * A budget until `deadline` (a performance.now() value). `parent` stops it early: the job's
 * cancellation, or any signal of the work it belongs to (its reason is kept as the stop's).
 */
function budget(deadline, parent) {
    return new TimeBudget(deadline, parent);
}
/** A budget of `ms` from now. */
function budgetFor(ms, parent) {
    return budget(performance.now() + ms, parent);
}
/** Resolves after `ms`, or at once when `signal` aborts. Never rejects. Awaited work: its timer is ref'd. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        const done = () => {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        };
        if (signal.aborted)
            return resolve();
        const timer = setTimeout(done, Math.max(0, ms));
        signal.addEventListener('abort', done, { once: true });
    });
}


/***/ }),

/***/ 5163:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ss: () => (/* binding */ mergeAlerts),
/* harmony export */   kh: () => (/* binding */ createCleanupRegistry),
/* harmony export */   yt: () => (/* binding */ undoPending)
/* harmony export */ });
/* harmony import */ var _engine_check_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3326);
/* harmony import */ var _engine_timing_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3310);
/* harmony import */ var _fault_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9287);
/**
 * What a mode must put right if the run ends abruptly: it registers each thing to undo (a booked
 * test appointment) as soon as it exists, and releases it once undone. Whatever is still
 * registered when a fault ends the run is undone by the emergency finish, or named in its alert.
 */



function createCleanupRegistry() {
    const entries = new Set();
    const outputs = {};
    let rows = () => [];
    return {
        register(entry) {
            entries.add(entry);
            return () => void entries.delete(entry);
        },
        pending: () => [...entries],
        setOutput: (name, value) => void (outputs[name] = value),
        outputs: () => ({ ...outputs }),
        setProgress: (next) => void (rows = next),
        progress() {
            try {
                return [...rows()];
            }
            catch {
                return [];
            }
        }
    };
}
/** One alert from several: messages in order, commands one after the other. */
function mergeAlerts(alerts) {
    if (alerts.length === 0)
        return undefined;
    if (alerts.length === 1)
        return alerts[0];
    const commands = alerts.flatMap((a) => (a.command ? [a.command] : []));
    return { message: alerts.map((a) => a.message).join(' '), ...(commands.length > 0 ? { command: commands.join('; ') } : {}) };
}
async function undoOne(entry, time) {
    if (!entry.undo)
        return { undone: false, detail: 'only a person can tell whether it must be undone' };
    try {
        // Raced with the budget: an undo that ignores its signal must not hold the run.
        return await time.race(entry.undo(time));
    }
    catch (error) {
        if (time.expired)
            return { undone: false, detail: 'not finished within the cleanup time' };
        return { undone: false, detail: `stopped with an error: ${(0,_fault_text_js__WEBPACK_IMPORTED_MODULE_2__/* .faultText */ .Ij)(error)}` };
    }
}
/**
 * Undoes everything still registered, all at once, within `budgetMs`; never throws. Gives the
 * summary row and the alert for what is left.
 */
async function undoPending(registry, budgetMs) {
    const entries = registry.pending();
    if (entries.length === 0)
        return {};
    const started = performance.now();
    const time = (0,_engine_timing_js__WEBPACK_IMPORTED_MODULE_1__/* .budgetFor */ .vO)(budgetMs);
    try {
        const outcomes = await Promise.all(entries.map((entry) => undoOne(entry, time)));
        const left = entries.filter((_, i) => !outcomes[i].undone);
        const summary = entries.map((e, i) => `${e.label} ${outcomes[i].undone ? 'undone' : 'NOT undone'}: ${outcomes[i].detail}`).join('; ');
        const durationMs = Math.round(performance.now() - started);
        const title = 'Cleanup after the fault';
        if (left.length === 0)
            return { row: { id: 'cleanup', title, ...(0,_engine_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)(summary), durationMs } };
        return {
            row: { id: 'cleanup', title, ...(0,_engine_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(summary, { hints: ['Act on the alert at the top of this summary.'] }), durationMs },
            alert: mergeAlerts(left.map((e) => e.alert))
        };
    }
    finally {
        time.dispose();
    }
}


/***/ }),

/***/ 9287:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ij: () => (/* binding */ faultText),
/* harmony export */   gy: () => (/* binding */ gateFaultRow),
/* harmony export */   vQ: () => (/* binding */ invalidInputsRow)
/* harmony export */ });
/* harmony import */ var _settings_check_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8034);
/* harmony import */ var _engine_check_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3326);
/** The rows the finish writes itself, for a person: a fault of the gate (its message, never its stack), invalid inputs. */


const MAX_CHARS = 300;
function faultText(error) {
    let text;
    try {
        text = error instanceof Error ? error.message || error.name : String(error);
    }
    catch {
        text = 'an unreadable error';
    }
    // A message may embed a stack ("Error: x\n    at f (file:1:2)"): only what precedes it is kept.
    const firstFrame = text.search(/\n\s*at\s/);
    if (firstFrame >= 0)
        text = text.slice(0, firstFrame);
    text = text.replace(/\s+/g, ' ').trim() || 'an error without a message';
    return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}\u2026` : text;
}
/** The summary row of a fault of the gate itself: failing, with the reason and what to do. */
function gateFaultRow(error, when = 'the gate stopped unexpectedly') {
    return {
        id: 'gate',
        title: 'Deploy gate',
        ...(0,_engine_check_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${when}: ${faultText(error)}`, {
            hints: ['A fault of the gate itself: nothing was passed. Re-run, and report it with this log if it persists.']
        }),
        durationMs: 0
    };
}
function invalidInputsRow(errors) {
    const count = `${errors.length} invalid input${errors.length === 1 ? '' : 's'}`;
    return {
        id: 'config',
        title: _settings_check_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECK_TITLES */ .Zt.config,
        ...(0,_engine_check_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${count}: ${errors.join('; ')}`, {
            details: errors.map((e) => `\u274C ${e}`),
            hints: ['Fix each input listed in this row, in the step\u2019s with: block (or the command line\u2019s flags of the same names); no other check ran.']
        }),
        durationMs: 0
    };
}


/***/ }),

/***/ 9837:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ installLastResort),
/* harmony export */   RU: () => (/* binding */ activateGuard),
/* harmony export */   h0: () => (/* binding */ endOnFault)
/* harmony export */ });
/* unused harmony export OVERDUE_GRACE_MS */
/* harmony import */ var _io_written_out_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(774);
/* harmony import */ var _fault_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9287);
/**
 * The process-wide net: an exception or a rejection nobody caught, or a run still going long
 * after its deadline, ends in the active run's emergency finish, then exit 1. Node's own
 * handler (a stack trace, no summary) never runs.
 */


/** After the deadline, time for the mode's own cleanup and the publish before the watchdog acts. */
const OVERDUE_GRACE_MS = 15_000;
let installed = false;
let active;
async function actionExit(code, error, hadRun) {
    // Loaded only now: the runner's adapter is not on the way to a run's first request.
    if (!hadRun)
        (await Promise.all(/* import() */[__nccwpck_require__.e(410), __nccwpck_require__.e(421), __nccwpck_require__.e(58)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2432)))
            .createActionsIO(process.env)
            .setFailed(`The deploy gate stopped unexpectedly before it could report: ${(0,_fault_text_js__WEBPACK_IMPORTED_MODULE_0__/* .faultText */ .Ij)(error)}`);
    await (0,_io_written_out_js__WEBPACK_IMPORTED_MODULE_1__/* .standardStreamsWritten */ .gT)();
    process.exit(code || 1);
}
let exitAfterFault = actionExit;
/** Ends the process through the active run's emergency finish. */
async function endOnFault(error) {
    let code = 1;
    const hadRun = active !== undefined;
    try {
        if (active)
            code = await active.guard.emergency(error);
    }
    catch {
        /* exit 1 all the same */
    }
    try {
        await exitAfterFault(code, error, hadRun);
    }
    catch {
        /* the exit below still happens */
    }
    process.exit(code || 1);
}
/** Installs the handlers; only the entry points do (the action's, the command line's with its own exit), so tests driving run() keep Node's. */
function installLastResort(exit = actionExit) {
    if (installed)
        return;
    installed = true;
    exitAfterFault = exit;
    process.on('uncaughtException', (error) => void endOnFault(error));
    process.on('unhandledRejection', (reason) => void endOnFault(reason));
}
/**
 * Makes `guard` the one an escaped fault ends; with the handlers installed, also arms the
 * watchdog for a run that has not ended `OVERDUE_GRACE_MS` after its deadline. Returns the release.
 */
function activateGuard(guard, deadline, mode) {
    const entry = { guard };
    if (installed) {
        const overdue = new Error(`the ${mode} run had not ended ${OVERDUE_GRACE_MS / 1000} s after its deadline`);
        // Not unref'd: a mode waiting on a promise nothing will settle must still end here.
        entry.watchdog = setTimeout(() => void endOnFault(overdue), Math.max(0, deadline - performance.now()) + OVERDUE_GRACE_MS);
    }
    active = entry;
    return () => {
        clearTimeout(entry.watchdog);
        if (active === entry)
            active = undefined;
    };
}


/***/ }),

/***/ 4690:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pe: () => (/* binding */ TEST_FAULT_VARIABLE),
/* harmony export */   lC: () => (/* binding */ injectModeFault),
/* harmony export */   n5: () => (/* binding */ injectPublishFault)
/* harmony export */ });
/* unused harmony export InjectedFault */
/**
 * Faults on purpose, for the end-to-end tests of the gate's last line of defence, and for
 * nothing else. Read from the environment variable MONCRENEAU_GATE_TEST_FAULT, never from an
 * input (the runner passes inputs as INPUT_*, which this name can never be). Unset, or set to
 * anything else, it does nothing. It can only make a run fail, never pass.
 *
 *   uncaught:<ms>   an exception thrown from a timer, <ms> after the mode started
 *   rejection:<ms>  a promise rejected and never handled, <ms> after the mode started
 *   publish         an exception while the report and the summary are prepared
 */
const TEST_FAULT_VARIABLE = 'MONCRENEAU_GATE_TEST_FAULT';
class InjectedFault extends Error {
    constructor(what) {
        super(`fault injected on purpose (${TEST_FAULT_VARIABLE}=${what})`);
        this.name = 'InjectedFault';
    }
}
/** Schedules the fault the variable's value asks for while the mode runs; returns its cancel. */
function injectModeFault(testFault) {
    const match = /^(uncaught|rejection):(\d{1,7})$/.exec(testFault);
    if (!match)
        return () => undefined;
    const [what, kind, ms] = match;
    const timer = setTimeout(() => {
        if (kind === 'uncaught')
            throw new InjectedFault(what);
        void Promise.reject(new InjectedFault(what));
    }, Number(ms));
    timer.unref();
    return () => clearTimeout(timer);
}
/** Throws when the variable's value asks for a fault while publishing. */
function injectPublishFault(testFault) {
    if (testFault === 'publish')
        throw new InjectedFault('publish');
}


/***/ }),

/***/ 3572:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nu: () => (/* binding */ describeExchange),
/* harmony export */   fw: () => (/* binding */ EXCERPT_READ_BYTES)
/* harmony export */ });
/* unused harmony exports EXCERPT_CHARS, shownUrl */
/** What a body excerpt may show; read wider so a secret near the edge is whole when redacted. */
const EXCERPT_CHARS = 200;
/** Secrets longer than 4 KB are refused, so this much more keeps any cut secret redactable. */
const EXCERPT_READ_BYTES = EXCERPT_CHARS * 4 + 4096;
const SECRET_LOOKING = /token|key|secret|sig|auth|pass|code|session|credential/i;
/** The URL as it may be shown: no user or password, values of secret-looking parameters hidden. */
function shownUrl(url) {
    const copy = new URL(url.href);
    copy.username = '';
    copy.password = '';
    for (const name of [...copy.searchParams.keys()])
        if (SECRET_LOOKING.test(name))
            copy.searchParams.set(name, '***');
    return copy.href;
}
function excerpt(text, bytes, redact) {
    if (bytes === 0)
        return '';
    const clean = redact(text);
    const cut = clean.length > EXCERPT_CHARS ? `${clean.slice(0, EXCERPT_CHARS)}\u2026` : clean;
    // JSON quoting keeps line breaks and control characters on the one line, visibly.
    return JSON.stringify(cut);
}
function describeExchange(e, redact) {
    const answer = e.status !== undefined ? `${e.status}` : `no answer (${e.failure ?? 'unknown'})`;
    const via = e.proxy ? ` via proxy ${e.proxy}` : '';
    const parts = [`HTTP ${e.method} ${redact(shownUrl(e.url))}${via} -> ${redact(answer)} in ${Math.round(e.timeMs)} ms`];
    if (e.sentBytes > 0)
        parts.push(`sent ${e.sentBytes} bytes ${excerpt(e.sentStart, e.sentBytes, redact)}`);
    if (e.status !== undefined)
        parts.push(`received ${e.receivedBytes} bytes ${excerpt(e.receivedStart, e.receivedBytes, redact)}`.trimEnd());
    return parts.join('; ');
}


/***/ }),

/***/ 8506:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Yw: () => (/* binding */ proxySettingsFrom),
/* harmony export */   iJ: () => (/* binding */ proxyFor)
/* harmony export */ });
/* unused harmony exports bypassesProxy, InvalidProxySetting */
/**
 * Which proxy, if any, a request goes through: `HTTPS_PROXY` / `HTTP_PROXY` and `NO_PROXY`
 * (either case), read the way the runner's own tools read them (`@actions/http-client`, which
 * the pull request comment uses; a test compares the two). Pure: settings and URL in.
 */
/** Reads the proxy variables, lower case first (curl's and http-client's order). */
function proxySettingsFrom(env) {
    const variable = (name) => env[name.toLowerCase()] || env[name.toUpperCase()] || '';
    return { httpsProxy: variable('https_proxy'), httpProxy: variable('http_proxy'), noProxy: variable('no_proxy') };
}
/** Loopback never goes through a proxy, as in the runner's tools: the proxy cannot reach it. */
function isLoopback(hostname) {
    const host = hostname.toLowerCase();
    return host === 'localhost' || host.startsWith('127.') || host === '[::1]' || host === '[0:0:0:0:0:0:0:1]';
}
/** True when NO_PROXY names the host: `*`, the host, `host:port`, or a parent domain. */
function bypassesProxy(url, proxy) {
    if (isLoopback(url.hostname))
        return true;
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    const hosts = [url.hostname.toUpperCase(), `${url.hostname.toUpperCase()}:${port}`];
    return proxy.noProxy
        .split(',')
        .map((entry) => entry.trim().toUpperCase())
        .filter((entry) => entry !== '')
        .some((entry) => entry === '*' || hosts.some((h) => h === entry || h.endsWith(entry.startsWith('.') ? entry : `.${entry}`)));
}
/** A proxy variable that cannot be read as a URL: named, never quoted (it may hold a password). */
class InvalidProxySetting extends Error {
}
/** The proxy URL for a request, or undefined to connect directly. */
function proxyFor(url, proxy) {
    if (bypassesProxy(url, proxy))
        return undefined;
    const name = url.protocol === 'https:' ? 'https_proxy' : 'http_proxy';
    const value = url.protocol === 'https:' ? proxy.httpsProxy : proxy.httpProxy;
    if (value === '')
        return undefined;
    // `proxy.corp:3128` is common in runner configuration: read as http://, as the runner does.
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
    try {
        const parsed = new URL(withScheme);
        if (parsed.protocol === 'http:' || parsed.protocol === 'https:')
            return parsed;
    }
    catch {
        // reported below
    }
    throw new InvalidProxySetting(`${name.toUpperCase()} is set but is not a proxy URL; expected http://host:port (or https://)`);
}


/***/ }),

/***/ 9407:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ commandLine)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _finish_last_resort_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9837);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(587);
/**
 * The bundle's one entry. Run as a file (the runner's `node dist/index.js`), it is the action:
 * it runs the gate and exits, even if a socket is still open. Imported (dist/cli.js, the
 * package's bin), it runs nothing and offers the command line, loaded only then: one bundle,
 * whose chunks both share.
 */




/** Runs the command line (it exits when its command is done). */
async function commandLine() {
    await __nccwpck_require__.e(/* import() */ 581).then(__nccwpck_require__.bind(__nccwpck_require__, 5581));
}
function runAsFile() {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(process.argv[1] ?? '') === (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url);
    }
    catch {
        return false;
    }
}
if (runAsFile()) {
    // Before anything runs: whatever escapes still ends with a summary, the outputs and exit 1.
    (0,_finish_last_resort_js__WEBPACK_IMPORTED_MODULE_2__/* .installLastResort */ .$$)();
    process.exit(await (0,_main_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .e)().catch(_finish_last_resort_js__WEBPACK_IMPORTED_MODULE_2__/* .endOnFault */ .h0));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2899:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ inertLine),
/* harmony export */   Q6: () => (/* binding */ visibleText),
/* harmony export */   UJ: () => (/* binding */ inertText),
/* harmony export */   t0: () => (/* binding */ oneVisibleLine)
/* harmony export */ });
/**
 * Text from outside made inert before it is written: no character that renders as nothing,
 * reorders the line or breaks it (shown as `<U+202E>` instead), and nothing the Actions runner
 * would read as a workflow command. Pure; applied by the IO layer to every line and by the
 * Markdown escaper to every piece of quoted text.
 */
/**
 * Controls (C0, DEL, C1), format characters (bidi embeddings, overrides and isolates, zero-width
 * characters, the BOM, invisible tag characters), line and paragraph separators, lone surrogates,
 * and the letters that render blank (Hangul fillers, combining grapheme joiner, Mongolian selectors).
 */
// eslint-disable-next-line no-misleading-character-class -- lone joiners and selectors are exactly what is shown
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\uffa0]/gu;
/** Breaks and tabs fold to a space where one line is wanted: a space cannot fake a line. */
const LINE_BREAKS = /[\r\n\t\v\f]+/g;
const codePoint = (c) => `<U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}>`;
/** Every invisible character shown as `<U+XXXX>`; `\n` kept when `keepNewlines` (multi-line text). */
function showInvisible(text, keepNewlines = false) {
    if (!keepNewlines)
        return text.replace(INVISIBLE, codePoint);
    return text.replace(/\r\n/g, '\n').replace(INVISIBLE, (c) => (c === '\n' ? c : c === '\t' ? ' ' : codePoint(c)));
}
/** Line breaks and tabs become one space, the rest of the invisible characters are shown. */
function oneVisibleLine(text) {
    return showInvisible(text.replace(LINE_BREAKS, ' '));
}
/**
 * No workflow command can start: the runner reads `::name::` at the start of a line (after
 * leading white space) and the legacy `##[name]` anywhere in a line. A backslash breaks both
 * and still reads as the same characters (Markdown renders `\:` and `\[` as `:` and `[`).
 */
function noRunnerCommand(text) {
    return text.replace(/##\[/g, '##\\[').replace(/^(\s*):(?=:)/gm, '$1:\\');
}
/** Multi-line text with every invisible character shown, `\n` kept (for writers with their own command rules). */
function visibleText(text) {
    return showInvisible(text, true);
}
/** One log line (the `info` of the IO layer): one line, nothing invisible, no command. */
function inertLine(text) {
    return noRunnerCommand(oneVisibleLine(text));
}
/** Multi-line text (annotations, outputs, the summary): lines kept, nothing invisible, no command. */
function inertText(text) {
    return noRunnerCommand(showInvisible(text, true));
}


/***/ }),

/***/ 774:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gT: () => (/* binding */ standardStreamsWritten)
/* harmony export */ });
/* unused harmony exports flushed, FLUSH_CAP_MS */
/**
 * Waits until what was given to the process's standard streams has reached them. A pipe whose
 * reader is slower than the gate (the runner parsing every line for commands, `| jq`) keeps the
 * excess in memory, and process.exit() drops it: the last lines, the failure among them.
 */
/** Resolves once `stream` took everything written to it so far, it failed, or after `capMs`: never throws. */
function flushed(stream, capMs) {
    if (stream.writableLength === 0 || stream.destroyed || stream.writableEnded)
        return Promise.resolve();
    return new Promise((resolve) => {
        const done = () => {
            clearTimeout(cap);
            stream.off('close', done);
            resolve();
        };
        // A reader that stopped reading for good must not hold the run past its deadline.
        const cap = setTimeout(done, capMs);
        cap.unref();
        stream.once('close', done);
        // Chunks are written in order: this one's callback runs once every earlier one is out.
        try {
            stream.write('', done);
        }
        catch {
            done();
        }
    });
}
/** Time given to a slow reader to take what is queued, before the process exits all the same. */
const FLUSH_CAP_MS = 3_000;
/** Standard output and standard error, both written (or given up on after FLUSH_CAP_MS). */
async function standardStreamsWritten(capMs = FLUSH_CAP_MS) {
    await Promise.all([flushed(process.stdout, capMs), flushed(process.stderr, capMs)]);
}


/***/ }),

/***/ 587:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/engine/timing.ts
var timing = __nccwpck_require__(3310);
// EXTERNAL MODULE: ./src/finish/last-resort.ts
var last_resort = __nccwpck_require__(9837);
// EXTERNAL MODULE: ./src/finish/fault-text.ts
var fault_text = __nccwpck_require__(9287);
// EXTERNAL MODULE: ./src/finish/cleanup-registry.ts
var cleanup_registry = __nccwpck_require__(5163);
;// CONCATENATED MODULE: ./src/finish/run-guard.ts


/**
 * The publish, loaded when the run ends (or sooner, by `preloadPublish`): the report's code is not
 * on the way to the first request.
 */
const loadPublish = () => __nccwpck_require__.e(/* import() */ 483).then(__nccwpck_require__.bind(__nccwpck_require__, 483));
/** Starts loading the publish while the run waits on the network; never throws. */
function preloadPublish() {
    loadPublish().catch(() => undefined);
}
/** Time the emergency gives to cancelling what was booked: the runner kills ~10 s after a cancel. */
const EMERGENCY_UNDO_MS = 8_000;
/**
 * Waits until the IO is `ready` (its adapter loaded: each part of a publish then fails, or not,
 * on its own) or `settled` (everything given so far written, before the exit); never throws.
 */
async function waitFor(out, what) {
    try {
        await out[what]?.();
    }
    catch {
        /* nothing is left to write with */
    }
}
function createRunGuard(setup) {
    const cleanup = (0,cleanup_registry/* createCleanupRegistry */.kh)();
    let emergencyRun;
    const publisher = { ...setup.publisher, superseded: () => emergencyRun !== undefined };
    const end = (result, invalidInputs) => ({
        facts: setup.facts,
        startedAt: setup.startedAt,
        durationMs: performance.now() - setup.started,
        result,
        ...(invalidInputs ? { invalidInputs } : {})
    });
    async function emergencyFinish(error) {
        try {
            const undone = await (0,cleanup_registry/* undoPending */.yt)(cleanup, setup.undoBudgetMs ?? EMERGENCY_UNDO_MS);
            const checks = [...cleanup.progress(), (0,fault_text/* gateFaultRow */.gy)(error), ...(undone.row ? [undone.row] : [])];
            await waitFor(setup.publisher.out, 'ready');
            // An emergency publish is never superseded: it is the last word.
            await (await loadPublish()).publishRun(end({ checks, outputs: cleanup.outputs(), ...(undone.alert ? { alert: undone.alert } : {}) }), setup.publisher);
        }
        catch {
            try {
                setup.publisher.out.setFailed('The deploy gate stopped unexpectedly; nothing was passed.');
            }
            catch {
                /* nothing is left to write with */
            }
        }
        await waitFor(setup.publisher.out, 'settled');
        return 1;
    }
    return {
        cleanup,
        async finish(result, invalidInputs) {
            if (!emergencyRun) {
                await waitFor(publisher.out, 'ready');
                const code = await (await loadPublish()).publishRun(end(result, invalidInputs), publisher);
                // A fault during this publish: its emergency finish has the last word, and the exit code.
                if (!emergencyRun)
                    return (await waitFor(publisher.out, 'settled'), code);
            }
            return emergencyRun;
        },
        emergency: (error) => (emergencyRun ??= emergencyFinish(error))
    };
}

// EXTERNAL MODULE: ./src/finish/test-fault.ts
var test_fault = __nccwpck_require__(4690);
// EXTERNAL MODULE: ./src/http/exchange-log.ts
var exchange_log = __nccwpck_require__(3572);
// EXTERNAL MODULE: ./src/inert-text.ts
var inert_text = __nccwpck_require__(2899);
;// CONCATENATED MODULE: ./src/io/gate-io.ts

/**
 * Text on its way out: redacted whole first (invisible characters can split a secret, and the
 * redactor reads through them), then made inert (nothing invisible, no workflow command).
 */
function outgoingText(redact) {
    return (text) => (0,inert_text/* inertText */.UJ)(redact(text));
}
/**
 * Wraps an IO so that nothing it is given can carry a secret or start a runner command: every
 * line the gate writes passes here, whatever adapter speaks to the runner.
 */
function redactingIO(io, redact) {
    const line = (text) => (0,inert_text/* inertLine */.Fq)(redact(text));
    const text = outgoingText(redact);
    return {
        registerSecret: (value) => io.registerSecret(value),
        ...(io.readInput ? { readInput: (name) => io.readInput(name) } : {}),
        info: (l) => io.info(line(l)),
        debug: (l) => io.debug(line(l)),
        group: (title, body) => io.group(line(title), body),
        startGroup: (title) => io.startGroup?.(line(title)),
        endGroup: () => io.endGroup?.(),
        annotate: (a) => io.annotate({ ...a, title: line(a.title), message: text(a.message) }),
        setOutput: (name, value) => io.setOutput(name, text(value)),
        writeSummary: (markdown) => io.writeSummary(text(markdown)),
        setFailed: (message) => io.setFailed(text(message)),
        ready: async () => io.ready?.(),
        settled: async () => io.settled?.(),
        warmUp: () => io.warmUp?.()
    };
}

;// CONCATENATED MODULE: ./src/io/late-io.ts
/** The longest a line waits for the adapter: live enough for a person reading the log. */
const LINE_DELAY_MS = 50;
function lateIO(loadAdapter) {
    let adapter;
    let loading;
    const pending = [];
    const load = () => (loading ??= loadAdapter().then((io) => {
        // Replayed before anything that waited for the load continues: the order of calls holds.
        for (const call of pending.splice(0)) {
            try {
                call(io);
            }
            catch {
                // A line the runner could not take does not stop the ones after it.
            }
        }
        adapter = io;
        return io;
    }));
    let scheduled;
    /**
     * Within `ms`, not now: whoever printed goes on, and answers that came together (the webhook
     * probes', an API sample's) are read before the loading holds the process for a while.
     */
    const loadWithin = (ms) => {
        if (loading || (scheduled && ms >= LINE_DELAY_MS))
            return;
        clearTimeout(scheduled);
        scheduled = setTimeout(() => void load().catch(() => undefined), ms);
    };
    /** Now if the adapter is there, else kept for it; `prints` says the runner should see it soon. */
    const call = (prints, fn) => {
        if (adapter)
            return fn(adapter);
        pending.push(fn);
        if (prints)
            loadWithin(LINE_DELAY_MS);
    };
    return {
        // Kept, not a reason to load: masks matter only once something prints.
        registerSecret: (value) => call(false, (io) => io.registerSecret(value)),
        info: (line) => call(true, (io) => io.info(line)),
        debug: (line) => call(true, (io) => io.debug(line)),
        startGroup: (title) => call(true, (io) => io.startGroup?.(title)),
        endGroup: () => call(true, (io) => io.endGroup?.()),
        annotate: (annotation) => call(true, (io) => io.annotate(annotation)),
        setOutput: (name, value) => call(true, (io) => io.setOutput(name, value)),
        setFailed: (message) => call(true, (io) => io.setFailed(message)),
        group: async (title, body) => (await load()).group(title, body),
        writeSummary: async (markdown) => (await load()).writeSummary(markdown),
        ready: async () => void (await load()),
        // Loaded, every kept call replayed, and all of it written by the adapter.
        settled: async () => (await load()).settled?.(),
        warmUp: () => loadWithin(0)
    };
}

// EXTERNAL MODULE: ./src/redact.ts + 2 modules
var src_redact = __nccwpck_require__(1436);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./src/http/proxy-rules.ts
var proxy_rules = __nccwpck_require__(8506);
// EXTERNAL MODULE: ./src/settings/parsers.ts
var parsers = __nccwpck_require__(21);
// EXTERNAL MODULE: ./src/settings/inputs.ts
var settings_inputs = __nccwpck_require__(7428);
;// CONCATENATED MODULE: ./src/run-context.ts
/**
 * Everything a run takes from its process's environment, read once, at the edge (main.ts):
 * the inputs, where the report goes, the event and the job it belongs to, the proxy, the
 * variables require-env names. Modules below take the pieces they need, never the raw env.
 */





/**
 * Reads the run's context from an environment. Pure but for the system's temporary folder.
 * `given` is the front end's own reader of inputs (the runner adapter's `core.getInput`, the
 * command line's flags); without it, inputs are the `INPUT_<NAME>` variables, as the runner sets them.
 */
function readRunContext(env, given) {
    const inputs = (0,settings_inputs/* readInputs */.Ko)(env, given);
    return {
        inputs,
        reportDir: env.RUNNER_TEMP && env.RUNNER_TEMP.trim() !== '' ? env.RUNNER_TEMP : (0,external_node_os_.tmpdir)(),
        github: githubRunFrom(env),
        proxy: (0,proxy_rules/* proxySettingsFrom */.Yw)(env),
        requiredVariables: variablesNamed((0,parsers/* splitEnvNames */.O1)(inputs.values['require-env']), env),
        testFault: env[test_fault/* TEST_FAULT_VARIABLE */.Pe] ?? ''
    };
}
/** The runner's description of the workflow run. */
function githubRunFrom(env) {
    return {
        eventName: env.GITHUB_EVENT_NAME,
        eventPath: env.GITHUB_EVENT_PATH,
        repository: env.GITHUB_REPOSITORY,
        job: env.GITHUB_JOB,
        serverUrl: env.GITHUB_SERVER_URL,
        runId: env.GITHUB_RUN_ID,
        apiUrl: env.GITHUB_API_URL
    };
}
/** The named variables that are set; a name such as `toString` is never read off the object's prototype. */
function variablesNamed(names, env) {
    const found = Object.create(null);
    for (const name of names) {
        const value = Object.hasOwn(env, name) ? env[name] : undefined;
        if (value !== undefined)
            found[name] = value;
    }
    return found;
}

// EXTERNAL MODULE: ./src/settings/input-table.ts
var input_table = __nccwpck_require__(6748);
;// CONCATENATED MODULE: ./src/settings/cross-field.ts
/** Rules across inputs, and the deadline each mode needs. */

/**
 * Rules across inputs, checked whenever both inputs parse on their own, so every error comes
 * in the same run rather than one run after another.
 */
function crossFieldErrors(read) {
    const v = (name) => (0,input_table/* parseInput */.CU)(name, read.values[name]);
    const errors = [];
    const [min, warn] = [v('min-credits'), v('warn-credits')];
    if (min !== undefined && warn !== undefined && warn < min)
        errors.push(`warn-credits: ${warn} is below min-credits (${min}); it must be at least min-credits`);
    const [latencyWarn, latencyFail] = [v('latency-warn-ms'), v('latency-fail-ms')];
    if (latencyWarn !== undefined && latencyFail !== undefined && latencyWarn > latencyFail) {
        errors.push(`latency-warn-ms: ${latencyWarn} is above latency-fail-ms (${latencyFail}); it must be at most latency-fail-ms`);
    }
    const mode = v('mode');
    if (mode === 'smoke' && v('department-id') === null)
        errors.push('department-id: is required in smoke mode: the id of the department the test appointment is booked in');
    // Null when unset: then it is fitted to the mode and none of these rules can be broken.
    const timeout = v('timeout-seconds') ?? undefined;
    const watchMinutes = v('watch-minutes');
    if (mode === 'watch' && timeout !== undefined && watchMinutes !== undefined && timeout < watchMinutes * 60) {
        errors.push(`timeout-seconds: ${timeout} is shorter than watch-minutes (${watchMinutes} min); give at least ${Math.ceil(watchMinutes * 60) + 60}, or leave it unset in watch mode`);
    }
    const interval = v('watch-interval-seconds');
    if (mode === 'watch' && interval !== undefined && watchMinutes !== undefined && interval > watchMinutes * 60) {
        errors.push(`watch-interval-seconds: ${interval} is longer than the watch (watch-minutes ${watchMinutes} = ${watchMinutes * 60} s); the watch would end after one measurement`);
    }
    const intervals = interval !== undefined && watchMinutes !== undefined ? Math.ceil((watchMinutes * 60) / interval) : 0;
    if (mode === 'watch' && intervals > MAX_WATCH_INTERVALS) {
        errors.push(`watch-interval-seconds: ${interval} makes ${intervals} measurements over ${watchMinutes} min, more than ${MAX_WATCH_INTERVALS}; give at least ${Math.ceil(((watchMinutes ?? 0) * 60 * 100) / MAX_WATCH_INTERVALS) / 100} s`);
    }
    const webhookTimeout = v('webhook-timeout-ms');
    const checks = v('checks');
    if (mode === 'preflight' && timeout !== undefined && webhookTimeout !== undefined && checks?.includes('webhook') && timeout * 1000 < webhookTimeout) {
        errors.push(`timeout-seconds: ${timeout} is shorter than webhook-timeout-ms (${webhookTimeout} ms); the webhook check could never finish`);
    }
    if (mode === 'smoke' && timeout !== undefined && timeout < MIN_SMOKE_SECONDS) {
        errors.push(`timeout-seconds: ${timeout} is too short for smoke mode; give at least ${MIN_SMOKE_SECONDS}, so the test appointment always has time to be cancelled`);
    }
    return errors;
}
/** More measurements than this would make a report and a summary too large to read or keep. */
const MAX_WATCH_INTERVALS = 10_000;
/** Below this a smoke test could book an appointment and have no time left to cancel it. */
const MIN_SMOKE_SECONDS = 10;
/** The deadline when timeout-seconds is unset and the mode has no longer waits (preflight). */
const UNSET_TIMEOUT_SECONDS = 120;
/** What a mode's steps can take when every request uses its whole time limit. */
const API_REQUEST_SECONDS = 10;
/** Smoke's API requests: credits before, create, cancel, three read-backs, a lost booking's lookup and cancel. */
const SMOKE_REQUESTS = 8;
/** The most smoke keeps back for cancelling the appointment (see smoke/budget.ts). */
const SMOKE_CLEANUP_RESERVE_SECONDS = 15;
/** After the watch's last interval: its probes' time limit, the report, the summary, the comment. */
const WATCH_MARGIN_SECONDS = 60;
/**
 * The deadline of a run whose timeout-seconds is unset: 120 s, or what the mode's own waits
 * need when that is longer (the watch and its margin; smoke's webhook waits, its requests and
 * the reserve for cancelling the appointment).
 */
function fittedTimeoutSeconds(mode, waits) {
    const needs = mode === 'watch'
        ? waits.watchMinutes * 60 + WATCH_MARGIN_SECONDS
        : mode === 'smoke'
            ? (waits.confirmsWebhooks ? 2 * waits.webhookWaitSeconds : 0) + SMOKE_REQUESTS * API_REQUEST_SECONDS + SMOKE_CLEANUP_RESERVE_SECONDS
            : 0;
    return Math.max(UNSET_TIMEOUT_SECONDS, Math.ceil(needs));
}

;// CONCATENATED MODULE: ./src/settings/settings.ts
/**
 * Turns the raw inputs into one typed, validated Settings object, or into one error line per
 * bad input ("min-credits: "abc" is not a whole number >= 0"). Nothing else parses inputs.
 */



/** Parses every input; on failure returns one line per bad input, never a secret's value. */
function parseSettings(read) {
    const s = {};
    const fieldErrors = [];
    for (const name of input_table/* INPUT_NAMES */.Qh) {
        const raw = read.values[name];
        // Only a front end's bug gives a non-string; a secret's line never quotes it.
        const result = typeof raw === 'string' ? (0,input_table/* inputSpec */.mm)(name).parse(raw) : { error: input_table/* SECRET_INPUTS */.pH.includes(name) ? 'is not a valid value' : 'is not a string' };
        if ('value' in result)
            s[name] = result.value;
        else
            fieldErrors.push(`${name}: ${result.error}`);
    }
    const errors = [...new Set([...fieldErrors, ...crossFieldErrors(read)])];
    if (errors.length > 0)
        return { ok: false, errors };
    const parsed = s;
    // Each parsed input under its key, in its group.
    const groups = { top: {}, smoke: {}, watch: {} };
    for (const name of input_table/* INPUT_NAMES */.Qh) {
        const spec = (0,input_table/* inputSpec */.mm)(name);
        groups[spec.group ?? 'top'][spec.key] = parsed[name];
    }
    // Watch and smoke can outlive 120 s: unless the user set a deadline, it fits the mode.
    const timeoutSeconds = parsed['timeout-seconds'] ??
        fittedTimeoutSeconds(parsed.mode, {
            watchMinutes: parsed['watch-minutes'],
            webhookWaitSeconds: parsed['webhook-wait-seconds'],
            confirmsWebhooks: parsed['webhook-confirm-url'] !== ''
        });
    const settings = { ...groups.top, timeoutSeconds, smoke: groups.smoke, watch: groups.watch, sources: read.sources };
    return { ok: true, settings: settings };
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * The gate's flow: inputs -> secrets masked -> settings -> the mode's checks -> report
 * (JSON file, outputs, annotations, log, summary) -> exit code. Every end goes through the run
 * guard (src/finish/): the mode's result published, or a fault's emergency finish.
 */












/** Modes are loaded only when chosen: a preflight run never parses the smoke or watch code. */
const MODES = {
    preflight: async () => (await __nccwpck_require__.e(/* import() */ 949).then(__nccwpck_require__.bind(__nccwpck_require__, 5949))).runPreflight,
    smoke: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(410), __nccwpck_require__.e(619), __nccwpck_require__.e(940), __nccwpck_require__.e(934), __nccwpck_require__.e(379)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4379))).runSmoke,
    watch: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(410), __nccwpck_require__.e(940), __nccwpck_require__.e(934), __nccwpck_require__.e(793)]).then(__nccwpck_require__.bind(__nccwpck_require__, 793))).runWatch
};
/** Aborts when the runner cancels the job; the runner sends SIGINT, then SIGTERM. */
function cancellationSignal() {
    const controller = new AbortController();
    const onSignal = (name) => controller.abort(new timing/* JobCancelled */.xL(name));
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        signal: controller.signal,
        dispose: () => {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        }
    };
}
/**
 * The runner, through `@actions/core`, loaded when the gate first prints (after the first
 * answer, in preflight): until then what the gate gives it is kept, in order.
 */
function runnerIO(env) {
    return lateIO(async () => {
        // What writes the report loads with what prints it, while the run waits on the network.
        preloadPublish();
        return (await Promise.all(/* import() */[__nccwpck_require__.e(410), __nccwpck_require__.e(421), __nccwpck_require__.e(58)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2432))).createActionsIO(env);
    });
}
/** Runs the gate once; returns the process exit code (1 blocks promotion). The command line listens for the report. */
async function run(env = process.env, io = runnerIO(env), onReport) {
    const startedAt = new Date();
    const started = performance.now();
    // The environment is read here, once: below, each module is given the pieces it needs.
    const context = readRunContext(env, io.readInput && ((name) => io.readInput(name)));
    const { inputs } = context;
    // Masked before anything else can print.
    for (const name of settings_inputs/* SECRET_INPUTS */.pH)
        io.registerSecret(inputs.values[name]);
    const redact = (0,src_redact/* makeRedactor */.$u)(settings_inputs/* SECRET_INPUTS */.pH.map((name) => inputs.values[name]));
    const out = redactingIO(io, redact);
    const parsed = parseSettings(inputs);
    const facts = runFacts(parsed, inputs);
    const deadline = started + facts.timeoutSeconds * 1000;
    const cancellation = cancellationSignal();
    const comment = {
        enabled: facts.prComment,
        token: inputs.values['github-token'],
        redact: outgoingText(redact),
        deadline,
        proxy: context.proxy,
        cancelled: cancellation.signal
    };
    // From here on, whatever happens ends through the guard: publish, or the emergency finish.
    const guard = createRunGuard({ publisher: { out, context, redact, comment, onReport }, facts, startedAt, started });
    const release = (0,last_resort/* activateGuard */.RU)(guard, deadline, facts.mode);
    // The run's time, handed to the mode: up to the deadline, stopped early by the job's cancellation.
    const time = (0,timing/* budget */.gd)(deadline, cancellation.signal);
    let stopTestFault = () => undefined;
    try {
        if (!parsed.ok)
            return await guard.finish({ checks: [(0,fault_text/* invalidInputsRow */.vQ)(parsed.errors)] }, parsed.errors);
        const runMode = await MODES[parsed.settings.mode]();
        stopTestFault = (0,test_fault/* injectModeFault */.lC)(context.testFault);
        const { requiredVariables } = context;
        const result = await runMode({
            settings: parsed.settings,
            requiredVariables,
            time,
            cancelled: cancellation.signal,
            cleanup: guard.cleanup,
            ...modeIO(out, context, redact)
        });
        stopTestFault();
        return await guard.finish(result);
    }
    catch (error) {
        // A fault of the gate itself: what the mode left is undone, and the run reported, failing.
        return guard.emergency(error);
    }
    finally {
        stopTestFault();
        time.dispose();
        cancellation.dispose();
        release();
    }
}
/**
 * What the report and the comment need to know of the run: from the settings, or, when they do
 * not parse, from the raw inputs (a configuration error is worth a comment too).
 */
function runFacts(parsed, inputs) {
    if (parsed.ok) {
        const { mode, environment, failOn, prComment, timeoutSeconds } = parsed.settings;
        return { mode, environment, failOn, prComment, timeoutSeconds };
    }
    return {
        mode: inputs.values.mode,
        environment: inputs.values.environment,
        failOn: 'failure',
        prComment: inputs.values['pr-comment'].toLowerCase() === 'true',
        timeoutSeconds: UNSET_TIMEOUT_SECONDS
    };
}
/** What a mode prints through: the log, the debug channel (every HTTP exchange), groups. */
function modeIO(out, context, redact) {
    return {
        log: (line) => out.info(line),
        debug: (line) => out.debug(line),
        group: (title, body) => out.group(title, body),
        startGroup: (title) => out.startGroup?.(title),
        endGroup: () => out.endGroup?.(),
        warmUp: () => out.warmUp?.(),
        prepare: () => (0,src_redact/* prepareRedactor */.Yv)(redact),
        http: { proxy: context.proxy, onExchange: (e) => out.debug((0,exchange_log/* describeExchange */.Nu)(e, redact)) }
    };
}


/***/ }),

/***/ 1436:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $u: () => (/* binding */ makeRedactor),
  Yv: () => (/* binding */ prepareRedactor),
  KL: () => (/* binding */ redactDeep)
});

;// CONCATENATED MODULE: ./src/redact-views.ts
/**
 * Normalised views of a text, for the redactor: the characters a reader would still read as
 * the secret once spacing, escaping and encoding are set aside, each mapped back to the span
 * of the original text it came from. Two views:
 * - literal: white space, invisible characters and escaping backslashes dropped (a secret split
 *   by spaces or line breaks, JSON `\/`, Markdown `\_`); case is kept, so ordinary words seldom
 *   match (the secret's upper-cased form is hunted as well);
 * - decoded: the literal view with `%XX`, `\uXXXX`, `\xXX`, `\n`, `\r`, `\t`, `&#x..;`, `&#..;`,
 *   `&amp;`-style entities and the gate's own `<U+XXXX>` read as the character they stand for
 *   (Python, PHP and JavaScript percent-encoding, HTML entities, escaped JSON).
 */
/** Code units that carry no visible character: white space, controls, format characters. */
const IGNORABLE = new Uint8Array(0x10000);
for (const [from, to] of [
    [0x00, 0x20],
    [0x7f, 0xa0],
    [0xad, 0xad],
    [0x34f, 0x34f],
    [0x600, 0x605],
    [0x61c, 0x61c],
    [0x6dd, 0x6dd],
    [0x70f, 0x70f],
    [0x115f, 0x1160],
    [0x1680, 0x1680],
    [0x17b4, 0x17b5],
    [0x180b, 0x180f],
    [0x2000, 0x200f],
    [0x2028, 0x202f],
    [0x205f, 0x206f],
    [0x3000, 0x3000],
    [0x3164, 0x3164],
    [0xfe00, 0xfe0f],
    [0xfeff, 0xfeff],
    [0xffa0, 0xffa0],
    [0xfff9, 0xfffb]
]) {
    IGNORABLE.fill(1, from, to + 1);
}
const BACKSLASH = 0x5c;
const fold = (c) => (c >= 0x41 && c <= 0x5a ? c + 32 : c);
function hexValue(codes, from, count, limit) {
    if (count <= 0 || from + count > limit)
        return -1;
    let value = 0;
    for (let i = from; i < from + count; i++) {
        const c = fold(codes[i]);
        const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}
/** JSON's escaped line breaks and tab: white space once decoded, so a split secret still joins. */
const ESCAPED_SPACE = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09 };
/**
 * A backslash that starts `\uXXXX`, `\xXX`, `\n`, `\r` or `\t` is kept for the decoded view; any
 * other escapes nothing visible.
 */
function startsCodeEscape(text, i) {
    const next = text.charCodeAt(i + 1);
    if (ESCAPED_SPACE[next] !== undefined)
        return true;
    const digits = (next | 32) === 0x75 ? 4 : (next | 32) === 0x78 ? 2 : 0;
    return digits > 0 && i + 2 + digits <= text.length && /^[0-9a-f]+$/i.test(text.slice(i + 2, i + 2 + digits));
}
/** Codes read past a view's end by the token decoder: kept zero, whatever a reused view held there. */
const READ_PAST_END = 2;
/**
 * An empty view with room for `n` codes: `reuse`'s memory when it has the room (the redactor
 * views every line it is given, and fresh arrays each time pile up garbage), else new arrays.
 */
function viewWithRoom(n, reuse) {
    const room = n + READ_PAST_END;
    if (reuse && reuse.codes.length >= room) {
        reuse.length = 0;
        return reuse;
    }
    const size = reuse ? Math.max(room, reuse.codes.length * 2) : room;
    return { codes: new Uint16Array(size), start: new Int32Array(size), end: new Int32Array(size), length: 0 };
}
/** Zeroes what the decoder may read past the end (a reused view still holds old codes there). */
function sealed(view) {
    view.codes.fill(0, view.length, view.length + READ_PAST_END);
    return view;
}
/** The literal view; `reuse` (a view no longer needed) lends its memory. */
function literalView(text, reuse) {
    const n = text.length;
    const view = viewWithRoom(n, reuse);
    let k = 0;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (IGNORABLE[c])
            continue;
        if (c === BACKSLASH && !startsCodeEscape(text, i))
            continue;
        // Invisible tag characters (U+E0000\u2013U+E007F): a surrogate pair that shows nothing.
        if (c === 0xdb40 && (text.charCodeAt(i + 1) & 0xff80) === 0xdc00) {
            i++;
            continue;
        }
        view.codes[k] = c;
        view.start[k] = i;
        view.end[k] = i + 1;
        k++;
    }
    view.length = k;
    return sealed(view);
}
/** Named entities a character of a secret may be written as. */
const ENTITIES = new Map([
    ['amp', 0x26],
    ['lt', 0x3c],
    ['gt', 0x3e],
    ['quot', 0x22],
    ['apos', 0x27],
    ['nbsp', 0xa0],
    ['sol', 0x2f],
    ['plus', 0x2b],
    ['equals', 0x3d],
    ['percnt', 0x25],
    ['num', 0x23]
]);
function indexOfCode(codes, code, from, to) {
    for (let i = from; i < to; i++)
        if (codes[i] === code)
            return i;
    return -1;
}
function decimalValue(codes, from, to) {
    let value = 0;
    for (let i = from; i < to; i++) {
        const digit = codes[i] - 0x30;
        if (digit < 0 || digit > 9)
            return -1;
        value = value * 10 + digit;
    }
    return to > from ? value : -1;
}
/** `&#x..;`, `&#..;` or `&name;` at i: its character and length (codes), packed, or -1. */
function entityAt(codes, i, n) {
    const semi = indexOfCode(codes, 0x3b, i + 2, i + 12 < n ? i + 12 : n);
    if (semi < 0)
        return -1;
    let value;
    if (codes[i + 1] === 0x23)
        value = (codes[i + 2] | 32) === 0x78 ? hexValue(codes, i + 3, semi - i - 3, n) : decimalValue(codes, i + 2, semi);
    else
        value = ENTITIES.get(String.fromCharCode(...codes.subarray(i + 1, semi)).toLowerCase()) ?? -1;
    return value >= 0 && value <= 0x10ffff ? value * 16 + (semi - i + 1) : -1;
}
/**
 * The character an encoded token at `i` stands for and the codes it spans, packed as
 * `value * 16 + length`, or -1 when no token starts there.
 */
function decodeAt(v, i, n) {
    const codes = v.codes;
    const c = codes[i];
    if (c === 0x25) {
        const value = hexValue(codes, i + 1, 2, n);
        return value >= 0 && value < 0x80 ? value * 16 + 3 : -1;
    }
    if (c === BACKSLASH) {
        const space = ESCAPED_SPACE[codes[i + 1]];
        if (space !== undefined)
            return space * 16 + 2;
        const digits = (codes[i + 1] | 32) === 0x75 ? 4 : 2;
        const value = hexValue(codes, i + 2, digits, n);
        return value >= 0 ? value * 16 + digits + 2 : -1;
    }
    if (c === 0x26)
        return entityAt(codes, i, n);
    if (c === 0x3c && (codes[i + 1] | 32) === 0x75 && codes[i + 2] === 0x2b) {
        const close = indexOfCode(codes, 0x3e, i + 7, i + 10 < n ? i + 10 : n);
        const value = close > 0 ? hexValue(codes, i + 3, close - i - 3, n) : -1;
        return value >= 0 && value <= 0x10ffff ? value * 16 + (close - i + 1) : -1;
    }
    return -1;
}
/** Codes an encoded token can start with: `%`, `\\`, `&`, `<`. */
const TOKEN_START = new Uint8Array(0x80);
for (const c of [0x25, BACKSLASH, 0x26, 0x3c])
    TOKEN_START[c] = 1;
function push(view, code, start, end) {
    if (code !== SEAM && (IGNORABLE[code] || code === BACKSLASH))
        return;
    const k = view.length++;
    view.codes[k] = code;
    view.start[k] = start;
    view.end[k] = end;
}
/** Never in a window: marks where one decoded stretch ends and the next begins. */
const SEAM = 0xffff;
/**
 * The decoded view of the literal view's stretches that hold an encoded token, with `margin`
 * codes around each so a window can reach into it (elsewhere both views read the same).
 * Stretches are joined by a SEAM, so no window spans two of them.
 */
function decodedView(literal, margin, reuse) {
    const n = literal.length;
    const view = viewWithRoom(n + 1, reuse);
    const emit = (code, from, to) => push(view, code, literal.start[from], literal.end[to]);
    const codes = literal.codes;
    // From `margin - 1` codes before a token to `margin - 1` after it: all a window touching it needs.
    let covered = 0;
    let to = 0;
    for (let i = 0; i < n; i++) {
        const token = codes[i] < 0x80 && TOKEN_START[codes[i]] ? decodeAt(literal, i, n) : -1;
        if (token < 0) {
            if (i < to)
                emit(codes[i], i, i);
            continue;
        }
        const from = i - margin + 1 > covered ? i - margin + 1 : covered;
        if (from > to && view.length > 0)
            emit(SEAM, from, from);
        for (let j = from > to ? from : to; j < i; j++)
            emit(codes[j], j, j);
        const value = token >>> 4;
        const last = i + (token & 15) - 1;
        if (value > 0xffff) {
            // Two code units, as the secret's own text holds it.
            emit(0xd800 + ((value - 0x10000) >> 10), i, last);
            emit(0xdc00 + ((value - 0x10000) & 0x3ff), i, last);
        }
        else
            emit(value, i, last);
        i = last;
        covered = last + 1;
        to = last + margin < n ? last + margin : n;
    }
    return sealed(view);
}

;// CONCATENATED MODULE: ./src/redact-forms.ts
/**
 * What the redactor hunts for: every run of WINDOW characters of every form a secret's random
 * part can take (as typed, upper-cased, hex in either case, base64 and base64url at
 * each of the three byte alignments, with and without JSON escaping), normalised like the text
 * they are looked for in.
 */

/** A run this long of a secret's random part is a leak; shorter ones would garble ordinary words. */
const WINDOW = 8;
/**
 * Prefixes that say what a secret is, not what it is: shown freely (`mk_live_\u2026`). Longest first.
 * A prefix counts only when at least WINDOW characters follow it.
 */
const PUBLIC_PREFIXES = ['github_pat_', 'mk_live_', 'mk_test_', 'whsec_', 'live_', 'test_', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'];
/** The random part of a secret: without its public prefix, unless too little would be left. */
function randomPart(secret) {
    const trimmed = secret.trim();
    const prefix = PUBLIC_PREFIXES.find((p) => trimmed.startsWith(p));
    const rest = prefix ? trimmed.slice(prefix.length) : trimmed;
    return literalView(rest).length >= WINDOW ? rest : trimmed;
}
/**
 * The base64 characters that depend only on `bytes`, for each of the three places the bytes can
 * start in a 3-byte group of a longer encoded text: the characters at both edges also depend on
 * the neighbouring bytes, so they are dropped.
 */
function base64Cores(bytes) {
    return [0, 1, 2].map((offset) => {
        const encoded = Buffer.concat([Buffer.alloc(offset), bytes])
            .toString('base64')
            .replace(/=+$/, '');
        const first = Math.ceil((8 * offset) / 6);
        const last = Math.floor((8 * (offset + bytes.length) - 6) / 6);
        return encoded.slice(first, last + 1);
    });
}
/** The byte strings a server may have encoded: the secret as typed and as JSON would escape it. */
function byteForms(random) {
    const json = JSON.stringify(random).slice(1, -1);
    return [...new Set([random, json, json.replace(/\//g, '\\/')])].map((s) => Buffer.from(s, 'utf8'));
}
function encodedForms(random) {
    return byteForms(random).flatMap((bytes) => {
        const cores = base64Cores(bytes);
        const hex = bytes.toString('hex');
        return [hex, hex.toUpperCase(), ...cores, ...cores.map((core) => core.replace(/\+/g, '-').replace(/\//g, '_'))];
    });
}
/**
 * Every form of each secret's random part, normalised like the text they are looked for in:
 * every WINDOW-character run of each is a leak.
 */
function secretForms(secrets) {
    const forms = [];
    for (const secret of secrets) {
        if (literalView(secret).length < WINDOW)
            continue;
        const random = randomPart(secret);
        const literal = literalView(random);
        // Upper-cased too (a server shouting the key); not lower-cased: a secret holding a word would
        // then match that word in ordinary text ("E2Ecomment" in "gate comment").
        for (const view of [
            literal,
            literalView(random.toUpperCase()),
            decodedView(literal, literal.length),
            ...encodedForms(random).map((form) => literalView(form))
        ]) {
            if (view.length >= WINDOW)
                forms.push(view.codes.subarray(0, view.length));
        }
    }
    return forms;
}

;// CONCATENATED MODULE: ./src/redact.ts
/**
 * Last line of defence for secrets: every string the gate writes passes through here, so a
 * secret echoed by a server, an error or a bug still never reaches a file or the log.
 *
 * One rule instead of a list of forms: no run of 8 characters of a secret's random part, in
 * any form of redact-forms.ts, read through either view of redact-views.ts. Every window is
 * indexed once; a text is scanned in one pass (plus the stretches around encoded tokens) (a rolling hash of 8 characters, checked
 * against the index), and each maximal span the windows cover becomes `[redacted]`.
 */


/** What a secret becomes; plain words, so no renderer reads it as markup. */
const REDACTED = '[redacted]';
/** A copy of a JSON-like value with every string redacted, keys included. */
function redactDeep(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((v) => redactDeep(v, redact));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), redactDeep(v, redact)]));
    }
    return value;
}
/** Bound once: a global looked up in a hot loop is slow where code runs in a VM context (tests). */
const imul = Math.imul;
const BASE = 0x01000193;
let power = 1;
for (let i = 1; i < WINDOW; i++)
    power = imul(power, BASE);
/** BASE^(WINDOW-1): the weight of the character leaving the rolling window. */
const LEAVING = power;
function hashOf(codes, from) {
    let h = 0;
    for (let i = from; i < from + WINDOW; i++)
        h = (imul(h, BASE) + codes[i]) | 0;
    return h;
}
/** Spreads the hash's bits so a few of them can index the presence filter. */
const mix = (h) => imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 12;
/** Positions pack (form, offset): no form comes near 2^32 codes. */
const OFFSET_BITS = 2 ** 32;
const floor = Math.floor;
function sameWindow(a, from, b, at) {
    for (let j = 0; j < WINDOW; j++)
        if (a[from + j] !== b[at + j])
            return false;
    return true;
}
/** Every window of every form, by its rolling hash; a window repeated (a repetitive secret) is kept once. */
function indexWindows(forms) {
    const filter = new Uint32Array(1 << 15);
    const byHash = new Map();
    forms.forEach((form, f) => {
        let h = hashOf(form, 0);
        for (let i = 0;; i++) {
            const same = byHash.get(h);
            const known = same?.some((at) => sameWindow(forms[floor(at / OFFSET_BITS)], at % OFFSET_BITS, form, i));
            if (!known) {
                const m = mix(h);
                filter[m >>> 5] |= 1 << (m & 31);
                if (same)
                    same.push(f * OFFSET_BITS + i);
                else
                    byHash.set(h, [f * OFFSET_BITS + i]);
            }
            if (i + WINDOW >= form.length)
                break;
            h = (imul(h - imul(form[i], LEAVING), BASE) + form[i + WINDOW]) | 0;
        }
    });
    return { filter, byHash, forms };
}
function matchesAt(view, i, index, candidates) {
    return candidates.some((at) => sameWindow(index.forms[floor(at / OFFSET_BITS)], at % OFFSET_BITS, view.codes, i));
}
/** The original-text spans (flat start, end pairs, merged, in order) of every indexed window in the view. */
function coverWindows(view, index) {
    const spans = [];
    if (view.length < WINDOW)
        return spans;
    const codes = view.codes;
    let h = hashOf(codes, 0);
    for (let i = 0;; i++) {
        const m = mix(h);
        if (index.filter[m >>> 5] & (1 << (m & 31))) {
            const candidates = index.byHash.get(h);
            if (candidates && matchesAt(view, i, index, candidates)) {
                const start = view.start[i];
                const end = view.end[i + WINDOW - 1];
                const last = spans.length - 1;
                if (last > 0 && start <= spans[last])
                    spans[last] = end > spans[last] ? end : spans[last];
                else
                    spans.push(start, end);
            }
        }
        if (i + WINDOW >= view.length)
            return spans;
        h = (imul(h - imul(codes[i], LEAVING), BASE) + codes[i + WINDOW]) | 0;
    }
}
/** The text with each maximal covered span (spans of both views merged) replaced once. */
function replaceSpans(text, spans) {
    const pairs = [];
    for (let i = 0; i < spans.length; i += 2)
        pairs.push([spans[i], spans[i + 1]]);
    pairs.sort((a, b) => a[0] - b[0]);
    let out = '';
    let at = 0;
    for (let i = 0; i < pairs.length;) {
        const start = pairs[i][0];
        let end = pairs[i][1];
        for (i++; i < pairs.length && pairs[i][0] <= end; i++)
            end = Math.max(end, pairs[i][1]);
        out += text.slice(at, start) + REDACTED;
        at = end;
    }
    return out + text.slice(at);
}
/**
 * Redactors already made, by their secrets: the log, the API clients and the problem texts of a
 * run all redact the same secrets, and the index is the costly part. Sharing one is safe: a
 * redactor runs to its end before another text can reach it.
 */
const made = new Map();
const MAX_MADE = 8;
function makeRedactor(secrets) {
    const given = secrets.filter((s) => s !== '');
    const key = [...given].sort().join('\u0000');
    let redactor = made.get(key);
    if (!redactor) {
        if (made.size >= MAX_MADE)
            made.delete(made.keys().next().value);
        made.set(key, (redactor = buildRedactor(given)));
    }
    return redactor;
}
/** How each redactor builds its index ahead of its first text (prepareRedactor). */
const preparers = new WeakMap();
/**
 * Builds a redactor's index now rather than for its first text: for a moment when the run only
 * waits on the network (preflight's samples), so the cost is off the way to the verdict.
 */
function prepareRedactor(redact) {
    preparers.get(redact)?.();
}
function buildRedactor(secrets) {
    // Built for the first text long enough to hold a window (or when prepared), not before: a run
    // makes its redactor before its first request, and that request should leave first.
    let index;
    const prepare = () => {
        if (index !== undefined)
            return;
        const forms = secretForms(secrets);
        index = forms.length === 0 ? null : indexWindows(forms);
    };
    // Reused from one text to the next: each is read at once, and the redactor sees every line.
    let literal;
    let decoded;
    const redact = (text) => {
        if (text.length < WINDOW)
            return text;
        prepare();
        if (!index)
            return text;
        literal = literalView(text, literal);
        // Only around a decoded token can the decoded view hold a window the literal one does not.
        decoded = decodedView(literal, WINDOW, decoded);
        const spans = [...coverWindows(literal, index), ...coverWindows(decoded, index)];
        return spans.length === 0 ? text : replaceSpans(text, spans);
    };
    preparers.set(redact, prepare);
    return redact;
}


/***/ }),

/***/ 8034:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K3: () => (/* binding */ isCheckId),
/* harmony export */   Zt: () => (/* binding */ CHECK_TITLES),
/* harmony export */   iS: () => (/* binding */ PREFLIGHT_CHECKS)
/* harmony export */ });
/** Preflight check ids, in the order the summary lists them (contract). */
const PREFLIGHT_CHECKS = ['config', 'api', 'webhook', 'credits'];
function isCheckId(value) {
    return PREFLIGHT_CHECKS.includes(value);
}
/** Titles shown in the summary and used for annotations, in the user's words. */
const CHECK_TITLES = {
    config: 'Configuration',
    api: 'API reachability',
    webhook: 'Webhook round trip',
    credits: 'Credit balance'
};


/***/ }),

/***/ 6748:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ parseInput),
/* harmony export */   Qh: () => (/* binding */ INPUT_NAMES),
/* harmony export */   mm: () => (/* binding */ inputSpec),
/* harmony export */   pH: () => (/* binding */ SECRET_INPUTS)
/* harmony export */ });
/* unused harmony exports PRODUCTION_API_URL, INPUTS */
/* harmony import */ var _parsers_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(21);
/* harmony import */ var _modes_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4953);
/**
 * Every input of the action, declared once: its name, its default, its parser, its description
 * and what the front ends need to know of it. The settings' type, the defaults, the secrets, the
 * command line's flags and help come from here; action.yml's inputs and the README's table are
 * checked against it (__tests__/settings/input-table.test.ts). To add an input: add its entry
 * here, then use its setting where it is needed.
 */


/** Production base URL: every documented example and SDK default. */
const PRODUCTION_API_URL = 'https://mc-prd.duckdns.org/api/v1';
const HOUR_MS = 3_600_000;
const INPUTS = {
    mode: {
        key: 'mode',
        default: 'preflight',
        parse: (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(_modes_js__WEBPACK_IMPORTED_MODULE_1__/* .MODE_NAMES */ .J),
        description: 'What to run - preflight (checks before promotion), smoke or watch.',
        // On the command line the mode is the command itself.
        flag: false
    },
    environment: {
        key: 'environment',
        default: 'production',
        parse: (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['production', 'staging']),
        description: 'The environment deployed to - production or staging; sets the key-prefix and URL rules.'
    },
    'api-url': {
        key: 'apiUrl',
        default: PRODUCTION_API_URL,
        parse: _parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq,
        description: 'MONCRENEAU API base URL; defaults to MONCRENEAU_API_URL, else https://mc-prd.duckdns.org/api/v1.',
        env: 'MONCRENEAU_API_URL',
        readme: { description: 'MONCRENEAU API base URL.' }
    },
    'api-key': {
        key: 'apiKey',
        default: '',
        parse: _parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .secret */ .rJ,
        description: 'MONCRENEAU API key; defaults to MONCRENEAU_API_KEY. Masked at once.',
        env: 'MONCRENEAU_API_KEY',
        secret: true,
        readme: { description: 'MONCRENEAU API key. Masked at once.' }
    },
    'auth-scheme': {
        key: 'authScheme',
        default: 'x-api-key',
        parse: (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['x-api-key', 'bearer']),
        description: 'How the key is sent - x-api-key (header X-API-Key) or bearer (Authorization Bearer).'
    },
    'webhook-url': {
        key: 'webhookUrl',
        default: '',
        parse: _parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq,
        description: "The application's webhook endpoint; defaults to MONCRENEAU_WEBHOOK_URL.",
        env: 'MONCRENEAU_WEBHOOK_URL',
        readme: { description: "The application's webhook endpoint." }
    },
    'webhook-secret': {
        key: 'webhookSecret',
        default: '',
        parse: _parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .secret */ .rJ,
        description: 'The webhook signing secret; defaults to MONCRENEAU_WEBHOOK_SECRET. Masked at once.',
        env: 'MONCRENEAU_WEBHOOK_SECRET',
        secret: true,
        readme: { description: 'The webhook signing secret. Masked at once.' }
    },
    checks: {
        key: 'checks',
        default: 'config,api,webhook,credits',
        parse: _parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .checkList */ .RJ,
        description: 'Preflight checks to run, comma or newline separated - config, api, webhook, credits.',
        list: true,
        readme: { description: 'Preflight checks to run, comma or newline separated.' }
    },
    'require-env': {
        key: 'requireEnv',
        default: '',
        parse: _parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .envNames */ .MP,
        description: 'More environment variable names that must be set and non-empty.',
        list: true
    },
    'api-probe-path': {
        key: 'apiProbePath',
        default: '/appointments?size=1',
        parse: _parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .apiPath */ .So,
        description: 'Read-only API path requested to check reachability and latency.'
    },
    'credits-path': {
        key: 'creditsPath',
        default: '/organizations/me',
        parse: _parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .apiPath */ .So,
        description: 'API path whose JSON body holds the balance (see credits-field).'
    },
    'credits-field': {
        key: 'creditsField',
        default: 'availableCredits',
        parse: _parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldPath */ .cn,
        description: 'Field of the credits-path answer that holds the balance (a dotted path for nested JSON).'
    },
    'min-credits': {
        key: 'minCredits',
        default: '50',
        parse: (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .wholeNumber */ .rD)(0, Number.MAX_SAFE_INTEGER),
        description: 'Fewer available credits than this and the credits check fails.'
    },
    'warn-credits': {
        key: 'warnCredits',
        default: '100',
        parse: (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .wholeNumber */ .rD)(0, Number.MAX_SAFE_INTEGER),
        description: 'Fewer available credits than this and the credits check warns.'
    },
    'latency-samples': {
        key: 'latencySamples',
        default: '3',
        parse: (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .wholeNumber */ .rD)(1, 20),
        description: 'Number of probe requests made to measure latency.'
    },
    'latency-warn-ms': {
        key: 'latencyWarnMs',
        default: '500',
        parse: (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .wholeNumber */ .rD)(1, HOUR_MS),
        description: 'Slowest probe above this many milliseconds - warn.'
    },
    'latency-fail-ms': {
        key: 'latencyFailMs',
        default: '2000',
        parse: (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .wholeNumber */ .rD)(1, HOUR_MS),
        description: 'Slowest probe above this many milliseconds - fail.'
    },
    'webhook-timeout-ms': {
        key: 'webhookTimeoutMs',
        default: '5000',
        parse: (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .wholeNumber */ .rD)(1, 60_000),
        description: 'The webhook endpoint must answer within this many milliseconds.'
    },
    'allow-private-webhook': {
        key: 'allowPrivateWebhook',
        default: 'false',
        parse: _parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .booleanInput */ .tE,
        description: 'true lets the webhook host be loopback or private (tests, staging); said in the details.'
    },
    retries: {
        key: 'retries',
        default: '2',
        parse: (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .wholeNumber */ .rD)(0, 10),
        description: 'Extra attempts for a read-only or idempotent call after a timeout, reset, refused connection, 5xx or 429 (not in watch mode, where every failure counts).'
    },
    // No default: the runner would pass it as if the user had set it, and unset fits the mode.
    'timeout-seconds': {
        key: 'timeoutSeconds',
        default: '',
        parse: (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((raw) => (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDecimal */ .$Q)(raw, 0, 6 * 3600)), // null: fitted to the mode
        description: "Deadline for the whole run, in seconds; unset means 120 in preflight, and a deadline fitted to the mode's own waits in smoke (webhook waits, requests, cleanup) and watch (watch-minutes plus a minute).",
        readme: { default: '(none: 120 in preflight, fitted to the mode in smoke and watch)' },
        help: { default: 'fitted to the mode (120 in preflight)' }
    },
    'fail-on': {
        key: 'failOn',
        default: 'failure',
        parse: (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['failure', 'warning']),
        description: 'failure, or warning to block promotion on warnings too.'
    },
    'pr-comment': {
        key: 'prComment',
        default: 'true',
        parse: _parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .booleanInput */ .tE,
        description: 'Post or update one sticky comment on the pull request, when there is one.'
    },
    // Checked by the comment, the one thing that uses it: a token no comment needs cannot block a run.
    'github-token': {
        key: 'githubToken',
        default: '',
        parse: _parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq,
        description: 'Token used for the pull request comment only.',
        secret: true,
        actionDefault: '${{ github.token }}'
    },
    'department-id': {
        key: 'departmentId',
        group: 'smoke',
        default: '',
        parse: (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((raw) => (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .parseWholeNumber */ .oA)(raw, 1)),
        description: 'Smoke mode - id of the department the test appointment is booked in (required in smoke mode).',
        readme: { default: '(none; required in smoke mode)', description: 'Smoke mode - id of the department the test appointment is booked in.' }
    },
    'appointment-datetime': {
        key: 'appointmentDateTime',
        group: 'smoke',
        default: '',
        parse: (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .parseLocalDateTime */ .AE),
        description: "Smoke mode - local date and time of the test appointment, no zone; default the next day at 10:00 in the runner's time zone (UTC on GitHub-hosted runners).",
        readme: {
            default: "the next day at 10:00 (runner's time zone, UTC on GitHub-hosted runners)",
            description: 'Smoke mode - local date and time of the test appointment, no zone (`2026-02-15T10:00:00`).'
        }
    },
    // Never empty: an empty input falls back to its default.
    'appointment-name': {
        key: 'appointmentName',
        group: 'smoke',
        default: 'moncreneau-deploy-gate smoke test',
        parse: _parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq,
        description: 'Smoke mode - name on the test appointment, so it is recognised as a gate test.'
    },
    'external-user-id': {
        key: 'externalUserId',
        group: 'smoke',
        default: 'moncreneau-deploy-gate',
        parse: _parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq,
        description: 'Smoke mode - externalUserId of the test appointment, used to find it again if an answer is lost.'
    },
    'webhook-confirm-url': {
        key: 'webhookConfirmUrl',
        group: 'smoke',
        default: '',
        parse: (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyOr */ .H0)(_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .parseConfirmTemplate */ .EY),
        description: 'Smoke mode - URL template with {appointmentId} and {event} that answers 2xx once the application processed that event.',
        readme: {
            description: 'Smoke mode - URL template with `{appointmentId}` and `{event}` that answers 2xx once the application processed that event, 404 before.'
        }
    },
    'webhook-wait-seconds': {
        key: 'webhookWaitSeconds',
        group: 'smoke',
        default: '60',
        parse: (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .decimalNumber */ .zD)(0, 3600),
        description: 'Smoke mode - how long to wait for each webhook confirmation, in seconds.'
    },
    'watch-minutes': {
        key: 'minutes',
        group: 'watch',
        default: '10',
        parse: (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .decimalNumber */ .zD)(0, 360),
        description: 'Watch mode - how long to watch production after the deploy, in minutes.'
    },
    // A floor, so a typo cannot turn the watch into a flood of requests against production.
    'watch-interval-seconds': {
        key: 'intervalSeconds',
        group: 'watch',
        default: '30',
        parse: (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .decimalNumber */ .zD)(0.05, 3600),
        description: 'Watch mode - time between two measurements, in seconds.'
    },
    'max-error-rate': {
        key: 'maxErrorRate',
        group: 'watch',
        default: '0.10',
        parse: _parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRate */ .WN,
        description: 'Watch mode - roll back when the error rate of the API, or of health-url, each judged on its own over the error window, is above this (0.10 = 10%).'
    },
    'error-window-minutes': {
        key: 'errorWindowMinutes',
        group: 'watch',
        default: '5',
        parse: (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .decimalNumber */ .zD)(0, 360),
        description: 'Watch mode - length of the sliding window the error rate is computed over, in minutes.'
    },
    'rollback-latency-ms': {
        key: 'rollbackLatencyMs',
        group: 'watch',
        default: '2000',
        parse: (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .wholeNumber */ .rD)(1, HOUR_MS),
        description: 'Watch mode - roll back when the p95 response time is above this many milliseconds.'
    },
    'health-url': {
        key: 'healthUrl',
        group: 'watch',
        default: '',
        parse: (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyOr */ .H0)(_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAbsoluteUrl */ .wS),
        description: "Watch mode - the application's own health endpoint, also probed each interval."
    },
    'max-credits-per-hour': {
        key: 'maxCreditsPerHour',
        group: 'watch',
        default: '',
        parse: (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((raw) => (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .parseWholeNumber */ .oA)(raw, 0)),
        description: 'Watch mode - roll back when credits are consumed faster than this per hour.',
        readme: { default: '(none: reported, not judged)' }
    },
    'webhook-heartbeat-url': {
        key: 'heartbeatUrl',
        group: 'watch',
        default: '',
        parse: (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyOr */ .H0)(_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAbsoluteUrl */ .wS),
        description: 'Watch mode - URL answering JSON with lastReceivedAt, the ISO time of the last webhook the application received.',
        readme: { description: 'Watch mode - URL answering JSON `{"lastReceivedAt": "<ISO time>"}` of the last webhook the application received.' }
    },
    'max-webhook-silence-minutes': {
        key: 'maxWebhookSilenceMinutes',
        group: 'watch',
        default: '10',
        parse: (0,_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .decimalNumber */ .zD)(0, 24 * 60),
        description: 'Watch mode - roll back when no webhook arrived for this many minutes.'
    }
};
/** Every input, in action.yml's order. */
const INPUT_NAMES = Object.keys(INPUTS);
/** Inputs that are secrets: never echoed, always masked. */
const SECRET_INPUTS = INPUT_NAMES.filter((name) => inputSpec(name).secret === true);
/** An input's declaration, seen as any input's (its optional fields readable). */
function inputSpec(name) {
    return INPUTS[name];
}
/** One input parsed on its own, or undefined when it does not parse (its own error says why). */
function parseInput(name, raw) {
    const result = INPUTS[name].parse(raw);
    return 'value' in result ? result.value : undefined;
}


/***/ }),

/***/ 7428:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ fallbackVariable),
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   LO: () => (/* binding */ inputVariable),
/* harmony export */   pH: () => (/* reexport safe */ _input_table_js__WEBPACK_IMPORTED_MODULE_0__.pH)
/* harmony export */ });
/* harmony import */ var _input_table_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6748);
/**
 * The action's inputs as the runner hands them over: `INPUT_<NAME>` environment variables
 * (upper-cased, hyphens kept), each falling back to its environment variable and its default
 * (src/settings/input-table.ts), so the gate behaves the same outside Actions.
 */


/** The runner's variable name for an input, exactly as `@actions/core` derives it. */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/**
 * Reads every input once. Secrets are not trimmed: a secret is used exactly as given. `given`
 * is the front end's own reader (the runner adapter's `core.getInput`); the environment still
 * supplies the fallbacks (MONCRENEAU_API_URL...).
 */
function readInputs(env, given = (name) => env[inputVariable(name)]) {
    const values = {};
    const sources = {};
    for (const name of _input_table_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT_NAMES */ .Qh) {
        const spec = (0,_input_table_js__WEBPACK_IMPORTED_MODULE_0__/* .inputSpec */ .mm)(name);
        const clean = (v) => (spec.secret ? (v ?? '') : (v ?? '').trim());
        const input = clean(given(name));
        const fromEnv = spec.env ? clean(env[spec.env]) : '';
        if (input.trim() !== '') {
            values[name] = input;
            sources[name] = 'input';
        }
        else if (fromEnv.trim() !== '') {
            values[name] = fromEnv;
            sources[name] = 'env';
        }
        else {
            values[name] = spec.default;
            sources[name] = values[name] === '' ? 'none' : 'default';
        }
    }
    return { values, sources };
}
/** The environment variable a value fell back to, for messages. */
function fallbackVariable(name) {
    return (0,_input_table_js__WEBPACK_IMPORTED_MODULE_0__/* .inputSpec */ .mm)(name).env;
}


/***/ }),

/***/ 4953:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ MODE_NAMES),
/* harmony export */   S: () => (/* binding */ isMode)
/* harmony export */ });
/** The gate's modes (contract): the `mode` input's values, and the keys of every per-mode table. */
const MODE_NAMES = ['preflight', 'smoke', 'watch'];
function isMode(value) {
    return MODE_NAMES.includes(value);
}


/***/ }),

/***/ 21:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ parseDecimal),
/* harmony export */   AE: () => (/* binding */ parseLocalDateTime),
/* harmony export */   EY: () => (/* binding */ parseConfirmTemplate),
/* harmony export */   H0: () => (/* binding */ emptyOr),
/* harmony export */   MP: () => (/* binding */ envNames),
/* harmony export */   O1: () => (/* binding */ splitEnvNames),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   RJ: () => (/* binding */ checkList),
/* harmony export */   So: () => (/* binding */ apiPath),
/* harmony export */   WN: () => (/* binding */ parseRate),
/* harmony export */   cn: () => (/* binding */ fieldPath),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   oA: () => (/* binding */ parseWholeNumber),
/* harmony export */   rD: () => (/* binding */ wholeNumber),
/* harmony export */   rJ: () => (/* binding */ secret),
/* harmony export */   tE: () => (/* binding */ booleanInput),
/* harmony export */   wS: () => (/* binding */ parseAbsoluteUrl),
/* harmony export */   yL: () => (/* binding */ oneOf),
/* harmony export */   zD: () => (/* binding */ decimalNumber)
/* harmony export */ });
/* unused harmony export quoteValue */
/* harmony import */ var _check_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8034);
/**
 * Parsers for single inputs: each turns the runner's string into a typed value, or into the
 * one-line error a user reads ("min-credits: "abc" is not a whole number >= 0").
 */

/** A user's value, quoted and shortened for an error line. */
function quoteValue(raw) {
    const short = raw.length > 60 ? `${raw.slice(0, 57)}...` : raw;
    return JSON.stringify(short);
}
const splitList = (raw) => raw
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
/** Any string, as given. */
const text = (raw) => ({ value: raw });
function oneOf(accepted) {
    return (raw) => {
        const value = raw.toLowerCase();
        return accepted.includes(value) ? { value: value } : { error: `${quoteValue(raw)} is not one of ${accepted.join(', ')}` };
    };
}
function parseWholeNumber(raw, min, max = Number.MAX_SAFE_INTEGER) {
    const n = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
    if (Number.isSafeInteger(n) && n >= min && n <= max)
        return { value: n };
    const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `between ${min} and ${max}`;
    return { error: `${quoteValue(raw)} is not a whole number ${range}` };
}
function wholeNumber(min, max) {
    return (raw) => parseWholeNumber(raw, min, max);
}
function parseDecimal(raw, minExclusive, max) {
    const n = /^\d{1,9}(\.\d{1,9})?$/.test(raw) ? Number(raw) : NaN;
    if (Number.isFinite(n) && n > minExclusive && n <= max)
        return { value: n };
    return { error: `${quoteValue(raw)} is not a number greater than ${minExclusive} and at most ${max}` };
}
function decimalNumber(minExclusive, max) {
    return (raw) => parseDecimal(raw, minExclusive, max);
}
const booleanInput = (raw) => {
    const value = raw.toLowerCase();
    if (value === 'true' || value === 'false')
        return { value: value === 'true' };
    return { error: `${quoteValue(raw)} is not true or false` };
};
/** A path under the API base URL; never a full URL, so the key cannot be sent elsewhere. */
const apiPath = (raw) => raw.startsWith('/') && !raw.startsWith('//') && !/\s/.test(raw)
    ? { value: raw }
    : { error: `${quoteValue(raw)} is not a path starting with "/" (it is appended to api-url)` };
const fieldPath = (raw) => /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(raw)
    ? { value: raw }
    : { error: `${quoteValue(raw)} is not a field name or dotted path such as availableCredits` };
const checkList = (raw) => {
    const written = splitList(raw);
    const names = written.map((s) => s.toLowerCase());
    // Named as the user wrote them, so they can find them in their workflow.
    const unknown = [...new Set(written.filter((n) => !(0,_check_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .isCheckId */ .K3)(n.toLowerCase())))];
    if (unknown.length > 0) {
        const spaced = unknown.some((n) => /\s/.test(n)) ? ' (separate names with commas or new lines)' : '';
        return { error: `unknown check ${unknown.map(quoteValue).join(', ')}; accepted: ${_check_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .PREFLIGHT_CHECKS */ .iS.join(', ')}${spaced}` };
    }
    if (names.length === 0)
        return { error: `is empty; name at least one of ${_check_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .PREFLIGHT_CHECKS */ .iS.join(', ')}` };
    // Keep the summary's order whatever order the user wrote.
    return { value: _check_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .PREFLIGHT_CHECKS */ .iS.filter((id) => names.includes(id)) };
};
/** The names in require-env's value, as written (separated by commas, spaces or new lines). */
const splitEnvNames = (raw) => raw.split(/[\s,]+/).filter((s) => s !== '');
const envNames = (raw) => {
    const names = splitEnvNames(raw);
    const bad = names.filter((n) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
    if (bad.length === 0)
        return { value: [...new Set(names)] };
    const plural = bad.length > 1;
    return {
        error: `${bad.map(quoteValue).join(', ')} ${plural ? 'are not valid environment variable names' : 'is not a valid environment variable name'} (letters, digits, _)`
    };
};
/** Empty stays null ("use the default"); anything else must parse. */
function optional(parse) {
    return (raw) => (raw === '' ? { value: null } : parse(raw));
}
/** Empty stays '' ("none"); anything else must parse. */
function emptyOr(parse) {
    return (raw) => (raw === '' ? { value: '' } : parse(raw));
}
/** Real keys and secrets are long; a short one would also be impossible to keep out of the output. */
const MIN_SECRET_LENGTH = 12;
/** Far above any real key or signing secret: a longer value is a file pasted by mistake. */
const MAX_SECRET_LENGTH = 4096;
/** A key or signing secret, used exactly as given (it is not trimmed); empty: not given. */
const secret = (raw) => {
    if (raw === '')
        return { value: raw };
    if (raw.trim().length < MIN_SECRET_LENGTH) {
        return { error: `is too short to be a real secret (fewer than ${MIN_SECRET_LENGTH} characters); check that the right secret is passed` };
    }
    if (raw.length > MAX_SECRET_LENGTH) {
        return { error: `is too long to be a real secret (more than ${MAX_SECRET_LENGTH} characters); check that the right secret is passed` };
    }
    return { value: raw };
};
/** Local date and time without a zone, as the API expects: 2026-02-15T10:00:00. */
function parseLocalDateTime(raw) {
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(raw);
    const bad = { error: `${quoteValue(raw)} is not a local date and time such as 2026-02-15T10:00:00 (no zone)` };
    if (!m)
        return bad;
    const [y, mo, d, h, mi] = m.slice(1, 6);
    const se = m[6] ?? '00';
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(se)));
    const same = date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d);
    if (!same || Number(h) > 23 || Number(mi) > 59 || Number(se) > 59)
        return bad;
    return { value: `${y}-${mo}-${d}T${h}:${mi}:${se}` };
}
/** A URL template with {appointmentId} and {event}, and no other placeholder. */
function parseConfirmTemplate(raw) {
    const placeholders = raw.match(/\{[^}]*\}/g) ?? [];
    const unknown = placeholders.filter((p) => p !== '{appointmentId}' && p !== '{event}');
    if (unknown.length > 0)
        return { error: `has the unknown placeholder ${unknown[0]}; use {appointmentId} and {event}` };
    if (!raw.includes('{appointmentId}') || !raw.includes('{event}')) {
        return { error: 'must contain both {appointmentId} and {event}, e.g. https://app.example/moncreneau/confirm/{appointmentId}/{event}' };
    }
    const sample = parseAbsoluteUrl(raw.replaceAll('{appointmentId}', '1').replaceAll('{event}', 'appointment.created'));
    return 'value' in sample ? { value: raw } : { error: 'is not an absolute http(s) URL template' };
}
/** A fraction such as 0.1, from 0 to 1. */
function parseRate(raw) {
    const n = /^(0(\.\d{1,6})?|1(\.0{1,6})?|\.\d{1,6})$/.test(raw) ? Number(raw) : NaN;
    return Number.isFinite(n) ? { value: n } : { error: `${quoteValue(raw)} is not a rate between 0 and 1, such as 0.1` };
}
/** An absolute http(s) URL with nothing left to fill in. */
function parseAbsoluteUrl(raw) {
    if (/\{[^}]*\}/.test(raw))
        return { error: 'still contains a placeholder in braces' };
    try {
        const url = new URL(raw);
        if (url.protocol === 'https:' || url.protocol === 'http:')
            return { value: raw };
    }
    catch {
        /* reported below */
    }
    return { error: 'is not an absolute http(s) URL' };
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 1553:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__commandLine = __webpack_exports__.a;
/******/ export { __webpack_exports__commandLine as commandLine };
/******/ 
