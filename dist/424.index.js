export const id = 424;
export const ids = [424];
export const modules = {

/***/ 1424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  webhookCheck: () => (/* binding */ webhookCheck)
});

// EXTERNAL MODULE: ./src/domain/missing-inputs.ts
var missing_inputs = __webpack_require__(7536);
// EXTERNAL MODULE: ./src/domain/refusal.ts
var refusal = __webpack_require__(3844);
// EXTERNAL MODULE: ./src/domain/secrets.ts
var secrets = __webpack_require__(7513);
// EXTERNAL MODULE: ./src/domain/urls.ts
var urls = __webpack_require__(3012);
// EXTERNAL MODULE: ./src/engine/check.ts
var check = __webpack_require__(3326);
// EXTERNAL MODULE: ./src/http/http-client.ts + 2 modules
var http_client = __webpack_require__(1940);
// EXTERNAL MODULE: ./src/redact.ts + 2 modules
var redact = __webpack_require__(1436);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/http/network-error.ts
var network_error = __webpack_require__(137);
;// CONCATENATED MODULE: ./src/webhook/certificate.ts


/** The first certificate of the served chain, leaf first, whose validity has ended. */
function expiredLink(leaf, now) {
    let cert = leaf;
    for (let depth = 0; cert && depth < 10; depth++) {
        const validTo = dateOf(cert);
        if (validTo && validTo.getTime() < now.getTime())
            return { position: depth === 0 ? 'leaf' : 'intermediate', name: nameOf(cert.subject), validTo };
        const next = cert.issuerCertificate;
        cert = next && next !== cert && next.fingerprint256 !== cert.fingerprint256 ? next : undefined;
    }
    return undefined;
}
const DAY_MS = 86_400_000;
const shortText = (text, max = 120) => (text.length > max ? `${text.slice(0, max - 3)}...` : text);
function dateOf(cert) {
    const date = new Date(cert.valid_to);
    return Number.isNaN(date.getTime()) ? undefined : date;
}
function nameOf(fields) {
    return shortText(fields?.CN ? String(fields.CN) : fields?.O ? String(fields.O) : 'unnamed');
}
function verificationCode(error) {
    if (typeof error === 'string')
        return error;
    const code = error?.code;
    return typeof code === 'string' ? code : 'UNABLE_TO_VERIFY';
}
/**
 * What a completed TLS handshake showed of the certificate: valid (Node's verification, with the
 * extra CAs the connection trusted), or which problem it has. Read from a connection made with
 * `rejectUnauthorized: false`, so an invalid certificate can still be described. Never throws.
 */
