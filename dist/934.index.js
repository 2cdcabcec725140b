export const id = 934;
export const ids = [934];
export const modules = {

/***/ 2821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ apiClientFor)
});

// EXTERNAL MODULE: ./src/domain/api-key.ts
var api_key = __webpack_require__(4802);
// EXTERNAL MODULE: ./src/domain/missing-inputs.ts
var missing_inputs = __webpack_require__(7536);
// EXTERNAL MODULE: ./src/domain/refusal.ts
var domain_refusal = __webpack_require__(3844);
// EXTERNAL MODULE: ./src/domain/secrets.ts
var secrets = __webpack_require__(7513);
// EXTERNAL MODULE: ./src/domain/urls.ts
var urls = __webpack_require__(3012);
// EXTERNAL MODULE: ./src/redact.ts + 2 modules
var src_redact = __webpack_require__(1436);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/http/answer-shape.ts
/** Any JSON value: the caller reads it itself. */
const anyJson = (value) => ({ ok: true, data: value });

// EXTERNAL MODULE: ./src/http/json-body.ts
var json_body = __webpack_require__(7181);
// EXTERNAL MODULE: ./src/http/server-text.ts
var server_text = __webpack_require__(4365);
;// CONCATENATED MODULE: ./src/http/api-answer.ts


/** `details.required` (the missing scope) is the one detail the gate reads: nothing else is kept. */
function requiredScope(details, redact) {
    const required = details?.required;
    if (typeof required === 'string')
        return { required: (0,server_text/* serverText */.T)(required, server_text/* SERVER_TEXT_LIMITS */.j.code, redact) };
    if (Array.isArray(required) && required.every((r) => typeof r === 'string')) {
        return { required: required.slice(0, 10).map((r) => (0,server_text/* serverText */.T)(r, server_text/* SERVER_TEXT_LIMITS */.j.code, redact)) };
    }
    return undefined;
}
/** The error envelope's code and message, redacted and cut where they enter: a 600 KB code is not a code. */
function errorEnvelope(body, redact) {
    if (!body || typeof body !== 'object')
        return {};
    const source = body.error;
    const err = (source && typeof source === 'object' ? source : body);
    const message = typeof err.message === 'string' ? err.message : typeof source === 'string' ? source : undefined;
    const details = requiredScope(err.details, redact);
    return {
        ...(typeof err.code === 'string' ? { code: (0,server_text/* serverText */.T)(err.code, server_text/* SERVER_TEXT_LIMITS */.j.code, redact) } : {}),
        ...(message !== undefined ? { message: (0,server_text/* serverText */.T)(message, server_text/* SERVER_TEXT_LIMITS */.j.message, redact) } : {}),
        ...(details ? { details } : {})
    };
}
/** `{"error": {...}}` or `{"error": "..."}` with nothing else that looks like data. */
function isErrorEnvelope(body) {
    if (!body || typeof body !== 'object' || Array.isArray(body))
        return false;
    const error = body.error;
    return (typeof error === 'string' && error !== '') || (!!error && typeof error === 'object' && 'code' in error);
}
/** Why a body that should be JSON is not, in a few words; undefined when it is readable. */
function unreadable(response, json, redact) {
    const encoding = response.headers['content-encoding']?.trim().toLowerCase();
    // The gate asks for no compression and decompresses nothing: such a body is bytes, not JSON.
    if (encoding && encoding !== 'identity')
        return `compressed (${(0,server_text/* serverText */.T)(encoding, 20, redact)}) although no compression was asked for`;
    return json.ok ? undefined : json.reason === 'empty' ? 'an empty body' : json.reason;
}
/** Turns one HTTP answer into a result; `shape` null means no body is expected. */
function interpret(response, shape, url, redact) {
    const { status, headers } = response;
    if (status >= 300 && status < 400) {
        // Resolved against the request, so a relative Location names the API's own host.
        let location = '';
        try {
            location = headers.location ? (0,server_text/* serverText */.T)(new URL(headers.location, url).toString(), server_text/* SERVER_TEXT_LIMITS */.j.location, redact) : '';
        }
        catch {
            /* unreadable: described as "another location" */
        }
        return { problem: { kind: 'redirect', status, location } };
    }
    const json = (0,json_body/* readJson */.Vh)(response.body);
    if (status < 200 || status >= 300) {
        return { problem: { kind: 'status', status, ...(json.ok ? errorEnvelope(json.value, redact) : {}) } };
    }
    // An error envelope behind a 2xx (a gateway that always answers 200) is an error, with its code.
    if (json.ok && isErrorEnvelope(json.value))
        return { problem: { kind: 'status', status, ...errorEnvelope(json.value, redact) } };
    if (shape === null)
        return { ok: true, status, data: null, timeMs: response.timeMs, headers, attempts: [] };
    const reason = unreadable(response, json, redact);
    if (!json.ok || reason !== undefined) {
        const contentType = (0,server_text/* serverText */.T)(headers['content-type'] ?? '', server_text/* SERVER_TEXT_LIMITS */.j.contentType, redact);
        const head = response.body.subarray(0, 512).toString('utf8').trimStart().toLowerCase();
        const looksLikeHtml = contentType.toLowerCase().includes('html') || head.startsWith('<!doctype') || head.startsWith('<html');
        return { problem: { kind: 'not-json', status, contentType, looksLikeHtml, ...(reason ? { reason } : {}) } };
    }
    const parsed = shape(json.value);
    if (!parsed.ok) {
        // Paths can name the server's own keys: its words, bounded like the rest.
        return { problem: { kind: 'unexpected-shape', status, issues: (0,server_text/* serverText */.T)(parsed.issues, server_text/* SERVER_TEXT_LIMITS */.j.message, redact) } };
    }
    return { ok: true, status, data: parsed.data, timeMs: response.timeMs, headers, attempts: [] };
}

