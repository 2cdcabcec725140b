export const id = 940;
export const ids = [940];
export const modules = {

/***/ 1940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createHttpClient: () => (/* binding */ createHttpClient)
});

// EXTERNAL MODULE: ./src/engine/timing.ts
var timing = __webpack_require__(3310);
// EXTERNAL MODULE: ./src/http/undici.ts
var undici = __webpack_require__(1150);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/http/exchange-log.ts
var exchange_log = __webpack_require__(3572);
;// CONCATENATED MODULE: ./src/http/exchange-observer.ts

/** The first bytes of a body, as text, for the excerpt. */
function startOf(chunks) {
    return Buffer.concat(chunks).subarray(0, exchange_log/* EXCERPT_READ_BYTES */.fw).toString('utf8');
}
function sentText(body) {
    if (typeof body === 'string')
        return { bytes: Buffer.byteLength(body), start: body.slice(0, exchange_log/* EXCERPT_READ_BYTES */.fw) };
    if (Buffer.isBuffer(body))
        return { bytes: body.length, start: startOf([body]) };
    return { bytes: 0, start: '' };
}
/**
 * A handler that calls `handler` for every callback, except those `own` replaces. Explicit
 * rather than spread: undici's handlers are class instances whose methods need their `this`.
 */
function delegating(handler, own) {
    return {
        onConnect: (abort) => handler.onConnect?.(abort),
        onUpgrade: (statusCode, headers, socket) => handler.onUpgrade?.(statusCode, headers, socket),
        onResponseStarted: () => handler.onResponseStarted?.(),
        onBodySent: (chunk, totalBytesSent) => handler.onBodySent?.(chunk, totalBytesSent),
        onHeaders: (statusCode, headers, resume, statusText) => handler.onHeaders?.(statusCode, headers, resume, statusText) ?? true,
        onData: (chunk) => handler.onData?.(chunk) ?? true,
        onComplete: (trailers) => handler.onComplete?.(trailers),
        onError: (error) => handler.onError?.(error),
        ...own
    };
}
/** A handler that passes everything on and, at the end, reports the exchange. */
function observed(opts, handler, proxy, report) {
    const started = performance.now();
    const sent = sentText(opts.body);
    const chunks = [];
    let kept = 0;
    let received = 0;
    let status;
    let reported = false;
    const done = (failure) => {
        if (reported)
            return;
        reported = true;
        try {
            report({
                method: opts.method,
                url: new URL(opts.path, String(opts.origin)),
                status,
                failure: failure ? (failure.code ?? failure.name) : undefined,
                timeMs: performance.now() - started,
                proxy: proxy?.host,
                sentBytes: sent.bytes,
                sentStart: sent.start,
                receivedBytes: received,
                receivedStart: startOf(chunks)
            });
        }
        catch {
            // The debug log never changes a request's outcome.
        }
    };
    // Every callback passed on unchanged; only the end of the exchange is also reported.
    return delegating(handler, {
        onHeaders(statusCode, headers, resume, statusText) {
            status = statusCode;
            return handler.onHeaders?.(statusCode, headers, resume, statusText) ?? true;
        },
        onData(chunk) {
            received += chunk.length;
            if (kept < exchange_log/* EXCERPT_READ_BYTES */.fw) {
                chunks.push(chunk);
                kept += chunk.length;
            }
            return handler.onData?.(chunk) ?? true;
        },
        onComplete(trailers) {
            done();
            handler.onComplete?.(trailers);
        },
        onError(error) {
            done(error);
            handler.onError?.(error);
        }
    });
}

// EXTERNAL MODULE: ./src/http/proxy-rules.ts
var proxy_rules = __webpack_require__(8506);
;// CONCATENATED MODULE: ./src/http/dispatcher.ts
/**
 * The connection pool behind the HTTP client: direct, or through the proxy the environment
 * names for that request's origin (HTTPS_PROXY, HTTP_PROXY, NO_PROXY), with every exchange
 * offered to an optional observer for the debug log.
 */




