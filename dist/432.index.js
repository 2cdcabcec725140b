export const id = 432;
export const ids = [432];
export const modules = {

/***/ 9036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ apiClientFor)
});

// EXTERNAL MODULE: ./src/domain/api-key.ts
var api_key = __webpack_require__(4802);
// EXTERNAL MODULE: ./src/domain/urls.ts
var urls = __webpack_require__(3012);
// EXTERNAL MODULE: ./src/engine/check.ts
var check = __webpack_require__(3326);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/parse.js + 1 modules
var parse = __webpack_require__(3945);
// EXTERNAL MODULE: ./src/engine/timing.ts
var timing = __webpack_require__(3310);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/http/http-client.ts
var http_client = __webpack_require__(7772);
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
 * auth-scheme, JSON validated with zod, the error envelope read, and read-only calls retried
 * within the run's deadline.
 */






const DEFAULT_TIMEOUT_MS = 10_000;
/** No API answer the gate reads is anywhere near this: a larger one is not the API. */
const MAX_BODY_BYTES = 1024 * 1024;
/** First wait before a retry: 0.5 s, then 1 s, 2 s..., each with jitter. */
const BACKOFF_BASE_MS = 500;
function errorEnvelope(body) {
    if (!body || typeof body !== 'object')
        return {};
    const source = body.error;
    const err = (source && typeof source === 'object' ? source : body);
    return {
        code: typeof err.code === 'string' ? err.code : undefined,
        message: typeof err.message === 'string' ? err.message : typeof source === 'string' ? source : undefined,
        details: err.details
    };
}
/** `{"error": {...}}` or `{"error": "..."}` with nothing else that looks like data. */
function isErrorEnvelope(body) {
    if (!body || typeof body !== 'object' || Array.isArray(body))
        return false;
    const error = body.error;
    return (typeof error === 'string' && error !== '') || (!!error && typeof error === 'object' && 'code' in error);
}
function parseJson(response) {
    try {
        return { ok: true, value: JSON.parse(response.body.toString('utf8')) };
    }
    catch {
        return { ok: false };
    }
}
/** Turns one HTTP answer into a result; `schema` null means no body is expected. */
function interpret(response, schema, url) {
    const { status, headers } = response;
    if (status >= 300 && status < 400) {
        // Resolved against the request, so a relative Location names the API's own host.
        let location = '';
        try {
            location = headers.location ? new URL(headers.location, url).toString() : '';
        }
        catch {
            /* unreadable: described as "another location" */
        }
        return { problem: { kind: 'redirect', status, location } };
    }
    const json = response.body.length > 0 ? parseJson(response) : { ok: true, value: null };
    if (status < 200 || status >= 300) {
        return { problem: { kind: 'status', status, ...(json.ok ? errorEnvelope(json.value) : {}) } };
    }
    // An error envelope behind a 2xx (a gateway that always answers 200) is an error, with its code.
    if (json.ok && isErrorEnvelope(json.value))
        return { problem: { kind: 'status', status, ...errorEnvelope(json.value) } };
    if (schema === null)
        return { ok: true, status, data: null, timeMs: response.timeMs, headers, attempts: [] };
    const contentType = headers['content-type'] ?? '';
    const head = response.body.subarray(0, 512).toString('utf8').trimStart().toLowerCase();
    if (!json.ok || response.body.length === 0) {
        const looksLikeHtml = contentType.includes('html') || head.startsWith('<!doctype') || head.startsWith('<html');
        return { problem: { kind: 'not-json', status, contentType, looksLikeHtml } };
    }
    const parsed = parse/* safeParse */.xL(schema, json.value);
    if (!parsed.success) {
        const issues = parsed.error.issues
            .slice(0, 3)
            .map((i) => `${i.path.length > 0 ? i.path.join('.') : 'body'}: ${i.message}`)
            .join('; ');
        return { problem: { kind: 'unexpected-shape', status, issues } };
    }
    return { ok: true, status, data: parsed.data, timeMs: response.timeMs, headers, attempts: [] };
}
/** A wait in the unit a person reads it in ("1200 ms", "45 s", "more than a day"). */
function waitText(ms) {
    if (ms < 10_000)
        return `${Math.round(ms)} ms`;
    if (ms < 86_400_000)
        return `${Math.round(ms / 1000)} s`;
    return 'more than a day';
}
function createApiClient(config) {
    const http = config.http ?? (0,http_client/* createHttpClient */.u)();
    const timeoutMs = config.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    const auth = config.authScheme === 'bearer' ? { authorization: `Bearer ${config.apiKey}` } : { 'x-api-key': config.apiKey };
    async function call(method, path, body, schema, retry) {
        const url = (0,urls/* joinUrl */.we)(config.baseUrl, path);
        const attempts = [];
        const maxAttempts = retry ? config.retries + 1 : 1;
        const payload = body === undefined ? undefined : JSON.stringify(body);
        for (let attempt = 0;; attempt++) {
            const remaining = config.deadline - performance.now();
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
                timeoutMs: Math.max(1, Math.min(timeoutMs, remaining)),
                maxBodyBytes: MAX_BODY_BYTES,
                signal: config.signal
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
                const read = interpret(response, schema, url);
                result = 'problem' in read ? { ok: false, problem: read.problem, headers: response.headers, attempts } : { ...read, attempts };
                retryable = isRetryableStatus(response.status);
                retryAfterMs = parseRetryAfter(response.headers['retry-after'], Date.now());
            }
            if (result.ok || !retryable || attempt + 1 >= maxAttempts || config.signal.aborted)
                return result;
            const delay = nextDelay(attempt, BACKOFF_BASE_MS, Math.random(), retryAfterMs);
            // Never sleep into the deadline: a retry that cannot finish in time is not made.
            if (performance.now() + delay + 50 >= config.deadline) {
                return { ...result, note: `not retried: waiting ${waitText(delay)} would pass the run’s deadline` };
            }
            await (0,timing/* sleep */.yy)(delay, config.signal);
            if (config.signal.aborted)
                return result;
        }
    }
    return {
        get: (path, schema) => call('GET', path, undefined, schema, true),
        post: (path, body, schema) => call('POST', path, body, schema, false),
        delete: (path) => call('DELETE', path, undefined, null, true),
        close: () => http.close()
    };
}