// EXTERNAL MODULE: ./src/http/http-client.ts + 2 modules
var http_client = __webpack_require__(1940);
;// CONCATENATED MODULE: ./src/http/retry-policy.ts
/** Network failures worth another attempt: the ones a moment can cure. */
function isRetryableFailure(failure) {
    if (failure.kind === 'dns')
        return failure.code === 'EAI_AGAIN';
    return failure.kind === 'timeout' || failure.kind === 'reset' || failure.kind === 'refused' || failure.kind === 'other';
}
function isRetryableStatus(status) {
    return status === 429 || status >= 500;
}
const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;
/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value, nowEpochMs) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    // Only an HTTP-date ("Sun, 29 Nov 2026 10:00:00 GMT"): Date.parse also reads "banana 2" as a date.
    if (!HTTP_DATE.test(trimmed))
        return undefined;
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - nowEpochMs);
}
/** Exponential backoff with jitter: base·2^attempt, scaled by a random factor in [0.5, 1.5). */
function backoffDelay(attempt, baseMs, random) {
    return Math.round(baseMs * 2 ** attempt * (0.5 + random));
}
/** The wait before the next attempt: the server's Retry-After wins over our own backoff. */
function nextDelay(attempt, baseMs, random, retryAfterMs) {
    const backoff = backoffDelay(attempt, baseMs, random);
    return retryAfterMs ?? backoff;
}

;// CONCATENATED MODULE: ./src/http/api-client.ts
/**
 * The MONCRENEAU API as the gate uses it: base URL joined with paths, the key sent per
 * auth-scheme, JSON checked against the caller's shape, the error envelope read, and read-only calls retried
 * within the run's deadline.
 */