/** GETs in flight at once on a shared connection: the API check's sample and the credits read. */
const PIPELINED = 2;
const KEEP_ALIVE_MS = 4_000;
class ProxyAwareDispatcher extends undici/* Dispatcher */.mk {
    options;
    direct;
    proxies = new Map();
    pool;
    constructor(options) {
        super();
        this.options = options;
        const tls = options.ca ? { ca: [...external_node_tls_.rootCertificates, ...[options.ca].flat()] } : {};
        // undici's Agent makes one Client per origin when given `connections: 1`.
        this.pool = { keepAliveTimeout: KEEP_ALIVE_MS, ...(options.oneConnectionPerOrigin ? { connections: 1, pipelining: PIPELINED } : {}) };
        // undici's `ca` replaces Node's roots; extra CAs are meant to add to them.
        const connect = { timeout: options.connectTimeoutMs, ...tls, ...(options.lookup ? { lookup: options.lookup } : {}) };
        this.direct = new undici/* Agent */.g6({ connect: options.onTlsSocket ? inspecting(connect, options.onTlsSocket) : connect, ...this.pool });
    }
    /** The proxy for an origin, or undefined for a direct connection. */
    proxyOf(origin) {
        return this.options.lookup || !this.options.proxy ? undefined : (0,proxy_rules/* proxyFor */.iJ)(origin, this.options.proxy);
    }
    agentFor(proxy) {
        if (!proxy)
            return this.direct;
        let agent = this.proxies.get(proxy.href);
        if (!agent) {
            const timeout = this.options.connectTimeoutMs;
            const ca = this.options.ca ? { ca: [...external_node_tls_.rootCertificates, ...[this.options.ca].flat()] } : {};
            agent = new undici/* ProxyAgent */.kT({ uri: proxy.href, proxyTls: { timeout }, requestTls: { timeout, ...ca }, clientFactory: tunnelsThatFail, ...this.pool });
            this.proxies.set(proxy.href, agent);
        }
        return agent;
    }
    dispatch(opts, handler) {
        const origin = new URL(String(opts.origin));
        const proxy = this.proxyOf(origin);
        const agent = this.agentFor(proxy);
        const observe = this.options.onExchange;
        const explained = proxy ? explainProxyFailures(handler, proxy, origin) : handler;
        const watched = observe ? observed(opts, explained, proxy, observe) : explained;
        return agent.dispatch(opts, this.options.onRequestSent ? announcing(watched, this.options.onRequestSent) : watched);
    }
    async close() {
        await Promise.all([this.direct, ...this.proxies.values()].map((d) => d.close()));
    }
    async destroy() {
        await Promise.all([this.direct, ...this.proxies.values()].map((d) => d.destroy()));
    }
}
/** The refusal Node makes of an unverified certificate, with the same code (CERT_HAS_EXPIRED...). */
function verificationFailure(socket) {
    const reason = socket.authorizationError;
    const code = typeof reason === 'string' ? reason : (reason?.code ?? 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
    return Object.assign(new Error(`the TLS certificate was refused (${code})`), { code });
}
/**
 * undici's own connector, verifying by hand what it would verify itself (`authorized` is
 * Node's chain and host name check), so that the connection can be shown to `inspect` first.
 */
function inspecting(options, inspect) {
    const connect = (0,undici/* buildConnector */.gU)({ ...options, rejectUnauthorized: false });
    return (opts, callback) => connect(opts, (error, socket) => {
        if (error || !(socket instanceof external_node_tls_.TLSSocket))
            return error ? callback(error, null) : callback(null, socket);
        try {
            inspect(socket);
        }
        catch {
            // Reading a certificate never changes whether the connection is used.
        }
        if (socket.authorized)
            return callback(null, socket);
        const refused = verificationFailure(socket);
        socket.destroy();
        callback(refused, null);
    });
}
/** The same handler, telling `onSent` when undici starts writing the request (its `onConnect`). */
function announcing(handler, onSent) {
    return delegating(handler, {
        onConnect(abort) {
            try {
                onSent();
            }
            catch {
                // Being told never changes a request.
            }
            handler.onConnect?.(abort);
        }
    });
}
/** Code of a tunnel the proxy closed before answering its CONNECT. */
const PROXY_CLOSED = 'PROXY_CLOSED';
/**
 * The connections to the proxy, as undici makes them (a Pool), but a proxy that closes the
 * connection instead of answering the CONNECT fails the request. undici counts that closed
 * socket as recoverable and opens the tunnel again at once, thousands of times a second, until
 * the request's own time runs out: a flood at the proxy, and a failure read as the API's silence.
 */
function tunnelsThatFail(origin, options) {
    const pool = new undici/* Pool */.bC(origin, options);
    const connect = pool.connect.bind(pool);
    return Object.assign(pool, {
        connect: (opts) => connect(opts).catch((error) => {
            throw error?.code === 'UND_ERR_SOCKET' ? Object.assign(new Error(`the proxy closed the connection: ${error.message}`), { code: PROXY_CLOSED }) : error;
        })
    });
}
/** Connection failures that, through a tunnel, can only be the proxy's own. */
const PROXY_CONNECT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT']);
/** A failure of the proxy, told as such: otherwise it reads as the API refusing or not resolving. */
class ProxyFailure extends Error {
    code = 'PROXY_FAILED';
}
/**
 * The same handler, but a refused tunnel (`Proxy response (403) !== 200`, which undici reports
 * as an abort, so it would read as the deadline) or an unreachable proxy names the proxy.
 */
function explainProxyFailures(handler, proxy, origin) {
    const variable = origin.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY';
    const where = `the proxy ${proxy.host} (${variable})`;
    return delegating(handler, {
        onError(error) {
            const code = error.code ?? '';
            const refused = /Proxy response \((\d+)\)/.exec(error.message);
            if (refused) {
                error = new ProxyFailure(`${where} refused to open a tunnel to ${origin.host} (HTTP ${refused[1]}): allow this host in the proxy, or list it in NO_PROXY if it is reachable directly`);
            }
            else if (code === PROXY_CLOSED) {
                error = new ProxyFailure(`${where} closed the connection instead of opening a tunnel to ${origin.host}: check ${variable} and the proxy's logs, or list ${origin.hostname} in NO_PROXY if it is reachable directly`);
            }
            else if (PROXY_CONNECT_CODES.has(code)) {
                error = new ProxyFailure(`${where} could not be reached (${code}): check ${variable}, or list ${origin.hostname} in NO_PROXY if it is reachable directly`);
            }
            handler.onError?.(error);
        }
    });
}
function createDispatcher(options) {
    return new ProxyAwareDispatcher(options);
}

// EXTERNAL MODULE: ./src/http/json-body.ts
var json_body = __webpack_require__(7181);
// EXTERNAL MODULE: ./src/http/network-error.ts
var network_error = __webpack_require__(137);
;// CONCATENATED MODULE: ./src/http/http-client.ts




const ignore = () => { };
const MAX_TIMER_MS = 2 ** 31 - 1;
function flattenHeaders(headers) {
    const flat = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined)
            flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return flat;
}
/** The caller's headers, asking for the body as it is: nothing here ever decompresses one. */
function identityEncoding(headers) {
    const kept = Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'accept-encoding');
    return { ...Object.fromEntries(kept), 'accept-encoding': 'identity' };
}
/** Stops reading a body. Its errors are read where it is consumed; undici also emits them. */
function discard(body) {
    body.on('error', ignore);
    body.destroy();
}
/** A body over the size limit: declared, or found while reading. */
class BodyTooLarge extends Error {
    code = 'BODY_TOO_LARGE';
}
/** Reads at most `max` bytes, refusing a declared or actual body past it. */
async function readBounded(res, max, progress) {
    const { body } = res;
    const declared = Number(res.headers['content-length']);
    if (Number.isFinite(declared) && declared > max) {
        discard(body);
        throw new BodyTooLarge(`exceeded the size limit (${(0,json_body/* sizeText */.lP)(max)}): it declared a body of ${(0,json_body/* sizeText */.lP)(declared)}`);
    }
    const chunks = [];
    try {
        for await (const chunk of body) {
            progress.bytes += chunk.length;
            if (progress.bytes > max)
                throw new BodyTooLarge(`exceeded the size limit (${(0,json_body/* sizeText */.lP)(max)}) while it was being read`);
            chunks.push(chunk);
        }
    }
    finally {
        if (!body.readableEnded)
            discard(body);
    }
    return Buffer.concat(chunks);
}
/** Why the run's signal stopped a request: the job was cancelled, or the deadline came. */
function stoppedBecause(reason) {
    return reason instanceof timing/* JobCancelled */.xL ? `the request was stopped: ${reason.message}` : 'the request was stopped at the run\u2019s deadline';
}
function createHttpClient(options = {}) {
    const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
    const dispatcher = createDispatcher({ ...options, connectTimeoutMs });
    let closing;
    async function send(req) {
        const started = performance.now();
        const host = req.url.host;
        // Whole milliseconds for the words, and under setTimeout's ceiling (past it, a timer fires at once).
        const limitMs = Math.min(Math.max(1, Math.round(req.timeoutMs)), MAX_TIMER_MS);
        // The request's own limit within the run's signal: its stop says which of the two came.
        const time = (0,timing/* budgetFor */.vO)(limitMs, req.signal);
        const { signal } = time;
        // Set once the headers are in: a time limit reached then is a body that never finished.
        let received;
        const failed = (failure) => ({ ok: false, failure, timeMs: performance.now() - started });
        try {
            if (closing)
                return failed({ kind: 'aborted', code: 'UND_ERR_DESTROYED', message: `the request to ${host} was not sent: the run is over` });
            // Raced with the time limit: undici does not give up a TLS handshake that stalls, only
            // its connect timeout does, and the time limit the user set must hold.
            const pending = dispatcher.request({
                origin: req.url.origin,
                path: `${req.url.pathname}${req.url.search}`,
                method: req.method,
                // A compressed answer sent anyway is read as the bytes it is, bounded like any other.
                headers: identityEncoding(req.headers),
                body: req.body,
                signal,
                headersTimeout: limitMs,
                bodyTimeout: limitMs
            });
            // An answer that comes after the stop is discarded: nobody reads it.
            pending.then((res) => {
                if (time.expired)
                    discard(res.body);
            }, ignore);
            const res = await time.race(pending);
            received = { bytes: 0 };
            const body = await readBounded(res, req.maxBodyBytes, received);
            return { ok: true, response: { status: res.statusCode, headers: flattenHeaders(res.headers), body, timeMs: performance.now() - started } };
        }
        catch (error) {
            if (time.ranOut) {
                const what = received ? `did not finish its answer within ${limitMs} ms (${(0,json_body/* sizeText */.lP)(received.bytes)} received)` : `did not answer within ${limitMs} ms`;
                return failed({ kind: 'timeout', code: 'TIMEOUT', message: `${host} ${what}` });
            }
            if (req.signal?.aborted)
                return failed({ kind: 'aborted', code: 'ABORT_ERR', message: stoppedBecause(req.signal.reason) });
            return failed((0,network_error/* classifyNetworkError */.L)(error, host, connectTimeoutMs, limitMs));
        }
        finally {
            time.dispose();
        }
    }
    // Destroyed, not closed: a stalled connection must not hold the run after its answer is in.
    const close = () => (closing ??= Promise.resolve()
        .then(() => dispatcher.destroy())
        .then(ignore, ignore));
    return { send, close };
}