;// CONCATENATED MODULE: ./src/checks/api-access.ts
/**
 * What everything that calls the API shares: refusing to send the key anywhere unsafe, and
 * building the API client when it is safe.
 */





const isHttpClient = (http) => typeof http?.send === 'function';
/** An API client, or the reason the key must not be sent (none, padded, wrong environment, unsafe URL). */
function apiClientFor(settings, options) {
    const key = settings.apiKey;
    if (key.trim() === '') {
        return { ok: false, outcome: (0,check/* fail */.fJ)('not run: no API key', { hints: ['Set api-key (or MONCRENEAU_API_KEY); see the config check.'] }) };
    }
    if (key !== key.trim()) {
        // The application would send the key as stored, so a trimmed probe would prove nothing.
        return { ok: false, outcome: (0,check/* fail */.fJ)('not run: the API key has spaces or line breaks around it', { hints: ['Store the key without surrounding whitespace; see the config check.'] }) };
    }
    // The key's kind must match the environment whether or not the config check was selected.
    const kind = (0,api_key/* keyInfo */.u)(key).kind;
    if (kind === 'test' && settings.environment === 'production') {
        return { ok: false, outcome: (0,check/* fail */.fJ)(`not run: TEST key in production (${(0,api_key/* describeKey */.R)(key)})`, { hints: ['Use the production key (mk_live_…): a test key sees only test data, so nothing it answers says anything about production.'] }) };
    }
    if (kind === 'live' && settings.environment === 'staging') {
        return { ok: false, outcome: (0,check/* fail */.fJ)(`not run: LIVE key in staging (${(0,api_key/* describeKey */.R)(key)})`, { hints: ['Use a test key (mk_test_…) in staging: a live key books real appointments and spends real credits.'] }) };
    }
    const url = (0,urls/* checkApiUrl */.Sz)(settings.apiUrl, settings.environment);
    if (!url.ok)
        return { ok: false, outcome: (0,check/* fail */.fJ)(`not run: ${url.problem}`, { hints: [url.hint] }) };
    const client = createApiClient({
        baseUrl: url.url,
        apiKey: key,
        authScheme: settings.authScheme,
        retries: options.retries ?? settings.retries,
        signal: options.signal,
        deadline: options.deadline,
        requestTimeoutMs: options.requestTimeoutMs,
        http: isHttpClient(options.http) ? options.http : (0,http_client/* createHttpClient */.u)(options.http ?? {})
    });
    return { ok: true, client, baseUrl: url.url };
}


