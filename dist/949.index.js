export const id = 949;
export const ids = [949];
export const modules = {

/***/ 4802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rx: () => (/* binding */ describeKey),
/* harmony export */   kg: () => (/* binding */ keyKindRefusal),
/* harmony export */   uc: () => (/* binding */ keyInfo)
/* harmony export */ });
/** `mk_live_`/`mk_test_` as the SDKs document; bare `live_`/`test_` as the guide spells them. */
const PREFIXES = [
    { prefix: 'mk_live_', kind: 'live' },
    { prefix: 'mk_test_', kind: 'test' },
    { prefix: 'live_', kind: 'live' },
    { prefix: 'test_', kind: 'test' }
];
function keyInfo(key) {
    const match = PREFIXES.find((p) => key.startsWith(p.prefix));
    return match ? { kind: match.kind, prefix: match.prefix } : { kind: 'unknown', prefix: null };
}
/** "mk_live_\u2026" for a known key, a description for any other: never a character more. */
function describeKey(key) {
    const { prefix } = keyInfo(key);
    return prefix ? `${prefix}\u2026` : 'a key with an unrecognised prefix';
}
/**
 * A key whose kind does not fit the environment: a test key sees none of production, a live
 * key in staging books and spends for real. Undefined when it fits, or its kind is unknown.
 */
function keyKindRefusal(kind, environment) {
    if (kind === 'test' && environment === 'production') {
        return {
            problem: 'TEST key in production',
            hint: 'Use the production key (mk_live_\u2026) from Settings > API > Production; a test key cannot see production data.'
        };
    }
    if (kind === 'live' && environment === 'staging') {
        return {
            problem: 'LIVE key in staging',
            hint: 'Use a test key (mk_test_\u2026) in staging: a live key books real appointments and spends real credits.'
        };
    }
    return undefined;
}


/***/ }),

/***/ 8944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J5: () => (/* binding */ refused),
/* harmony export */   KR: () => (/* binding */ judgeConfig),
/* harmony export */   LO: () => (/* binding */ missing),
/* harmony export */   Qh: () => (/* binding */ apiKeyFindings),
/* harmony export */   iz: () => (/* binding */ refusedSentence),
/* harmony export */   mt: () => (/* binding */ apiUrlFindings),
/* harmony export */   ok: () => (/* binding */ ok),
/* harmony export */   sS: () => (/* binding */ serviceUrlFinding),
/* harmony export */   vz: () => (/* binding */ sourceOf)
/* harmony export */ });
/* harmony import */ var _api_key_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4802);
/* harmony import */ var _missing_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7536);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7513);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3012);
/* harmony import */ var _engine_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3326);
/* harmony import */ var _settings_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7428);
/**
 * The configuration rules every mode states first, as findings: the API key and api-url in
 * preflight's config check, and before smoke books or watch samples anything. Pure: the
 * settings in, one verdict per rule out, folded into the config row by `judgeConfig`.
 */