/***/ }),

/***/ 7181:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vh: () => (/* binding */ readJson),
/* harmony export */   lP: () => (/* binding */ sizeText),
/* harmony export */   tn: () => (/* binding */ REPEATED_KEY)
/* harmony export */ });
/* unused harmony export JSON_LIMITS */
/**
 * The one way the gate reads JSON it did not write (API answers, heartbeats, GitHub answers, the
 * runner's event file). Bounded before parsing: a body past the size limit or nested deeper than
 * any real answer is "unreadable" with its reason, never a stack overflow later on (a deep value
 * breaks JSON.stringify, redaction and every recursive walk), and so is an object that gives a key
 * twice. Pure; never throws.
 */
/** No answer the gate reads comes near these: a MONCRENEAU or GitHub object is a few levels deep. */
const JSON_LIMITS = { maxBytes: 1024 * 1024, maxDepth: 64 };
const OPEN_BRACKET = 0x5b;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
/** What makes JSON text unreadable before it is parsed: nesting past the limit, or a key given twice. */
const REPEATED_KEY = 'a key given twice in one object, so its value is ambiguous';
/**
 * One pass outside strings: the nesting depth (stopping as soon as `limit` is passed) and each
 * object's keys. JSON.parse keeps the last of two equal keys where another reader keeps the
 * first: `{"id":5,"id":7}` names two appointments, and which one the server meant is unknown.
 */