/***/ }),

/***/ 7867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ describeProblem)
/* harmony export */ });
/* harmony import */ var _domain_api_key_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4802);
/* harmony import */ var _domain_urls_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3012);
/** What a failed API call means, in words an on-call engineer can act on. Pure. */


/** Where a redirect points, on the API's own host when relative, with no query or credentials. */
function redirectTarget(location, apiUrl) {
    try {
        return location ? (0,_domain_urls_js__WEBPACK_IMPORTED_MODULE_1__/* .displayUrl */ .Qy)(new URL(location, apiUrl)) : 'another location';
    }
    catch {
        return 'another location';
    }
}
function rateLimitLine(headers) {
    const parts = ['limit', 'remaining', 'reset']
        .map((name) => [name, headers[`x-ratelimit-${name}`]])
        .filter(([, v]) => v !== undefined)
        .map(([name, v]) => `${name} ${v}`);
    return parts.length > 0 ? ` (X-RateLimit: ${parts.join(', ')})` : '';
}
function serverSays(code, message) {
    if (code && message)
        return `${code}: ${message}`;
    return code ?? message ?? 'no error code in the answer';
}
/** The path as it was requested, base path included, so a doubled /appointments shows. */
function shownPath(requested, apiUrl) {
    if (!requested.startsWith('/'))
        return requested;
    try {
        const url = (0,_domain_urls_js__WEBPACK_IMPORTED_MODULE_1__/* .joinUrl */ .we)(new URL(apiUrl), requested);
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
    const key = (0,_domain_api_key_js__WEBPACK_IMPORTED_MODULE_0__/* .describeKey */ .R)(settings.apiKey.trim());
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
                summary: `${path}: answered ${problem.status}, a redirect to ${redirectTarget(problem.location, settings.apiUrl)}; the gate does not follow redirects with the key`,
                hints: ['Set api-url to the final URL (scheme, host and /api/v1) so no redirect is needed.']
            };
        }
        case 'not-json':
            return {
                summary: problem.looksLikeHtml
                    ? `${path}: answered ${problem.status} with an HTML page instead of JSON`
                    : `${path}: answered ${problem.status} with a body that is not JSON (${problem.contentType || 'no content type'})`,
                hints: [
                    'Something other than the MONCRENEAU API answered: a proxy, a login or maintenance page, or a wrong api-url. Check api-url ends with /api/v1.'
                ]
            };
        case 'unexpected-shape':
            return {
                summary: `${path}: answered ${problem.status} but the JSON is not what was expected (${problem.issues})`,
                hints: ['Check the path and field inputs point at the right endpoint.']
            };
        case 'status':
            return statusText(problem, path, key, tries + note, result.headers, settings);
    }
}
const KEY_CODES = ['MISSING_API_KEY', 'INVALID_API_KEY', 'EXPIRED_API_KEY', 'INVALID_TOKEN_FORMAT'];
function statusText(problem, path, key, suffix, headers, settings) {
    const { status, code } = problem;
    const said = serverSays(code, problem.message);
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
        const scope = typeof required === 'string' ? ` (missing scope ${required})` : Array.isArray(required) ? ` (missing scope ${required.join(', ')})` : '';
        return {
            summary: `${path}: 403 ${said}${scope}`,
            hints: ['Give the key the scopes it needs (at least appointments:read and appointments:create) in Settings > API, or use a key that has them.']
        };
    }
    if (status === 429) {
        return {
            summary: `${path}: rate limited (429 ${said})${suffix}${rateLimitLine(headers)}`,
            hints: ['The key’s request quota is used up (default 1000 requests/hour). Wait for the reset, or find what else is using this key.']
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
            return ['The API’s certificate is not trusted by the runner: check api-url’s host, or the proxy in between.'];
        case 'too-large':
            return ['The answer is far larger than an API answer should be: check api-url and the path.'];
        case 'aborted':
            return ['The run was stopped (timeout-seconds, or the job was cancelled) before the API answered: if it was the deadline, raise timeout-seconds or find why the API is slow.'];
        default:
            return ['Check network access from the runner to the API.'];
    }
}