const DEFAULT_TIMEOUT_MS = 10_000;
/** No API answer the gate reads is anywhere near this: a larger one is not the API. */
const MAX_BODY_BYTES = 1024 * 1024;
/** First wait before a retry: 0.5 s, then 1 s, 2 s..., each with jitter. */
const BACKOFF_BASE_MS = 500;
/** A wait in the unit a person reads it in ("1200 ms", "45 s", "more than a day"). */
function waitText(ms) {
    if (ms < 10_000)
        return `${Math.round(ms)} ms`;
    if (ms < 86_400_000)
        return `${Math.round(ms / 1000)} s`;
    return 'more than a day';
}
function createApiClient(config) {
    const http = config.http ?? (0,http_client.createHttpClient)();
    const redact = config.redact ?? (0,src_redact/* makeRedactor */.$u)([config.apiKey]);
    const timeoutMs = config.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    const auth = config.authScheme === 'bearer' ? { authorization: `Bearer ${config.apiKey}` } : { 'x-api-key': config.apiKey };
    async function call(method, path, body, shape, retry) {
        const { time } = config;
        const url = (0,urls/* joinUrl */.we)(config.baseUrl, path);
        const attempts = [];
        const maxAttempts = retry ? config.retries + 1 : 1;
        const payload = body === undefined ? undefined : JSON.stringify(body);
        for (let attempt = 0;; attempt++) {
            const outcome = await http.send({
                method,
                url,
                headers: {
                    ...auth,
                    accept: 'application/json',
                    'user-agent': version/* USER_AGENT */._,
                    ...(payload !== undefined ? { 'content-type': 'application/json' } : {})
                },
                body: payload,
                timeoutMs: Math.max(1, Math.min(timeoutMs, time.remainingMs())),
                maxBodyBytes: MAX_BODY_BYTES,
                signal: time.signal
            });
            let result;
            let retryable;
            let retryAfterMs;
            if (!outcome.ok) {
                attempts.push({ timeMs: Math.round(outcome.timeMs), failure: outcome.failure.message });
                result = { ok: false, problem: { kind: 'network', failure: outcome.failure }, headers: {}, attempts };
                retryable = isRetryableFailure(outcome.failure);
            }
            else {
                const { response } = outcome;
                attempts.push({ status: response.status, timeMs: Math.round(response.timeMs) });
                const read = interpret(response, shape, url, redact);
                result = 'problem' in read ? { ok: false, problem: read.problem, headers: response.headers, attempts } : { ...read, attempts };
                retryable = isRetryableStatus(response.status);
                retryAfterMs = parseRetryAfter(response.headers['retry-after'], Date.now());
            }
            if (result.ok || !retryable || attempt + 1 >= maxAttempts || time.expired)
                return result;
            const delay = nextDelay(attempt, BACKOFF_BASE_MS, Math.random(), retryAfterMs);
            // Never sleep into the deadline: a retry that cannot finish in time is not made.
            if (delay + 50 >= time.remainingMs()) {
                return { ...result, note: `not retried: waiting ${waitText(delay)} would pass the run\u2019s deadline` };
            }
            await time.sleep(delay);
            if (time.expired)
                return result;
        }
    }
    return {
        get: (path, shape) => call('GET', path, undefined, shape ?? anyJson, true),
        post: (path, body, shape) => call('POST', path, body, shape, false),
        delete: (path) => call('DELETE', path, undefined, null, true),
        close: () => http.close()
    };
}

;// CONCATENATED MODULE: ./src/domain/api-access.ts
/**
 * The one way to an API client: the key is sent only where the domain rules allow (present,
 * unpadded, of the environment's kind, to a safe api-url), and each refusal reads as the config
 * row says it.
 */