function structureProblem(text, limit) {
    /** One frame per open bracket: an object's keys so far, or null for an array. */
    const frames = [];
    let expectKey = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
            const start = i;
            let escaped = false;
            for (i++; i < text.length && text.charCodeAt(i) !== QUOTE; i++) {
                if (text.charCodeAt(i) === BACKSLASH) {
                    escaped = true;
                    i++;
                }
            }
            const keys = frames[frames.length - 1];
            if (expectKey && keys) {
                expectKey = false;
                const literal = text.slice(start, i + 1);
                let key = literal;
                try {
                    // Escapes spell the same key another way ("\u0069d" is "id").
                    if (escaped)
                        key = JSON.stringify(JSON.parse(literal));
                }
                catch {
                    /* not a string JSON.parse reads: the parse below says so */
                }
                if (keys.has(key))
                    return REPEATED_KEY;
                keys.add(key);
            }
        }
        else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
            if (frames.length >= limit)
                return `nested deeper than ${limit} levels`;
            frames.push(c === OPEN_BRACE ? new Set() : null);
            expectKey = c === OPEN_BRACE;
        }
        else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) {
            frames.pop();
            expectKey = false;
        }
        else if (c === COMMA)
            expectKey = frames[frames.length - 1] != null;
    }
    return undefined;
}
/** A size in the unit a person reads it in. */
function sizeText(bytes) {
    if (bytes >= 1024 * 1024)
        return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;
    if (bytes >= 1024)
        return `${Math.round(bytes / 1024)} KiB`;
    return `${bytes} bytes`;
}
/**
 * Parses JSON from outside, or says why it cannot be read. The reason never quotes the text:
 * JSON.parse's own message echoes part of it, which may hold anything.
 */