const ok = (text) => ({ status: 'pass', text });
/** A refusal as the config row states it. */
const refused = (refusal, shown = '') => ({ status: 'fail', text: `${refusal.problem}${shown}`, hint: refusal.hint });
/** A refusal that starts a row's line: "The API key has\u2026". */
const refusedSentence = (refusal, shown = '') => refused({ ...refusal, problem: `${refusal.problem.charAt(0).toUpperCase()}${refusal.problem.slice(1)}` }, shown);
/** A missing input as the row states it: "No API key: neither \u2026 is set". */
const missing = (input) => refusedSentence(input, `: ${input.why}`);
/** Where an input's value came from, in the row: "from input api-key", "from MONCRENEAU_API_KEY". */
function sourceOf(settings, name) {
    const source = settings.sources[name];
    if (source === 'env')
        return `from ${(0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .fallbackVariable */ .$W)(name)}`;
    if (source === 'default')
        return 'default';
    return `from input ${name}`;
}
function apiKeyFindings(settings) {
    const key = settings.apiKey;
    if (key.trim() === '')
        return [missing((0,_missing_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .missingInput */ .f)('api-key', settings.environment))];
    const findings = [];
    const padded = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .paddedRefusal */ .RY)('api-key', key);
    if (padded)
        findings.push(refusedSentence(padded));
    // The kind is judged on the key without its padding, so a padded test key is told as both.
    const info = (0,_api_key_js__WEBPACK_IMPORTED_MODULE_0__/* .keyInfo */ .uc)(key.trim());
    const shown = `${(0,_api_key_js__WEBPACK_IMPORTED_MODULE_0__/* .describeKey */ .Rx)(key.trim())} (${sourceOf(settings, 'api-key')})`;
    const wrongKind = (0,_api_key_js__WEBPACK_IMPORTED_MODULE_0__/* .keyKindRefusal */ .kg)(info.kind, settings.environment);
    if (wrongKind) {
        findings.push(refused(wrongKind, `: ${shown}`));
    }
    else if (info.kind === 'unknown') {
        findings.push({
            status: 'warn',
            text: `API key kind unknown: ${shown}`,
            hint: 'MONCRENEAU keys start with mk_live_ (production) or mk_test_ (test); check that this secret holds an API key.'
        });
    }
    else {
        findings.push(ok(`API key ${shown} matches ${settings.environment}`));
    }
    return findings;
}
function apiUrlFindings(settings) {
    const checked = (0,_urls_js__WEBPACK_IMPORTED_MODULE_5__/* .checkApiUrl */ .Sz)(settings.apiUrl, settings.environment);
    if (!checked.ok)
        return [refused(checked)];
    const endpoint = (0,_urls_js__WEBPACK_IMPORTED_MODULE_5__/* .apiUrlEndpointRefusal */ .BD)(checked.url);
    if (endpoint)
        return [refused(endpoint)];
    return [ok(`api-url ${(0,_urls_js__WEBPACK_IMPORTED_MODULE_5__/* .displayUrl */ .Qy)(checked.url)} (${sourceOf(settings, 'api-url')})`)];
}
/** A URL the gate will call, judged by the same rules as api-url; nothing when not given. */
function serviceUrlFinding(raw, input, environment) {
    if (!raw)
        return [];
    const checked = (0,_urls_js__WEBPACK_IMPORTED_MODULE_5__/* .checkServiceUrl */ .Jb)(raw, input, environment);
    return [checked.ok ? ok(`${input} ${(0,_urls_js__WEBPACK_IMPORTED_MODULE_5__/* .displayUrl */ .Qy)(checked.url)}`) : refused(checked)];
}
/** Folds the findings into the config row: the worst status, problems first in the summary. */
function judgeConfig(findings) {
    const status = findings.reduce((acc, f) => (0,_engine_check_js__WEBPACK_IMPORTED_MODULE_3__/* .worst */ .QZ)(acc, f.status), 'pass');
    const problems = findings.filter((f) => f.status !== 'pass');
    const summary = problems.length === 0
        ? 'configuration present and consistent'
        : `${problems.length} problem${problems.length === 1 ? '' : 's'}: ${problems.map((p) => p.text).join('; ')}`;
    return {
        status,
        summary,
        details: findings.map((f) => `${f.status === 'pass' ? '\u2705' : f.status === 'warn' ? '\u26A0\uFE0F' : '\u274C'} ${f.text}`),
        hints: problems.flatMap((p) => (p.hint ? [p.hint] : [])),
        data: { problems: problems.length }
    };
}


/***/ }),