const isHttpClient = (http) => typeof http?.send === 'function';
const refuse = (refusal, shown = '') => ({ ok: false, outcome: (0,domain_refusal/* notRun */.n)(refusal, shown) });
/** An API client, or the reason the key must not be sent (none, padded, wrong environment, unsafe URL). */
function apiClientFor(settings, options) {
    const key = settings.apiKey;
    if (key.trim() === '')
        return refuse((0,missing_inputs/* missingInput */.f)('api-key', settings.environment));
    // The application would send the key as stored, so a trimmed probe would prove nothing.
    const padded = (0,secrets/* paddedRefusal */.RY)('api-key', key);
    if (padded)
        return refuse(padded);
    // The key's kind must match the environment whether or not the config check was selected.
    const wrongKind = (0,api_key/* keyKindRefusal */.kg)((0,api_key/* keyInfo */.uc)(key).kind, settings.environment);
    if (wrongKind)
        return refuse(wrongKind, ` (${(0,api_key/* describeKey */.Rx)(key)})`);
    const url = (0,urls/* checkApiUrl */.Sz)(settings.apiUrl, settings.environment);
    if (!url.ok)
        return refuse(url);
    const client = createApiClient({
        baseUrl: url.url,
        apiKey: key,
        authScheme: settings.authScheme,
        retries: options.retries ?? settings.retries,
        time: options.time,
        requestTimeoutMs: options.requestTimeoutMs,
        http: isHttpClient(options.http) ? options.http : (0,http_client.createHttpClient)(options.http ?? {}),
        // Every secret, so an API that echoes the webhook secret or the token has it redacted too.
        redact: (0,src_redact/* makeRedactor */.$u)([key, settings.webhookSecret, settings.githubToken])
    });
    return { ok: true, client, baseUrl: url.url };
}


/***/ }),

/***/ 6402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ describeProblem)
/* harmony export */ });
/* harmony import */ var _api_key_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4802);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3012);
/* harmony import */ var _http_server_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4365);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1436);
/** What a failed API call means, in words an on-call engineer can act on. Pure. */




