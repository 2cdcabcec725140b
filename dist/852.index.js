export const id = 852;
export const ids = [852];
export const modules = {

/***/ 6852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSandboxCommand: () => (/* binding */ runSandboxCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./node_modules/selfsigned/index.js
var selfsigned = __webpack_require__(7686);
;// CONCATENATED MODULE: ./sandbox/certificate.mjs
// Test certificates with any validity window: self-signed, or signed by a throwaway CA.
// EC P-256 keys keep generation in the tens of milliseconds.



const DAY_MS = 24 * 60 * 60 * 1000;
// Backdating the start a little lets a client whose clock runs slightly behind accept it.
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * @typedef {object} KeyAndCertificate
 * @property {string} key PEM private key (PKCS#8)
 * @property {string} cert PEM certificate
 */

/**
 * @typedef {object} CertificateOptions
 * @property {string} [commonName] default 'localhost'
 * @property {readonly string[]} [altNames] DNS names and IP addresses; default ['localhost', '127.0.0.1']
 * @property {number} [days] days from now (or from notBefore) until expiry; negative means already expired. Default 30
 * @property {Date | string | number} [notBefore] start of validity; default a few minutes ago
 * @property {Date | string | number} [notAfter] end of validity; overrides `days`
 */

/**
 * @param {Date | string | number} value
 * @param {string} name
 */
function toDate(value, name) {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new TypeError(`${name} is not a date: ${String(value)}`);
  return date;
}

/**
 * Works out the validity window; an already-expired window still starts before it ends.
 * @param {CertificateOptions} options
 */
function validity({ days = 30, notBefore, notAfter }) {
  const now = Date.now();
  const start = notBefore === undefined ? undefined : toDate(notBefore, 'notBefore');
  const end = notAfter === undefined ? new Date((start?.getTime() ?? now) + days * DAY_MS) : toDate(notAfter, 'notAfter');
  const begin = start ?? new Date(Math.min(now - CLOCK_SKEW_MS, end.getTime() - DAY_MS));
  if (begin >= end) throw new RangeError(`notBefore ${begin.toISOString()} is not before notAfter ${end.toISOString()}`);
  return { notBeforeDate: begin, notAfterDate: end };
}

/** @param {readonly string[]} altNames */
function subjectAltName(altNames) {
  return {
    name: /** @type {const} */ ('subjectAltName'),
    altNames: altNames.map((name) => ((0,external_node_net_.isIP)(name) ? { type: /** @type {const} */ (7), ip: name } : { type: /** @type {const} */ (2), value: name }))
  };
}

/** @param {readonly string[]} altNames */
function serverExtensions(altNames) {
  return [
    { name: /** @type {const} */ ('basicConstraints'), cA: false, critical: true },
    { name: /** @type {const} */ ('keyUsage'), digitalSignature: true, critical: true },
    { name: /** @type {const} */ ('extKeyUsage'), serverAuth: true, clientAuth: true },
    subjectAltName(altNames)
  ];
}

/**
 * @param {CertificateOptions} options
 * @param {KeyAndCertificate} [ca]
 * @returns {Promise<KeyAndCertificate>}
 */
async function generateServerCertificate(options, ca) {
  const { commonName = 'localhost', altNames = ['localhost', '127.0.0.1'] } = options;
  const pems = await selfsigned.generate([{ name: 'commonName', value: commonName }], {
    keyType: 'ec',
    algorithm: 'sha256',
    ...validity(options),
    extensions: serverExtensions(altNames),
    ...(ca ? { ca: { key: ca.key, cert: ca.cert } } : {})
  });
  return { key: pems.private, cert: pems.cert };
}

/**
 * A self-signed server certificate for https.createServer; a client trusts it by
 * passing the certificate itself as its CA.
 * @param {CertificateOptions} [options]
 * @returns {Promise<KeyAndCertificate>}
 */
function makeCertificate(options = {}) {
  return generateServerCertificate(options);
}

/**
 * A throwaway certificate authority to trust (NODE_EXTRA_CA_CERTS, undici `connect.ca`,
 * https `ca`) and to sign leaves with makeCertificateSignedBy.
 * @param {{ commonName?: string, days?: number }} [options]
 * @returns {Promise<KeyAndCertificate>}
 */
async function makeCa({ commonName = 'MONCRENEAU Sandbox CA', days = 30 } = {}) {
  const pems = await selfsigned.generate([{ name: 'commonName', value: commonName }], {
    keyType: 'ec',
    algorithm: 'sha256',
    ...validity({ days }),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true }
    ]
  });
  return { key: pems.private, cert: pems.cert };
}

/**
 * A server certificate signed by `ca`: valid, expiring soon (`days: 7`), already
 * expired (`days: -1`) or for the wrong host (`altNames: ['wrong.example']`).
 * @param {KeyAndCertificate} ca from makeCa
 * @param {CertificateOptions} [options]
 * @returns {Promise<KeyAndCertificate>}
 */
function makeCertificateSignedBy(ca, options = {}) {
  return generateServerCertificate(options, ca);
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./sandbox/double/access.mjs
// Who is calling: API keys, their environment (live or test) and scopes.


/** Scopes the reference calls the minimum for the gate; default keys have both. */
const ALL_SCOPES = ['appointments:read', 'appointments:create'];

/**
 * @typedef {'live' | 'test'} Environment
 * @typedef {{ key: string, environment?: Environment, scopes?: string[] }} KeySpec
 * @typedef {{ key: string, name: string, environment: Environment, scopes: string[] }} Identity
 * @typedef {{ ok: true, identity: Identity } | { ok: false, code: 'MISSING_API_KEY' | 'INVALID_API_KEY' | 'EXPIRED_API_KEY' | 'INVALID_TOKEN_FORMAT' }} AuthResult
 */

/**
 * `mk_test_...` (and the legacy bare `test_...`) keys talk to the test environment; all others to live.
 * @param {string} key
 * @returns {Environment}
 */
function environmentOfKey(key) {
  return /^(mk_)?test_/.test(key) ? 'test' : 'live';
}

/** @param {Environment} environment */
function randomKey(environment) {
  return `mk_${environment}_${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
}

/**
 * @param {{ keys?: Record<string, string | KeySpec | undefined>, expiredKeys?: string[] }} options
 */
function createAccess({ keys = {}, expiredKeys = [] }) {
  /** @type {Map<string, Identity>} */
  const byKey = new Map();
  /** @type {Record<string, string>} */
  const names = {};
  const specs = { ...keys, live: keys.live ?? randomKey('live'), test: keys.test ?? randomKey('test') };
  for (const [name, value] of Object.entries(specs)) {
    if (value === undefined) continue;
    /** @type {KeySpec} */
    const spec = typeof value === 'string' ? { key: value } : value;
    const environment = spec.environment ?? (name === 'live' || name === 'test' ? name : environmentOfKey(spec.key));
    byKey.set(spec.key, { key: spec.key, name, environment, scopes: spec.scopes ?? ALL_SCOPES });
    names[name] = spec.key;
  }
  const expired = new Set(expiredKeys);

  return {
    /** name -> key, always with `live` and `test` */
    keys: /** @type {Record<string, string> & { live: string, test: string }} */ (names),

    /**
     * Reads `X-API-Key`, else `Authorization: Bearer`, as the API accepts both.
     * @param {import('node:http').IncomingHttpHeaders} headers
     * @returns {AuthResult}
     */
    authenticate(headers) {
      let key = typeof headers['x-api-key'] === 'string' ? headers['x-api-key'].trim() : '';
      if (!key && headers.authorization) {
        const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization);
        if (!bearer) return { ok: false, code: 'INVALID_TOKEN_FORMAT' };
        key = bearer[1] ?? '';
      }
      if (!key) return { ok: false, code: 'MISSING_API_KEY' };
      if (expired.has(key)) return { ok: false, code: 'EXPIRED_API_KEY' };
      const identity = byKey.get(key);
      return identity ? { ok: true, identity } : { ok: false, code: 'INVALID_API_KEY' };
    },

    /** A revoked key answers 401 INVALID_API_KEY from the next request on. @param {string} key */
    revoke(key) {
      byKey.delete(key);
    }
  };
}

;// CONCATENATED MODULE: ./sandbox/double/api-result.mjs
// What a route decides, kept apart from how the server writes it, and the
// MONCRENEAU error envelope: {"error":{"code","message","details"},"timestamp","path"}.

/**
 * @typedef {object} ApiResult
 * @property {number} status
 * @property {unknown} [json] body to send as JSON
 * @property {{ code: string, message: string, details: Record<string, unknown> }} [error] sent as the envelope
 * @property {Record<string, string | number>} [headers]
 * @property {boolean} [dropConnection] destroy the socket instead of answering
 */

// Default messages, worded like the public docs.
const MESSAGES = {
  MISSING_API_KEY: 'API key is required',
  INVALID_API_KEY: 'Invalid API key',
  EXPIRED_API_KEY: 'API key has expired',
  INVALID_TOKEN_FORMAT: 'Authorization header must be "Bearer <api key>"',
  INSUFFICIENT_SCOPE: 'API key lacks the required scope',
  INSUFFICIENT_CREDITS: 'Insufficient credits to create an appointment',
  INVALID_REQUEST: 'Request body is not valid JSON object',
  MISSING_REQUIRED_FIELD: 'A required field is missing',
  INVALID_FIELD_VALUE: 'A field has an invalid value',
  INVALID_DATE_TIME: 'dateTime must be a local date and time like 2026-02-15T10:00:00',
  DEPARTMENT_NOT_FOUND: 'Department not found',
  APPOINTMENT_NOT_FOUND: 'Appointment not found',
  DUPLICATE_APPOINTMENT: 'An appointment already exists for this user at this time',
  SLOT_NOT_AVAILABLE: 'This time slot is not available',
  RATE_LIMIT_EXCEEDED: 'Rate limit exceeded',
  NOT_FOUND: 'No endpoint at this path',
  METHOD_NOT_ALLOWED: 'Method not allowed on this path',
  UNSUPPORTED_MEDIA_TYPE: 'Content-Type must be application/json',
  PAYLOAD_TOO_LARGE: 'Request body is too large',
  SERVICE_UNAVAILABLE: 'Service temporarily unavailable',
  INTERNAL_SERVER_ERROR: 'Internal server error'
};

/**
 * @param {number} status
 * @param {keyof typeof MESSAGES} code
 * @param {Record<string, unknown>} [details]
 * @param {string} [message]
 * @returns {ApiResult}
 */
function apiError(status, code, details = {}, message = MESSAGES[code]) {
  return { status, error: { code, message, details } };
}

/**
 * @param {number} status
 * @param {unknown} json
 * @returns {ApiResult}
 */
function apiJson(status, json) {
  return { status, json };
}

/**
 * The full error body as the API sends it.
 * @param {NonNullable<ApiResult['error']>} error
 * @param {string} path request path without the query, as Spring reports it
 */
function errorEnvelope(error, path) {
  return { error, timestamp: new Date().toISOString(), path };
}

;// CONCATENATED MODULE: ./sandbox/double/validation.mjs
// Checks on what a caller sends, answering with the API's own error codes.


const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

/** A real calendar date and time in the API's local format. @param {unknown} value */
function isLocalDateTime(value) {
  const parts = typeof value === 'string' ? LOCAL_DATE_TIME.exec(value) : null;
  if (!parts) return false;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = parts.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
}

/**
 * A whole-number query parameter of at least `min`, or the 400 answer when it is not one.
 * @param {URLSearchParams} query @param {string} name @param {number} fallback @param {number} min
 */
function intParam(query, name, fallback, min) {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  return value >= min ? value : apiError(400, 'INVALID_FIELD_VALUE', { field: name, value: raw });
}

/** Checks a create body; returns the error to answer, or undefined when it is acceptable. @param {any} body */
function createBodyError(body) {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return apiError(400, 'INVALID_REQUEST');
  for (const field of ['departmentId', 'dateTime', 'name']) {
    if (body[field] === undefined || body[field] === null || body[field] === '') {
      return apiError(400, 'MISSING_REQUIRED_FIELD', { field }, `${field} is required`);
    }
  }
  if (!Number.isInteger(body.departmentId)) return apiError(400, 'INVALID_FIELD_VALUE', { field: 'departmentId', expected: 'integer' });
  if (!isLocalDateTime(body.dateTime)) return apiError(400, 'INVALID_DATE_TIME', { field: 'dateTime', value: String(body.dateTime) });
  if (typeof body.name !== 'string' || !body.name.trim()) return apiError(400, 'INVALID_FIELD_VALUE', { field: 'name', expected: 'non-empty string' });
  if (body.workerId !== undefined && !Number.isInteger(body.workerId)) return apiError(400, 'INVALID_FIELD_VALUE', { field: 'workerId', expected: 'integer' });
  if (body.externalUserId !== undefined && typeof body.externalUserId !== 'string')
    return apiError(400, 'INVALID_FIELD_VALUE', { field: 'externalUserId', expected: 'string' });
  return undefined;
}

;// CONCATENATED MODULE: ./sandbox/double/appointment-api.mjs
// The documented endpoints under /api/v1, over one environment's data (live or test).




/** @typedef {import('./api-result.mjs').ApiResult} ApiResult */
/** @typedef {import('../moncreneau-double.mjs').Appointment} Appointment */
/** @typedef {import('../moncreneau-double.mjs').EnvironmentState} EnvironmentStore */
/** @typedef {{ id: number, name: string, description?: string }} Department */
/**
 * @typedef {object} ApiRequest
 * @property {string} method
 * @property {string} path relative to /api/v1, e.g. '/appointments/7'
 * @property {URLSearchParams} query
 * @property {Buffer} body
 * @property {string | undefined} contentType
 * @property {string[]} scopes of the calling key
 * @property {EnvironmentStore} store the calling key's environment
 */

const STATUSES = ['PENDING_PAYMENT', 'SCHEDULED', 'COMPLETED', 'CANCELLED', 'NO_SHOW'];
const MAX_PAGE_SIZE = 100;
const READ = 'appointments:read';
const CREATE = 'appointments:create';

/**
 * @param {number} credits
 * @param {number} firstId ids differ between environments, as they would between two databases
 * @returns {EnvironmentStore}
 */
function createEnvironmentStore(credits, firstId) {
  return { credits, appointments: new Map(), nextId: firstId };
}

/**
 * @param {object} options
 * @param {Department[]} options.departments
 * @param {{ id: number, name: string }} options.organization
 * @param {'number' | 'string'} options.idType how ids are written (the docs say number, the Node SDK string)
 * @param {(name: string, method: string, path: string) => unknown} options.takeFault consumes an in-route fault
 * @param {(type: string, object: Record<string, unknown>) => void} options.onEvent webhook trigger
 */
function createAppointmentApi({ departments, organization, idType, takeFault, onEvent }) {
  /** @param {Appointment} appointment */
  const present = (appointment) => ({ ...appointment, id: idType === 'string' ? String(appointment.id) : appointment.id });

  /** @param {EnvironmentStore} store @param {string} rawId */
  const find = (store, rawId) => (/^\d+$/.test(rawId) ? store.appointments.get(Number(rawId)) : undefined);

  /** @typedef {(request: ApiRequest, id: string) => ApiResult} Handler */
  /** @satisfies {Record<string, Handler>} */
  const handlers = {
    listDepartments: () =>
      apiJson(
        200,
        departments.map((d) => ({ id: d.id, name: d.name, description: d.description ?? '', organization }))
      ),

    organization: ({ store }) => apiJson(200, { ...organization, availableCredits: store.credits }),

    listAppointments({ query, store }) {
      const page = intParam(query, 'page', 0, 0);
      const requested = intParam(query, 'size', 20, 1);
      if (typeof page !== 'number') return page;
      if (typeof requested !== 'number') return requested;
      const size = Math.min(requested, MAX_PAGE_SIZE); // Spring clamps rather than refuses
      const status = query.get('status');
      if (status && !STATUSES.includes(status)) return apiError(400, 'INVALID_FIELD_VALUE', { field: 'status', allowed: STATUSES });
      const departmentId = query.get('departmentId');
      const externalUserId = query.get('externalUserId');
      const startDate = query.get('startDate');
      const endDate = query.get('endDate');
      const matching = [...store.appointments.values()].filter(
        (a) =>
          (!status || a.status === status) &&
          (!departmentId || String(a.departmentId) === departmentId) &&
          (!externalUserId || a.externalUserId === externalUserId) &&
          // Prefix comparison makes a bare date cover that whole day at either end.
          (!startDate || a.dateTime >= startDate) &&
          (!endDate || a.dateTime.slice(0, endDate.length) <= endDate)
      );
      const totalPages = Math.ceil(matching.length / size);
      const without =
        /** @type {{ listWithout?: { fields: string[] } } | undefined} */ (takeFault('listWithout', 'GET', '/appointments'))?.listWithout?.fields ?? [];
      /** @param {Appointment} a */
      const listed = (a) => Object.fromEntries(Object.entries(present(a)).filter(([key]) => !without.includes(key)));
      return apiJson(200, {
        content: matching.slice(page * size, (page + 1) * size).map(listed),
        page,
        size,
        totalElements: matching.length,
        totalPages,
        last: page >= totalPages - 1
      });
    },

    createAppointment({ body: raw, contentType, store, method, path }) {
      if (!/^application\/json\b/i.test(contentType ?? '')) return apiError(415, 'UNSUPPORTED_MEDIA_TYPE');
      let body;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return apiError(400, 'INVALID_REQUEST', {}, 'Request body is not valid JSON');
      }
      const invalid = createBodyError(body);
      if (invalid) return invalid;
      if (!departments.some((d) => d.id === body.departmentId)) return apiError(404, 'DEPARTMENT_NOT_FOUND', { departmentId: body.departmentId });
      if (takeFault('slotUnavailable', method, path)) return apiError(409, 'SLOT_NOT_AVAILABLE', { dateTime: body.dateTime });
      const duplicate =
        body.externalUserId !== undefined &&
        [...store.appointments.values()].some((a) => a.status === 'SCHEDULED' && a.externalUserId === body.externalUserId && a.dateTime === body.dateTime);
      if (duplicate) return apiError(409, 'DUPLICATE_APPOINTMENT', { externalUserId: body.externalUserId, dateTime: body.dateTime });
      if (store.credits < 1) return apiError(402, 'INSUFFICIENT_CREDITS', { required: 1, available: store.credits });

      /** @type {Appointment} */
      const appointment = {
        id: store.nextId++,
        departmentId: body.departmentId,
        dateTime: body.dateTime,
        status: 'SCHEDULED',
        name: body.name,
        qrCode: `MC-${(0,external_node_crypto_.randomBytes)(8).toString('hex').toUpperCase()}`,
        createdAt: new Date().toISOString(),
        ...(body.externalUserId !== undefined ? { externalUserId: body.externalUserId } : {}),
        ...(body.workerId !== undefined ? { workerId: body.workerId } : {})
      };
      store.appointments.set(appointment.id, appointment);
      store.credits -= 1;
      onEvent('appointment.created', { ...present(appointment), creditsUsed: 1 });
      // The appointment exists and was paid for; only the answer is lost.
      if (takeFault('dropAfterCommit', method, path)) return { status: 0, dropConnection: true };
      // The appointment exists and was paid for; the answer says so in an undocumented way.
      const odd = /** @type {{ bookedAnswer?: { status: number, shape?: string, extra?: Record<string, unknown> } } | undefined} */ (
        takeFault('bookedAnswer', method, path)
      )?.bookedAnswer;
      if (odd) {
        const body = odd.shape === 'nested' ? { data: present(appointment) } : odd.shape === 'none' ? {} : present(appointment);
        return apiJson(odd.status, { ...body, ...odd.extra });
      }
      return apiJson(201, present(appointment));
    },

    getAppointment({ store }, id) {
      const appointment = find(store, id);
      return appointment ? apiJson(200, present(appointment)) : apiError(404, 'APPOINTMENT_NOT_FOUND', { id });
    },

    cancelAppointment({ store, query }, id) {
      const appointment = find(store, id);
      if (!appointment) return apiError(404, 'APPOINTMENT_NOT_FOUND', { id });
      // A retried cancel must not fail nor refund twice: answer 204 and change nothing.
      if (appointment.status === 'CANCELLED') return { status: 204 };
      appointment.status = 'CANCELLED';
      appointment.cancelledAt = new Date().toISOString();
      appointment.cancelReason = query.get('reason') ?? 'Cancelled via API';
      store.credits += 1;
      onEvent('appointment.cancelled', { ...present(appointment), creditsUsed: 1, creditsRefunded: 1 });
      return { status: 204 };
    }
  };

  /** @type {{ pattern: RegExp, methods: Record<string, { handler: Handler, scope?: string }> }[]} */
  const routes = [
    { pattern: /^\/departments$/, methods: { GET: { handler: handlers.listDepartments } } },
    { pattern: /^\/organizations\/me$/, methods: { GET: { handler: handlers.organization } } },
    {
      pattern: /^\/appointments$/,
      methods: {
        GET: { handler: handlers.listAppointments, scope: READ },
        POST: { handler: handlers.createAppointment, scope: CREATE }
      }
    },
    {
      pattern: /^\/appointments\/([^/]+)$/,
      methods: {
        GET: { handler: handlers.getAppointment, scope: READ },
        DELETE: { handler: handlers.cancelAppointment, scope: CREATE }
      }
    }
  ];

  /**
   * Routes one authenticated request.
   * @param {ApiRequest} request
   * @returns {ApiResult}
   */
  return function handle(request) {
    const path = request.path.length > 1 ? request.path.replace(/\/$/, '') : request.path;
    for (const { pattern, methods } of routes) {
      const match = pattern.exec(path);
      if (!match) continue;
      const route = methods[request.method];
      if (!route) return { ...apiError(405, 'METHOD_NOT_ALLOWED', { allowed: Object.keys(methods) }), headers: { allow: Object.keys(methods).join(', ') } };
      if (route.scope && !request.scopes.includes(route.scope)) {
        return apiError(403, 'INSUFFICIENT_SCOPE', { required: route.scope, granted: request.scopes });
      }
      return route.handler({ ...request, path }, match[1] ?? '');
    }
    return apiError(404, 'NOT_FOUND', { path: request.path });
  };
}

;// CONCATENATED MODULE: ./sandbox/double/faults.mjs
// Injected failures: which request gets which fault, and how each fault answers.


/**
 * @typedef {object} FaultSet
 * @property {(string | RegExp)[]} [paths] only requests under these API paths ('/appointments' covers '/appointments/7')
 * @property {string[]} [methods] only these methods
 * @property {number} [latencyMs] delay before answering (summed over matching sets)
 * @property {number} [serverErrors] the next N requests answer `serverErrorStatus`
 * @property {500 | 502 | 503 | 504} [serverErrorStatus] default 503
 * @property {{ count?: number, retryAfterSeconds?: number }} [rateLimited] 429 RATE_LIMIT_EXCEEDED (count default: every request)
 * @property {boolean | number} [htmlBody] 200 text/html login page
 * @property {boolean | number} [hang] accept and never answer
 * @property {number} [oversizeBody] 200 application/json (chunked) of this many bytes
 * @property {number} [dropConnection] destroy the socket without answering
 * @property {number} [dropAfterCommit] POST /appointments: create, charge, then destroy the socket
 * @property {number} [deleteErrors] DELETE answers 500 without cancelling
 * @property {number} [slotUnavailable] POST /appointments answers 409 SLOT_NOT_AVAILABLE
 * @property {{ status: number, shape?: 'top' | 'nested' | 'none', extra?: Record<string, unknown>, count?: number }} [bookedAnswer] POST /appointments: create and charge, then answer `status` with the appointment at the top, under `data`, or not at all, beside `extra`
 * @property {{ fields: string[], count?: number }} [listWithout] GET /appointments lists appointments without these fields
 * @property {string} [redirectTo] 302 to this URL
 * @property {{ status: number, body?: unknown, headers?: Record<string, string>, count?: number }} [respondWith] a canned answer
 * @property {number} [rateLimitRemaining] every key starts a fresh rate-limit window with this budget
 */

// Faults answered before authentication, in this order: the first one still due wins.
const ANSWERING = ['hang', 'dropConnection', 'serverErrors', 'deleteErrors', 'rateLimited', 'respondWith', 'redirectTo', 'htmlBody', 'oversizeBody'];
// Faults that act inside POST /appointments, after validation.
const IN_ROUTE = ['dropAfterCommit', 'slotUnavailable', 'bookedAnswer', 'listWithout'];
const OTHER = ['paths', 'methods', 'latencyMs', 'serverErrorStatus', 'rateLimitRemaining'];
const KNOWN = new Set([...ANSWERING, ...IN_ROUTE, ...OTHER]);

/** How many requests a fault value covers: `true` and settings objects cover all unless they carry a count. */
function countOf(/** @type {unknown} */ value) {
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && 'count' in value && typeof value.count === 'number') return value.count;
  return value ? Infinity : 0;
}

/** @param {FaultSet} set */
function compile(set) {
  const unknown = Object.keys(set).filter((name) => !KNOWN.has(name));
  if (unknown.length) throw new TypeError(`Unknown fault ${unknown.join(', ')}; known: ${[...KNOWN].join(', ')}`);
  /** @type {Record<string, number>} */
  const left = {};
  for (const name of [...ANSWERING, ...IN_ROUTE]) if (name in set) left[name] = countOf(set[/** @type {keyof FaultSet} */ (name)]);
  const methods = set.methods?.map((method) => method.toUpperCase());
  return {
    set,
    left,
    /** @param {string} method @param {string} path */
    matches(method, path) {
      if (methods && !methods.includes(method)) return false;
      if (!set.paths) return true;
      return set.paths.some((p) => (typeof p === 'string' ? path === p || path.startsWith(`${p}/`) : p.test(path)));
    }
  };
}

function createFaults() {
  /** @type {ReturnType<typeof compile>[]} */
  let rules = [];

  /** Consumes one use of `name` from the first matching rule that still has one. */
  function take(/** @type {string} */ name, /** @type {string} */ method, /** @type {string} */ path) {
    for (const rule of rules) {
      if (name === 'deleteErrors' && method !== 'DELETE') continue;
      if ((rule.left[name] ?? 0) > 0 && rule.matches(method, path)) {
        rule.left[name] = (rule.left[name] ?? 0) - 1;
        return rule.set;
      }
    }
    return undefined;
  }

  return {
    /**
     * Replaces the active faults.
     * @param {FaultSet | FaultSet[]} faults
     * @returns {number | undefined} the rateLimitRemaining asked for, if any
     */
    set(faults) {
      rules = (Array.isArray(faults) ? faults : [faults]).map(compile);
      return rules.find((rule) => rule.set.rateLimitRemaining !== undefined)?.set.rateLimitRemaining;
    },
    clear() {
      rules = [];
    },
    /**
     * The delay and the answering fault (if any) for one request.
     * @param {string} method
     * @param {string} path API path ('/appointments'), or the raw path outside the API
     */
    next(method, path) {
      const latencyMs = rules.reduce((sum, r) => sum + (r.matches(method, path) ? (r.set.latencyMs ?? 0) : 0), 0);
      for (const name of ANSWERING) {
        const set = take(name, method, path);
        if (set) return { latencyMs, fault: { name, set } };
      }
      return { latencyMs, fault: undefined };
    },
    take
  };
}

const LOGIN_PAGE =
  '<!DOCTYPE html><html><head><title>Sign in</title></head>' + '<body><h1>Please sign in</h1><form method="post"><input name="user"></form></body></html>';

/**
 * Answers one request the way the fault says.
 * @param {{ name: string, set: FaultSet }} fault
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ path: string, exhaustedHeaders: Record<string, number> }} context
 */
async function answerFault({ name, set }, req, res, { path, exhaustedHeaders }) {
  /** @param {number} status @param {string} code @param {string} message @param {Record<string, string | number>} [headers] */
  const error = (status, code, message, headers = {}) => {
    const text = JSON.stringify(errorEnvelope({ code, message, details: {} }, path));
    res.writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
  switch (name) {
    case 'hang':
      return; // the socket stays open until the client gives up or the double closes
    case 'dropConnection':
      req.socket.destroy();
      return;
    case 'serverErrors': {
      const status = set.serverErrorStatus ?? 503;
      const code = status === 503 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR';
      return error(status, code, `Injected ${status}`);
    }
    case 'deleteErrors':
      return error(500, 'INTERNAL_SERVER_ERROR', 'Injected 500: the appointment was not cancelled');
    case 'rateLimited':
      return error(429, 'RATE_LIMIT_EXCEEDED', 'Rate limit exceeded', {
        ...exhaustedHeaders,
        'retry-after': set.rateLimited?.retryAfterSeconds ?? 1
      });
    case 'respondWith': {
      const { status, body, headers = {} } = /** @type {NonNullable<FaultSet['respondWith']>} */ (set.respondWith);
      const text = typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body);
      const type = typeof body === 'string' ? 'text/plain' : 'application/json';
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(text);
      return;
    }
    case 'redirectTo':
      res.writeHead(302, { location: String(set.redirectTo), 'content-length': 0 });
      res.end();
      return;
    case 'htmlBody':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(LOGIN_PAGE);
      return;
    case 'oversizeBody':
      return streamOversize(res, Number(set.oversizeBody));
  }
}

/**
 * Streams a JSON document of `total` bytes in reused 64 KiB blocks, honouring
 * back-pressure, and stops as soon as the client goes away.
 * @param {import('node:http').ServerResponse} res
 * @param {number} total
 */
async function streamOversize(res, total) {
  const head = Buffer.from('{"padding":"');
  const tail = Buffer.from('"}');
  const block = Buffer.alloc(64 * 1024, 'x');
  let fill = Math.max(0, total - head.length - tail.length);
  res.writeHead(200, { 'content-type': 'application/json' });
  const gone = () => res.destroyed || !res.writable;
  /** @param {Buffer} chunk @returns {Promise<void>} */
  const write = (chunk) =>
    new Promise((resolve) => {
      if (res.write(chunk) || gone()) return resolve();
      const resume = () => {
        res.off('drain', resume);
        res.off('close', resume);
        resolve();
      };
      res.on('drain', resume);
      res.on('close', resume);
    });
  await write(head);
  while (fill > 0 && !gone()) {
    const size = Math.min(fill, block.length);
    await write(size === block.length ? block : block.subarray(0, size));
    fill -= size;
  }
  if (!gone()) res.end(tail);
}

;// CONCATENATED MODULE: ./sandbox/double/rate-limit.mjs
// Per-key request budget in fixed windows, as the X-RateLimit-* headers describe it.

/**
 * @typedef {object} RateLimitOptions
 * @property {number} [limit] requests per window, default 1000 (the documented hourly default)
 * @property {number} [remaining] budget a key starts a window with, default `limit`
 * @property {number} [windowSeconds] default 3600
 */

/** @param {RateLimitOptions} [options] */
function createRateLimiter({ limit = 1000, remaining, windowSeconds = 3600 } = {}) {
  /** @type {Map<string, { remaining: number, resetAt: number }>} */
  const windows = new Map();
  const defaultStart = remaining ?? limit;
  let start = defaultStart;

  /** @param {number} left @param {number} resetAt */
  const headers = (left, resetAt) => ({
    'x-ratelimit-limit': limit,
    'x-ratelimit-remaining': left,
    'x-ratelimit-reset': Math.ceil(resetAt / 1000)
  });

  return {
    /**
     * Counts one request for `key`.
     * @param {string} key
     * @returns {{ allowed: boolean, headers: Record<string, number>, retryAfterSeconds: number }}
     */
    take(key) {
      const now = Date.now();
      let window = windows.get(key);
      if (!window || now >= window.resetAt) {
        window = { remaining: start, resetAt: now + windowSeconds * 1000 };
        windows.set(key, window);
      }
      const allowed = window.remaining > 0;
      if (allowed) window.remaining -= 1;
      const retryAfterSeconds = Math.max(1, Math.ceil((window.resetAt - now) / 1000));
      return { allowed, headers: headers(window.remaining, window.resetAt), retryAfterSeconds };
    },

    /** Headers for an answer that spent the whole budget (the rateLimited fault). */
    exhaustedHeaders() {
      return headers(0, Date.now() + windowSeconds * 1000);
    },

    /**
     * Starts every key on a fresh window with `budget` requests (default: back to the configured start).
     * @param {number} [budget]
     */
    reset(budget = defaultStart) {
      start = budget;
      windows.clear();
    }
  };
}

;// CONCATENATED MODULE: ./sandbox/signature.mjs
// The webhook signature wire format, built and checked in exactly this one place:
// X-Moncreneau-Signature: sha256=<lowercase hex HMAC-SHA256 of the raw body>.


const PREFIX = 'sha256=';
const HEX_DIGEST = /^[0-9a-f]{64}$/i;

/**
 * Bare hex HMAC-SHA256 of the body, keyed with the secret's UTF-8 bytes as given
 * (the `whsec_` prefix is part of the key).
 * @param {string} secret
 * @param {Buffer | string} rawBody
 * @returns {string}
 */
function hmacHex(secret, rawBody) {
  return (0,external_node_crypto_.createHmac)('sha256', Buffer.from(secret, 'utf8')).update(rawBody).digest('hex');
}

/**
 * The full header value a MONCRENEAU delivery carries.
 * @param {string} secret
 * @param {Buffer | string} rawBody
 * @returns {string} `sha256=<hex>`
 */
function signatureHeader(secret, rawBody) {
  return PREFIX + hmacHex(secret, rawBody);
}

/**
 * True when `header` is `sha256=<hex>` and the hex is the HMAC of the exact raw
 * body bytes. Checks the format first, then the length, then compares in constant time.
 * @param {string} secret
 * @param {Buffer} rawBody
 * @param {string | string[] | undefined} header
 * @returns {boolean}
 */
function verifySignature(secret, rawBody, header) {
  if (typeof header !== 'string' || !header.startsWith(PREFIX)) return false;
  const hex = header.slice(PREFIX.length);
  if (!HEX_DIGEST.test(hex)) return false;
  const given = Buffer.from(hex, 'hex');
  const expected = (0,external_node_crypto_.createHmac)('sha256', Buffer.from(secret, 'utf8')).update(rawBody).digest();
  return given.length === expected.length && (0,external_node_crypto_.timingSafeEqual)(given, expected);
}

;// CONCATENATED MODULE: ./sandbox/double/webhook-sender.mjs
// Signed webhook deliveries, sent the way MONCRENEAU sends them: one POST per event,
// after the API has answered, with a timeout, never following redirects.





/**
 * @typedef {object} WebhookTarget
 * @property {string} url the application's endpoint
 * @property {string} secret signing secret, used exactly as given (whsec_...)
 * @property {string} [ca] PEM CA to trust for an https endpoint, besides the system store
 * @property {number} [timeoutMs] per delivery, default 5000 (the guide's answer budget)
 * @property {boolean} [prettyPrint] indent the JSON body: a receiver that re-serialises before hashing then fails
 */
/**
 * @typedef {object} Delivery
 * @property {string} event e.g. appointment.created
 * @property {string} eventId evt_...
 * @property {number | string | undefined} appointmentId
 * @property {string} url
 * @property {number} [status] HTTP status the endpoint answered
 * @property {string} [error] network, TLS or timeout failure instead of a status
 * @property {number} ms
 * @property {string} at ISO time the delivery started
 */

/** ISO time without milliseconds, as in the documented payload ("2026-01-21T14:30:00Z"). */
const isoSeconds = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

/** @param {Error & { code?: string }} error */
const describe = (error) => (error.code ? `${error.code}: ${error.message}` : error.message);

/**
 * The exact bytes of one event, ready to sign.
 * @param {string} type
 * @param {Record<string, unknown>} object
 * @param {boolean} prettyPrint
 */
function eventBody(type, object, prettyPrint) {
  const eventId = `evt_${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`;
  const payload = { id: eventId, type, created: isoSeconds(), data: { object } };
  return { eventId, body: Buffer.from(JSON.stringify(payload, null, prettyPrint ? 2 : undefined), 'utf8') };
}

/**
 * Posts one signed body; `finish` is called exactly once with the outcome.
 * @param {WebhookTarget} target
 * @param {string} type
 * @param {Buffer} body
 * @param {(outcome: { status?: number, error?: string }) => void} finish
 * @returns {http.ClientRequest}
 */
function post({ url, secret, ca, timeoutMs = 5000 }, type, body, finish) {
  const client = url.startsWith('https:') ? external_node_https_ : external_node_http_;
  const request = client.request(url, {
    method: 'POST',
    agent: false, // one connection per delivery, closed after it: nothing pooled to leak
    ...(ca ? { ca } : {}),
    headers: {
      'content-type': 'application/json',
      'content-length': body.length,
      'user-agent': 'MONCRENEAU-Webhooks/1 (sandbox double)',
      'x-moncreneau-event': type,
      'x-moncreneau-signature': signatureHeader(secret, body)
    }
  });
  let ended = false;
  /** @param {{ status?: number, error?: string }} outcome */
  const end = (outcome) => {
    if (ended) return;
    ended = true;
    clearTimeout(timer);
    finish(outcome);
  };
  const timer = setTimeout(() => {
    end({ error: `timeout after ${timeoutMs} ms` });
    request.destroy();
  }, timeoutMs);
  request.on('response', (response) => {
    response.resume(); // only the status matters; the body is drained
    response.on('end', () => end({ status: response.statusCode }));
    response.on('error', (error) => end({ error: describe(error) }));
  });
  request.on('error', (error) => end({ error: describe(error) }));
  request.end(body);
  return request;
}

/**
 * @param {(delivery: Delivery) => void} record called once per delivery when it ends
 */
function createWebhookSender(record) {
  /** @type {WebhookTarget | undefined} */
  let target;
  /** @type {Set<http.ClientRequest>} */
  const inFlight = new Set();

  return {
    /** @param {WebhookTarget | undefined | null} next */
    setTarget(next) {
      if (next) new URL(next.url); // fail now on a malformed URL, not at the first event
      target = next ?? undefined;
    },

    /**
     * Sends one event in the background; does nothing without a target.
     * @param {string} type
     * @param {Record<string, unknown>} object
     */
    send(type, object) {
      if (!target) return;
      const { eventId, body } = eventBody(type, object, target.prettyPrint ?? false);
      const started = performance.now();
      const appointmentId = /** @type {number | string | undefined} */ (object.id);
      const base = { event: type, eventId, appointmentId, url: target.url, at: new Date().toISOString() };
      /** @type {http.ClientRequest | undefined} */
      let request;
      try {
        request = post(target, type, body, (outcome) => {
          if (request) inFlight.delete(request);
          record({ ...base, ...outcome, ms: Math.round(performance.now() - started) });
        });
        inFlight.add(request);
      } catch (error) {
        // e.g. a malformed CA: a failed delivery, never a failed API answer
        record({ ...base, error: describe(/** @type {Error} */ (error)), ms: 0 });
      }
    },

    /** Aborts deliveries still running. */
    close() {
      for (const request of inFlight) request.destroy(new Error('double closed'));
    }
  };
}

;// CONCATENATED MODULE: ./sandbox/http-util.mjs
// Small pieces both sandbox servers share: a capped body reader and JSON answers.

/** Largest request body either sandbox server keeps in memory. */
const MAX_BODY_BYTES = 1024 * 1024;

// Past this much discarded input we stop being polite and drop the connection,
// so an endless upload cannot keep a socket busy forever.
const DISCARD_LIMIT_FACTOR = 16;

/** Thrown by readBody when the body is over its limit; servers answer 413. */
class BodyTooLargeError extends Error {
  /** @param {number} limit */
  constructor(limit) {
    super(`Request body is larger than ${limit} bytes`);
    this.name = 'BodyTooLargeError';
    this.limit = limit;
  }
}

/**
 * Reads a whole request body, keeping at most `limit` bytes. An oversize body is
 * still drained (and discarded) so the client gets a clean 413 instead of a reset.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} [limit]
 * @returns {Promise<Buffer>}
 */
function readBody(req, limit = MAX_BODY_BYTES) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > limit * DISCARD_LIMIT_FACTOR) req.socket.destroy();
    });
    req.on('end', () => {
      if (size > limit) reject(new BodyTooLargeError(limit));
      else resolve(Buffer.concat(chunks, size));
    });
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(new Error('Request aborted before its body ended'));
    });
  });
}

/**
 * Answers with a JSON body, unless the response is already gone.
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string | number>} [headers]
 */
function sendJson(res, status, body, headers = {}) {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text)
  });
  res.end(text);
}

/**
 * Resolves after `ms`, or at once when `signal` aborts (a server closing), so no
 * timer outlives the server that set it.
 * @param {number} ms
 * @param {AbortSignal} signal
 * @returns {Promise<void>}
 */
function pause(ms, signal) {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}

/**
 * Keeps track of a server's sockets so close() can end them all, including
 * ones held by a request that will never be answered.
 * @param {import('node:net').Server} server
 * @returns {() => Promise<void>} closes the server and destroys every socket
 */
function trackSockets(server) {
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
}

/**
 * Starts listening and returns the bound port.
 * @param {import('node:net').Server} server
 * @param {number} port
 * @param {string} host
 * @returns {Promise<number>}
 */
function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/**
 * The host part of a URL for a listening address (IPv6 needs brackets).
 * @param {string} host
 */
function urlHost(host) {
  return host.includes(':') ? `[${host}]` : host;
}

;// CONCATENATED MODULE: ./sandbox/recorder.mjs
// A bounded log that tests can wait on: "resolve once n entries have arrived".

/**
 * @template T
 * @typedef {object} Recorder
 * @property {T[]} items the newest entries, at most `limit` of them
 * @property {() => number} total how many entries were ever recorded
 * @property {(item: T) => void} push
 * @property {(count: number, timeoutMs?: number) => Promise<T[]>} waitFor
 * @property {(reason: string) => void} close rejects every waiter
 */

/**
 * @template T
 * @param {string} label what is recorded, for timeout messages ("webhook deliveries")
 * @param {number} [limit] older entries are dropped past this, so a long-running sandbox stays bounded
 * @returns {Recorder<T>}
 */
function createRecorder(label, limit = 10_000) {
  /** @type {T[]} */
  const items = [];
  let total = 0;
  /** @type {Set<{ count: number, settle: (error?: Error) => void }>} */
  const waiters = new Set();

  return {
    items,
    total: () => total,
    push(item) {
      items.push(item);
      total += 1;
      if (items.length > limit) items.shift();
      for (const waiter of waiters) if (total >= waiter.count) waiter.settle();
    },
    waitFor(count, timeoutMs = 2000) {
      if (total >= count) return Promise.resolve(items.slice());
      return new Promise((resolve, reject) => {
        const waiter = {
          count,
          settle: (/** @type {Error | undefined} */ error) => {
            clearTimeout(timer);
            waiters.delete(waiter);
            if (error) reject(error);
            else resolve(items.slice());
          }
        };
        const timer = setTimeout(() => waiter.settle(new Error(`Timed out after ${timeoutMs} ms waiting for ${count} ${label}; got ${total}`)), timeoutMs);
        waiters.add(waiter);
      });
    },
    close(reason) {
      for (const waiter of waiters) waiter.settle(new Error(`${reason} while waiting for ${label}`));
    }
  };
}

;// CONCATENATED MODULE: ./sandbox/moncreneau-double.mjs
// A local stand-in for the MONCRENEAU API (/api/v1), with live and test environments,
// credit accounting, signed webhooks and injectable faults, for tests and `npm run sandbox`.












/** @typedef {import('./double/api-result.mjs').ApiResult} ApiResult */
/** @typedef {import('./moncreneau-double.mjs').DoubleOptions} DoubleOptions */
/** @typedef {import('./moncreneau-double.mjs').Double} Double */
/** @typedef {import('./moncreneau-double.mjs').RequestRecord} RequestRecord */

const API_PREFIX = '/api/v1';

const DEFAULT_ORGANIZATION = { id: 42, name: 'Clinique du Sandbox' };
/** Each environment's departments unless `options.departments`: the ids smoke mode books in. */
const DEFAULT_DEPARTMENTS = [
  { id: 1, name: 'Consultations', description: 'General consultations' },
  { id: 2, name: 'Pédiatrie', description: 'Paediatrics' },
  { id: 3, name: 'Radiologie', description: 'Imaging' }
];
// Ids start far apart so a test never mistakes a test-environment id for a live one.
const FIRST_ID = { live: 1001, test: 900001 };

/** The request log must never hold a key. @param {http.IncomingHttpHeaders} headers */
function redact(headers) {
  const copy = { ...headers };
  for (const name of ['x-api-key', 'authorization']) if (name in copy) copy[name] = '[redacted]';
  return copy;
}

/** @param {DoubleOptions['https']} option */
async function tlsMaterial(option) {
  if (!option) return undefined;
  if (option !== true) return { key: option.key, cert: option.cert, ca: option.ca ?? option.cert };
  const ca = await makeCa();
  const leaf = await makeCertificateSignedBy(ca, { altNames: ['localhost', '127.0.0.1', '::1'] });
  return { key: leaf.key, cert: leaf.cert, ca: ca.cert };
}

/**
 * Starts the double on 127.0.0.1 (a random port unless `options.port`).
 * @param {DoubleOptions} [options]
 * @returns {Promise<Double>}
 */
async function startDouble(options = {}) {
  const { host = '127.0.0.1', port = 0, credits = 500, idType = 'number', logLimit = 10_000 } = options;
  const access = createAccess(options);
  const rateLimiter = createRateLimiter(options.rateLimit);
  const faults = createFaults();
  /** @type {import('./recorder.mjs').Recorder<RequestRecord>} */
  const requests = createRecorder('requests', logLimit);
  /** @type {import('./recorder.mjs').Recorder<import('./double/webhook-sender.mjs').Delivery>} */
  const deliveries = createRecorder('webhook deliveries', logLimit);
  const webhooks = createWebhookSender((delivery) => deliveries.push(delivery));
  webhooks.setTarget(options.webhook);
  const closing = new AbortController();
  let budgetOverridden = false;

  const live = createEnvironmentStore(credits, FIRST_ID.live);
  const test = createEnvironmentStore(credits, FIRST_ID.test);
  const state = {
    live,
    test,
    // The live environment's data is what most tests look at, so it is also at the top.
    get credits() {
      return live.credits;
    },
    set credits(value) {
      live.credits = value;
    },
    get appointments() {
      return live.appointments;
    },
    requests: requests.items,
    deliveries: deliveries.items
  };

  const handleApi = createAppointmentApi({
    departments: options.departments ?? DEFAULT_DEPARTMENTS,
    organization: options.organization ?? DEFAULT_ORGANIZATION,
    idType,
    takeFault: (name, method, path) => faults.take(name, method, path),
    // Deliveries start after the API answer is written, as a real queue would.
    onEvent: (type, object) =>
      setImmediate(() => {
        if (!closing.signal.aborted) webhooks.send(type, object);
      })
  });

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   */
  async function handle(req, res) {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://double');
    const inApi = url.pathname === API_PREFIX || url.pathname.startsWith(`${API_PREFIX}/`);
    const path = inApi ? url.pathname.slice(API_PREFIX.length) || '/' : url.pathname;
    /** @type {RequestRecord} */
    const entry = { method, path: req.url ?? '/', headers: redact(req.headers), at: new Date().toISOString() };
    requests.push(entry);
    res.on('finish', () => (entry.status = res.statusCode));

    /** @param {ApiResult} result @param {Record<string, string | number>} [headers] */
    const answer = (result, headers = {}) => {
      if (result.dropConnection) return void req.socket.destroy();
      const all = { ...headers, ...result.headers };
      if (result.error) sendJson(res, result.status, errorEnvelope(result.error, url.pathname), all);
      else if (result.json !== undefined) sendJson(res, result.status, result.json, all);
      else res.writeHead(result.status, all).end();
    };

    let body;
    try {
      body = await readBody(req);
    } catch (error) {
      if (error instanceof BodyTooLargeError) answer(apiError(413, 'PAYLOAD_TOO_LARGE', { limit: error.limit }));
      return; // otherwise the client went away
    }
    const { latencyMs, fault } = faults.next(method, path);
    if (latencyMs > 0) await pause(latencyMs, closing.signal);
    if (closing.signal.aborted || res.destroyed) return;
    if (fault) return answerFault(fault, req, res, { path: url.pathname, exhaustedHeaders: rateLimiter.exhaustedHeaders() });
    if (!inApi) return answer(apiError(404, 'NOT_FOUND', { path: url.pathname }));

    const auth = access.authenticate(req.headers);
    if (!auth.ok) return answer(apiError(401, auth.code));
    const { identity } = auth;
    const limit = rateLimiter.take(identity.key);
    if (!limit.allowed) {
      return answer(apiError(429, 'RATE_LIMIT_EXCEEDED'), { ...limit.headers, 'retry-after': limit.retryAfterSeconds });
    }
    const contentType = req.headers['content-type'];
    const store = identity.environment === 'test' ? test : live;
    answer(handleApi({ method, path, query: url.searchParams, body, contentType, scopes: identity.scopes, store }), limit.headers);
  }

  const tls = await tlsMaterial(options.https);
  /** @type {http.RequestListener} */
  const listener = (req, res) => {
    handle(req, res).catch((error) => {
      if (res.headersSent) return void res.destroy();
      const envelope = errorEnvelope({ code: 'INTERNAL_SERVER_ERROR', message: String(error?.message ?? error), details: {} }, req.url ?? '/');
      sendJson(res, 500, envelope);
    });
  };
  const server = tls ? external_node_https_.createServer({ key: tls.key, cert: tls.cert }, listener) : external_node_http_.createServer(listener);
  const closeServer = trackSockets(server);
  const boundPort = await listen(server, port, host);
  const origin = `${tls ? 'https' : 'http'}://${urlHost(host)}:${boundPort}`;
  /** @type {Promise<void> | undefined} */
  let closed;

  /** @type {Double} */
  const double = {
    url: `${origin}${API_PREFIX}`,
    origin,
    keys: access.keys,
    state,
    ca: tls?.ca,
    cert: tls?.cert,
    setFaults(next) {
      const budget = faults.set(next);
      budgetOverridden = budget !== undefined;
      if (budgetOverridden) rateLimiter.reset(budget);
    },
    clearFaults() {
      faults.clear();
      if (budgetOverridden) rateLimiter.reset();
      budgetOverridden = false;
    },
    setWebhook: (target) => webhooks.setTarget(target),
    waitForDeliveries: (count, timeoutMs) => deliveries.waitFor(count, timeoutMs),
    revokeKey: (key) => access.revoke(key),
    close() {
      closed ??= (() => {
        closing.abort();
        webhooks.close();
        deliveries.close('double closed');
        return closeServer();
      })();
      return closed;
    }
  };
  if (options.faults) double.setFaults(options.faults);
  return double;
}

;// CONCATENATED MODULE: ./sandbox/webhook-receiver.mjs
// A sample application endpoint for MONCRENEAU webhooks: one correct verifier and
// the known broken ones, so the gate's webhook checks can be tested against each.








/** @typedef {import('./webhook-receiver.mjs').Behaviour} Behaviour */
/** @typedef {import('./webhook-receiver.mjs').ReceiverOptions} ReceiverOptions */
/** @typedef {import('./webhook-receiver.mjs').Receiver} Receiver */
/** @typedef {import('./webhook-receiver.mjs').ReceivedEvent} ReceivedEvent */

/**
 * How each behaviour judges a delivery: true means the app accepts and processes it.
 * @type {Record<Behaviour, (secret: string, raw: Buffer, headers: http.IncomingHttpHeaders) => boolean>}
 */
const JUDGES = {
  verify: (secret, raw, headers) => verifySignature(secret, raw, headers['x-moncreneau-signature']),
  'accept-all': () => true,
  // The SDK trap: the whole header, `sha256=` included, against the bare hex; never equal.
  'no-strip': (secret, raw, headers) => headers['x-moncreneau-signature'] === hmacHex(secret, raw),
  // The SDK trap: a header MONCRENEAU does not send.
  'wrong-header': (secret, raw, headers) => verifySignature(secret, raw, headers['x-webhook-signature']),
  // The SDK trap: hashing a re-serialisation, which matches only when the sender serialised the same way.
  reserialise: (secret, raw, headers) => {
    let again;
    try {
      again = JSON.stringify(JSON.parse(raw.toString('utf8')));
    } catch {
      return false;
    }
    return verifySignature(secret, Buffer.from(again, 'utf8'), headers['x-moncreneau-signature']);
  },
  // A stale or mistyped secret in the app's configuration.
  'other-secret': (secret, raw, headers) => verifySignature(`${secret}_stale`, raw, headers['x-moncreneau-signature']),
  slow: (secret, raw, headers) => verifySignature(secret, raw, headers['x-moncreneau-signature']),
  redirect: () => false,
  error: () => false
};

const BEHAVIOURS = /** @type {Behaviour[]} */ (Object.keys(JUDGES));
const CONFIRM_PATH = /^\/confirm\/([^/]+)\/([^/]+)$/;

/** @param {string} text */
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Starts a webhook endpoint on 127.0.0.1; POSTs to any path are deliveries.
 * @param {ReceiverOptions} options
 * @returns {Promise<Receiver>}
 */
async function startReceiver(options) {
  const { secret = '', behaviour = 'verify', host = '127.0.0.1', port = 0, delayMs = 6000, path = '/webhooks/moncreneau', confirm = true } = options;
  const judge = JUDGES[behaviour];
  if (!judge) throw new TypeError(`Unknown receiver behaviour '${behaviour}'. Expected one of: ${BEHAVIOURS.join(', ')}`);
  if (!secret && !['accept-all', 'redirect', 'error'].includes(behaviour)) {
    throw new TypeError(`Receiver behaviour '${behaviour}' needs a secret`);
  }
  /** @type {import('./recorder.mjs').Recorder<ReceivedEvent>} */
  const events = createRecorder('webhook events');
  const closing = new AbortController();

  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://receiver');
    const confirmation = confirm && req.method === 'GET' ? CONFIRM_PATH.exec(url.pathname) : null;
    if (confirmation) {
      const [, appointmentId, type] = confirmation.map(decodeURIComponent);
      const seen = events.items.some((e) => e.accepted && e.event === type && String(e.payload?.data?.object?.id) === appointmentId);
      return sendJson(res, seen ? 200 : 404, { confirmed: seen, appointmentId, event: type });
    }
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST only' }, { allow: 'POST' });

    let raw;
    try {
      raw = await readBody(req);
    } catch (error) {
      if (error instanceof BodyTooLargeError) sendJson(res, 413, { error: error.message });
      return;
    }
    if (behaviour === 'error') return sendJson(res, 500, { error: 'internal error' });
    if (behaviour === 'redirect') {
      res.writeHead(302, { location: options.redirectTo ?? `${origin}/moved`, 'content-length': 0 }).end();
      return;
    }
    const accepted = judge(secret, raw, req.headers);
    if (behaviour === 'slow') await pause(delayMs, closing.signal);
    if (closing.signal.aborted || res.destroyed) return;
    const body = raw.toString('utf8');
    const eventHeader = req.headers['x-moncreneau-event'];
    events.push({
      event: typeof eventHeader === 'string' ? eventHeader : undefined,
      body,
      payload: parseJson(body),
      headers: req.headers,
      accepted,
      at: new Date().toISOString()
    });
    sendJson(res, accepted ? 200 : 401, accepted ? { received: true } : { error: 'invalid signature' });
  }

  /** @type {http.RequestListener} */
  const listener = (req, res) => {
    handle(req, res).catch(() => {
      if (res.headersSent) res.destroy();
      else sendJson(res, 500, { error: 'receiver failure' });
    });
  };
  const server = options.https ? external_node_https_.createServer({ key: options.https.key, cert: options.https.cert }, listener) : external_node_http_.createServer(listener);
  const closeServer = trackSockets(server);
  const boundPort = await listen(server, port, host);
  const origin = `${options.https ? 'https' : 'http'}://${urlHost(host)}:${boundPort}`;
  /** @type {Promise<void> | undefined} */
  let closed;

  return {
    url: `${origin}${path}`,
    origin,
    events: events.items,
    waitForEvents: (count, timeoutMs) => events.waitFor(count, timeoutMs),
    close() {
      closed ??= (() => {
        closing.abort();
        events.close('receiver closed');
        return closeServer();
      })();
      return closed;
    }
  };
}

;// CONCATENATED MODULE: ./sandbox/sandbox.mjs
// The MONCRENEAU double plus a verifying webhook receiver, wired together, with the lines that
// point the gate at them. Started by `npm run sandbox` (sandbox-cli.mjs) and by the command
// line's `moncreneau-deploy-gate sandbox`, which bundles this file.









/** @param {string} program */
const usage = (program) => `Usage: ${program} [--https] [--port N] [--receiver-port N] [--credits N]
         [--webhook-url URL --webhook-secret SECRET] [--write-env PATH]
  --https           serve both the API and the receiver over HTTPS with a throwaway CA (the
                    gate accepts plain http only in staging, with the test key)
  --port N          API port (default: a free one)
  --receiver-port N webhook receiver port (default: a free one)
  --credits N       starting credits of each environment (default 500)
  --webhook-url URL deliver webhooks to your own endpoint instead of the built-in receiver
  --webhook-secret SECRET  the secret they are signed with (your endpoint's; needed with --webhook-url)
  --write-env PATH  also write the variables as KEY=VALUE lines to PATH once everything is
                    listening (for a workflow: cat PATH >> "$GITHUB_ENV")`;

/** @param {string | undefined} value @param {string} name @param {number} fallback */
function wholeNumber(value, name, fallback) {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new Error(`--${name} must be a whole number, got '${value}'`);
  return Number(value);
}

/** Quotes a value for a POSIX shell line. @param {string} value */
const shellQuote = (value) => `'${value.replaceAll("'", `'\\''`)}'`;

/**
 * Starts the sandbox and prints how to use it; resolves once everything listens, with `close`.
 * Resolves with undefined after printing the help when --help was asked for.
 * @param {string[]} argv
 * @param {{ program?: string, gateCommand?: string, print?: (text: string) => void }} [options]
 *   gateCommand: how the printed lines run the gate (`node dist/cli.js` from a clone)
 * @returns {Promise<{ close: () => Promise<void> } | undefined>}
 */
async function startSandbox(argv, { program = 'node sandbox/sandbox-cli.mjs', gateCommand = 'node dist/cli.js', print = console.log } = {}) {
  const { values } = (0,external_node_util_.parseArgs)({
    args: argv,
    options: {
      https: { type: 'boolean', default: false },
      port: { type: 'string' },
      'receiver-port': { type: 'string' },
      credits: { type: 'string' },
      'webhook-url': { type: 'string' },
      'webhook-secret': { type: 'string' },
      'write-env': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false }
    }
  });
  if (values.help) return void print(usage(program));
  if (values['webhook-url'] && !values['webhook-secret']) throw new Error('--webhook-url needs --webhook-secret');
  const port = wholeNumber(values.port, 'port', 0);
  const receiverPort = wholeNumber(values['receiver-port'], 'receiver-port', 0);
  const credits = wholeNumber(values.credits, 'credits', 500);

  // One CA signs both servers, so one NODE_EXTRA_CA_CERTS file lets the gate trust both.
  const ca = values.https ? await makeCa() : undefined;
  const leaf = ca ? await makeCertificateSignedBy(ca, { altNames: ['localhost', '127.0.0.1', '::1'] }) : undefined;
  const tlsDir = ca ? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'moncreneau-sandbox-')) : undefined;
  const caFile = tlsDir && ca ? (0,external_node_path_.join)(tlsDir, 'ca.pem') : undefined;
  if (caFile && ca) (0,external_node_fs_.writeFileSync)(caFile, ca.cert);

  const secret = values['webhook-secret'] ?? `whsec_${(0,external_node_crypto_.randomBytes)(24).toString('hex')}`;
  const receiver = values['webhook-url'] ? undefined : await startReceiver({ secret, port: receiverPort, https: leaf });
  const webhookUrl = values['webhook-url'] ?? /** @type {NonNullable<typeof receiver>} */ (receiver).url;
  const cleanUp = async () => {
    await receiver?.close();
    if (tlsDir) (0,external_node_fs_.rmSync)(tlsDir, { recursive: true, force: true });
  };
  const double = await startDouble({
    port,
    credits,
    https: leaf && ca ? { ...leaf, ca: ca.cert } : false,
    webhook: { url: webhookUrl, secret, ca: ca?.cert }
  }).catch(async (error) => {
    await cleanUp(); // e.g. the port is taken: leave nothing running behind
    throw error;
  });

  /** @type {[string, string][]} */
  const facts = [
    ['API', double.url],
    ['live key', double.keys.live],
    ['test key', double.keys.test],
    ['webhook URL', `${webhookUrl}${receiver ? '  (built-in verifying receiver)' : ''}`],
    ['webhook secret', secret],
    ...(receiver ? [/** @type {[string, string]} */ (['confirm', `GET ${receiver.origin}/confirm/{appointmentId}/{event}`])] : []),
    ['departments', DEFAULT_DEPARTMENTS.map((d) => `${d.id} ${d.name}`).join(', ')],
    ...(caFile ? [/** @type {[string, string]} */ (['CA file', caFile])] : [])
  ];
  const lines = [
    'MONCRENEAU sandbox is running. Ctrl-C to stop.',
    '',
    ...facts.map(([label, value]) => `${label.padEnd(15)}${value}`),
    '',
    ...(caFile
      ? ['# Point the gate at the sandbox (production, live key; NODE_EXTRA_CA_CERTS trusts its CA):']
      : [
          '# Point the gate at the sandbox. Plain http is accepted only in staging with the test key,',
          '# as the command below runs it; for production and the live key, restart with --https.'
        ]),
    `export MONCRENEAU_API_URL=${shellQuote(double.url)}`,
    `export MONCRENEAU_API_KEY=${shellQuote(double.keys.live)}`,
    `export MONCRENEAU_WEBHOOK_URL=${shellQuote(webhookUrl)}`,
    `export MONCRENEAU_WEBHOOK_SECRET=${shellQuote(secret)}`,
    ...(caFile ? [`export NODE_EXTRA_CA_CERTS=${shellQuote(caFile)}`] : []),
    '# Then run the gate against it (the webhook receiver is on loopback, so allow a private host):',
    caFile
      ? `${gateCommand} preflight --allow-private-webhook true`
      : `MONCRENEAU_API_KEY=${shellQuote(double.keys.test)} ${gateCommand} preflight --environment staging --allow-private-webhook true`,
    // The README's smoke example books in department 5, which the double does not have.
    ...(receiver
      ? [
          `# Smoke mode books in one of the departments above${caFile ? '' : ' (staging and the test key again)'}, and the receiver confirms each webhook:`,
          `${caFile ? '' : `MONCRENEAU_API_KEY=${shellQuote(double.keys.test)} `}${gateCommand} smoke ${caFile ? '' : '--environment staging '}--department-id ${DEFAULT_DEPARTMENTS[0].id} --webhook-confirm-url ${shellQuote(`${receiver.origin}/confirm/{appointmentId}/{event}`)}`
        ]
      : [])
  ];
  if (values['write-env']) {
    /** @type {[string, string][]} */
    const variables = [
      ['MONCRENEAU_API_URL', double.url],
      ['MONCRENEAU_API_KEY', double.keys.live],
      ['MONCRENEAU_TEST_API_KEY', double.keys.test],
      ['MONCRENEAU_WEBHOOK_URL', webhookUrl],
      ['MONCRENEAU_WEBHOOK_SECRET', secret],
      ...(receiver ? [/** @type {[string, string]} */ (['MONCRENEAU_CONFIRM_URL', `${receiver.origin}/confirm/{appointmentId}/{event}`])] : []),
      ...(caFile ? [/** @type {[string, string]} */ (['NODE_EXTRA_CA_CERTS', caFile])] : [])
    ];
    // Written whole and renamed, so a reader waiting for the file never sees half of it.
    const temporary = `${values['write-env']}.partial`;
    (0,external_node_fs_.writeFileSync)(temporary, variables.map(([name, value]) => `${name}=${value}\n`).join(''));
    (0,external_node_fs_.renameSync)(temporary, values['write-env']);
  }
  print(lines.join('\n'));
  return {
    close: async () => {
      await Promise.all([double.close(), cleanUp()]);
    }
  };
}

// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
;// CONCATENATED MODULE: ./src/cli/sandbox-command.ts
/**
 * `sandbox [--https]`: the local MONCRENEAU double and a verifying webhook receiver (the
 * sandbox/ modules, bundled into the command line), running until Ctrl-C.
 */




/** How the printed lines run the gate: as it was started, the bin or `node <path>/cli.js`. */
function gateCommand(script) {
    if (!script || (0,external_node_path_.basename)(script) !== 'cli.js')
        return help/* PROGRAM */.RX;
    const near = (0,external_node_path_.relative)(process.cwd(), script);
    return `node ${near && !near.startsWith('..') ? near : script}`;
}
/** Resolves on the first of SIGINT and SIGTERM, with its name. */
function stopSignal() {
    return new Promise((resolve) => {
        const stop = (name) => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            resolve(name);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
    });
}
async function runSandboxCommand(argv, terminal) {
    let sandbox;
    const stopped = stopSignal();
    try {
        sandbox = await startSandbox([...argv], { program: `${help/* PROGRAM */.RX} sandbox`, gateCommand: gateCommand(process.argv[1]), print: terminal.out });
    }
    catch (error) {
        const { code, message } = error;
        if (code?.startsWith('ERR_PARSE_ARGS') || /must be a whole number|needs --/.test(message))
            throw new exit_codes/* UsageError */.e(`sandbox: ${message.split('\n')[0]}`);
        terminal.err(`error: the sandbox could not start: ${message}`);
        return exit_codes/* EXIT */.d.fault;
    }
    if (!sandbox)
        return exit_codes/* EXIT */.d.ok;
    const signal = await stopped;
    terminal.out(`\n${signal}: closing the sandbox`);
    await sandbox.close();
    return exit_codes/* EXIT */.d.ok;
}


/***/ })

};