function readJson(body, limits = {}) {
    const { maxBytes, maxDepth } = { ...JSON_LIMITS, ...limits };
    const bytes = typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.length;
    if (bytes > maxBytes)
        return { ok: false, reason: `larger than ${sizeText(maxBytes)}` };
    // A byte-order mark is not JSON, but some servers send one: it says nothing about the content.
    const text = (typeof body === 'string' ? body : body.toString('utf8')).replace(/^\uFEFF/, '');
    if (text.trim() === '')
        return { ok: false, reason: 'empty' };
    const problem = structureProblem(text, maxDepth);
    if (problem)
        return { ok: false, reason: problem };
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch {
        return { ok: false, reason: 'not valid JSON' };
    }
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
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the TLS certificate\u2019s issuer is not trusted',
    UNABLE_TO_GET_ISSUER_CERT: 'the TLS certificate\u2019s issuer is not trusted',
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
/** What a broken answer looked like, by llhttp's and undici's codes. */
function malformedWhat(all) {
    if (all.includes('HPE_INVALID_CHUNK_SIZE') || all.includes('HPE_INVALID_EOF_STATE') || all.includes('HPE_STRICT'))
        return 'a broken chunked body';
    if (all.includes('HPE_INVALID_CONSTANT') || all.includes('HPE_INVALID_STATUS') || all.includes('HPE_INVALID_VERSION') || all.includes('ERR_ASSERTION')) {
        return 'an unreadable status line (not HTTP)';
    }
    if (all.includes('HPE_UNEXPECTED_CONTENT_LENGTH'))
        return 'a Content-Length it cannot have';
    if (all.some((c) => c.startsWith('HPE_')))
        return 'an answer that is not valid HTTP';
    return undefined;
}
/** Keeps a message from an unknown error to a log line's length. */
const clip = (text) => (text.length > 200 ? `${text.slice(0, 199)}\u2026` : text);
function classifyNetworkError(error, host, connectTimeoutMs, answerTimeoutMs = connectTimeoutMs) {
    const all = codes(error);
    if (all.includes('ERR_SSL_WRONG_VERSION_NUMBER') || all.includes('ERR_SSL_PACKET_LENGTH_TOO_LONG')) {
        return { kind: 'tls', code: 'ERR_SSL_WRONG_VERSION_NUMBER', message: `${host} answered plain http, not TLS: check the URL\u2019s scheme and port` };
    }
    const tls = all.find((c) => c in TLS_MESSAGES || c.startsWith('ERR_TLS') || c.startsWith('ERR_SSL'));
    if (tls)
        return { kind: 'tls', code: tls, message: TLS_MESSAGES[tls] ?? `the TLS handshake with ${host} failed (${tls})` };
    const code = all[0] ?? (error instanceof Error ? error.name : 'UNKNOWN');
    if (all.includes('ENOTFOUND') || all.includes('EAI_AGAIN'))
        return {
            kind: 'dns',
            code,
            message: `the host name ${host} does not resolve (DNS ${all.includes('EAI_AGAIN') ? 'lookup failed temporarily' : 'has no such host'})`
        };
    if (all.includes('ECONNREFUSED'))
        return { kind: 'refused', code, message: `${host} refused the connection (nothing listening on that port)` };
    if (all.includes('UND_ERR_CONNECT_TIMEOUT') || all.includes('ETIMEDOUT'))
        return { kind: 'timeout', code, message: `could not connect to ${host} within ${connectTimeoutMs} ms` };
    if (all.includes('UND_ERR_HEADERS_TIMEOUT') || all.includes('UND_ERR_BODY_TIMEOUT') || all.includes('TIMEOUT'))
        return { kind: 'timeout', code, message: `${host} did not answer within ${answerTimeoutMs} ms` };
    if (all.includes('BODY_TOO_LARGE'))
        return { kind: 'too-large', code: 'BODY_TOO_LARGE', message: `the answer from ${host} ${error.message}` };
    if (all.includes('UND_ERR_HEADERS_OVERFLOW'))
        return { kind: 'too-large', code, message: `the answer from ${host} has headers larger than the size limit` };
    const malformed = malformedWhat(all);
    if (malformed)
        return { kind: 'malformed', code, message: `${host} answered with ${malformed}` };
    if (all.includes('UND_ERR_DESTROYED') || all.includes('UND_ERR_CLOSED'))
        return { kind: 'aborted', code, message: `the request to ${host} was stopped: the run is over` };
    if (all.includes('UND_ERR_RES_CONTENT_LENGTH_MISMATCH'))
        return { kind: 'reset', code, message: `${host} closed the connection without a complete answer (the body does not match its Content-Length)` };
    if (all.includes('ECONNRESET') || all.includes('UND_ERR_SOCKET') || all.includes('EPIPE'))
        return { kind: 'reset', code, message: `${host} closed the connection without a complete answer` };
    if (all.includes('BLOCKED_ADDRESS'))
        return { kind: 'blocked-address', code, message: error.message };
    if (all.includes('ABORT_ERR') || all.includes('UND_ERR_ABORTED') || (error instanceof Error && error.name === 'AbortError'))
        return { kind: 'aborted', code, message: 'the request was stopped at the run\u2019s deadline' };
    return { kind: 'other', code, message: `the request to ${host} failed: ${clip(error instanceof Error ? error.message : String(error))}` };
}


/***/ }),