/** One redactor per run's settings: the server's words are redacted before they are cut. */
const redactors = new WeakMap();
function redactorOf(settings) {
    let redact = redactors.get(settings);
    if (!redact)
        redactors.set(settings, (redact = (0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .makeRedactor */ .$u)([settings.apiKey, settings.webhookSecret, settings.githubToken])));
    return redact;
}
/** Where a redirect points, on the API's own host when relative, with no query or credentials. */
function redirectTarget(location, apiUrl, redact) {
    try {
        return location ? (0,_http_server_text_js__WEBPACK_IMPORTED_MODULE_1__/* .serverText */ .T)((0,_urls_js__WEBPACK_IMPORTED_MODULE_3__/* .displayUrl */ .Qy)(new URL(location, apiUrl)), _http_server_text_js__WEBPACK_IMPORTED_MODULE_1__/* .SERVER_TEXT_LIMITS */ .j.message, redact) : 'another location';
    }
    catch {
        return 'another location';
    }
}
function rateLimitLine(headers, redact) {
    const parts = ['limit', 'remaining', 'reset']
        .map((name) => [name, headers[`x-ratelimit-${name}`]])
        .filter((entry) => entry[1] !== undefined)
        .map(([name, v]) => `${name} ${(0,_http_server_text_js__WEBPACK_IMPORTED_MODULE_1__/* .serverText */ .T)(v, _http_server_text_js__WEBPACK_IMPORTED_MODULE_1__/* .SERVER_TEXT_LIMITS */ .j.header, redact)}`);
    return parts.length > 0 ? ` (X-RateLimit: ${parts.join(', ')})` : '';
}
/** The server's code and message, redacted then cut (again: a result may come from anywhere). */
function serverSays(code, message, redact) {
    const c = code === undefined ? undefined : (0,_http_server_text_js__WEBPACK_IMPORTED_MODULE_1__/* .serverText */ .T)(code, _http_server_text_js__WEBPACK_IMPORTED_MODULE_1__/* .SERVER_TEXT_LIMITS */ .j.code, redact);
    const m = message === undefined ? undefined : (0,_http_server_text_js__WEBPACK_IMPORTED_MODULE_1__/* .serverText */ .T)(message, _http_server_text_js__WEBPACK_IMPORTED_MODULE_1__/* .SERVER_TEXT_LIMITS */ .j.message, redact);
    if (c && m)
        return `${c}: ${m}`;
    return c || m || 'no error code in the answer';
}
/** The path as it was requested, base path included, so a doubled /appointments shows. */
function shownPath(requested, apiUrl) {
    if (!requested.startsWith('/'))
        return requested;
    try {
        const url = (0,_urls_js__WEBPACK_IMPORTED_MODULE_3__/* .joinUrl */ .we)(new URL(apiUrl), requested);
        return `${url.pathname}${url.search}`;
    }
    catch {
        return requested;
    }
}
/** Explains a failed call to `path` in words an on-call engineer can act on. */
function describeProblem(result, requested, settings) {
    const path = shownPath(requested, settings.apiUrl);
    const problem = result.problem;
    const tries = result.attempts.length > 1 ? ` after ${result.attempts.length} attempts` : '';
    const note = result.note ? ` (${result.note})` : '';
    const key = (0,_api_key_js__WEBPACK_IMPORTED_MODULE_0__/* .describeKey */ .Rx)(settings.apiKey.trim());
    const redact = redactorOf(settings);
    switch (problem.kind) {
        case 'network':
            return {
                summary: `${path}: ${problem.failure.message}${tries}${note}`,
                hints: problem.failure.code === 'ERR_SSL_WRONG_VERSION_NUMBER'
                    ? ['That port speaks plain http: give api-url with https and the port that serves TLS.']
                    : networkHints(problem.failure.kind)
            };
        case 'redirect': {
            return {
                summary: `${path}: answered ${problem.status}, a redirect to ${redirectTarget(problem.location, settings.apiUrl, redact)}; the gate does not follow redirects with the key`,
                hints: ['Set api-url to the final URL (scheme, host and /api/v1) so no redirect is needed.']
            };
        }
        case 'not-json': {
            const contentType = (0,_http_server_text_js__WEBPACK_IMPORTED_MODULE_1__/* .serverText */ .T)(problem.contentType, _http_server_text_js__WEBPACK_IMPORTED_MODULE_1__/* .SERVER_TEXT_LIMITS */ .j.contentType, redact) || 'no content type';
            return {
                summary: problem.looksLikeHtml
                    ? `${path}: answered ${problem.status} with an HTML page instead of JSON`
                    : problem.reason
                        ? `${path}: answered ${problem.status} with a body that cannot be read as JSON: ${problem.reason} (${contentType})`
                        : `${path}: answered ${problem.status} with a body that is not JSON (${contentType})`,
                hints: ['Something other than the MONCRENEAU API answered: a proxy, a login or maintenance page, or a wrong api-url. Check api-url ends with /api/v1.']
            };
        }
        case 'unexpected-shape':
            return {
                summary: `${path}: answered ${problem.status} but the JSON is not what was expected (${(0,_http_server_text_js__WEBPACK_IMPORTED_MODULE_1__/* .serverText */ .T)(problem.issues, _http_server_text_js__WEBPACK_IMPORTED_MODULE_1__/* .SERVER_TEXT_LIMITS */ .j.message, redact)})`,
                hints: ['Check the path and field inputs point at the right endpoint.']
            };
        case 'status':
            return statusText(problem, path, key, tries + note, result.headers, settings, redact);
    }
}
const KEY_CODES = ['MISSING_API_KEY', 'INVALID_API_KEY', 'EXPIRED_API_KEY', 'INVALID_TOKEN_FORMAT'];
function statusText(problem, path, key, suffix, headers, settings, redact) {
    const { status, code } = problem;
    const said = serverSays(code, problem.message, redact);
    // By code as well as status: a gateway may wrap a key error in a 200.
    if (status === 401 || (code !== undefined && KEY_CODES.includes(code))) {
        const hints = [
            `The API rejected the key ${key}: make sure it is the ${settings.environment} key (production and staging keys are separate).`,
            'A revoked or expired key is rejected at once: generate a new one in Settings > API and update the secret.'
        ];
        if (code === 'MISSING_API_KEY')
            hints.unshift(`The API did not see a key: try auth-scheme: ${settings.authScheme === 'bearer' ? 'x-api-key' : 'bearer'}.`);
        return { summary: `${path}: 401 ${said}`, hints };
    }
    if (status === 403) {
        const required = problem.details?.required;
        const scopes = typeof required === 'string' ? required : Array.isArray(required) ? required.filter((r) => typeof r === 'string').join(', ') : '';
        const scope = scopes ? ` (missing scope ${(0,_http_server_text_js__WEBPACK_IMPORTED_MODULE_1__/* .serverText */ .T)(scopes, _http_server_text_js__WEBPACK_IMPORTED_MODULE_1__/* .SERVER_TEXT_LIMITS */ .j.message, redact)})` : '';
        return {
            summary: `${path}: 403 ${said}${scope}`,
            hints: ['Give the key the scopes it needs (at least appointments:read and appointments:create) in Settings > API, or use a key that has them.']
        };
    }
    if (status === 429) {
        return {
            summary: `${path}: rate limited (429 ${said})${suffix}${rateLimitLine(headers, redact)}`,
            hints: ['The key\u2019s request quota is used up (default 1000 requests/hour). Wait for the reset, or find what else is using this key.']
        };
    }
    if (status === 404) {
        return {
            summary: `${path}: 404 ${said}`,
            hints: ['The path does not exist on this API: check api-url (it must end with /api/v1) and the path input.']
        };
    }
    if (status >= 500) {
        return {
            summary: `${path}: the API answered ${status}${suffix} (${said})`,
            hints: ['MONCRENEAU is failing on its side: check its status, and do not promote until it answers.']
        };
    }
    return { summary: `${path}: ${status} ${said}`, hints: ['Read the error code above; the request the gate makes is read-only and needs no body.'] };
}
function networkHints(kind) {
    switch (kind) {
        case 'dns':
            return ['Check the host in api-url: it does not resolve from the runner.'];
        case 'refused':
            return ['Nothing answers on that host and port: check api-url, or whether the API is down.'];
        case 'timeout':
            return ['The API is too slow or unreachable from the runner: check its status and any firewall in between.'];
        case 'tls':
            return ['The API\u2019s certificate is not trusted by the runner: check api-url\u2019s host, or the proxy in between.'];
        case 'too-large':
            return ['The answer is far larger than an API answer should be: check api-url and the path.'];
        case 'malformed':
            return ['Something between the runner and the API answered with broken HTTP: check api-url, and any proxy or load balancer in front of the API.'];
        case 'aborted':
            return [
                'The run was stopped (timeout-seconds, or the job was cancelled) before the API answered: if it was the deadline, raise timeout-seconds or find why the API is slow.'
            ];
        default:
            return ['Check network access from the runner to the API.'];
    }
}