/***/ }),

/***/ 7772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ createHttpClient)
/* harmony export */ });
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6752);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_timing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3310);
/* harmony import */ var _network_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(137);
/**
 * The one place that speaks HTTP (and the only module that imports undici). Every request has
 * a time limit and every body a size limit; redirects are never followed; failures come back
 * classified, never as raw exceptions.
 */




function flattenHeaders(headers) {
    const flat = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined)
            flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return flat;
}
/** The promise, or a rejection as soon as the signal aborts, whichever comes first. */
function abortable(promise, signal) {
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        if (signal.aborted)
            return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
}
class BodyTooLarge extends Error {
    code = 'BODY_TOO_LARGE';
}
async function readBounded(body, max) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > max) {
            body.destroy();
            throw new BodyTooLarge(`body larger than ${max} bytes`);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/** Why the run's signal stopped a request: the job was cancelled, or the deadline came. */
function stoppedBecause(reason) {
    return reason instanceof _engine_timing_js__WEBPACK_IMPORTED_MODULE_2__/* .JobCancelled */ .xL ? `the request was stopped: ${reason.message}` : 'the request was stopped at the run’s deadline';
}
function createHttpClient(options = {}) {
    const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
    const agent = new undici__WEBPACK_IMPORTED_MODULE_0__.Agent({
        connect: {
            timeout: connectTimeoutMs,
            // undici's `ca` replaces Node's roots; extra CAs are meant to add to them.
            ...(options.ca ? { ca: [...node_tls__WEBPACK_IMPORTED_MODULE_1__.rootCertificates, ...[options.ca].flat()] } : {}),
            ...(options.lookup ? { lookup: options.lookup } : {})
        },
        keepAliveTimeout: 4_000
    });
    async function send(req) {
        const started = performance.now();
        const timer = new AbortController();
        const timeout = setTimeout(() => timer.abort(new Error('timeout')), req.timeoutMs);
        const signal = req.signal ? AbortSignal.any([timer.signal, req.signal]) : timer.signal;
        try {
            // Raced with the time limit: undici does not give up a TLS handshake that stalls, only
            // its connect timeout does, and the time limit the user set must hold.
            const res = await abortable((0,undici__WEBPACK_IMPORTED_MODULE_0__.request)(req.url, {
                method: req.method,
                headers: req.headers,
                body: req.body,
                signal,
                dispatcher: agent,
                headersTimeout: req.timeoutMs,
                bodyTimeout: req.timeoutMs
            }), signal);
            const declared = Number(res.headers['content-length']);
            if (Number.isFinite(declared) && declared > req.maxBodyBytes) {
                res.body.destroy();
                throw new BodyTooLarge(`declared body of ${declared} bytes`);
            }
            const body = await readBounded(res.body, req.maxBodyBytes);
            return {
                ok: true,
                response: { status: res.statusCode, headers: flattenHeaders(res.headers), body, timeMs: performance.now() - started }
            };
        }
        catch (error) {
            const timeMs = performance.now() - started;
            const host = req.url.host;
            if (timer.signal.aborted) {
                return { ok: false, failure: { kind: 'timeout', code: 'TIMEOUT', message: `${host} did not answer within ${req.timeoutMs} ms` }, timeMs };
            }
            if (req.signal?.aborted) {
                return { ok: false, failure: { kind: 'aborted', code: 'ABORT_ERR', message: stoppedBecause(req.signal.reason) }, timeMs };
            }
            return { ok: false, failure: (0,_network_error_js__WEBPACK_IMPORTED_MODULE_3__/* .classifyNetworkError */ .L)(error, host, connectTimeoutMs, req.timeoutMs), timeMs };
        }
        finally {
            clearTimeout(timeout);
        }
    }
    // Destroyed, not closed: a stalled connection must not hold the run after its answer is in.
    return { send, close: () => agent.destroy() };
}


/***/ }),

