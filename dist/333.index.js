export const id = 333;
export const ids = [333];
export const modules = {

/***/ 6333:
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
var webhook_signature = __webpack_require__(7047);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/webhook/body-forms.ts
var body_forms = __webpack_require__(5443);
;// CONCATENATED MODULE: ./src/webhook/trap-analysis.ts
/**
 * Which trap explains a captured delivery that does not verify: given the body bytes, the
 * signature header's value (and the header it came from, when known) and the secret, undoes
 * each slip the gate knows (the header's name pasted with the value, the sha256= prefix
 * dropped or doubled, blanks around the secret, a re-serialised, indented or rewritten body,
 * a trailing newline added or lost) and falls back to another secret when none explains it.
 * Pure, for the command line's `verify`; the words for each trap are in traps.ts.
 */



const HEX = /^[0-9a-f]{64}$/i;
/** A value pasted with its header's name, either the one MONCRENEAU sends or the SDKs' one. */
const NAMED = new RegExp(`^(${webhook_signature/* SIGNATURE_HEADER */.D8}|${webhook_signature/* SDK_SIGNATURE_HEADER */.aL})\\s*:\\s*`, 'i');
/** The header's name when the value was pasted with it, and the value after it. */
function splitName(signature) {
    // Surrounding blanks are the shell's or the copy's, never the header's (HTTP trims them).
    const trimmed = signature.trim();
    const named = NAMED.exec(trimmed)?.[1];
    return named === undefined ? { value: trimmed } : { named, value: trimmed.replace(NAMED, '') };
}
/** The hex digest the value carries and the prefix slip its form shows, or why it is not a signature. */
function readDigest(value, given) {
    const expected = `MONCRENEAU sends ${webhook_signature/* SIGNATURE_HEADER */.D8}: ${webhook_signature/* SIGNATURE_PREFIX */.cI}<64 hex digits>`;
    if (value === '')
        return given ? `the value is empty: ${expected}` : `no signature value: ${expected}`;
    const prefix = webhook_signature/* SIGNATURE_PREFIX */.cI.length;
    if (value.toLowerCase().startsWith(webhook_signature/* SIGNATURE_PREFIX */.cI.repeat(2)))
        return hexAfter(value.slice(prefix * 2), [{ trap: 'prefix-doubled' }]);
    if (value.toLowerCase().startsWith(webhook_signature/* SIGNATURE_PREFIX */.cI))
        return hexAfter(value.slice(prefix), []);
    if (HEX.test(value))
        return { hex: value, traps: [{ trap: 'prefix-missing' }] };
    return `expected ${webhook_signature/* SIGNATURE_PREFIX */.cI}<64 hex digits>, got ${value.length} characters not of that form`;
}
function hexAfter(hex, traps) {
    if (HEX.test(hex))
        return { hex, traps };
    return `after ${webhook_signature/* SIGNATURE_PREFIX */.cI}, expected 64 hex digits, got ${hex.length} characters${/^[0-9a-f]*$/i.test(hex) ? '' : ', not all hex'}`;
}
/** Indented as JSON.stringify(value, null, 2) writes it: how tools show a body, never how a verifier rebuilds one, so not a body-forms form. */
function pretty(raw) {
    try {
        return Buffer.from(JSON.stringify(JSON.parse(raw.toString('utf8')), null, 2), 'utf8');
    }
    catch {
        return undefined;
    }
}
const rewrite = (raw, form) => (form === 'pretty' ? pretty(raw) : (0,body_forms/* reserialise */.r4)(raw, form));
const withoutTrailingNewlines = (raw) => Buffer.from(raw.toString('latin1').replace(/(\r?\n)+$/, ''), 'latin1');
/** Which re-serialisation the body already is (an editor's final newline aside), if any. */
function formOf(body) {
    const trimmed = withoutTrailingNewlines(body);
    return [...body_forms/* RESERIALISED_FORMS */.b$, 'pretty'].find((form) => rewrite(trimmed, form)?.equals(trimmed));
}
/**
 * The trap when the signature covers the body written in form `signed`: the form the captured
 * body is in, when the gate knows it (that is what rewrote it); else the signed form, which is
 * then what a verifier hashed (or, for the wire form, what the body was before it was rewritten).
 */
function reserialisedTrap(captured, signed) {
    if (captured === 'pretty')
        return { trap: 'pretty-printed', captured: true };
    if (captured !== undefined)
        return { trap: 'reserialised', form: captured };
    if (signed === 'pretty')
        return { trap: 'pretty-printed', captured: false };
    if (signed === 'wire')
        return { trap: 'rewritten' };
    return { trap: 'reserialised', form: signed };
}
/** The bytes the signature might really cover, and the trap each one means. */
function candidates(body) {
    const list = [{ bytes: body }];
    const trimmed = withoutTrailingNewlines(body);
    if (!trimmed.equals(body))
        list.push({ bytes: trimmed, trap: { trap: 'trailing-newline', added: false } });
    else
        list.push({ bytes: Buffer.concat([body, Buffer.from('\n')]), trap: { trap: 'trailing-newline', added: true } });
    // The captured body may itself be a re-serialisation: the signed bytes were another form.
    const captured = formOf(body);
    for (const form of ['wire', ...body_forms/* RESERIALISED_FORMS */.b$, 'pretty']) {
        const bytes = rewrite(body, form);
        if (bytes && !bytes.equals(body))
            list.push({ bytes, trap: reserialisedTrap(captured, form) });
    }
    return list;
}
/** The secret as given, then without surrounding blanks when it has some. */
function keys(secret) {
    const trimmed = secret.trim();
    return trimmed !== secret && trimmed !== '' ? [{ key: secret }, { key: trimmed, trap: { trap: 'secret-whitespace' } }] : [{ key: secret }];
}
const equalHex = (a, b) => (0,external_node_crypto_.timingSafeEqual)(Buffer.from(a.toLowerCase(), 'hex'), Buffer.from(b, 'hex'));
/** The verdict on one captured delivery. */
function analyseDelivery(delivery) {
    const { body, signature, secret } = delivery;
    const { named, value } = splitName(signature ?? '');
    const headerName = delivery.headerName ?? named;
    const header = headerName?.toLowerCase() === webhook_signature/* SDK_SIGNATURE_HEADER */.aL.toLowerCase() ? [{ trap: 'wrong-header' }] : [];
    const read = readDigest(value, signature !== undefined);
    if (typeof read === 'string')
        return { valid: false, kind: 'malformed', problem: read, traps: header };
    if (named !== undefined)
        read.traps.unshift({ trap: 'header-name' });
    const bodies = candidates(body);
    for (const { key, trap: keyTrap } of keys(secret)) {
        for (const candidate of bodies) {
            if (!equalHex(read.hex, (0,webhook_signature/* hmacHex */.tH)(key, candidate.bytes)))
                continue;
            const traps = [...header, ...read.traps, ...(keyTrap ? [keyTrap] : []), ...(candidate.trap ? [candidate.trap] : [])];
            if (traps.length === 0)
                return { valid: true };
            return { valid: false, kind: 'explained', problem: 'the signature matches only once these are accounted for', traps };
        }
    }
    return {
        valid: false,
        kind: 'unexplained',
        problem: 'no trap the gate knows explains it (header name, prefix, re-serialised, indented or rewritten body, trailing newline, blanks around the secret): it was signed with another secret (another environment\u2019s, or one rotated since), or the body was changed after it arrived',
        traps: [...header, { trap: 'wrong-secret' }]
    };
}

// EXTERNAL MODULE: ./src/webhook/traps.ts
var traps = __webpack_require__(1541);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
// EXTERNAL MODULE: ./src/cli/terminal-text.ts
var terminal_text = __webpack_require__(5678);
// EXTERNAL MODULE: ./src/cli/webhook-secret.ts
var webhook_secret = __webpack_require__(1888);
;// CONCATENATED MODULE: ./src/cli/verify-command.ts
/**
 * `verify --signature VALUE --body-file FILE`: is this captured delivery genuine for
 * MONCRENEAU_WEBHOOK_SECRET, and if not, which trap explains it: the webhook check's own words
 * for it, what happened and what to change in the application.
 */










/** Far above any webhook body; a larger file is not a delivery. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;
const VERIFY_HELP = `Usage: ${help/* PROGRAM */.RX} verify --signature <header value> --body-file <file>