/***/ }),

/***/ 3844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ notRun)
/* harmony export */ });
/* harmony import */ var _engine_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3326);
/** A rule's "no": what is wrong and what to do. One text per refusal, wherever it is refused. */

/** A check that refuses to run: "not run: <problem>", with the refusal's hint and no other. */
function notRun(refusal, shown = '') {
    return (0,_engine_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`not run: ${refusal.problem}${shown}`, { hints: [refusal.hint] });
}


/***/ }),

/***/ 4365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ serverText),
/* harmony export */   j: () => (/* binding */ SERVER_TEXT_LIMITS)
/* harmony export */ });
/** The bounds of each kind of server text the gate keeps (characters). */
const SERVER_TEXT_LIMITS = {
    /** An error code is an identifier (INVALID_API_KEY): anything longer is not one. */
    code: 100,
    message: 300,
    contentType: 100,
    /** A Location header, before it is shown as a URL without its query. */
    location: 2048,
    header: 60
};
/** `text` redacted, then cut to `max` characters with an ellipsis. */
function serverText(text, max, redact) {
    const clean = redact(text);
    return clean.length > max ? `${clean.slice(0, Math.max(0, max - 1))}\u2026` : clean;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ USER_AGENT)
/* harmony export */ });
/* unused harmony export GATE_VERSION */
/** The gate's version, sent in the User-Agent; a test keeps it equal to package.json's. */
const GATE_VERSION = '1.0.0';
const USER_AGENT = `moncreneau-deploy-gate/${GATE_VERSION}`;


/***/ })

};