/***/ 7536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ missingInput)
/* harmony export */ });
/** The dashboard's tab for the environment: each has its own webhook URL and secret. */
const TAB = { production: 'Production', staging: 'Staging' };
/** The key each environment takes, as the key-kind rule asks for it. */
const KEY = { production: 'a live key (mk_live_\u2026)', staging: 'a test key (mk_test_\u2026)' };
/** What to say when `input` is not given, for the environment being deployed to. */
function missingInput(input, environment) {
    switch (input) {
        case 'api-key':
            return {
                problem: 'no API key',
                why: 'neither the api-key input nor MONCRENEAU_API_KEY is set',
                hint: `Pass api-key: \${{ secrets.MONCRENEAU_API_KEY }} (or set MONCRENEAU_API_KEY) from your ${environment} secrets: ${KEY[environment]}.`
            };
        case 'webhook-url':
            return {
                problem: 'no webhook-url',
                why: 'the webhook check needs the application\u2019s webhook endpoint',
                hint: `Set webhook-url (or MONCRENEAU_WEBHOOK_URL) to the URL registered in Dashboard > Webhooks > ${TAB[environment]}, or drop webhook from checks.`
            };
        case 'webhook-secret':
            return {
                problem: 'no webhook-secret',
                why: 'signed test events cannot be sent',
                hint: `Pass webhook-secret: \${{ secrets.MONCRENEAU_WEBHOOK_SECRET }} (or set MONCRENEAU_WEBHOOK_SECRET): the ${environment} secret from Dashboard > Webhooks > ${TAB[environment]}.`
            };
    }
}


/***/ }),

/***/ 7513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RY: () => (/* binding */ paddedRefusal),
/* harmony export */   SB: () => (/* binding */ paddedProblem),
/* harmony export */   Zf: () => (/* binding */ isPadded)
/* harmony export */ });
/** Spaces or line breaks before or after: a secret pasted from a file, or with its newline. */
function isPadded(value) {
    return value !== value.trim();
}
/** "<secret> has spaces or line breaks around it": the one wording, for every secret used as given. */
function paddedProblem(secret) {
    return `${secret} has spaces or line breaks around it`;
}
const PADDED = {
    'api-key': {
        problem: paddedProblem('the API key'),
        hint: 'Store the key without surrounding whitespace; the API compares it exactly.'
    },
    'webhook-secret': {
        problem: paddedProblem('the webhook secret'),
        hint: 'Store the secret exactly as the dashboard shows it (no trailing newline): MONCRENEAU signs with that value, so signatures made with this one would not match.'
    }
};
/** The refusal of a padded secret; undefined when it has no blanks around it. */
function paddedRefusal(input, value) {
    return isPadded(value) ? PADDED[input] : undefined;
}


/***/ }),

/***/ 3012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ apiUrlEndpointRefusal),
/* harmony export */   Jb: () => (/* binding */ checkServiceUrl),
/* harmony export */   Qy: () => (/* binding */ displayUrl),
/* harmony export */   Sz: () => (/* binding */ checkApiUrl),
/* harmony export */   we: () => (/* binding */ joinUrl)
/* harmony export */ });
/* unused harmony export isLoopbackHost */
const PLACEHOLDER = /\{\{[^}]*\}\}/;
/** Loopback hosts, where plain http cannot leave the machine. */
function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    // Only names that cannot resolve elsewhere: not *.localhost, which a resolver may send anywhere.
    return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
/** Origin and path only: userinfo, query and fragment may carry credentials. */
function displayUrl(url) {
    return `${url.origin}${url.pathname}`;
}
/**
 * An absolute http(s) URL with no unresolved `{{...}}` placeholder and no credentials in it.
 * `http:` is accepted only for a loopback host in staging.
 */