Checks a captured delivery against MONCRENEAU_WEBHOOK_SECRET: exit 0 when the signature is valid
for these exact bytes, 1 when it is not, with the reason (prefix, header name, re-serialised or
indented body, trailing newline, blanks around the secret, or another secret).

  --signature <value>          default: (none, required). The ${webhook_signature/* SIGNATURE_HEADER */.D8} header's value, sha256=<hex>
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
        const code = error.code;
        const why = code === 'ENOENT'
            ? 'no such file'
            : code === 'EACCES'
                ? 'permission denied'
                : code === 'EISDIR'
                    ? 'it is a directory'
                    : (code ?? error.message);
        throw new exit_codes/* UsageError */.e(`--body-file: cannot read ${path}: ${why}; save the delivery's raw body to a file first, or give - to read it from standard input`);
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
        throw new exit_codes/* UsageError */.e(`--signature is required: the ${webhook_signature/* SIGNATURE_HEADER */.D8} header's value`);
    if (values['body-file'] === undefined)
        throw new exit_codes/* UsageError */.e('--body-file is required: a file holding the raw request body');
    const secret = (0,webhook_secret/* webhookSecret */.w_)(values['webhook-secret'], terminal);
    const body = await readBody(values['body-file']);
    const say = (text) => terminal.out((0,terminal_text/* terminalSafe */.kJ)((0,redact/* makeRedactor */.$u)([secret])(text)));
    const verdict = analyseDelivery({ body, signature: values.signature, secret });
    if (verdict.valid) {
        say(`\u2714 valid: the signature matches the ${body.length} bytes of ${values['body-file'] === '-' ? 'standard input' : values['body-file']} with MONCRENEAU_WEBHOOK_SECRET.`);
        return exit_codes/* EXIT */.d.ok;
    }
    if (verdict.kind === 'malformed')
        say(`\u2716 not a MONCRENEAU signature: ${verdict.problem}.`);
    else if (verdict.kind === 'unexplained')
        say(`\u2716 not valid for these ${body.length} bytes: ${verdict.problem}.`);
    else
        say(`\u2716 not valid as given, and explained:`);
    for (const trap of verdict.traps) {
        say(`  - ${(0,traps/* trapLine */.Az)(trap)}.`);
        say(`    ${(0,traps/* trapHint */.DO)(trap)}`);
    }
    return exit_codes/* EXIT */.d.blocked;
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

