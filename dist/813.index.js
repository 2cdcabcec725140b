export const id = 813;
export const ids = [813];
export const modules = {

/***/ 9813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TRIGGER_HELP: () => (/* binding */ TRIGGER_HELP),
  runTrigger: () => (/* binding */ runTrigger)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/http/http-client.ts + 2 modules
var http_client = __webpack_require__(1940);
// EXTERNAL MODULE: ./src/http/proxy-rules.ts
var proxy_rules = __webpack_require__(8506);
// EXTERNAL MODULE: ./src/redact.ts + 2 modules
var src_redact = __webpack_require__(1436);
// EXTERNAL MODULE: ./src/webhook/signature.ts
var webhook_signature = __webpack_require__(7047);
;// CONCATENATED MODULE: ./src/cli/event-fixtures.ts
/**
 * One realistic event per documented MONCRENEAU webhook type, in the documented shape
 * (`{id, type, created, data: {object}}`), for `trigger`. Pure given the id and the time.
 */
const EVENT_TYPES = [
    'appointment.created',
    'appointment.updated',
    'appointment.cancelled',
    // The docs name the confirmation event both ways, on different pages.
    'appointment.confirmed',
    'appointment.validated'
];
const isoSeconds = (date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
/** Local date-time without a zone, as the API writes appointment times. */
const local = (date) => date.toISOString().slice(0, 19);
function isEventType(value) {
    return EVENT_TYPES.includes(value);
}
function eventFixture(type, id, now) {
    const appointment = {
        id: 12345,
        departmentId: 5,
        dateTime: local(new Date(now.getTime() + 3 * 24 * 3_600_000)),
        status: 'SCHEDULED',
        name: 'Jean Dupont',
        qrCode: 'QR-12345-TEST',
        creditsUsed: 1
    };
    if (type === 'appointment.cancelled') {
        Object.assign(appointment, { status: 'CANCELLED', cancelledAt: isoSeconds(now), cancelReason: 'Cancelled by the user', creditsRefunded: 1 });
    }
    return { id, type, created: isoSeconds(now), data: { object: appointment } };
}

// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
;// CONCATENATED MODULE: ./src/cli/set-path.ts
/** `--set data.object.id=42`: one field of an event, by its dotted path, given a JSON or text value. */

const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);
/** `42` a number, `true` a boolean, `null`, `"42"` or `{...}` as JSON; anything else the text itself. */
function parseSetValue(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}
/** A copy of the event with the field set; the path's parents must be objects (created when absent). */
function setField(event, assignment) {
    const eq = assignment.indexOf('=');
    if (eq <= 0)
        throw new exit_codes/* UsageError */.e(`--set '${assignment}': expected <path>=<value>, e.g. data.object.id=42`);
    const path = assignment.slice(0, eq).split('.');
    if (path.some((key) => key === '' || FORBIDDEN.has(key))) {
        throw new exit_codes/* UsageError */.e(`--set: '${assignment.slice(0, eq)}' is not a field path (dot-separated names, e.g. data.object.status)`);
    }
    const copy = structuredClone(event);
    let node = copy;
    for (const [i, key] of path.slice(0, -1).entries()) {
        const next = Object.hasOwn(node, key) ? node[key] : undefined;
        if (next === undefined)
            node[key] = {};
        else if (next === null || typeof next !== 'object' || Array.isArray(next)) {
            throw new exit_codes/* UsageError */.e(`--set: ${path.slice(0, i + 1).join('.')} is not an object, so ${path.join('.')} cannot be set`);
        }
        node = node[key];
    }
    node[path.at(-1)] = parseSetValue(assignment.slice(eq + 1));
    return copy;
}

// EXTERNAL MODULE: ./src/cli/terminal-text.ts
var terminal_text = __webpack_require__(5678);
// EXTERNAL MODULE: ./src/cli/webhook-secret.ts
var webhook_secret = __webpack_require__(1888);
;// CONCATENATED MODULE: ./src/cli/trigger-command.ts
/**
 * `trigger <event-type> --url URL`: sends the application one correctly signed MONCRENEAU event,
 * through the gate's own signing and HTTP client (time limit, body bound, no redirects).
 */












const DEFAULT_TIMEOUT_MS = 5000;
const MAX_ANSWER_BYTES = 64 * 1024;
const SHOWN_ANSWER_CHARS = 300;
const TRIGGER_HELP = `Usage: ${help/* PROGRAM */.RX} trigger <event-type> --url <webhook-url> [--set <path>=<value>]...

Sends your application one correctly signed MONCRENEAU event, signed with MONCRENEAU_WEBHOOK_SECRET,
and prints the status, the time and the signature header sent. Exit 0 on a 2xx answer, 1 otherwise.

Event types: ${EVENT_TYPES.join(', ')}

  --url <webhook-url>          default: (none, required). Your endpoint, http or https
  --set <path>=<value>         default: (none). Overrides a field, repeatable: --set data.object.id=42
                               (the value is read as JSON when it parses: 42, true, null, "42")
  --timeout-ms <ms>            default: ${DEFAULT_TIMEOUT_MS}. MONCRENEAU wants an answer within 5 s
  --webhook-secret <secret>    default: $MONCRENEAU_WEBHOOK_SECRET (as a flag it warns: shell history)
  --help                       this text`;
function parse(argv) {
    try {
        return (0,external_node_util_.parseArgs)({
            args: [...argv],
            options: {
                url: { type: 'string' },
                set: { type: 'string', multiple: true },
                'timeout-ms': { type: 'string' },
                'webhook-secret': { type: 'string' },
                help: { type: 'boolean', short: 'h' }
            },
            allowPositionals: true,
            strict: true
        });
    }
    catch (error) {
        throw new exit_codes/* UsageError */.e(`${error.message.split('\n')[0].replace(/\. To specify .*$/, '')} (see ${help/* PROGRAM */.RX} trigger --help)`);
    }
}
function endpoint(text) {
    if (!text)
        throw new exit_codes/* UsageError */.e(`--url is required: your application's webhook endpoint (see ${help/* PROGRAM */.RX} trigger --help)`);
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new exit_codes/* UsageError */.e('--url is not a URL: expected http(s)://host/path');
    }
    // `localhost:3000/hook` parses, with `localhost:` as its scheme: say what is missing instead.
    if (url.protocol !== 'https:' && url.protocol !== 'http:' && !text.includes('://')) {
        // Not echoed: `user:password@host` parses the same way.
        throw new exit_codes/* UsageError */.e('--url has no http:// or https:// in front: give the whole URL, e.g. http://localhost:3000/webhooks/moncreneau');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new exit_codes/* UsageError */.e(`--url: ${url.protocol} is not http or https`);
    return url;
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** What to do about an answer that is not 2xx. */
function hintFor(status) {
    if (status === 401 || status === 403) {
        return `the endpoint refused a correctly signed event: check it uses this secret, reads ${webhook_signature/* SIGNATURE_HEADER */.D8}, strips its sha256= prefix before comparing the hex, and hashes the raw body (capture one delivery and run ${help/* PROGRAM */.RX} verify on it).`;
    }
    if (status >= 300 && status < 400)
        return 'MONCRENEAU does not follow redirects: give the final URL.';
    if (status >= 500)
        return 'the endpoint failed while handling the event: see its logs.';
    return undefined;
}
async function runTrigger(argv, terminal) {
    const { values, positionals } = parse(argv);
    if (values.help) {
        terminal.out(TRIGGER_HELP);
        return exit_codes/* EXIT */.d.ok;
    }
    const [type, ...extra] = positionals;
    if (type === undefined)
        throw new exit_codes/* UsageError */.e(`give the event type: one of ${EVENT_TYPES.join(', ')}`);
    if (!isEventType(type))
        throw new exit_codes/* UsageError */.e(`'${type.slice(0, 60)}' is not a documented event type; expected one of ${EVENT_TYPES.join(', ')}`);
    if (extra.length > 0)
        throw new exit_codes/* UsageError */.e('trigger takes one event type; other values go in flags');
    const url = endpoint(values.url);
    const timeoutMs = (0,webhook_secret/* wholeMs */.yW)('timeout-ms', values['timeout-ms'], DEFAULT_TIMEOUT_MS, 600_000);
    const secret = (0,webhook_secret/* webhookSecret */.w_)(values['webhook-secret'], terminal);
    (0,webhook_secret/* warnIfPadded */.uK)(secret, values['webhook-secret'] !== undefined, terminal);
    const redact = (0,src_redact/* makeRedactor */.$u)([secret, safeDecode(url.password)]);
    const say = (text) => terminal.out((0,terminal_text/* terminalSafe */.kJ)(redact(text)));
    let event = eventFixture(type, `evt_${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`, new Date());
    for (const assignment of values.set ?? []) {
        // The type is sent twice, in the body and in X-Moncreneau-Event: one source keeps them equal.
        if (/^type=/.test(assignment))
            throw new exit_codes/* UsageError */.e("--set type=...: give the event type as the command's argument, so the header and the body agree");
        event = setField(event, assignment);
    }
    // Serialised once: these exact bytes are signed and sent.
    const body = Buffer.from(JSON.stringify(event), 'utf8');
    const signature = (0,webhook_signature/* sign */._S)(secret, body);
    const headers = {
        'content-type': 'application/json',
        'user-agent': 'MONCRENEAU-Webhooks/1 (moncreneau-deploy-gate trigger)',
        [webhook_signature/* EVENT_HEADER */.rf.toLowerCase()]: type,
        [webhook_signature/* SIGNATURE_HEADER */.D8.toLowerCase()]: signature
    };
    // A password in the URL is a secret too: shown masked.
    const display = new URL(url.href);
    if (display.password)
        display.password = '***';
    say(`POST ${display.href}`);
    say(`${webhook_signature/* EVENT_HEADER */.rf}: ${type}`);
    say(`${webhook_signature/* SIGNATURE_HEADER */.D8}: ${signature}`);
    say(`body (${body.length} bytes): ${body.toString('utf8')}`);
    // Through the proxy the terminal's environment names, as the gate's own requests go.
    const client = (0,http_client/* createHttpClient */.u)({ proxy: (0,proxy_rules/* proxySettingsFrom */.Yw)(terminal.env) });
    try {
        const outcome = await client.send({ method: 'POST', url, headers, body, timeoutMs, maxBodyBytes: MAX_ANSWER_BYTES });
        if (!outcome.ok) {
            say(`\u2716 failed after ${Math.round(outcome.timeMs)} ms: ${outcome.failure.message}`);
            return exit_codes/* EXIT */.d.blocked;
        }
        const { status, timeMs, body: answer, headers: answerHeaders } = outcome.response;
        const ok = status >= 200 && status < 300;
        say(`${ok ? '\u2714' : '\u2716'} ${status} in ${Math.round(timeMs)} ms${timeMs > 5000 ? ' (MONCRENEAU wants an answer within 5 s)' : ''}`);
        const shown = answer.toString('utf8').slice(0, SHOWN_ANSWER_CHARS).trim();
        if (shown)
            say(`answer: ${shown}${answer.length > SHOWN_ANSWER_CHARS ? ' \u2026' : ''}`);
        if (status >= 300 && status < 400 && answerHeaders.location)
            say(`location: ${answerHeaders.location}`);
        const hint = ok ? undefined : hintFor(status);
        if (hint)
            say(`\u2192 ${hint}`);
        return ok ? exit_codes/* EXIT */.d.ok : exit_codes/* EXIT */.d.blocked;
    }
    finally {
        await client.close();
    }
}


/***/ }),