function checkServiceUrl(raw, input, environment) {
    const placeholder = PLACEHOLDER.exec(raw);
    if (placeholder) {
        return {
            ok: false,
            problem: `${input} still contains the unresolved placeholder ${placeholder[0]}`,
            hint: `Set ${input} to the real URL: the placeholder was copied from a template and never filled in.`
        };
    }
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return {
            ok: false,
            problem: `${input} is not an absolute URL`,
            hint: `Give ${input} as a full URL such as https://host/path.`
        };
    }
    if (url.username || url.password) {
        return {
            ok: false,
            problem: `${input} contains credentials before the host`,
            hint: `Remove the user:password part from ${input}; credentials in a URL end up in logs.`
        };
    }
    if (url.protocol === 'https:')
        return { ok: true, url };
    if (url.protocol === 'http:' && environment === 'staging' && isLoopbackHost(url.hostname)) {
        return { ok: true, url };
    }
    if (url.protocol === 'http:') {
        return {
            ok: false,
            problem: `${input} uses plain http (${displayUrl(url)})`,
            hint: environment === 'production'
                ? `Use https in production: plain http sends ${input === 'api-url' ? 'the key and the data' : 'everything'} in clear.`
                : `Use https; plain http is accepted only for a loopback host (localhost, 127.0.0.1, ::1) in staging.`
        };
    }
    return {
        ok: false,
        problem: `${input} uses the unsupported scheme ${url.protocol.replace(/:$/, '')}`,
        hint: `Give ${input} as an https URL.`
    };
}
/** The API base URL: a service URL with no query or fragment, since paths are appended to it. */
function checkApiUrl(raw, environment) {
    const checked = checkServiceUrl(raw, 'api-url', environment);
    if (!checked.ok)
        return checked;
    if (checked.url.search || checked.url.hash) {
        return {
            ok: false,
            problem: 'api-url has a query or fragment',
            hint: 'Give api-url as the base URL only, e.g. https://mc-prd.duckdns.org/api/v1.'
        };
    }
    return checked;
}
/**
 * An api-url that names an endpoint (\u2026/appointments) rather than the base, so every path would
 * be appended to it. A configuration mistake, not a danger: the key may still be sent there.
 */
function apiUrlEndpointRefusal(url) {
    const endpoint = /\/(appointments|departments|organizations(\/me)?)\/?$/.exec(url.pathname);
    if (!endpoint)
        return undefined;
    return {
        problem: `api-url ends with the endpoint /${endpoint[1]} (${displayUrl(url)})`,
        hint: 'Give api-url as the base URL only, e.g. https://mc-prd.duckdns.org/api/v1: every path is appended to it.'
    };
}
/** Base URL + path, keeping the base's own path (`/api/v1`) whatever slashes either has. */
function joinUrl(base, path) {
    const basePath = base.pathname.replace(/\/+$/, '');
    const rest = path.startsWith('/') ? path : `/${path}`;
    return new URL(`${base.origin}${basePath}${rest}`);
}


/***/ }),

/***/ 5949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPreflight: () => (/* binding */ runPreflight)
});

// EXTERNAL MODULE: ./src/settings/check-ids.ts
var check_ids = __webpack_require__(8034);
// EXTERNAL MODULE: ./src/domain/findings.ts
var domain_findings = __webpack_require__(8944);
// EXTERNAL MODULE: ./src/domain/missing-inputs.ts
var missing_inputs = __webpack_require__(7536);
// EXTERNAL MODULE: ./src/domain/secrets.ts
var secrets = __webpack_require__(7513);
// EXTERNAL MODULE: ./src/domain/urls.ts
var urls = __webpack_require__(3012);
;// CONCATENATED MODULE: ./src/checks/config.ts
/**
 * The `config` check: is the configuration present and sane for this environment? Pure: it
 * reads only the settings and the environment. The key and api-url rules are the domain's,
 * shared with smoke and watch; the webhook and require-env rules are preflight's own.
 */