/***/ 5443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oy: () => (/* binding */ writeBody),
/* harmony export */   b$: () => (/* binding */ RESERIALISED_FORMS),
/* harmony export */   r4: () => (/* binding */ reserialise)
/* harmony export */ });
/**
 * The ways one JSON event can be written as bytes: the gate's own wire form, and the
 * re-serialisations a verifier makes when it hashes a parsed body instead of the raw bytes.
 * A body written in form F hashes the same before and after an F re-serialisation, so sending
 * it tells whether the verifier re-serialises that way. Pure.
 */
const RESERIALISED_FORMS = ['compact', 'python', 'php'];
const hex4 = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
const escapeNonAscii = (json) => json.replace(/[\u0080-\uffff]/g, hex4);
/** Python's ensure_ascii escapes everything outside space..tilde, DEL included. */
const pythonString = (s) => escapeNonAscii(JSON.stringify(s)).replace(/\x7f/g, hex4);
const phpString = (s) => escapeNonAscii(JSON.stringify(s)).replace(/\//g, '\\/');
/** json.dumps / json_encode style writers: a string writer and the separators. */
function writer(str, comma, colon) {
    const write = (value) => {
        if (typeof value === 'string')
            return str(value);
        if (Array.isArray(value))
            return `[${value.map(write).join(comma)}]`;
        if (value !== null && typeof value === 'object') {
            return `{${Object.entries(value)
                .map(([k, v]) => `${str(k)}${colon}${write(v)}`)
                .join(comma)}}`;
        }
        return JSON.stringify(value);
    };
    return write;
}
const WRITERS = {
    wire: (value) => escapeNonAscii(JSON.stringify(value)),
    compact: (value) => JSON.stringify(value),
    python: writer(pythonString, ', ', ': '),
    php: writer(phpString, ',', ':')
};
/** The value written in that form, as the bytes to sign and send. */
function writeBody(value, form) {
    return Buffer.from(WRITERS[form](value), 'utf8');
}
/** What a verifier of that form hashes when it receives `raw`; undefined when raw is not JSON. */
function reserialise(raw, form) {
    let value;
    try {
        value = JSON.parse(raw.toString('utf8'));
    }
    catch {
        return undefined;
    }
    return writeBody(value, form);
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


/***/ }),

