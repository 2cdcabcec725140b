export const id = 175;
export const ids = [175];
export const modules = {

/***/ 1175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  webhookCheck: () => (/* binding */ webhookCheck)
});

// EXTERNAL MODULE: ./src/domain/urls.ts
var urls = __webpack_require__(3012);
// EXTERNAL MODULE: ./src/engine/check.ts
var check = __webpack_require__(3326);
// EXTERNAL MODULE: ./src/http/http-client.ts + 2 modules
var http_client = __webpack_require__(5925);
// EXTERNAL MODULE: ./src/redact.ts + 2 modules
var redact = __webpack_require__(1436);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/http/network-error.ts
var network_error = __webpack_require__(137);
;// CONCATENATED MODULE: ./src/webhook/certificate.ts
/**
 * The webhook endpoint's TLS certificate: is it valid (Node's default verification, plus the
 * extra CAs a test trusts), and when does it expire? Read with node:tls so the verdict can say
 * which problem it is (untrusted, expired, for another host) and when the certificate ends.
 */



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
/** Opens a TLS connection, reads the peer certificate and closes it; sends no data. Never throws. */
function readCertificate(req) {
    const host = req.url.hostname.replace(/^\[|\]$/g, '');
    const extra = req.ca === undefined ? undefined : Array.isArray(req.ca) ? req.ca : [req.ca];
    return new Promise((resolve) => {
        // Verification is done below, by hand, so an invalid certificate can still be described.
        const socket = (0,external_node_tls_.connect)({
            host,
            port: Number(req.url.port || 443),
            lookup: req.lookup,
            ...((0,external_node_net_.isIP)(host) ? {} : { servername: host }),
            ...(extra ? { ca: [...external_node_tls_.rootCertificates, ...extra] } : {}),
            rejectUnauthorized: false
        });
        const finish = (read) => {
            clearTimeout(timer);
            req.signal.removeEventListener('abort', onAbort);
            socket.destroy();
            resolve(read);
        };
        const timer = setTimeout(() => finish({ ok: false, kind: 'unreadable', message: `no TLS handshake with ${req.url.host} within ${req.timeoutMs} ms` }), req.timeoutMs);
        const onAbort = () => finish({ ok: false, kind: 'unreadable', message: 'the run reached its deadline during the TLS handshake' });
        if (req.signal.aborted)
            return onAbort();
        req.signal.addEventListener('abort', onAbort, { once: true });
        socket.once('error', (error) => finish({ ok: false, kind: 'unreadable', message: (0,network_error/* classifyNetworkError */.L)(error, req.url.host, req.timeoutMs).message }));
        socket.once('secureConnect', () => {
            const cert = socket.getPeerCertificate(true);
            if (!cert || Object.keys(cert).length === 0)
                return finish({ ok: false, kind: 'unreadable', message: 'the server sent no TLS certificate' });
            const validTo = dateOf(cert);
            const altNames = cert.subjectaltname ? shortText(cert.subjectaltname) : undefined;
            const invalid = (code) => {
                const message = (0,network_error/* classifyNetworkError */.L)({ code }, req.url.host, req.timeoutMs).message;
                const expired = code === 'CERT_HAS_EXPIRED' ? expiredLink(cert, new Date()) : undefined;
                finish({ ok: false, kind: 'invalid', code, message, validTo, altNames, ...(expired ? { expired } : {}) });
            };
            if (!socket.authorized)
                return invalid(verificationCode(socket.authorizationError));
            if ((0,external_node_tls_.checkServerIdentity)(host, cert) !== undefined)
                return invalid('ERR_TLS_CERT_ALTNAME_INVALID');
            if (!validTo)
                return finish({ ok: false, kind: 'unreadable', message: 'the TLS certificate’s expiry date could not be read' });
            finish({ ok: true, validTo, subject: nameOf(cert.subject), issuer: nameOf(cert.issuer) });
        });
    });
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
                hint: `Renew the webhook endpoint’s certificate before ${day(read.validTo)}: after that, every MONCRENEAU delivery fails its TLS handshake.`,
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
            hint: 'Serve the current intermediate certificate from your certificate authority with the endpoint’s certificate: the leaf itself is still valid.',
            data: { ...data, expiredIntermediate: read.expired.name, expiredOn: read.expired.validTo.toISOString() }
        };
    }
    if (read.code === 'CERT_HAS_EXPIRED') {
        return {
            status: 'fail',
            invalid: true,
            text: `${read.message}${read.validTo ? ` (on ${day(read.validTo)})` : ''}`,
            hint: 'Renew the webhook endpoint’s certificate: MONCRENEAU refuses to deliver to an expired one.',
            data
        };
    }
    if (read.code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
        return {
            status: 'fail',
            invalid: true,
            text: `${read.message} (it is for ${read.altNames ?? 'other names'})`,
            hint: 'Serve a certificate that covers the host in webhook-url, or correct webhook-url’s host.',
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
    'tampered-body': 'An altered body carrying the original’s signature was accepted: hash the raw body of this request, not a stored or rebuilt payload.'
};
/** The traps of the official SDK verifiers, and the commonest configuration mistake. */
const NEVER_MATCHES_HINTS = [
    'Wrong secret: the application must verify with the same secret as webhook-secret, for this environment (staging and production secrets differ; see Dashboard > Webhooks).',
    'Wrong header: MONCRENEAU sends X-Moncreneau-Signature; verifiers that read X-Webhook-Signature never see it.',
    'Prefix not stripped: the header is sha256=<hex>; compare the hex after sha256=, not the whole header, with your HMAC.',
    'Re-serialised JSON: hash the raw request bytes as received, not JSON.stringify of the parsed body (JSON middleware often replaces the body before the verifier runs).'
];
const TEST_EVENT_NOTE = 'If the application validates the event’s content, let the gate’s test event through with a 2xx: it is marked data.object.gateTest: true (appointment id 999999999).';
const NETWORK_HINTS = {
    timeout: 'MONCRENEAU expects an answer within 5 seconds: acknowledge with a 2xx at once and do the work in the background.',
    refused: 'Nothing listens at webhook-url: check its host and port, and that the application is deployed and running.',
    tls: 'The TLS handshake failed: serve a valid certificate from a public authority with its full chain.',
    dns: 'Check the host in webhook-url: it does not resolve.',
    reset: 'The endpoint closed the connection without answering: read the application’s logs and those of any proxy in front of it.',
    'too-large': 'Answer webhooks with a short body: the answer exceeded the gate’s size limit.',
    aborted: 'The run reached timeout-seconds before the endpoint answered: raise it, or find why the endpoint is slow.'
};
/** MONCRENEAU's delivery timeout, from the guide: the endpoint must answer within 5 seconds. */
const DELIVERY_LIMIT_MS = 5_000;
/** 4xx statuses about a request's timing or repetition rather than its signature. */
const NOT_ABOUT_SIGNATURE = [408, 409, 425, 429];
const ms = (timeMs) => `${Math.round(timeMs)} ms`;
/** Answered with a status in [low, low + 100). */
const is = (a, low) => a.kind === 'answered' && a.status >= low && a.status < low + 100;
const SHORT = { genuine: 'genuine', 'wrong-secret': 'wrong secret', 'no-signature': 'no signature', 'tampered-body': 'altered body' };
const forgery = (a) => SHORT[a.name];
const answered = (a) => a.kind === 'answered';
/** One detail line per probe: what it was, what came back, how long it took. */
function probeLine(a) {
    const what = PROBE_LABELS[a.name];
    const label = what.charAt(0).toUpperCase() + what.slice(1);
    if (a.kind === 'failed')
        return `${label}: no answer, ${a.failure.message} (after ${ms(a.timeMs)})`;
    const redirect = a.location !== undefined && a.status >= 300 && a.status < 400 ? ` to ${a.location}` : '';
    return `${label}: ${a.status}${redirect} in ${ms(a.timeMs)}`;
}
function genuineProblem(genuine, forged) {
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
    if (status >= 500) {
        if (forged.every((a) => is(a, 500))) {
            return {
                status: 'fail',
                summary: `the endpoint answered ${status} to every request, the signed test event included (in ${took})`,
                hints: ['The webhook handler fails before it verifies anything: read the application’s logs from this run (a missing setting such as the webhook secret, a failed start-up).']
            };
        }
        return {
            status: 'fail',
            summary: `the endpoint failed on the signed test event: ${status} in ${took}`,
            hints: ['The signature was accepted but handling the event failed: read the application’s logs. ' + TEST_EVENT_NOTE]
        };
    }
    if (status === 404 || status === 405) {
        return {
            status: 'fail',
            summary: `the signed test event was answered ${status} in ${took}: ${status === 404 ? 'no route at webhook-url’s path' : 'the route does not accept POST'}`,
            hints: [status === 404 ? 'Check webhook-url’s path against the route the application serves.' : 'MONCRENEAU delivers with POST: the route at webhook-url must accept POST.']
        };
    }
    if (status === 429) {
        return {
            status: 'fail',
            summary: `the signed test event was rate limited (429 in ${took})`,
            hints: ['Let MONCRENEAU’s deliveries through the endpoint’s rate limiter: a limited delivery is a lost event.']
        };
    }
    if (status >= 400 && forged.every((a) => is(a, 400))) {
        return {
            status: 'fail',
            summary: `the correctly signed test event was rejected (${status} in ${took}), like the forged ones: the endpoint’s signature check never matches a real delivery`,
            hints: status === 401 || status === 403 ? NEVER_MATCHES_HINTS : [...NEVER_MATCHES_HINTS, TEST_EVENT_NOTE]
        };
    }
    return {
        status: 'fail',
        summary: `the correctly signed test event was not accepted: ${status} in ${took}`,
        hints: status >= 400 ? [...NEVER_MATCHES_HINTS, TEST_EVENT_NOTE] : ['Answer a delivery with a 2xx status once it is verified.']
    };
}
/** The verdict on one genuine and three forged answers. */
function diagnose(genuine, forged) {
    const details = [genuine, ...forged].map(probeLine);
    if (answered(genuine) && !is(genuine, 200) && genuine.body)
        details.push(`Answer to the signed test event: ${JSON.stringify(genuine.body)}`);
    const accepted = forged.filter((a) => is(a, 200));
    if (accepted.length > 0) {
        const list = accepted.map((a) => `${forgery(a)} (${a.status})`).join(', ');
        const all = accepted.length === forged.length;
        const genuineNote = is(genuine, 200) ? '' : `; and the signed test event was not accepted (${probeLine(genuine).replace(/^[^:]+: /, '')})`;
        // Rejecting the genuine event while accepting forgeries is a verdict the wrong way round.
        const inverted = all && is(genuine, 400);
        return {
            status: 'fail',
            summary: `the endpoint accepts forged webhooks: ${list}${genuineNote}`,
            details,
            hints: inverted
                ? ['The verifier’s answer is inverted: the correctly signed event was rejected and every forgery accepted. Check the comparison (accept when the signatures are equal, answer 401 when they differ).']
                : all
                    ? ['The endpoint accepts anything: X-Moncreneau-Signature is not verified. Verify the hex HMAC-SHA256 of the raw body, keyed with the webhook secret, and answer 401 on a missing or wrong signature.']
                    : accepted.map((a) => FORGERY_HINTS[a.name])
        };
    }
    if (genuine.kind !== 'answered' || !is(genuine, 200))
        return { ...genuineProblem(genuine, forged), details };
    const accepting = `accepted the signed test event in ${ms(genuine.timeMs)} (${genuine.status})`;
    const unanswered = forged.filter((a) => a.kind === 'failed');
    if (unanswered.length > 0) {
        return {
            status: 'fail',
            summary: `${accepting}, but could not tell whether it rejects forged ones: ${unanswered.map((a) => `${forgery(a)}: ${a.failure.message}`).join('; ')}`,
            details,
            hints: ['Every forged probe must be answered with a 4xx; re-run, and read the endpoint’s logs if it persists.']
        };
    }
    // A 409 or 429 speaks of repetition or rate (the forgeries reuse the genuine event's id and
    // arrive together), not of the signature: an endpoint that verifies nothing answers them too.
    const aside = forged.filter((a) => answered(a) && NOT_ABOUT_SIGNATURE.includes(a.status));
    if (aside.length > 0) {
        return {
            status: 'fail',
            summary: `${accepting}, but could not tell whether it rejects forged ones: ${aside.map((a) => `${forgery(a)} got ${a.status}`).join(', ')}, an answer about repetition or rate, not the signature`,
            details,
            hints: ['Verify the signature first, before de-duplicating or rate limiting: a forged event must get 401 whatever its id or timing.']
        };
    }
    const unclean = forged.filter((a) => answered(a) && !is(a, 400));
    if (unclean.length > 0) {
        const list = unclean.map((a) => `${forgery(a)} got ${a.status}`).join(', ');
        const crashed = unclean.some((a) => is(a, 500));
        return {
            status: 'warn',
            summary: `${accepting}; forged ones were not rejected with a 4xx: ${list}${crashed ? ' (rejected by crashing)' : ''}`,
            details,
            hints: [
                crashed
                    ? 'Answer 401 to a missing or wrong signature instead of failing: a verifier that throws (on a missing header, or timingSafeEqual on buffers of different lengths) answers 500.'
                    : 'Answer 401 to a missing or wrong signature at the webhook URL itself.'
            ]
        };
    }
    const statuses = forged.map((a) => a.status).join(', ');
    const summary = `${accepting}; rejected the ${forged.length} forged ones (${statuses})`;
    // MONCRENEAU gives up after 5 s, whatever webhook-timeout-ms says; close to it, the internet tips it over.
    if (genuine.timeMs > DELIVERY_LIMIT_MS) {
        return { status: 'fail', summary: `${summary}, but ${ms(genuine.timeMs)} is past MONCRENEAU’s 5 s delivery limit`, details, hints: [NETWORK_HINTS.timeout] };
    }
    if (genuine.timeMs > DELIVERY_LIMIT_MS * 0.8) {
        return { status: 'warn', summary: `${summary}, close to MONCRENEAU’s 5 s delivery limit`, details, hints: [NETWORK_HINTS.timeout] };
    }
    return { status: 'pass', summary, details, hints: [] };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/webhook/probe-event.ts
/**
 * The test event the gate delivers: a realistic `appointment.created`, clearly marked as a
 * gate test. Pure given its id and time, so tests can pin every byte.
 */

const PROBE_EVENT_TYPE = 'appointment.created';
/** No real appointment has this id; apps can recognise the gate's event by it or by `gateTest`. */
const GATE_TEST_APPOINTMENT_ID = 999_999_999;
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
 * Non-ASCII escaped as `\uXXXX`, as many servers send it. The bytes then differ from what
 * `JSON.stringify(JSON.parse(body))` gives back, so a receiver that hashes a re-serialisation
 * instead of the raw body is caught.
 */
function serialise(value) {
    return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function probe_event_event(id, created, creditsUsed) {
    const appointment = new Date(created.getTime() + 24 * 3_600_000);
    return {
        id,
        type: PROBE_EVENT_TYPE,
        created: seconds(created),
        data: {
            object: {
                id: GATE_TEST_APPOINTMENT_ID,
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
function probeBodies(id, created) {
    return {
        genuine: Buffer.from(serialise(probe_event_event(id, created, 1)), 'utf8'),
        tampered: Buffer.from(serialise(probe_event_event(id, created, 100)), 'utf8')
    };
}

// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(1553);
;// CONCATENATED MODULE: ./src/webhook/address-rules.ts
/**
 * Is an IP address one the public internet can reach? The webhook probes must not be turned
 * against the runner's own network (loopback, private ranges, the cloud metadata service).
 * Pure: strings in, a verdict out.
 */

const PUBLIC = { public: true, label: 'public' };
const range = (label) => ({ public: false, label });
function ipv4Bytes(address) {
    return address.split('.').map(Number);
}
/** The 16 bytes of an IPv6 address (zone id dropped, embedded dotted quad read). */
function ipv6Bytes(address) {
    let text = address.replace(/%.*$/, '').toLowerCase();
    const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
    if (quad) {
        const [a, b, c, d] = ipv4Bytes(quad[1]);
        text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
    }
    const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
    const groups = (part) => (part ? part.split(':') : []);
    const left = groups(head);
    const right = groups(tail);
    const all = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
    return all.flatMap((g) => {
        const n = parseInt(g, 16);
        return [n >> 8, n & 0xff];
    });
}
function inV4(bytes, base, bits) {
    const value = (b) => ((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0;
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    return (value(bytes) & mask) >>> 0 === (value(base) & mask) >>> 0;
}
const V4_RULES = [
    [[169, 254, 169, 254], 32, 'cloud metadata service'],
    [[0, 0, 0, 0], 32, 'unspecified'],
    [[0, 0, 0, 0], 8, 'reserved ("this network", 0.0.0.0/8)'],
    [[10, 0, 0, 0], 8, 'private (10.0.0.0/8)'],
    [[100, 64, 0, 0], 10, 'CGNAT shared address space (100.64.0.0/10)'],
    [[127, 0, 0, 0], 8, 'loopback'],
    [[169, 254, 0, 0], 16, 'link-local'],
    [[172, 16, 0, 0], 12, 'private (172.16.0.0/12)'],
    [[192, 0, 0, 0], 24, 'reserved (IETF protocol assignments)'],
    [[192, 0, 2, 0], 24, 'documentation (TEST-NET-1)'],
    [[192, 168, 0, 0], 16, 'private (192.168.0.0/16)'],
    [[198, 18, 0, 0], 15, 'benchmarking (198.18.0.0/15)'],
    [[198, 51, 100, 0], 24, 'documentation (TEST-NET-2)'],
    [[203, 0, 113, 0], 24, 'documentation (TEST-NET-3)'],
    [[224, 0, 0, 0], 4, 'multicast'],
    [[240, 0, 0, 0], 4, 'reserved (240.0.0.0/4, broadcast)']
];
function classifyV4(bytes) {
    const rule = V4_RULES.find(([base, bits]) => inV4(bytes, base, bits));
    return rule ? range(rule[2]) : PUBLIC;
}
const startsWith = (bytes, prefix) => prefix.every((b, i) => bytes[i] === b);
const zeros = (n) => Array(n).fill(0);
/** IPv6 prefixes that carry an IPv4 address in their last 4 bytes, judged by that address. */
const EMBEDDING = [
    [[...zeros(10), 0xff, 0xff], 'IPv4-mapped'],
    [[0x00, 0x64, 0xff, 0x9b, ...zeros(8)], 'NAT64']
];
function classifyV6(bytes) {
    if (bytes.every((b) => b === 0))
        return range('unspecified');
    if (startsWith(bytes, zeros(15)) && bytes[15] === 1)
        return range('loopback');
    for (const [prefix, name] of EMBEDDING) {
        if (startsWith(bytes, prefix)) {
            const inner = classifyV4(bytes.slice(12));
            return inner.public ? PUBLIC : range(`${name} ${inner.label}`);
        }
    }
    // Deprecated and not routed: never public, whatever it embeds.
    if (startsWith(bytes, zeros(12)))
        return range('reserved (IPv4-compatible IPv6, deprecated)');
    if (bytes[0] === 0x20 && bytes[1] === 0x02) {
        const inner = classifyV4(bytes.slice(2, 6));
        return inner.public ? PUBLIC : range(`6to4 ${inner.label}`);
    }
    const [b0 = 0, b1 = 0] = bytes;
    if ((b0 & 0xfe) === 0xfc)
        return range('unique local (fc00::/7)');
    if (b0 === 0xfe && (b1 & 0xc0) === 0x80)
        return range('link-local (fe80::/10)');
    if (b0 === 0xfe && (b1 & 0xc0) === 0xc0)
        return range('site-local (fec0::/10)');
    if (b0 === 0xff)
        return range('multicast');
    if (startsWith(bytes, [0x20, 0x01, 0x0d, 0xb8]))
        return range('documentation (2001:db8::/32)');
    // Only 2000::/3 is global unicast; the rest is unassigned or reserved.
    if ((b0 & 0xe0) !== 0x20)
        return range('reserved IPv6');
    return PUBLIC;
}
/** Judges one resolved address; anything that is not an IP address is not public (fail closed). */
function classifyAddress(address) {
    const bare = address.replace(/^\[|\]$/g, '');
    if ((0,external_node_net_.isIPv4)(bare))
        return classifyV4(ipv4Bytes(bare));
    if ((0,external_node_net_.isIPv6)(bare))
        return classifyV6(ipv6Bytes(bare));
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
class Stopped extends Error {
}
/** The promise, or a rejection once `timeoutMs` passes or `signal` aborts. */
function bounded(work, timeoutMs, signal) {
    let timer;
    let onAbort = () => { };
    const stop = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Stopped('timeout')), timeoutMs);
        onAbort = () => reject(new Stopped('aborted'));
        if (signal.aborted)
            onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
    });
    return Promise.race([work, stop]).finally(() => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
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
        try {
            found = await bounded((options.resolver ?? systemResolver)(hostname), options.timeoutMs, options.signal);
        }
        catch (error) {
            const why = error instanceof Stopped
                ? error.message === 'timeout'
                    ? `the host name ${hostname} did not resolve within ${options.timeoutMs} ms`
                    : 'the run reached its deadline while resolving the host name'
                : (0,network_error/* classifyNetworkError */.L)(error, hostname, options.timeoutMs).message;
            return { ok: false, problem: why, hint: 'Check the host in webhook-url: the runner must be able to resolve it, as MONCRENEAU does.', addresses: [] };
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
    const resolved = (0,external_node_net_.isIP)(hostname) ? `webhook-url host ${hostname} is ${addresses[0].label}` : `webhook-url host ${hostname} resolves to ${describe(addresses)}`;
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

;// CONCATENATED MODULE: ./src/webhook/signature.ts
/**
 * The webhook signature wire format, built in exactly this one place:
 * `X-Moncreneau-Signature: sha256=<lowercase hex HMAC-SHA256 of the raw body>`.
 */

const SIGNATURE_HEADER = 'X-Moncreneau-Signature';
const EVENT_HEADER = 'X-Moncreneau-Event';
const PREFIX = 'sha256=';
/**
 * The signature header's value for these exact body bytes, keyed with the secret's UTF-8
 * bytes as given (the `whsec_` prefix is part of the key).
 */
function sign(secret, rawBody) {
    return PREFIX + (0,external_node_crypto_.createHmac)('sha256', Buffer.from(secret, 'utf8')).update(rawBody).digest('hex');
}

// EXTERNAL MODULE: ./src/settings/check-ids.ts
var check_ids = __webpack_require__(8034);
;// CONCATENATED MODULE: ./src/checks/webhook.ts
/**
 * The `webhook` check: plays MONCRENEAU against the application's webhook endpoint. One
 * correctly signed `appointment.created` must be accepted (2xx) within webhook-timeout-ms, and
 * three forged ones, sent at the same time, must be rejected with a 4xx. Measuring (resolve,
 * read the certificate, send the probes) is kept apart from judging (pure functions).
 */











/** An endpoint's answer is read only to quote its start; anything larger is not a webhook answer. */
const MAX_ANSWER_BYTES = 64 * 1024;
const QUOTE_CHARS = 100;
/** The four deliveries: the genuine one, then three forgeries. Pure given bodies and secrets. */
function buildProbes(secret, bodies, otherSecret) {
    const genuine = sign(secret, bodies.genuine);
    return [
        { name: 'genuine', body: bodies.genuine, signature: genuine },
        { name: 'wrong-secret', body: bodies.genuine, signature: sign(otherSecret, bodies.genuine) },
        { name: 'no-signature', body: bodies.genuine },
        { name: 'tampered-body', body: bodies.tampered, signature: genuine }
    ];
}
/** The headers MONCRENEAU sends with a delivery. */
function probeHeaders(probe) {
    return {
        'content-type': 'application/json',
        'user-agent': version/* USER_AGENT */._,
        [EVENT_HEADER]: PROBE_EVENT_TYPE,
        ...(probe.signature === undefined ? {} : { [SIGNATURE_HEADER]: probe.signature })
    };
}
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
function toAnswer(name, outcome, url, secret) {
    if (!outcome.ok)
        return { name, kind: 'failed', failure: outcome.failure, timeMs: outcome.timeMs };
    const { status, headers, body, timeMs } = outcome.response;
    return {
        name,
        kind: 'answered',
        status,
        timeMs,
        ...(headers.location ? { location: where(headers.location, url) } : {}),
        ...(status >= 200 && status < 300 ? {} : { body: quote(body, secret) })
    };
}
async function sendProbes(client, url, ctx) {
    const { webhookSecret, webhookTimeoutMs } = ctx.settings;
    const probes = buildProbes(webhookSecret, probeBodies(newEventId(), new Date()), forgedSecret());
    // All at once: the check costs one round trip, and the forgeries race the genuine event.
    const outcomes = await Promise.all(probes.map((probe) => client.send({ method: 'POST', url, headers: probeHeaders(probe), body: probe.body, timeoutMs: webhookTimeoutMs, maxBodyBytes: MAX_ANSWER_BYTES, signal: ctx.signal })));
    return outcomes.map((outcome, i) => toAnswer(probes[i].name, outcome, url, webhookSecret));
}
function probeData(a) {
    const timeMs = Math.round(a.timeMs);
    return a.kind === 'answered' ? { name: a.name, status: a.status, timeMs } : { name: a.name, error: a.failure.message, timeMs };
}
/** Folds the certificate finding and the probes' diagnosis into the check's outcome. Pure. */
function judgeWebhook(reach, cert, diagnosis, answers, url) {
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
        details: [
            ...reach.details,
            cert ? cert.text : 'Plain http (staging, loopback host): no TLS certificate to check',
            ...diagnosis.details
        ],
        hints: tlsExplained ? certHints : diagnosis.status === 'fail' ? [...diagnosis.hints, ...certHints] : [...certHints, ...diagnosis.hints],
        data: {
            url: (0,urls/* displayUrl */.Qy)(url),
            addresses: reach.addresses.map((a) => ({ address: a.address, kind: a.label })),
            privateAllowed: reach.addresses.some((a) => !a.public),
            ...(cert ? { certificate: cert.data } : {}),
            probes: answers.map(probeData),
            latencyMs: genuine?.kind === 'answered' ? Math.round(genuine.timeMs) : undefined
        }
    };
}
async function roundTrip(ctx) {
    const { settings } = ctx;
    if (settings.webhookUrl === '')
        return (0,check/* fail */.fJ)('not run: no webhook-url', { hints: ['Set webhook-url (or MONCRENEAU_WEBHOOK_URL); see the config check.'] });
    if (settings.webhookSecret === '')
        return (0,check/* fail */.fJ)('not run: no webhook-secret', { hints: ['Set webhook-secret (or MONCRENEAU_WEBHOOK_SECRET); see the config check.'] });
    if (settings.webhookSecret !== settings.webhookSecret.trim()) {
        // Signing with a padded copy would blame a correct endpoint for rejecting it.
        return (0,check/* fail */.fJ)('not run: the webhook secret has spaces or line breaks around it', { hints: ['Store the secret exactly as the dashboard shows it; see the config check.'] });
    }
    const checked = (0,urls/* checkServiceUrl */.Jb)(settings.webhookUrl, 'webhook-url', settings.environment);
    if (!checked.ok)
        return (0,check/* fail */.fJ)(`not run: ${checked.problem}`, { hints: [checked.hint] });
    const { url } = checked;
    const timeoutMs = settings.webhookTimeoutMs;
    const reach = await resolveWebhookHost(url, {
        allowPrivate: settings.allowPrivateWebhook,
        timeoutMs,
        signal: ctx.signal,
        ...(ctx.http?.lookup ? { resolver: resolverFrom(ctx.http.lookup) } : {})
    });
    if (!reach.ok) {
        return (0,check/* fail */.fJ)(reach.problem, { hints: [reach.hint], data: { url: (0,urls/* displayUrl */.Qy)(url), addresses: reach.addresses.map((a) => ({ address: a.address, kind: a.label })) } });
    }
    // Direct, never through a proxy: the pinned lookup makes the connection go to the checked addresses.
    const client = (0,http_client/* createHttpClient */.u)({ ca: ctx.http?.ca, lookup: reach.lookup, connectTimeoutMs: timeoutMs, onExchange: ctx.http?.onExchange });
    try {
        // The certificate is read alongside the probes (undici verifies it too, so nothing is
        // delivered over a connection the reader would refuse); the probes are started first so
        // their handshakes are not queued behind the reader's.
        const probing = sendProbes(client, url, ctx);
        const reading = url.protocol === 'https:' ? readCertificate({ url, lookup: reach.lookup, ca: ctx.http?.ca, timeoutMs, signal: ctx.signal }) : undefined;
        const [answers, certificate] = await Promise.all([probing, reading]);
        const [genuine, ...forged] = answers;
        const cert = certificate ? judgeCertificate(certificate, new Date()) : undefined;
        return judgeWebhook(reach, cert, diagnose(genuine, forged), answers, url);
    }
    finally {
        await client.close();
    }
}
const webhookCheck = { id: 'webhook', title: check_ids/* CHECK_TITLES */.Zt.webhook, run: roundTrip };


/***/ })

};