function webhookFindings(settings) {
    if (!settings.checks.includes('webhook'))
        return [];
    const findings = [];
    if (settings.webhookUrl === '') {
        findings.push((0,domain_findings/* missing */.LO)((0,missing_inputs/* missingInput */.f)('webhook-url', settings.environment)));
    }
    else {
        const checked = (0,urls/* checkServiceUrl */.Jb)(settings.webhookUrl, 'webhook-url', settings.environment);
        findings.push(checked.ok ? (0,domain_findings.ok)(`webhook-url ${(0,urls/* displayUrl */.Qy)(checked.url)} (${(0,domain_findings/* sourceOf */.vz)(settings, 'webhook-url')})`) : (0,domain_findings/* refused */.J5)(checked));
    }
    const padded = (0,secrets/* paddedRefusal */.RY)('webhook-secret', settings.webhookSecret);
    if (settings.webhookSecret === '') {
        findings.push((0,domain_findings/* missing */.LO)((0,missing_inputs/* missingInput */.f)('webhook-secret', settings.environment)));
    }
    else if (padded) {
        findings.push((0,domain_findings/* refusedSentence */.iz)(padded));
    }
    else {
        findings.push((0,domain_findings.ok)(`webhook-secret set (${(0,domain_findings/* sourceOf */.vz)(settings, 'webhook-secret')})`));
    }
    return findings;
}
function requiredEnvFindings(settings, env) {
    if (settings.requireEnv.length === 0)
        return [];
    const missing = settings.requireEnv.filter((name) => (env[name] ?? '').trim() === '');
    if (missing.length === 0)
        return [(0,domain_findings.ok)(`${settings.requireEnv.length} required variable(s) set: ${settings.requireEnv.join(', ')}`)];
    return missing.map((name) => ({
        status: 'fail',
        text: `Required variable ${name} is ${name in env ? 'empty' : 'not set'}`,
        hint: `Set ${name} in the step's env (listed in require-env), e.g. from a repository or environment secret.`
    }));
}
const configCheck = {
    id: 'config',
    title: check_ids/* CHECK_TITLES */.Zt.config,
    run: async ({ settings, requiredVariables }) => (0,domain_findings/* judgeConfig */.KR)([...(0,domain_findings/* apiKeyFindings */.Qh)(settings), ...(0,domain_findings/* apiUrlFindings */.mt)(settings), ...webhookFindings(settings), ...requiredEnvFindings(settings, requiredVariables)])
};

;// CONCATENATED MODULE: ./src/checks/registry.ts



const LOADERS = {
    config: async () => configCheck,
    api: async () => (await Promise.all(/* import() */[__webpack_require__.e(410), __webpack_require__.e(940), __webpack_require__.e(934), __webpack_require__.e(533)]).then(__webpack_require__.bind(__webpack_require__, 7533))).apiCheck,
    webhook: async () => (await Promise.all(/* import() */[__webpack_require__.e(410), __webpack_require__.e(280), __webpack_require__.e(940), __webpack_require__.e(424)]).then(__webpack_require__.bind(__webpack_require__, 1424))).webhookCheck,
    credits: async () => (await Promise.all(/* import() */[__webpack_require__.e(410), __webpack_require__.e(940), __webpack_require__.e(934), __webpack_require__.e(231)]).then(__webpack_require__.bind(__webpack_require__, 5231))).creditsCheck
};
async function loadChecks(ids) {
    return Promise.all(ids.map((id) => LOADERS[id]()));
}
/**
 * A check whose module is imported only once `after` resolves (the API's first request is on its
 * way): it is parsed while the others already wait on the network, not before they can send.
 */
function deferredCheck(id, after = Promise.resolve()) {
    return { id, title: check_ids/* CHECK_TITLES */.Zt[id], run: async (ctx) => (await after, await LOADERS[id]()).run(ctx) };
}

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

;// CONCATENATED MODULE: ./src/modes/preflight.ts
/** Preflight: the selected checks, concurrently, under the run's deadline. */




const API_CHECKS = ['api', 'credits'];
/**
 * The longest the webhook check's modules wait for the API's first request to be on its way,
 * counted from when that request is handed to its connection (a connection that takes long to
 * open must not hold the webhook check back; loading the HTTP client before it does not count).
 */