function certificateOf(socket, url) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const cert = socket.getPeerCertificate(true);
    if (!cert || Object.keys(cert).length === 0)
        return { ok: false, kind: 'unreadable', message: 'the server sent no TLS certificate' };
    const validTo = dateOf(cert);
    const altNames = cert.subjectaltname ? shortText(cert.subjectaltname) : undefined;
    const invalid = (code) => {
        const message = (0,network_error/* classifyNetworkError */.L)({ code }, url.host, 0).message;
        const expired = code === 'CERT_HAS_EXPIRED' ? expiredLink(cert, new Date()) : undefined;
        return { ok: false, kind: 'invalid', code, message, validTo, altNames, ...(expired ? { expired } : {}) };
    };
    if (!socket.authorized)
        return invalid(verificationCode(socket.authorizationError));
    if ((0,external_node_tls_.checkServerIdentity)(host, cert) !== undefined)
        return invalid('ERR_TLS_CERT_ALTNAME_INVALID');
    if (!validTo)
        return { ok: false, kind: 'unreadable', message: 'the TLS certificate\u2019s expiry date could not be read' };
    return { ok: true, validTo, subject: nameOf(cert.subject), issuer: nameOf(cert.issuer) };
}
/** No handshake completed: the certificate is unread for the reason the connections failed. */
function unreadCertificate(reason) {
    return { ok: false, kind: 'unreadable', message: reason };
}
const day = (date) => date.toISOString().slice(0, 10);
/** Pure verdict on what was read: invalid or unreadable fails, expiring within `warnDays` warns. */
function judgeCertificate(read, now, warnDays = 14) {
    if (read.ok) {
        const leftMs = read.validTo.getTime() - now.getTime();
        // Counted as a person would: a certificate ending in 6 days and 23 hours ends "in 7 days".
        const days = Math.ceil(leftMs / DAY_MS);
        const data = { validTo: read.validTo.toISOString(), daysLeft: days, issuer: read.issuer };
        if (leftMs < warnDays * DAY_MS) {
            const when = leftMs < DAY_MS ? 'within a day' : `in ${days} days`;
            return {
                status: 'warn',
                invalid: false,
                text: `the TLS certificate expires on ${day(read.validTo)} (${when})`,
                hint: `Renew the webhook endpoint\u2019s certificate before ${day(read.validTo)}: after that, every MONCRENEAU delivery fails its TLS handshake.`,
                data
            };
        }
        return { status: 'pass', invalid: false, text: `TLS certificate for ${read.subject} valid until ${day(read.validTo)}, issued by ${read.issuer}`, data };
    }
    if (read.kind === 'unreadable') {
        return { status: 'fail', invalid: false, text: `the TLS certificate could not be checked: ${read.message}`, data: {} };
    }
    const data = { code: read.code, ...(read.validTo ? { validTo: read.validTo.toISOString() } : {}) };
    if (read.code === 'CERT_HAS_EXPIRED' && read.expired?.position === 'intermediate') {
        return {
            status: 'fail',
            invalid: true,
            text: `the TLS certificate chain has an expired intermediate certificate, ${read.expired.name} (on ${day(read.expired.validTo)})`,
            hint: 'Serve the current intermediate certificate from your certificate authority with the endpoint\u2019s certificate: the leaf itself is still valid.',
            data: { ...data, expiredIntermediate: read.expired.name, expiredOn: read.expired.validTo.toISOString() }
        };
    }
    if (read.code === 'CERT_HAS_EXPIRED') {
        return {
            status: 'fail',
            invalid: true,
            text: `${read.message}${read.validTo ? ` (on ${day(read.validTo)})` : ''}`,
            hint: 'Renew the webhook endpoint\u2019s certificate: MONCRENEAU refuses to deliver to an expired one.',
            data
        };
    }
    if (read.code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
        return {
            status: 'fail',
            invalid: true,
            text: `${read.message} (it is for ${read.altNames ?? 'other names'})`,
            hint: 'Serve a certificate that covers the host in webhook-url, or correct webhook-url\u2019s host.',
            data
        };
    }
    return {
        status: 'fail',
        invalid: true,
        text: read.message,
        hint: 'Serve a certificate from a public certificate authority with its full chain: MONCRENEAU verifies it as a browser would.',
        data
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/webhook/body-forms.ts
var body_forms = __webpack_require__(5443);
;// CONCATENATED MODULE: ./src/webhook/probe-event.ts
/**
 * The test event the gate delivers: a realistic `appointment.created`, clearly marked as a
 * gate test. Pure given its id and time, so tests can pin every byte.
 */


const PROBE_EVENT_TYPE = 'appointment.created';
/**
 * Test appointments get ids from 999000000 to 999999999, each event its own (and its own
 * slot), so an idempotency key on the appointment or the slot cannot make a forgery look
 * rejected; apps recognise the gate's events by `gateTest: true`.
 */
const GATE_TEST_APPOINTMENT_IDS = 999_000_000;
const GATE_TEST_NAME = 'Test de déploiement / MONCRENEAU deploy gate - not a real appointment';
/** `evt_gate_` and 24 random hex digits: unique per run, recognisable in the app's logs. */
function newEventId() {
    return `evt_gate_${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`;
}
/** A random secret in the real format, for the forgery probe; never the configured one. */
function forgedSecret() {
    return `whsec_gate_forged_${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
}
const seconds = (date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
/**
 * The event as a value. Its name holds non-ASCII and `/`, so its wire bytes differ from every
 * re-serialisation of it (see body-forms): a verifier that hashes a rebuilt body is caught.
 */
function testEvent(id, created, creditsUsed = 1) {
    // Derived from the event id, so the event stays pure given its id and time.
    const n = parseInt((0,external_node_crypto_.createHash)('sha256').update(id).digest('hex').slice(0, 8), 16) % 1_000_000;
    const appointment = new Date(created.getTime() + 24 * 3_600_000 + (n % 1440) * 60_000);
    return {
        id,
        type: PROBE_EVENT_TYPE,
        created: seconds(created),
        data: {
            object: {
                id: GATE_TEST_APPOINTMENT_IDS + n,
                departmentId: 0,
                dateTime: appointment.toISOString().slice(0, 19),
                status: 'SCHEDULED',
                name: GATE_TEST_NAME,
                qrCode: `GATE-TEST-${id}`,
                creditsUsed,
                gateTest: true
            }
        }
    };
}
/** The event's bytes as MONCRENEAU-style wire JSON, or in another form (see body-forms). */
function eventBody(id, created, form = 'wire') {
    return (0,body_forms/* writeBody */.Oy)(testEvent(id, created), form);
}
/** The same event with one value changed, still valid JSON: sent with the original's signature. */
function tamperedBody(id, created) {
    return (0,body_forms/* writeBody */.Oy)(testEvent(id, created, 100), 'wire');
}

// EXTERNAL MODULE: ./src/webhook/signature.ts
var signature = __webpack_require__(7047);
;// CONCATENATED MODULE: ./src/webhook/deliveries.ts


/** One of the four first-round probes, as a fresh event. */
function probeDelivery(name, secret, created) {
    const id = newEventId();
    const body = eventBody(id, created);
    switch (name) {
        case 'genuine':
            return { body, signatures: { [signature/* SIGNATURE_HEADER */.D8]: (0,signature/* sign */._S)(secret, body) } };
        case 'wrong-secret':
            return { body, signatures: { [signature/* SIGNATURE_HEADER */.D8]: (0,signature/* sign */._S)(forgedSecret(), body) } };
        case 'no-signature':
            return { body, signatures: {} };
        case 'tampered-body':
            return { body: tamperedBody(id, created), signatures: { [signature/* SIGNATURE_HEADER */.D8]: (0,signature/* sign */._S)(secret, body) } };
    }
}
/** A diagnosis variant (correctly signed unless forged), as a fresh event. */
function variantDelivery(variant, secret, created) {
    const body = eventBody(newEventId(), created, variant.body);
    const value = (variant.format === 'prefixed' ? signature/* SIGNATURE_PREFIX */.cI : '') + (0,signature/* hmacHex */.tH)(variant.forged ? forgedSecret() : secret, body);
    const signatures = {};
    if (variant.placement !== 'sdk')
        signatures[signature/* SIGNATURE_HEADER */.D8] = value;
    if (variant.placement !== 'moncreneau')
        signatures[signature/* SDK_SIGNATURE_HEADER */.aL] = value;
    return { body, signatures };
}
/** The headers MONCRENEAU sends with a delivery. */
function deliveryHeaders(delivery, userAgent) {
    return { 'content-type': 'application/json', 'user-agent': userAgent, [signature/* EVENT_HEADER */.rf]: PROBE_EVENT_TYPE, ...delivery.signatures };
}

;// CONCATENATED MODULE: ./src/webhook/answer.ts
/**
 * Answers about load or repetition, not about the signature: a handler that verifies nothing
 * answers them too, so they never count as a rejection. Retried once; "could not tell" after.
 */
const LOAD_STATUSES = [408, 409, 423, 425, 429, 503];
const answered = (a) => a.kind === 'answered';
/** Answered with a status in [low, low + 100). */
const inClass = (a, low) => a.kind === 'answered' && a.status >= low && a.status < low + 100;
const accepted = (a) => inClass(a, 200);
const aboutLoad = (a) => a.kind === 'answered' && LOAD_STATUSES.includes(a.status);
/** A 5xx that is a crash, not a "busy". */
const crashed = (a) => inClass(a, 500) && !aboutLoad(a);
/** A 4xx that may be about the signature. */
const refused = (a) => inClass(a, 400) && !aboutLoad(a);

// EXTERNAL MODULE: ./src/webhook/traps.ts
var traps = __webpack_require__(1541);
;// CONCATENATED MODULE: ./src/webhook/genuine-problem.ts



/** The ways a verifier never matches, when the differential diagnosis could not narrow them. */
const NEVER_MATCHES_HINTS = [
    'Wrong secret: the application must verify with the same secret as webhook-secret, for this environment (staging and production secrets differ; see Dashboard > Webhooks).',
    'Wrong header: MONCRENEAU sends X-Moncreneau-Signature; verifiers that read X-Webhook-Signature never see it.',
    'Prefix not stripped: the header is sha256=<hex>; compare the hex after sha256=, not the whole header, with your HMAC.',
    'Re-serialised JSON: hash the raw request bytes as received, not JSON.stringify of the parsed body (JSON middleware often replaces the body before the verifier runs).'
];
const TEST_EVENT_NOTE = 'If the application validates the event\u2019s content, let the gate\u2019s test event through with a 2xx: it is marked data.object.gateTest: true (appointment ids 999000000 to 999999999).';
const NETWORK_HINTS = {
    timeout: 'MONCRENEAU expects an answer within 5 seconds: acknowledge with a 2xx at once and do the work in the background.',
    refused: 'Nothing listens at webhook-url: check its host and port, and that the application is deployed and running.',
    tls: 'The TLS handshake failed: serve a valid certificate from a public authority with its full chain.',
    dns: 'Check the host in webhook-url: it does not resolve.',
    reset: 'The endpoint closed the connection without answering: read the application\u2019s logs and those of any proxy in front of it.',
    'too-large': 'Answer webhooks with a short body: the answer exceeded the gate\u2019s size limit.',
    aborted: 'The run reached timeout-seconds before the endpoint answered: raise it, or find why the endpoint is slow.'
};
const ms = (timeMs) => `${Math.round(timeMs)} ms`;
const BODY_LABELS = {
    wire: 'raw body as MONCRENEAU writes it',
    compact: 'body written as JSON.stringify does',
    python: 'body written as json.dumps does',
    php: 'body written as json_encode does'
};
/** One detail line per variant: what it was, what came back. */
function variantLine(a) {
    const { format, body, placement } = a.variant;
    const value = format === 'prefixed' ? 'sha256=<hex>' : 'bare hex';
    const where = placement === 'both'
        ? `${signature/* SIGNATURE_HEADER */.D8} and ${signature/* SDK_SIGNATURE_HEADER */.aL}`
        : placement === 'sdk'
            ? `${signature/* SDK_SIGNATURE_HEADER */.aL} only`
            : `${signature/* SIGNATURE_HEADER */.D8} only`;
    const got = a.kind === 'failed' ? `no answer, ${a.failure.message}` : `${a.status} in ${ms(a.timeMs)}`;
    return `${a.variant.forged ? 'Forged variant, wrong secret' : 'Signed variant'} (${value} in ${where}, ${BODY_LABELS[body]}): ${got}`;
}
function diagnosed(genuine, d) {
    const { status } = genuine;
    const took = ms(genuine.timeMs);
    const what = status >= 500 ? `failed with ${status} in ${took}` : `was rejected (${status} in ${took})`;
    const variants = d.variants.map(variantLine);
    const { finding } = d;
    if (finding.kind === 'accepts-forged') {
        return {
            status: 'fail',
            summary: `the correctly signed test event ${what}, and a forged one carrying ${signature/* SDK_SIGNATURE_HEADER */.aL} was accepted (${finding.status}): the endpoint does not verify the signature it reads`,
            details: variants,
            hints: [
                (0,traps/* trapHint */.DO)({ trap: 'wrong-header' }),
                'Then verify it: the hex HMAC-SHA256 of the raw body, keyed with the webhook secret, compared in constant time; answer 401 on a missing or wrong signature.'
            ]
        };
    }
    if (finding.kind === 'all-crashed') {
        const signed = d.variants.filter((v) => !v.variant.forged).length;
        return {
            status: 'fail',
            summary: `the endpoint answered ${status} to every request, the signed test event and ${signed} correctly signed variants included`,
            details: variants,
            hints: [
                'The webhook handler fails before it verifies anything, whatever the signature header or body: read the application\u2019s logs from this run (a missing setting such as the webhook secret, a failed start-up).'
            ]
        };
    }
    if (finding.kind === 'inconclusive') {
        return {
            status: 'fail',
            summary: `the correctly signed test event ${what}; the diagnosis could not tell why: ${finding.why}`,
            details: variants,
            hints: [...NEVER_MATCHES_HINTS, ...(status === 400 ? [TEST_EVENT_NOTE] : [])]
        };
    }
    if (finding.traps.length === 0) {
        return {
            status: 'fail',
            summary: `the correctly signed test event ${what}, but the same kind of event sent again was accepted: the endpoint does not answer consistently`,
            details: variants,
            hints: ['Read the application\u2019s logs for this run: a verifier that matches must accept every correctly signed delivery. ' + TEST_EVENT_NOTE]
        };
    }
    const names = finding.traps.map(traps/* trapShort */.um).join(', ');
    const count = finding.traps.length === 1 ? '1 verifier trap' : `${finding.traps.length} verifier traps`;
    const sdk = finding.sdk ? [`This is the verifier of ${finding.sdk}, as written: make the changes above in the application.`] : [];
    return {
        status: 'fail',
        summary: `the correctly signed test event ${what}: ${count} found: ${names}`,
        details: [...finding.traps.map(traps/* trapLine */.Az), ...variants],
        hints: [...finding.traps.map(traps/* trapHint */.DO), ...sdk]
    };
}
/** The verdict when the genuine event was not accepted and no forgery was either. */
function genuineProblem(genuine, forged, differential) {
    if (genuine.kind === 'failed') {
        return {
            status: 'fail',
            summary: `the signed test event got no answer: ${genuine.failure.message}`,
            hints: [NETWORK_HINTS[genuine.failure.kind] ?? 'Check that the runner can reach webhook-url, as MONCRENEAU must.']
        };
    }
    const { status } = genuine;
    const took = ms(genuine.timeMs);
    if (status >= 300 && status < 400) {
        return {
            status: 'fail',
            summary: `the signed test event was answered ${status}, a redirect${genuine.location ? ` to ${genuine.location}` : ''}, in ${took}: MONCRENEAU does not follow redirects`,
            hints: ['Register the final URL (where the redirect points: https, trailing slash, www) as webhook-url and in Dashboard > Webhooks.']
        };
    }
    if (status === 404 || status === 405) {
        return {
            status: 'fail',
            summary: `the signed test event was answered ${status} in ${took}: ${status === 404 ? 'no route at webhook-url\u2019s path' : 'the route does not accept POST'}`,
            hints: [
                status === 404
                    ? 'Check webhook-url\u2019s path against the route the application serves.'
                    : 'MONCRENEAU delivers with POST: the route at webhook-url must accept POST.'
            ]
        };
    }
    if (status === 401 && genuine.challenge) {
        return {
            status: 'fail',
            summary: `the signed test event was answered 401 with a WWW-Authenticate: ${genuine.challenge} challenge in ${took}: the endpoint asks for HTTP authentication, which MONCRENEAU does not send`,
            hints: [
                'Exempt the webhook route from HTTP authentication (basic auth, an SSO or identity proxy) on this environment: MONCRENEAU authenticates its deliveries with X-Moncreneau-Signature only.'
            ]
        };
    }
    if (aboutLoad(genuine)) {
        return {
            status: 'fail',
            summary: status === 429
                ? `the signed test event was rate limited (429 in ${took}${genuine.earlier ? ', again when retried' : ''})`
                : `the signed test event was answered ${status} in ${took}${genuine.earlier ? ', again when retried' : ''}: an answer about load or repetition, so the gate could not tell whether it verifies`,
            hints: [
                'Let MONCRENEAU\u2019s deliveries through the endpoint\u2019s rate limiter, locks and duplicate detection: each delivery has its own event id and must get a 2xx once verified; a refused delivery is a lost event.'
            ]
        };
    }
    if (differential && (inClass(genuine, 400) || crashed(genuine)))
        return diagnosed(genuine, differential);
    if (status >= 500) {
        if (forged.every((a) => inClass(a, 500))) {
            return {
                status: 'fail',
                summary: `the endpoint answered ${status} to every request, the signed test event included (in ${took})`,
                hints: [
                    'The webhook handler fails before it verifies anything: read the application\u2019s logs from this run (a missing setting such as the webhook secret, a failed start-up).'
                ]
            };
        }
        return {
            status: 'fail',
            summary: `the endpoint failed on the signed test event: ${status} in ${took}`,
            hints: ['The signature was accepted but handling the event failed: read the application\u2019s logs. ' + TEST_EVENT_NOTE]
        };
    }
    if (status >= 400 && forged.every((a) => inClass(a, 400))) {
        return {
            status: 'fail',
            summary: `the correctly signed test event was rejected (${status} in ${took}), like the forged ones: the endpoint\u2019s signature check never matches a real delivery`,
            hints: status === 401 || status === 403 ? NEVER_MATCHES_HINTS : [...NEVER_MATCHES_HINTS, TEST_EVENT_NOTE]
        };
    }
    return {
        status: 'fail',
        summary: `the correctly signed test event was not accepted: ${status} in ${took}`,
        hints: status >= 400 ? [...NEVER_MATCHES_HINTS, TEST_EVENT_NOTE] : ['Answer a delivery with a 2xx status once it is verified.']
    };
}

;// CONCATENATED MODULE: ./src/webhook/diagnosis.ts





/** What each probe is, as the details list it. */
const PROBE_LABELS = {
    genuine: 'signed test event',
    'wrong-secret': 'forged: signed with a wrong secret',
    'no-signature': 'forged: no signature header',
    'tampered-body': 'forged: body altered after signing'
};
const FORGERY_HINTS = {
    'wrong-secret': 'An event signed with another secret was accepted: the computed HMAC is not compared with the header. Compare them in constant time and answer 401 when they differ.',
    'no-signature': 'An event without X-Moncreneau-Signature was accepted: a missing header must be answered 401, not skip verification.',
    'tampered-body': 'An altered body carrying the original\u2019s signature was accepted: hash the raw body of this request, not a stored or rebuilt payload.'
};
/** MONCRENEAU's delivery timeout, from the guide: the endpoint must answer within 5 seconds. */
const DELIVERY_LIMIT_MS = 5_000;
const diagnosis_ms = (timeMs) => `${Math.round(timeMs)} ms`;
const SHORT = {
    genuine: 'genuine',
    'wrong-secret': 'wrong secret',
    'no-signature': 'no signature',
    'tampered-body': 'altered body'
};
const forgery = (a) => SHORT[a.name];
function answerText(a) {
    if (a.kind === 'failed')
        return `no answer, ${a.failure.message} (after ${diagnosis_ms(a.timeMs)})`;
    const redirect = a.location !== undefined && a.status >= 300 && a.status < 400 ? ` to ${a.location}` : '';
    return `${a.status}${redirect} in ${diagnosis_ms(a.timeMs)}`;
}
/** One detail line per probe: what it was, what came back, how long it took. */
function probeLine(a) {
    const what = PROBE_LABELS[a.name];
    const label = what.charAt(0).toUpperCase() + what.slice(1);
    const retry = a.earlier ? `${answerText(a.earlier)}, then retried with a fresh event id: ` : '';
    return `${label}: ${retry}${answerText(a)}`;
}
/** The probes answered about load or repetition: retried once, each as a fresh event. */
function probesToRetry(genuine, forged) {
    if (forged.some(accepted))
        return [];
    if (!accepted(genuine) && !aboutLoad(genuine))
        return [];
    return [genuine, ...forged].filter((a) => aboutLoad(a) && !a.earlier).map((a) => a.name);
}
/** Whether the differential diagnosis can tell more: the genuine event was refused or crashed. */
function needsDifferential(genuine, forged) {
    if (forged.some(accepted) || (answered(genuine) && genuine.challenge))
        return false;
    return (refused(genuine) && ![404, 405].includes(genuine.status)) || crashed(genuine);
}
function acceptedForgeries(genuine, forged, details) {
    const list = forged.filter(accepted);
    const names = list.map((a) => `${forgery(a)} (${a.status})`).join(', ');
    const all = list.length === forged.length;
    const genuineNote = accepted(genuine) ? '' : `; and the signed test event was not accepted (${answerText(genuine)})`;
    // Rejecting the genuine event while accepting forgeries is a verdict the wrong way round.
    const inverted = all && inClass(genuine, 400) && !aboutLoad(genuine);
    return {
        status: 'fail',
        summary: `the endpoint accepts forged webhooks: ${names}${genuineNote}`,
        details,
        hints: inverted
            ? [
                'The verifier\u2019s answer is inverted: the correctly signed event was rejected and every forgery accepted. Check the comparison (accept when the signatures are equal, answer 401 when they differ).'
            ]
            : all
                ? [
                    'The endpoint accepts anything: X-Moncreneau-Signature is not verified. Verify the hex HMAC-SHA256 of the raw body, keyed with the webhook secret, and answer 401 on a missing or wrong signature.'
                ]
                : list.map((a) => FORGERY_HINTS[a.name])
    };
}
/** The verdict once the genuine event was accepted: are the forgeries rejected, for their signature? */
function forgeriesJudged(genuine, forged, details) {
    const accepting = `accepted the signed test event in ${diagnosis_ms(genuine.timeMs)} (${genuine.status})`;
    const unanswered = forged.filter((a) => a.kind === 'failed');
    if (unanswered.length > 0) {
        const list = unanswered.map((a) => `${forgery(a)}: ${a.failure.message}`).join('; ');
        return {
            status: 'fail',
            summary: `${accepting}, but could not tell whether it rejects forged ones: ${list}`,
            details,
            hints: ['Every forged probe must be answered with a 4xx; re-run, and read the endpoint\u2019s logs if it persists.']
        };
    }
    // A lock, a rate limit or a duplicate check answers these whether or not it verifies.
    const aside = forged.filter(aboutLoad);
    if (aside.length > 0) {
        return {
            status: 'fail',
            summary: `${accepting}, but could not tell whether it rejects forged ones: ${aside.map((a) => `${forgery(a)} got ${a.status}${a.earlier ? ' twice' : ''}`).join(', ')}, an answer about load or repetition, not the signature`,
            details,
            hints: ['Verify the signature first, before locking, de-duplicating or rate limiting: a forged event must get 401 whatever its id or timing.']
        };
    }
    const unclean = forged.filter((a) => answered(a) && !inClass(a, 400));
    if (unclean.length > 0) {
        const list = unclean.map((a) => `${forgery(a)} got ${a.status}`).join(', ');
        const crashes = unclean.filter((a) => inClass(a, 500));
        const missing = crashes.find((a) => a.name === 'no-signature');
        return {
            status: 'warn',
            summary: `${accepting}; forged ones were not rejected with a 4xx: ${list}${crashes.length > 0 ? ' (rejected by crashing)' : ''}`,
            details,
            hints: [
                missing
                    ? (0,traps/* trapHint */.DO)({ trap: 'throws-when-missing', header: signature/* SIGNATURE_HEADER */.D8, status: missing.status })
                    : crashes.length > 0
                        ? 'Answer 401 to a wrong signature instead of failing: a verifier that throws (timingSafeEqual on buffers of different lengths, a hex decode of a bad value) answers 500.'
                        : 'Answer 401 to a missing or wrong signature at the webhook URL itself.'
            ]
        };
    }
    const statuses = forged.map((a) => a.status).join(', ');
    const summary = `${accepting}; rejected the ${forged.length} forged ones (${statuses})`;
    // MONCRENEAU gives up after 5 s, whatever webhook-timeout-ms says; close to it, the internet tips it over.
    if (genuine.timeMs > DELIVERY_LIMIT_MS) {
        return {
            status: 'fail',
            summary: `${summary}, but ${diagnosis_ms(genuine.timeMs)} is past MONCRENEAU\u2019s 5 s delivery limit`,
            details,
            hints: [NETWORK_HINTS.timeout]
        };
    }
    if (genuine.timeMs > DELIVERY_LIMIT_MS * 0.8) {
        return { status: 'warn', summary: `${summary}, close to MONCRENEAU\u2019s 5 s delivery limit`, details, hints: [NETWORK_HINTS.timeout] };
    }
    return { status: 'pass', summary, details, hints: [] };
}
/** The verdict on one genuine and three forged answers, and the differential diagnosis if it ran. */
function diagnose(genuine, forged, differential) {
    const details = [genuine, ...forged].map(probeLine);
    if (answered(genuine) && !accepted(genuine) && genuine.body)
        details.push(`Answer to the signed test event: ${JSON.stringify(genuine.body)}`);
    if (forged.some(accepted))
        return acceptedForgeries(genuine, forged, details);
    if (!accepted(genuine)) {
        const verdict = genuineProblem(genuine, forged, differential);
        return { status: verdict.status, summary: verdict.summary, hints: verdict.hints, details: [...details, ...(verdict.details ?? [])] };
    }
    return forgeriesJudged(genuine, forged, details);
}

;// CONCATENATED MODULE: ./src/webhook/differential.ts
/**
 * The differential diagnosis: when the genuine event is not accepted, correctly signed
 * variants (each a fresh test event) that differ in where the signature is, how it is written
 * and how the body is serialised tell which verifier trap applies. Which variants to send, and
 * what their answers mean, are pure functions here; sending them is the check's job.
 */



const FORMATS = ['prefixed', 'bare'];
const BODIES = ['wire', ...body_forms/* RESERIALISED_FORMS */.b$];
/**
 * First round: every format and body form, in both headers, so the header cannot hide them;
 * and one forgery in both headers, since the round-one forgeries never carried the SDK header.
 */
const FIRST_VARIANTS = [
    ...FORMATS.flatMap((format) => BODIES.map((body) => ({ format, body, placement: 'both' }))),
    { format: 'bare', body: 'wire', placement: 'both', forged: true }
];
/** Second round, only when something verified: that variant in each header alone. */
function secondVariants(first) {
    const ok = first.filter((a) => accepted(a) && !a.variant.forged).map((a) => a.variant);
    // The closest to the real delivery: prefixed before bare, the wire body before the others.
    const best = ok.find((v) => v.format === 'prefixed' && v.body === 'wire') ?? ok.find((v) => v.format === 'prefixed') ?? ok.find((v) => v.body === 'wire') ?? ok[0];
    return best
        ? [
            { ...best, placement: 'moncreneau' },
            { ...best, placement: 'sdk' }
        ]
        : [];
}
const carriesHeader = (placement, header) => placement === 'both' || placement === header;
/** The header the verifier reads, when the answers show it. */
function headerRead(genuine, noSignature, first, second) {
    const [m, s] = [second.find((a) => a.variant.placement === 'moncreneau'), second.find((a) => a.variant.placement === 'sdk')];
    const told = (a) => accepted(a) || refused(a) || crashed(a);
    if (m && s && told(m) && told(s) && accepted(m) !== accepted(s))
        return accepted(m) ? 'moncreneau' : 'sdk';
    if (m && s)
        return undefined;
    // Nothing verified: a crash that the SDK header's presence turns into a 4xx shows it is read.
    if (crashed(genuine) && first.length > 0 && first.every(refused))
        return 'sdk';
    if (refused(genuine) && noSignature && crashed(noSignature))
        return 'moncreneau';
    return undefined;
}
function throwsWhenMissing(read, probes, first, second) {
    const all = [
        ...probes.map((p) => ({ answer: p.answer, placement: p.carries })),
        ...[...first, ...second].map((a) => ({ answer: a, placement: a.variant.placement }))
    ];
    const without = all.filter((x) => !carriesHeader(x.placement, read) && crashed(x.answer));
    const withIt = all.some((x) => carriesHeader(x.placement, read) && (refused(x.answer) || accepted(x.answer)));
    const crash = without[0]?.answer;
    if (!crash || !withIt || crash.kind !== 'answered')
        return undefined;
    return { trap: 'throws-when-missing', header: read === 'sdk' ? signature/* SDK_SIGNATURE_HEADER */.aL : signature/* SIGNATURE_HEADER */.D8, status: crash.status };
}
/** The official SDK README whose verifier, as written, has exactly these traps. */
function sdkMatch(traps) {
    const key = traps
        .map((t) => (t.trap === 'reserialised' ? `reserialised:${t.form}` : t.trap))
        .sort()
        .join(' ');
    const SDKS = {
        'prefix-kept reserialised:compact wrong-header': 'the Node SDK README (@moncreneau/api behind express.json())',
        'prefix-kept reserialised:python throws-when-missing wrong-header': 'the Python SDK README (Flask request.json)',
        'prefix-kept throws-when-missing wrong-header': "the PHP SDK README ($_SERVER['HTTP_X_WEBHOOK_SIGNATURE'])",
        'prefix-kept wrong-header': 'the Java SDK README (request.getHeader("X-Webhook-Signature"))'
    };
    return SDKS[key];
}
/** What the variants' answers mean, given the round-one probes (genuine first). */
function findTraps(probes, sentFirst, second) {
    const forgery = sentFirst.find((a) => a.variant.forged);
    if (forgery?.kind === 'answered' && accepted(forgery))
        return { kind: 'accepts-forged', status: forgery.status };
    const first = sentFirst.filter((a) => !a.variant.forged);
    const genuine = probes[0].answer;
    const noSignature = probes.find((p) => p.carries === 'none')?.answer;
    const ok = first.filter(accepted).map((a) => a.variant);
    const traps = [];
    const read = headerRead(genuine, noSignature, first, second);
    if (ok.length === 0) {
        const unclear = first.filter((a) => a.kind === 'failed' || aboutLoad(a)).length;
        if (unclear > 0)
            return { kind: 'inconclusive', why: `${unclear} of the ${first.length} correctly signed variants got no answer or an answer about load` };
        if (first.every(crashed))
            return { kind: 'all-crashed' };
        if (!first.every((a) => inClass(a, 400) || crashed(a)))
            return { kind: 'inconclusive', why: 'the correctly signed variants got answers that are neither an acceptance nor a rejection' };
        // Variants refused differently from the test event: their extra header may be the cause.
        const status = (x) => (x.kind === 'answered' ? x.status : 0);
        if (refused(genuine) && first.some((x) => status(x) !== status(genuine))) {
            return {
                kind: 'inconclusive',
                why: `the signed variants (which also carry ${signature/* SDK_SIGNATURE_HEADER */.aL}) were answered ${[...new Set(first.map(status))].join(', ')} where the test event got ${status(genuine)}`
            };
        }
        if (read === 'sdk')
            traps.push({ trap: 'wrong-header' });
        traps.push({ trap: 'wrong-secret' });
    }
    else {
        if (read === 'sdk')
            traps.push({ trap: 'wrong-header' });
        if (!ok.some((v) => v.format === 'prefixed'))
            traps.push({ trap: 'prefix-kept' });
        if (!ok.some((v) => v.body === 'wire')) {
            const forms = body_forms/* RESERIALISED_FORMS */.b$.filter((form) => ok.some((v) => v.body === form));
            for (const form of forms)
                traps.push({ trap: 'reserialised', form });
        }
    }
    const thrown = read ? throwsWhenMissing(read, probes, first, second) : undefined;
    if (thrown)
        traps.push(thrown);
    const sdk = ok.length > 0 ? sdkMatch(traps) : undefined;
    return { kind: 'traps', traps, ...(sdk ? { sdk } : {}) };
}

// EXTERNAL MODULE: ./src/http/proxy-rules.ts
var proxy_rules = __webpack_require__(8506);
;// CONCATENATED MODULE: ./src/webhook/behind-proxy.ts
/**
 * The webhook check connects directly, never through a proxy (its address rules must hold for
 * the connection made). When the endpoint could not be reached and the runner has a proxy for
 * it, say so: on a runner whose only way out is the proxy, that is the reason. Pure.
 */

/** Network failures a missing direct route produces. */
const UNREACHABLE = new Set(['timeout', 'refused', 'dns', 'reset']);
function behindProxyHint(url, proxy, genuine) {
    if (!proxy || genuine?.kind !== 'failed' || !UNREACHABLE.has(genuine.failure.kind))
        return undefined;
    let proxied;
    try {
        proxied = (0,proxy_rules/* proxyFor */.iJ)(url, proxy) !== undefined;
    }
    catch {
        proxied = true; // a proxy variable is set, even if unreadable
    }
    if (!proxied)
        return undefined;
    const variable = url.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY';
    return `${variable} is set, but the webhook check connects directly, never through the proxy, so that its address rules hold for the connection made: if this runner reaches the internet only through the proxy, allow it direct access to ${url.host}, or run the webhook check from a runner that has it (checks: config,api,credits here).`;
}

// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(1553);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./src/engine/timing.ts
var timing = __webpack_require__(3310);
// EXTERNAL MODULE: ./node_modules/ipaddr.js/lib/ipaddr.js
var ipaddr = __webpack_require__(8280);
var ipaddr_default = /*#__PURE__*/__webpack_require__.n(ipaddr);
;// CONCATENATED MODULE: ./src/webhook/address-rules.ts
/**
 * Is an IP address one the public internet can reach? The webhook probes must not be turned
 * against the runner's own network (loopback, private ranges, the cloud metadata service).
 * Pure: strings in, a verdict out.
 *
 * ipaddr.js parses the address and knows the IANA special-purpose registries (its `range()`);
 * the tables below name each range in an engineer's words and add what ipaddr.js lacks.
 * Every special-purpose entry is refused, even those IANA marks globally reachable: they are
 * anycast services answered by the nearest operator (PCP, TURN, AS112, AMT) or identifiers
 * that are not locators (ORCHID, drone tags), never a merchant's webhook server.
 */


const PUBLIC = { public: true, label: 'public' };
const range = (label) => ({ public: false, label });
/** Most specific first: the first match names the address. */
const V4_RULES = [
    ['169.254.169.254/32', 'cloud metadata service'],
    ['0.0.0.0/32', 'unspecified'],
    ['0.0.0.0/8', 'reserved ("this network", 0.0.0.0/8)'],
    ['10.0.0.0/8', 'private (10.0.0.0/8)'],
    ['100.64.0.0/10', 'CGNAT shared address space (100.64.0.0/10)'],
    ['127.0.0.0/8', 'loopback'],
    ['169.254.0.0/16', 'link-local'],
    ['172.16.0.0/12', 'private (172.16.0.0/12)'],
    // Holds DS-Lite, the dummy address, PCP and TURN anycast, NAT64 discovery.
    ['192.0.0.0/24', 'reserved (IETF protocol assignments)'],
    ['192.0.2.0/24', 'documentation (TEST-NET-1)'],
    ['192.31.196.0/24', 'AS112 DNS sink (192.31.196.0/24)'],
    ['192.52.193.0/24', 'AMT relay anycast (192.52.193.0/24)'],
    ['192.88.99.0/24', '6to4 relay anycast (192.88.99.0/24, deprecated)'],
    ['192.168.0.0/16', 'private (192.168.0.0/16)'],
    ['192.175.48.0/24', 'AS112 DNS sink (192.175.48.0/24)'],
    ['198.18.0.0/15', 'benchmarking (198.18.0.0/15)'],
    ['198.51.100.0/24', 'documentation (TEST-NET-2)'],
    ['203.0.113.0/24', 'documentation (TEST-NET-3)'],
    ['224.0.0.0/4', 'multicast'],
    ['240.0.0.0/4', 'reserved (240.0.0.0/4, broadcast)']
];
const V6_RULES = [
    ['::/128', 'unspecified'],
    ['::1/128', 'loopback'],
    // Deprecated and not routed: never public, whatever it embeds.
    ['::/96', 'reserved (IPv4-compatible IPv6, deprecated)'],
    ['64:ff9b:1::/48', 'local-use NAT64 (64:ff9b:1::/48)'],
    ['100::/64', 'discard-only (100::/64)'],
    // RFC 9780; not in ipaddr.js 2.5.
    ['100:0:0:1::/64', 'dummy prefix (100:0:0:1::/64)'],
    ['2001::/32', 'Teredo (2001::/32)'],
    ['2001:2::/48', 'benchmarking (2001:2::/48)'],
    ['2001:3::/32', 'AMT relay anycast (2001:3::/32)'],
    ['2001:4:112::/48', 'AS112 DNS sink (2001:4:112::/48)'],
    ['2001:10::/28', 'ORCHID (2001:10::/28, deprecated)'],
    ['2001:20::/28', 'ORCHIDv2 (2001:20::/28)'],
    ['2001:30::/28', 'drone remote ID tags (2001:30::/28)'],
    // Holds PCP, TURN and DNS-SD SRP anycast (2001:1::1 to ::3).
    ['2001::/23', 'reserved (IETF protocol assignments, 2001::/23)'],
    ['2001:db8::/32', 'documentation (2001:db8::/32)'],
    ['2620:4f:8000::/48', 'AS112 DNS sink (2620:4f:8000::/48)'],
    ['3fff::/20', 'documentation (3fff::/20)'],
    ['5f00::/16', 'SRv6 segment identifiers (5f00::/16)'],
    ['fc00::/7', 'unique local (fc00::/7)'],
    ['fe80::/10', 'link-local (fe80::/10)'],
    ['fec0::/10', 'site-local (fec0::/10)'],
    ['ff00::/8', 'multicast']
];
/** IPv6 prefixes that carry an IPv4 address, judged by that address. */
const EMBEDDING = [
    ['::ffff:0:0/96', 'IPv4-mapped', (v6) => v6.toByteArray().slice(12)],
    ['64:ff9b::/96', 'NAT64', (v6) => v6.toByteArray().slice(12)],
    ['2002::/16', '6to4', (v6) => v6.toByteArray().slice(2, 6)]
];
const GLOBAL_UNICAST = ipaddr_default().IPv6.parseCIDR('2000::/3');
const V4 = V4_RULES.map(([cidr, label]) => [ipaddr_default().IPv4.parseCIDR(cidr), label]);
const V6 = V6_RULES.map(([cidr, label]) => [ipaddr_default().IPv6.parseCIDR(cidr), label]);
const EMBEDS = EMBEDDING.map(([cidr, name, embedded]) => [ipaddr_default().IPv6.parseCIDR(cidr), name, embedded]);
/** An address no table names: ipaddr.js's verdict, for a range a newer release knows first. */
function byLibrary(address) {
    return address.range() === 'unicast' ? PUBLIC : range(`special-purpose (${address.range()})`);
}
function classifyV4(address) {
    const rule = V4.find(([cidr]) => address.match(cidr));
    return rule ? range(rule[1]) : byLibrary(address);
}
function classifyV6(address) {
    for (const [cidr, name, embedded] of EMBEDS) {
        if (address.match(cidr)) {
            const inner = classifyV4(new (ipaddr_default()).IPv4(embedded(address)));
            return inner.public ? PUBLIC : range(`${name} ${inner.label}`);
        }
    }
    const named = V6.find(([cidr]) => address.match(cidr));
    if (named)
        return range(named[1]);
    // Only 2000::/3 is global unicast; the rest is unassigned or reserved.
    if (!address.match(GLOBAL_UNICAST))
        return range('reserved IPv6');
    return byLibrary(address);
}
/**
 * The address with any dotted quad written as hex and the zone id dropped, as the WHATWG URL
 * parser writes it: ipaddr.js would read "::8.8.8.8" (IPv4-compatible) as "::ffff:8.8.8.8".
 */
function hexForm(v6) {
    return new URL(`http://[${v6.replace(/%.*$/, '')}]/`).hostname.slice(1, -1);
}
/** Judges one resolved address; anything that is not an IP address is not public (fail closed). */
function classifyAddress(address) {
    const bare = address.replace(/^\[|\]$/g, '');
    // node:net is the strict gate (no "0x7f.1" or "127.1" forms); ipaddr.js reads what passes.
    if ((0,external_node_net_.isIPv4)(bare))
        return classifyV4(ipaddr_default().IPv4.parse(bare));
    if ((0,external_node_net_.isIPv6)(bare))
        return classifyV6(ipaddr_default().IPv6.parse(hexForm(bare)));
    return range('not an IP address');
}

;// CONCATENATED MODULE: ./src/webhook/reachability.ts
/**
 * Where the webhook probes may go: the host is resolved once, every address is judged, and the
 * HTTP client is given a lookup that returns only those addresses. The connection cannot be
 * sent elsewhere by a second DNS answer (no DNS-rebinding gap).
 */





const systemResolver = (hostname) => (0,promises_.lookup)(hostname, { all: true, verbatim: true });
/** A Resolver over a callback-style lookup (the transport option tests inject). */
function resolverFrom(lookup) {
    return (hostname) => new Promise((resolve, reject) => {
        lookup(hostname, { all: true }, (error, addresses, family) => {
            if (error)
                reject(error);
            else
                resolve(typeof addresses === 'string' ? [{ address: addresses, family: family ?? (0,external_node_net_.isIP)(addresses) }] : addresses);
        });
    });
}
const describe = (addresses) => addresses.map((a) => `${a.address} (${a.label})`).join(', ');
/** Resolves the webhook host and judges every address it resolves to. Never throws. */
async function resolveWebhookHost(url, options) {
    const hostname = url.hostname.replace(/^\[|\]$/g, '');
    let found;
    if ((0,external_node_net_.isIP)(hostname)) {
        found = [{ address: hostname, family: (0,external_node_net_.isIP)(hostname) }];
    }
    else {
        // The lookup's own limit within the run's signal: its stop says which of the two came.
        const time = (0,timing/* budgetFor */.vO)(options.timeoutMs, options.signal);
        try {
            found = await time.race((options.resolver ?? systemResolver)(hostname));
        }
        catch (error) {
            const why = time.ranOut
                ? `the host name ${hostname} did not resolve within ${options.timeoutMs} ms`
                : time.expired
                    ? 'the run reached its deadline while resolving the host name'
                    : (0,network_error/* classifyNetworkError */.L)(error, hostname, options.timeoutMs).message;
            return { ok: false, problem: why, hint: 'Check the host in webhook-url: the runner must be able to resolve it, as MONCRENEAU does.', addresses: [] };
        }
        finally {
            time.dispose();
        }
    }
    const addresses = found.map(({ address, family }) => ({
        address,
        family: family === 6 ? 6 : 4,
        ...classifyAddress(address)
    }));
    if (addresses.length === 0) {
        return { ok: false, problem: `the host name ${hostname} resolved to no address`, hint: 'Check the DNS records of the host in webhook-url.', addresses };
    }
    const closed = addresses.filter((a) => !a.public);
    if (closed.length > 0 && !options.allowPrivate) {
        return {
            ok: false,
            problem: `webhook-url host ${hostname} resolves to ${describe(closed)}: not publicly reachable`,
            hint: 'MONCRENEAU delivers webhooks over the internet: register a public https endpoint. For a test or staging endpoint on a private network, set allow-private-webhook: true.',
            addresses
        };
    }
    const resolved = (0,external_node_net_.isIP)(hostname)
        ? `webhook-url host ${hostname} is ${addresses[0].label}`
        : `webhook-url host ${hostname} resolves to ${describe(addresses)}`;
    const details = [closed.length > 0 ? `${resolved}: not publicly reachable, allowed by allow-private-webhook` : resolved];
    return { ok: true, hostname, addresses, lookup: pinnedLookup(hostname, addresses), details };
}
/**
 * A lookup that answers only for `hostname`, and only with the addresses already judged:
 * the connection uses exactly what was checked.
 */
function pinnedLookup(hostname, addresses) {
    return (name, options, callback) => {
        const wanted = options.family === 4 || options.family === 'IPv4' ? 4 : options.family === 6 || options.family === 'IPv6' ? 6 : 0;
        const usable = addresses.filter((a) => wanted === 0 || a.family === wanted);
        process.nextTick(() => {
            if (name.toLowerCase() !== hostname.toLowerCase() || usable.length === 0) {
                const error = new Error(`refused to connect to ${name}: only the checked addresses of ${hostname} are used`);
                error.code = 'BLOCKED_ADDRESS';
                callback(error, '', 0);
            }
            else if (options.all) {
                callback(null, usable.map((a) => ({ address: a.address, family: a.family })));
            }
            else {
                callback(null, usable[0].address, usable[0].family);
            }
        });
    };
}

// EXTERNAL MODULE: ./src/settings/check-ids.ts
var check_ids = __webpack_require__(8034);
;// CONCATENATED MODULE: ./src/checks/webhook.ts
/**
 * The \`webhook\` check: plays MONCRENEAU against the application's webhook endpoint. One
 * correctly signed \`appointment.created\` must be accepted (2xx) within webhook-timeout-ms, and
 * three forged ones, sent at the same time, each its own event, must be rejected with a 4xx.
 * Answers about load are retried once; when the genuine event is refused, signed variants name
 * the verifier trap. Measuring (resolve, read the certificate, send) is kept apart from judging
 * (pure functions in src/webhook).
 */















/** An endpoint's answer is read only to quote its start; anything larger is not a webhook answer. */
const MAX_ANSWER_BYTES = 64 * 1024;
const QUOTE_CHARS = 100;
const PROBES = ['genuine', 'wrong-secret', 'no-signature', 'tampered-body'];
/** A follow-up round is not started with less time than this left before the run's deadline. */
const MIN_ROUND_MS = 300;
const cut = (text) => (text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS - 3)}...` : text);
/** The start of a server's answer on one line, with the secret removed should it be echoed. */
function quote(body, secret) {
    // The whole (size-bounded) answer is redacted before it is cut, so a cut cannot split a secret.
    const text = (0,redact/* makeRedactor */.$u)([secret])(body.toString('utf8'));
    const line = text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
    return line === '' ? undefined : cut(line);
}
function where(location, base) {
    try {
        return cut((0,urls/* displayUrl */.Qy)(new URL(location, base)));
    }
    catch {
        return 'an unreadable location';
    }
}
/** Only the scheme's name: a challenge's parameters (realm...) are the server's text. */
const challengeScheme = (value) => /^[A-Za-z][A-Za-z0-9._-]{0,19}/.exec(value.trim())?.[0] ?? 'unnamed';
function toAnswer(outcome, url, secret) {
    if (!outcome.ok)
        return { kind: 'failed', failure: outcome.failure, timeMs: outcome.timeMs };
    const { status, headers, body, timeMs } = outcome.response;
    return {
        kind: 'answered',
        status,
        timeMs,
        ...(headers.location ? { location: where(headers.location, url) } : {}),
        ...(status === 401 && headers['www-authenticate'] ? { challenge: challengeScheme(headers['www-authenticate']) } : {}),
        ...(status >= 200 && status < 300 ? {} : { body: quote(body, secret) })
    };
}
function sender(client, url, ctx, run) {
    const { webhookSecret, webhookTimeoutMs } = ctx.settings;
    return {
        async round(deliveries, followUp) {
            // A follow-up must end before the run's deadline, so the verdict found so far is kept.
            const left = run.remainingMs() - MIN_ROUND_MS;
            if (followUp && left < MIN_ROUND_MS)
                return undefined;
            const timeoutMs = followUp ? Math.min(webhookTimeoutMs, left) : webhookTimeoutMs;
            const outcomes = await Promise.all(deliveries.map((d) => client.send({
                method: 'POST',
                url,
                headers: deliveryHeaders(d, version/* USER_AGENT */._),
                body: d.body,
                timeoutMs,
                maxBodyBytes: MAX_ANSWER_BYTES,
                signal: run.signal
            })));
            return outcomes.map((o) => toAnswer(o, url, webhookSecret));
        }
    };
}
/** Counts the requests the client has started writing; a caller can wait for a number of them. */
function writeCounter() {
    let written = 0;
    const waiting = [];
    return {
        get written() {
            return written;
        },
        tick() {
            written++;
            for (const w of waiting.filter((w) => written >= w.count))
                w.resolve();
        },
        until(count) {
            return written >= count ? Promise.resolve() : new Promise((resolve) => waiting.push({ count, resolve }));
        }
    };
}
/**
 * All four probes together: the check costs one round trip. The forgeries are written first and
 * the genuine event after them, so an endpoint that accepts whatever comes first and refuses
 * the rest (a one-shot token, a lock, a limiter answering 401) accepts a forgery, never passes.
 */
async function firstRound(send, secret, writes) {
    const created = new Date();
    const [genuine, ...forged] = PROBES.map((name) => probeDelivery(name, secret, created));
    const before = writes.written;
    const forgedAnswers = send.round(forged, false);
    // Once they are on their connections, or have failed without being written.
    await Promise.race([writes.until(before + forged.length), forgedAnswers]);
    const [genuineAnswers, answers] = await Promise.all([send.round([genuine], false), forgedAnswers]);
    return [...genuineAnswers, ...answers].map((a, i) => ({ ...a, name: PROBES[i] }));
}
/** Probes answered about load or repetition, once more, each as a fresh event. */
async function retryRound(send, secret, probes) {
    const names = probesToRetry(probes[0], probes.slice(1));
    if (names.length === 0)
        return probes;
    const created = new Date();
    const again = await send.round(names.map((name) => probeDelivery(name, secret, created)), true);
    if (!again)
        return probes;
    return probes.map((p) => {
        const i = names.indexOf(p.name);
        return i < 0 ? p : { ...again[i], name: p.name, earlier: p };
    });
}
/** The signed variants that tell which verifier trap applies; only when the genuine event was refused. */
async function differential(send, secret, probes) {
    if (!needsDifferential(probes[0], probes.slice(1)))
        return undefined;
    const variantRound = async (variants) => {
        if (variants.length === 0)
            return [];
        const created = new Date();
        const answers = await send.round(variants.map((v) => variantDelivery(v, secret, created)), true);
        return answers?.map((a, i) => ({ ...a, variant: variants[i] }));
    };
    const first = await variantRound(FIRST_VARIANTS);
    if (!first)
        return undefined;
    const second = (await variantRound(secondVariants(first))) ?? [];
    const sent = probes.map((p) => ({ answer: p, carries: p.name === 'no-signature' ? 'none' : 'moncreneau' }));
    return { finding: findTraps(sent, first, second), variants: [...first, ...second] };
}
async function sendProbes(client, url, ctx, run, writes) {
    const send = sender(client, url, ctx, run);
    const secret = ctx.settings.webhookSecret;
    const probes = await retryRound(send, secret, await firstRound(send, secret, writes));
    const diff = await differential(send, secret, probes);
    return { probes, ...(diff ? { diff } : {}) };
}
function answerData(a) {
    const timeMs = Math.round(a.timeMs);
    return a.kind === 'answered' ? { status: a.status, timeMs } : { error: a.failure.message, timeMs };
}
const probeData = (a) => ({ name: a.name, ...answerData(a), ...(a.earlier ? { earlier: answerData(a.earlier) } : {}) });
const variantData = (a) => ({ ...a.variant, ...answerData(a) });
/** Folds the certificate finding and the probes' diagnosis into the check's outcome. Pure. */
function judgeWebhook(reach, cert, diagnosis, sent, url) {
    const answers = sent.probes;
    const status = (0,check/* worst */.QZ)(diagnosis.status, cert?.status ?? 'pass');
    let summary = diagnosis.summary;
    if (cert?.invalid)
        summary = cert.text;
    else if (diagnosis.status !== 'fail' && cert?.status === 'fail')
        summary = cert.text;
    else if (diagnosis.status !== 'fail' && cert?.status === 'warn')
        summary = `${diagnosis.summary}; ${cert.text}`;
    const genuine = answers.find((a) => a.name === 'genuine');
    // A refused certificate explains the probes' TLS failures: its hint is the one to act on.
    const tlsExplained = cert?.invalid && genuine?.kind === 'failed' && genuine.failure.kind === 'tls';
    const certHints = cert?.hint && cert.status !== 'pass' ? [cert.hint] : [];
    return {
        status,
        summary,
        details: [...reach.details, cert ? cert.text : 'Plain http (staging, loopback host): no TLS certificate to check', ...diagnosis.details],
        hints: tlsExplained ? certHints : diagnosis.status === 'fail' ? [...diagnosis.hints, ...certHints] : [...certHints, ...diagnosis.hints],
        data: {
            url: (0,urls/* displayUrl */.Qy)(url),
            addresses: reach.addresses.map((a) => ({ address: a.address, kind: a.label })),
            privateAllowed: reach.addresses.some((a) => !a.public),
            ...(cert ? { certificate: cert.data } : {}),
            probes: answers.map(probeData),
            ...(sent.diff ? { variants: sent.diff.variants.map(variantData) } : {}),
            latencyMs: genuine?.kind === 'answered' ? Math.round(genuine.timeMs) : undefined
        }
    };
}
/** No probe completed a TLS handshake: why, in the genuine probe's words. */
function noHandshake(genuine) {
    return unreadCertificate(genuine.kind === 'failed' ? genuine.failure.message : 'no TLS handshake completed with the endpoint');
}
async function roundTrip(ctx) {
    const { settings } = ctx;
    if (settings.webhookUrl === '')
        return (0,refusal/* notRun */.n)((0,missing_inputs/* missingInput */.f)('webhook-url', settings.environment));
    if (settings.webhookSecret === '')
        return (0,refusal/* notRun */.n)((0,missing_inputs/* missingInput */.f)('webhook-secret', settings.environment));
    // Signing with a padded copy would blame a correct endpoint for rejecting it.
    const padded = (0,secrets/* paddedRefusal */.RY)('webhook-secret', settings.webhookSecret);
    if (padded)
        return (0,refusal/* notRun */.n)(padded);
    const checked = (0,urls/* checkServiceUrl */.Jb)(settings.webhookUrl, 'webhook-url', settings.environment);
    if (!checked.ok)
        return (0,refusal/* notRun */.n)(checked);
    const { url } = checked;
    return resolveAndProbe(ctx, url, ctx.time);
}
async function resolveAndProbe(ctx, url, run) {
    const timeoutMs = ctx.settings.webhookTimeoutMs;
    const reach = await resolveWebhookHost(url, {
        allowPrivate: ctx.settings.allowPrivateWebhook,
        timeoutMs,
        signal: run.signal,
        ...(ctx.http?.lookup ? { resolver: resolverFrom(ctx.http.lookup) } : {})
    });
    if (!reach.ok) {
        return (0,check/* fail */.fJ)(reach.problem, {
            hints: [reach.hint],
            data: { url: (0,urls/* displayUrl */.Qy)(url), addresses: reach.addresses.map((a) => ({ address: a.address, kind: a.label })) }
        });
    }
    // Direct, never through a proxy: the pinned lookup makes the connection go to the checked addresses.
    // The certificate is read from the probes' own first TLS connection, before undici verifies
    // it (and refuses it if invalid, so nothing is delivered over a connection it would refuse).
    let certificate;
    const onTlsSocket = (socket) => void (certificate ??= certificateOf(socket, url));
    const writes = writeCounter();
    const client = (0,http_client/* createHttpClient */.u)({
        ca: ctx.http?.ca,
        lookup: reach.lookup,
        connectTimeoutMs: timeoutMs,
        onExchange: ctx.http?.onExchange,
        onTlsSocket,
        onRequestSent: () => writes.tick()
    });
    try {
        const sent = await sendProbes(client, url, ctx, run, writes);
        const [genuine, ...forged] = sent.probes;
        const cert = url.protocol === 'https:' ? judgeCertificate(certificate ?? noHandshake(sent.probes[0]), new Date()) : undefined;
        const outcome = judgeWebhook(reach, cert, diagnose(genuine, forged, sent.diff), sent, url);
        const proxyHint = behindProxyHint(url, ctx.http?.proxy, genuine);
        return proxyHint ? { ...outcome, hints: [...outcome.hints, proxyHint] } : outcome;
    }
    finally {
        await client.close();
    }
}
const webhookCheck = { id: 'webhook', title: check_ids/* CHECK_TITLES */.Zt.webhook, run: roundTrip };


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