/***/ 1888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uK: () => (/* binding */ warnIfPadded),
/* harmony export */   w_: () => (/* binding */ webhookSecret),
/* harmony export */   yW: () => (/* binding */ wholeMs)
/* harmony export */ });
/* unused harmony export SECRET_VARIABLE */
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8551);
/** The webhook secret for `trigger` and `verify`: from the environment, as the action takes it. */

const SECRET_VARIABLE = 'MONCRENEAU_WEBHOOK_SECRET';
/** The flag's value (with a warning) or the variable's, used exactly as given, like the action. */
function webhookSecret(flag, terminal) {
    if (flag !== undefined) {
        terminal.err(`warning: --webhook-secret on the command line lands in shell history and process lists; set ${SECRET_VARIABLE} in the environment instead.`);
    }
    const secret = flag ?? terminal.env[SECRET_VARIABLE] ?? '';
    if (secret.trim() === '')
        throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${SECRET_VARIABLE} is not set: export it with your endpoint's webhook secret (whsec_...), from Dashboard > Webhooks.`);
    return secret;
}
/**
 * For `trigger`, which signs with the secret: one with blanks around it is used as given (an
 * endpoint may hold the same padded value) but said, as the gate's config check fails on it.
 * `verify` needs no warning: it explains a padded secret as one of its traps.
 */