const WAIT_FOR_FIRST_REQUEST_MS = 50;
/**
 * One transport for the API checks: their requests share one connection per origin instead of
 * a handshake each. Imported only when an API check runs (a config-only run loads no HTTP client).
 * `onItsWay` resolves once its first request is being written, its first exchange has ended,
 * WAIT_FOR_FIRST_REQUEST_MS after it was handed over, or when `release` is called (the API checks
 * ended, having sent nothing); at once without an API check.
 */
async function apiTransport(ctx) {
    if (!ctx.settings.checks.some((id) => API_CHECKS.includes(id)))
        return { onItsWay: Promise.resolve(), release: () => { } };
    let onItsWay;
    let answered = false;
    let warmed = false;
    const out = new Promise((resolve) => (onItsWay = resolve));
    const { createHttpClient } = await Promise.all(/* import() */[__webpack_require__.e(410), __webpack_require__.e(940)]).then(__webpack_require__.bind(__webpack_require__, 1940));
    const client = createHttpClient({
        ...ctx.http,
        oneConnectionPerOrigin: true,
        onRequestSent: () => {
            // Not at once: a TLS socket sends what was written in the loop's next turn (setImmediate),
            // and the webhook check's module load would hold the API's first request back meanwhile.
            setImmediate(onItsWay);
            // A request sent after an answer came (the second sample): its wait is the time to load what prints.
            if (answered && !warmed) {
                warmed = true;
                ctx.warmUp?.();
            }
        },
        onExchange: (exchange) => ((answered = true), onItsWay(), ctx.http?.onExchange?.(exchange))
    });
    let handedOver = false;
    const api = {
        send: (req) => {
            if (!handedOver)
                setTimeout(onItsWay, WAIT_FOR_FIRST_REQUEST_MS).unref();
            handedOver = true;
            return client.send(req);
        },
        close: () => client.close()
    };
    return { api, onItsWay: out, release: onItsWay };
}
async function runPreflight(ctx) {
    const { settings } = ctx;
    // The API checks are loaded before the run starts; the webhook check's modules load once the
    // API's first request is on its way (they are not on the critical path: the samples are).
    const first = settings.checks.filter((id) => id !== 'webhook');
    const [{ api, onItsWay, release }, loaded] = await Promise.all([apiTransport(ctx), loadChecks(first)]);
    // A turn later: the webhook check's modules are then being read from disk, and meanwhile what
    // reading the first answer needs is made.
    void onItsWay.then(() => setImmediate(() => ctx.prepare?.()));
    // API checks that all end without a request (skipped, refused) must not hold the webhook check.
    let apiChecksRunning = settings.checks.filter((id) => API_CHECKS.includes(id)).length;
    const ended = () => --apiChecksRunning === 0 && release();
    const selected = settings.checks.map((id) => {
        const check = loaded.find((c) => c.id === id);
        if (!check)
            return deferredCheck(id, onItsWay);
        return API_CHECKS.includes(id) ? { ...check, run: (c) => check.run(c).finally(ended) } : check;
    });
    // Each check closes what it was given: the shared transport is lent, and closed here, once.
    const borrowed = api && { send: (req) => api.send(req), close: async () => { } };
    try {
        const results = await runChecks(selected, {
            time: ctx.time,
            deadlineSeconds: settings.timeoutSeconds,
            context: (time) => ({ settings, requiredVariables: ctx.requiredVariables, time, http: ctx.http, ...(borrowed ? { api: borrowed } : {}) })
        });
        // Unselected checks are listed too, so a reviewer sees what was not verified.
        const checks = check_ids/* PREFLIGHT_CHECKS */.iS.map((id) => results.find((r) => r.id === id) ?? { id, title: check_ids/* CHECK_TITLES */.Zt[id], ...(0,engine_check/* skip */.iv)('not selected (checks input)'), durationMs: 0 });
        return { checks };
    }
    finally {
        await api?.close();
    }
}


/***/ })

};