/***/ 137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ classifyNetworkError)
/* harmony export */ });
/** Tells network failures apart, in words an on-call engineer can act on. Pure. */
const TLS_MESSAGES = {
    CERT_HAS_EXPIRED: 'the TLS certificate has expired',
    CERT_NOT_YET_VALID: 'the TLS certificate is not valid yet',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'the TLS certificate is self-signed (not trusted)',
    SELF_SIGNED_CERT_IN_CHAIN: 'the TLS certificate chain ends in an untrusted self-signed certificate',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the TLS certificate is not signed by a trusted authority (untrusted or incomplete chain)',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the TLS certificate’s issuer is not trusted',
    UNABLE_TO_GET_ISSUER_CERT: 'the TLS certificate’s issuer is not trusted',
    ERR_TLS_CERT_ALTNAME_INVALID: 'the TLS certificate does not match the host name',
    CERT_REVOKED: 'the TLS certificate has been revoked'
};
/** The code of an error or of any error in its `cause` chain. */
function codes(error) {
    const found = [];
    let current = error;
    for (let depth = 0; current && depth < 5; depth++) {
        const code = current.code;
        if (typeof code === 'string')
            found.push(code);
        current = current.cause;
    }
    return found;
}
function classifyNetworkError(error, host, connectTimeoutMs, answerTimeoutMs = connectTimeoutMs) {
    const all = codes(error);
    if (all.includes('ERR_SSL_WRONG_VERSION_NUMBER') || all.includes('ERR_SSL_PACKET_LENGTH_TOO_LONG')) {
        return { kind: 'tls', code: 'ERR_SSL_WRONG_VERSION_NUMBER', message: `${host} answered plain http, not TLS: check the URL’s scheme and port` };
    }
    const tls = all.find((c) => c in TLS_MESSAGES || c.startsWith('ERR_TLS') || c.startsWith('ERR_SSL'));
    if (tls)
        return { kind: 'tls', code: tls, message: TLS_MESSAGES[tls] ?? `the TLS handshake with ${host} failed (${tls})` };
    const code = all[0] ?? (error instanceof Error ? error.name : 'UNKNOWN');
    if (all.includes('ENOTFOUND') || all.includes('EAI_AGAIN'))
        return { kind: 'dns', code, message: `the host name ${host} does not resolve (DNS ${all.includes('EAI_AGAIN') ? 'lookup failed temporarily' : 'has no such host'})` };
    if (all.includes('ECONNREFUSED'))
        return { kind: 'refused', code, message: `${host} refused the connection (nothing listening on that port)` };
    if (all.includes('UND_ERR_CONNECT_TIMEOUT') || all.includes('ETIMEDOUT'))
        return { kind: 'timeout', code, message: `could not connect to ${host} within ${connectTimeoutMs} ms` };
    if (all.includes('UND_ERR_HEADERS_TIMEOUT') || all.includes('UND_ERR_BODY_TIMEOUT') || all.includes('TIMEOUT'))
        return { kind: 'timeout', code, message: `${host} did not answer within ${answerTimeoutMs} ms` };
    if (all.includes('ECONNRESET') || all.includes('UND_ERR_SOCKET') || all.includes('EPIPE'))
        return { kind: 'reset', code, message: `${host} closed the connection without a complete answer` };
    if (all.includes('BODY_TOO_LARGE'))
        return { kind: 'too-large', code, message: `the answer from ${host} exceeded the size limit` };
    if (all.includes('BLOCKED_ADDRESS'))
        return { kind: 'blocked-address', code, message: error.message };
    if (all.includes('ABORT_ERR') || all.includes('UND_ERR_ABORTED') || (error instanceof Error && error.name === 'AbortError'))
        return { kind: 'aborted', code, message: 'the request was stopped at the run’s deadline' };
    return { kind: 'other', code, message: `the request to ${host} failed: ${error instanceof Error ? error.message : String(error)}` };
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