/***/ 1541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ trapLine),
/* harmony export */   DO: () => (/* binding */ trapHint),
/* harmony export */   um: () => (/* binding */ trapShort)
/* harmony export */ });
/* harmony import */ var _signature_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7047);

const REBUILT = {
    compact: {
        what: 'JSON.stringify of the parsed body (compact)',
        habit: 'as the Node SDK\u2019s verifyWebhookSignature does with the object express.json() made, or Jackson with a Map',
        hint: "Hash the raw request bytes, not JSON.stringify(req.body): in Express mount express.raw({ type: 'application/json' }) on the webhook route (before express.json()) and give the Buffer req.body to the HMAC, then JSON.parse it; in Spring take @RequestBody byte[] instead of a Map."
    },
    python: {
        what: 'json.dumps of the parsed body (", " and ": " separators)',
        habit: 'as the Python SDK\u2019s verify_webhook_signature does with request.json',
        hint: 'Hash the raw request bytes, not json.dumps(request.json): in Flask pass request.get_data() (Django: request.body) to the HMAC, then parse it.'
    },
    php: {
        what: 'json_encode of the decoded body (\\/ and \\uXXXX escapes)',
        habit: 'as json_encode(json_decode($payload)) or json_encode($request->all()) does',
        hint: "Hash the raw request bytes, not json_encode of the decoded body: pass file_get_contents('php://input') (Laravel: $request->getContent()) to hash_hmac, then json_decode it."
    }
};
const REBUILT_SHORT = { compact: 'JSON.stringify', python: 'json.dumps', php: 'json_encode' };
const SHORT = {
    'wrong-header': `reads ${_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .SDK_SIGNATURE_HEADER */ .aL}`,
    'prefix-kept': 'sha256= not stripped',
    'prefix-missing': 'sha256= missing',
    'wrong-secret': 'wrong secret',
    'throws-when-missing': 'fails on a missing header',
    'trailing-newline': 'trailing newline',
    'header-name': 'header name in the value',
    'prefix-doubled': 'sha256= doubled',
    'secret-whitespace': 'blanks around the secret',
    'pretty-printed': 'pretty-printed body',
    rewritten: 'body written again'
};
/** A few words for a summary line. */
function trapShort(t) {
    return t.trap === 'reserialised' ? `hashes ${REBUILT_SHORT[t.form]} of the body` : SHORT[t.trap];
}
const RAW_BYTES_HINT = 'Capture and hash the raw request bytes, before any JSON parsing or formatting: save the delivery as received (not as a logger, a debugger or an editor shows it) and give those bytes to the HMAC.';
/** One line naming the trap and the SDK habit it matches. */
function trapLine(t) {
    switch (t.trap) {
        case 'wrong-header':
            return `Wrong header: the verifier reads ${_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .SDK_SIGNATURE_HEADER */ .aL} (as every SDK README shows); MONCRENEAU sends ${_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNATURE_HEADER */ .D8}`;
        case 'prefix-kept':
            return 'Prefix not stripped: the verifier accepts the bare hex but not sha256=<hex>, which is what MONCRENEAU sends (the SDKs\u2019 verifyWebhookSignature compares the whole header value)';
        case 'prefix-missing':
            return 'Prefix missing: the value is bare hex that matches, but MONCRENEAU sends sha256=<hex>; a verifier must strip exactly that prefix, so give the header value as received';
        case 'reserialised':
            return `Re-serialised body: the verifier hashes ${REBUILT[t.form].what} instead of the raw bytes, ${REBUILT[t.form].habit}`;
        case 'wrong-secret':
            return 'Wrong secret: nothing verifies with the configured secret, whatever the header, prefix or body form';
        case 'throws-when-missing':
            return `Throws on a missing header: a request without ${t.header} got ${t.status} instead of 401 (as the Python and PHP SDK READMEs do when the header is absent)`;
        case 'trailing-newline':
            return t.added
                ? 'Trailing newline: the delivery ended with a line break these bytes lack (the signature matches them with a newline added), so these are not the exact bytes that were signed'
                : 'Trailing newline: the body ends with a line break the delivery did not have (editors and echo add one; the signature matches it without), so these are not the exact bytes that were signed';
        case 'header-name':
            return `Header name in the value: the value starts with the header's name; the signature is only what follows "${_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNATURE_HEADER */ .D8}: ", sha256=<hex>`;
        case 'prefix-doubled':
            return 'Prefix doubled: the value is sha256=sha256=<hex>, as when code adds sha256= to a header value that already carries it';
        case 'secret-whitespace':
            return 'Blanks around the secret: the signature matches the secret without its surrounding spaces or line break, so the secret used carries characters the real one does not';
        case 'pretty-printed':
            return t.captured
                ? 'Pretty-printed body: the signature matches this body without its indentation, not these indented bytes: the body was parsed and pretty-printed before it was captured or hashed'
                : 'Pretty-printed body: the signature matches this body indented (JSON.stringify(body, null, 2)), not these bytes: what was signed was indented, and the body was parsed and written again before it was captured or hashed';
        case 'rewritten':
            return 'Body written again: the signature matches this body written as MONCRENEAU writes it (compact, non-ASCII as \\uXXXX, / as is), not these bytes: the body was parsed and written again in another form before it was captured or hashed';
    }
}
/** What to change in the application's code. */
function trapHint(t) {
    switch (t.trap) {
        case 'wrong-header':
            return `Read the signature from ${_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNATURE_HEADER */ .D8}, not ${_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .SDK_SIGNATURE_HEADER */ .aL}: Express req.get('X-Moncreneau-Signature'), Flask request.headers.get('X-Moncreneau-Signature'), PHP $_SERVER['HTTP_X_MONCRENEAU_SIGNATURE'], Java request.getHeader("X-Moncreneau-Signature").`;
        case 'prefix-kept':
            return "Strip the sha256= prefix before comparing: the header is sha256=<hex> and the HMAC is bare hex (JS signature.slice(7) after checking startsWith('sha256='), Python signature.removeprefix('sha256='), PHP substr($signature, 7), Java signature.substring(7)); compare in constant time.";
        case 'prefix-missing':
            return 'Compare the hex after sha256= with the HMAC, and capture the header value whole: a value without the prefix did not come from MONCRENEAU as is.';
        case 'reserialised':
            return REBUILT[t.form].hint;
        case 'wrong-secret':
            return 'Verify with the same secret as webhook-secret for this environment, byte for byte with its whsec_ prefix (staging and production secrets differ; Dashboard > Webhooks). Re-run once it matches: other traps can only be seen when something verifies.';
        case 'throws-when-missing':
            return `Answer 401 when ${t.header} is missing instead of failing: check it first (Python: if not signature: return 'Missing signature', 401 before hmac.compare_digest; PHP: $_SERVER['HTTP_\u2026'] ?? '' so no null reaches verifyWebhookSignature).`;
        case 'trailing-newline':
            return 'Hash the body exactly as received: no trimming, no newline added by a proxy, a log or a file save.';
        case 'header-name':
            return `Give the verifier (and verify --signature) the header's value only, sha256=<hex>: read it with the framework's header accessor (Express req.get('${_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNATURE_HEADER */ .D8}')), not from a raw "Name: value" line.`;
        case 'prefix-doubled':
            return 'Compare the header value as received with sha256= followed by the hex HMAC, or strip sha256= once and compare the hex: never prepend sha256= to the received value.';
        case 'secret-whitespace':
            return "Remove the spaces or line break around the webhook secret where it is set (a .env line, a secret pasted with its newline, echo without -n): the HMAC key is the secret's exact characters, whsec_ prefix included.";
        case 'pretty-printed':
        case 'rewritten':
            return RAW_BYTES_HINT;
    }
}


/***/ })

};