function warnIfPadded(secret, fromFlag, terminal) {
    if (secret === secret.trim())
        return;
    terminal.err(`warning: ${fromFlag ? '--webhook-secret' : SECRET_VARIABLE} has spaces or a line break around it, used as given; MONCRENEAU signs with the secret exactly as Dashboard > Webhooks shows it, so remove them where it is set (a .env line, echo without -n).`);
}
/** Whole milliseconds within bounds, for --timeout-ms. */
function wholeMs(name, text, fallback, max) {
    if (text === undefined)
        return fallback;
    if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > max)
        throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`--${name}: expected whole milliseconds from 1 to ${max}, got '${text.slice(0, 20)}'`);
    return Number(text);
}


/***/ }),

/***/ 7047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ SIGNATURE_HEADER),
/* harmony export */   _S: () => (/* binding */ sign),
/* harmony export */   aL: () => (/* binding */ SDK_SIGNATURE_HEADER),
/* harmony export */   cI: () => (/* binding */ SIGNATURE_PREFIX),
/* harmony export */   rf: () => (/* binding */ EVENT_HEADER),
/* harmony export */   tH: () => (/* binding */ hmacHex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The webhook signature wire format, built in exactly this one place:
 * `X-Moncreneau-Signature: sha256=<lowercase hex HMAC-SHA256 of the raw body>`.
 */

const SIGNATURE_HEADER = 'X-Moncreneau-Signature';
/** The header the official SDK READMEs read; MONCRENEAU does not send it. */
const SDK_SIGNATURE_HEADER = 'X-Webhook-Signature';
const EVENT_HEADER = 'X-Moncreneau-Event';
const SIGNATURE_PREFIX = 'sha256=';
/**
 * Bare lowercase hex HMAC-SHA256 of these exact bytes, keyed with the secret's UTF-8 bytes as
 * given (the `whsec_` prefix is part of the key).
 */
function hmacHex(secret, rawBody) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', Buffer.from(secret, 'utf8')).update(rawBody).digest('hex');
}
/** The signature header's value for these exact body bytes. */
function sign(secret, rawBody) {
    return SIGNATURE_PREFIX + hmacHex(secret, rawBody);
}


/***/ })

};
