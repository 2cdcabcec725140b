export const id = 541;
export const ids = [541];
export const modules = {

/***/ 1541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VERIFY_HELP: () => (/* binding */ VERIFY_HELP),
  runVerify: () => (/* binding */ runVerify)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/redact.ts + 2 modules
var redact = __webpack_require__(1436);
// EXTERNAL MODULE: ./src/webhook/signature.ts
var signature = __webpack_require__(7047);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/cli/help.ts + 1 modules
var help = __webpack_require__(8851);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/cli/signature-analysis.ts
/**
 * Why a captured delivery's signature does not match, in the words of the verifier mistake that
 * explains it: the `sha256=` prefix dropped or doubled, the header pasted with its name, a body
 * re-serialised before hashing or capture, a trailing newline added or lost, or — when none of
 * these explains it — another secret. Pure: secret, body and header value in, verdict out.
 */


const HEX = /^[0-9a-f]{64}$/i;
const PREFIX = 'sha256=';
/** Non-ASCII as \uXXXX (UTF-16 units, as Python's ensure_ascii and PHP's json_encode write it). */
const asciiEscaped = (json) => json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/** Python's json.dumps defaults: `, ` and `: ` separators, ensure_ascii. */
function pythonDumps(value) {
    if (Array.isArray(value))
        return `[${value.map(pythonDumps).join(', ')}]`;
    if (value && typeof value === 'object') {
        return `{${Object.entries(value).map(([k, v]) => `${asciiEscaped(JSON.stringify(k))}: ${pythonDumps(v)}`).join(', ')}}`;
    }
    return asciiEscaped(JSON.stringify(value));
}
/** The bodies a verifier or a capture may have hashed instead of the bytes that were signed. */
function reserialisations(raw) {
    let parsed;
    try {
        parsed = JSON.parse(raw.toString('utf8'));
    }
    catch {
        return [];
    }
    const forms = [
        ['reserialised-compact', JSON.stringify(parsed)],
        ['reserialised-pretty', JSON.stringify(parsed, null, 2)],
        ['reserialised-ascii', asciiEscaped(JSON.stringify(parsed))],
        ['reserialised-python', pythonDumps(parsed)],
        ['reserialised-php', asciiEscaped(JSON.stringify(parsed)).replace(/\//g, '\\/')]
    ];
    return forms.map(([trap, text]) => [trap, Buffer.from(text, 'utf8')]).filter(([, body]) => !body.equals(raw));
}
function newlineVariants(raw) {
    const text = raw.toString('latin1');
    const variants = [['newline-removed', Buffer.concat([raw, Buffer.from('\n')])]];
    const trimmed = text.replace(/\r?\n$/, '');
    if (trimmed !== text)
        variants.unshift(['newline-added', Buffer.from(trimmed, 'latin1')]);
    return variants;
}
/** The hex digest the value carries, with the mistakes its form shows, or why it is not a signature. */
function readDigest(value) {
    // Surrounding blanks are the shell's or the copy's, never the header's (HTTP trims them).
    let v = value.trim();
    const traps = [];
    const named = new RegExp(`^${signature/* SIGNATURE_HEADER */.D8}\\s*:\\s*`, 'i');
    if (named.test(v)) {
        v = v.replace(named, '');
        traps.push('header-name');
    }
    let hex;
    if (v.toLowerCase().startsWith(PREFIX + PREFIX)) {
        hex = v.slice(PREFIX.length * 2);
        traps.push('prefix-doubled');
    }
    else if (v.toLowerCase().startsWith(PREFIX))
        hex = v.slice(PREFIX.length);
    else if (HEX.test(v)) {
        hex = v;
        traps.push('prefix-missing');
    }
    else
        return v === '' ? 'the value is empty' : `expected ${PREFIX}<64 hex digits>, got ${v.length} characters not of that form`;
    if (!HEX.test(hex))
        return `after ${PREFIX}, expected 64 hex digits, got ${hex.length} characters${/^[0-9a-f]*$/i.test(hex) ? '' : ', not all hex'}`;
    return { hex, traps };
}
const matches = (hex, secret, body) => (0,external_node_crypto_.timingSafeEqual)(Buffer.from(hex, 'hex'), Buffer.from((0,signature/* sign */._S)(secret, body).slice(PREFIX.length), 'hex'));
function analyseSignature(secret, body, headerValue) {
    const digest = readDigest(headerValue);
    if (typeof digest === 'string')
        return { valid: false, kind: 'malformed', reason: digest };
    const { hex, traps } = digest;
    if (matches(hex, secret, body))
        return traps.length === 0 ? { valid: true } : { valid: false, kind: 'explained', traps };
    const variants = [
        ...newlineVariants(body).map(([t, b]) => [t, secret, b]),
        ...reserialisations(body).map(([t, b]) => [t, secret, b]),
        ['secret-whitespace', secret.trim(), body]
    ];
    for (const [trap, key, variant] of variants) {
        if (key !== '' && matches(hex, key, variant) && !(trap === 'secret-whitespace' && key === secret)) {
            return { valid: false, kind: 'explained', traps: [...traps, trap] };
        }
    }
    return { valid: false, kind: 'unexplained' };
}
/** One sentence per mistake: what happened and what to do. */
const TRAP_TEXT = {
    'header-name': `the value includes the header's name: a verifier compares only the value, sha256=<hex>, not "${signature/* SIGNATURE_HEADER */.D8}: ...".`,
    'prefix-missing': `the value lacks the sha256= prefix MONCRENEAU sends; a verifier that compares the whole header with the bare hex (or the other way round) never matches: compare sha256=<hex> with sha256=<hex>.`,
    'prefix-doubled': 'the value has sha256= twice: the code adds the prefix to a header that already carries it.',
    'reserialised-compact': 'the signature matches the body re-serialised as compact JSON (JSON.stringify(JSON.parse(body))), not these bytes: the body was parsed and written again before it was hashed or captured. Hash the raw request body, before any JSON parsing.',
    'reserialised-pretty': 'the signature matches the body re-serialised as indented JSON, not these bytes: the body was parsed and pretty-printed before it was captured. Hash and keep the raw request body.',
    'reserialised-ascii': 'the signature matches the body with non-ASCII written as \\uXXXX, not these bytes: the body was parsed and written again. Hash the raw request body.',
    'reserialised-python': `the signature matches the body as Python's json.dumps writes it (", " and ": " separators), not these bytes: the body was parsed and dumped again. Hash request.get_data() (the raw bytes).`,
    'reserialised-php': 'the signature matches the body as PHP\'s json_encode writes it (\\/ for /, \\uXXXX), not these bytes: the body was decoded and encoded again. Hash file_get_contents(\'php://input\').',
    'newline-added': 'the file ends with a line break the delivery did not have (editors and echo add one): remove it, or capture the body byte for byte.',
    'newline-removed': 'the delivery ended with a line break this file lacks: capture the body byte for byte.',
    'secret-whitespace': 'the signature matches the secret without its surrounding whitespace: MONCRENEAU_WEBHOOK_SECRET carries spaces or a line break that the real secret does not.'
};
const UNEXPLAINED_TEXT = 'no known verifier mistake explains it (prefix, header name, re-serialised body, trailing newline): the delivery was signed with another secret — check MONCRENEAU_WEBHOOK_SECRET against this endpoint\'s secret in the dashboard (Settings > Webhooks), and whether it was rotated — or the body was changed after it arrived.';

// EXTERNAL MODULE: ./src/cli/terminal-text.ts
var terminal_text = __webpack_require__(5678);
// EXTERNAL MODULE: ./src/cli/webhook-secret.ts
var webhook_secret = __webpack_require__(1888);
;// CONCATENATED MODULE: ./src/cli/verify-command.ts
/**
 * `verify --signature VALUE --body-file FILE`: is this captured delivery genuine for
 * MONCRENEAU_WEBHOOK_SECRET, and if not, which verifier mistake explains it.
 */









/** Far above any webhook body; a larger file is not a delivery. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;
const VERIFY_HELP = `Usage: ${help/* PROGRAM */.RX} verify --signature <header value> --body-file <file>

Checks a captured delivery against MONCRENEAU_WEBHOOK_SECRET: exit 0 when the signature is valid
for these exact bytes, 1 when it is not, with the reason (prefix, header name, re-serialised body,
trailing newline, or another secret).

  --signature <value>          default: (none, required). The ${signature/* SIGNATURE_HEADER */.D8} header's value, sha256=<hex>
  --body-file <file>           default: (none, required). The raw request body, byte for byte; - reads it
                               from standard input
  --webhook-secret <secret>    default: $MONCRENEAU_WEBHOOK_SECRET (as a flag it warns: shell history)
  --help                       this text`;
function parse(argv) {
    try {
        return (0,external_node_util_.parseArgs)({
            args: [...argv],
            options: {
                signature: { type: 'string' },
                'body-file': { type: 'string' },
                'webhook-secret': { type: 'string' },
                help: { type: 'boolean', short: 'h' }
            },
            strict: true
        });
    }
    catch (error) {
        throw new exit_codes/* UsageError */.e(`${error.message.split('\n')[0].replace(/\. To specify .*$/, '')} (see ${help/* PROGRAM */.RX} verify --help)`);
    }
}
/** Standard input, bounded: `--body-file -`. */
async function readStdin() {
    const chunks = [];
    let size = 0;
    for await (const chunk of process.stdin) {
        size += chunk.length;
        if (size > MAX_BODY_BYTES)
            throw new exit_codes/* UsageError */.e(`--body-file -: more than ${MAX_BODY_BYTES} bytes on standard input, more than a webhook delivery`);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/** The file's bytes, refusing what cannot be a delivery before reading it whole. */
async function readBody(path) {
    if (path === '-')
        return readStdin();
    let file;
    try {
        file = await (0,promises_.open)(path, 'r');
    }
    catch (error) {
        throw new exit_codes/* UsageError */.e(`--body-file: cannot read ${path}: ${error.code ?? error.message}`);
    }
    try {
        const { size } = await file.stat();
        if (size > MAX_BODY_BYTES)
            throw new exit_codes/* UsageError */.e(`--body-file: ${path} has ${size} bytes, more than a webhook delivery (${MAX_BODY_BYTES})`);
        return await file.readFile();
    }
    finally {
        await file.close();
    }
}
async function runVerify(argv, terminal) {
    const { values } = parse(argv);
    if (values.help) {
        terminal.out(VERIFY_HELP);
        return exit_codes/* EXIT */.d.ok;
    }
    if (values.signature === undefined)
        throw new exit_codes/* UsageError */.e(`--signature is required: the ${signature/* SIGNATURE_HEADER */.D8} header's value`);
    if (values['body-file'] === undefined)
        throw new exit_codes/* UsageError */.e('--body-file is required: a file holding the raw request body');
    const secret = (0,webhook_secret/* webhookSecret */.w_)(values['webhook-secret'], terminal);
    const body = await readBody(values['body-file']);
    const say = (text) => terminal.out((0,terminal_text/* terminalSafe */.kJ)((0,redact/* makeRedactor */.$)([secret])(text)));
    const verdict = analyseSignature(secret, body, values.signature);
    if (verdict.valid) {
        say(`✔ valid: the signature matches the ${body.length} bytes of ${values['body-file']} with MONCRENEAU_WEBHOOK_SECRET.`);
        return exit_codes/* EXIT */.d.ok;
    }
    if (verdict.kind === 'malformed')
        say(`✖ not a MONCRENEAU signature: ${verdict.reason}.`);
    else if (verdict.kind === 'unexplained')
        say(`✖ not valid for these ${body.length} bytes: ${UNEXPLAINED_TEXT}`);
    else {
        say(`✖ not valid as given, and explained:`);
        for (const trap of verdict.traps)
            say(`  - ${TRAP_TEXT[trap]}`);
    }
    return exit_codes/* EXIT */.d.blocked;
}


/***/ }),

/***/ 1888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
        throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${SECRET_VARIABLE} is not set: export it with your endpoint's webhook secret (whsec_...), from the dashboard, Settings > Webhooks.`);
    return secret;
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