/***/ 1150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bC: () => (/* reexport default from dynamic */ undici_lib_dispatcher_pool_js__WEBPACK_IMPORTED_MODULE_3___default.a),
/* harmony export */   g6: () => (/* reexport default from dynamic */ undici_lib_dispatcher_agent_js__WEBPACK_IMPORTED_MODULE_1___default.a),
/* harmony export */   gU: () => (/* reexport default from dynamic */ undici_lib_core_connect_js__WEBPACK_IMPORTED_MODULE_5___default.a),
/* harmony export */   kT: () => (/* reexport default from dynamic */ undici_lib_dispatcher_proxy_agent_js__WEBPACK_IMPORTED_MODULE_4___default.a),
/* harmony export */   mk: () => (/* reexport default from dynamic */ undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_2___default.a)
/* harmony export */ });
/* harmony import */ var undici_lib_api_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6615);
/* harmony import */ var undici_lib_dispatcher_agent_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7405);
/* harmony import */ var undici_lib_dispatcher_agent_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(undici_lib_dispatcher_agent_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(883);
/* harmony import */ var undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var undici_lib_dispatcher_pool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(628);
/* harmony import */ var undici_lib_dispatcher_pool_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(undici_lib_dispatcher_pool_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var undici_lib_dispatcher_proxy_agent_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6672);
/* harmony import */ var undici_lib_dispatcher_proxy_agent_js__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(undici_lib_dispatcher_proxy_agent_js__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var undici_lib_core_connect_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9136);
/* harmony import */ var undici_lib_core_connect_js__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(undici_lib_core_connect_js__WEBPACK_IMPORTED_MODULE_5__);
/**
 * The parts of undici the gate uses, imported by path. The package's index also loads fetch,
 * WebSocket, the cache, cookies, EventSource and the mocks (about half its code, and Node's
 * zlib and worker modules), all before the first request could leave.
 */






// What the index does on load: every dispatcher gets `request()`, `connect()` (a proxy's
// tunnel)... Kept idempotent, should the index be loaded too (by @actions/http-client).
if (!('request' in (undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_2___default().prototype)))
    Object.assign((undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_2___default().prototype), undici_lib_api_index_js__WEBPACK_IMPORTED_MODULE_0__);



/***/ })

};
