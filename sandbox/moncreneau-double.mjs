// A local stand-in for the MONCRENEAU API (/api/v1), with live and test environments,
// credit accounting, signed webhooks and injectable faults, for tests and `npm run sandbox`.
import http from 'node:http';
import https from 'node:https';
import { makeCa, makeCertificateSignedBy } from './certificate.mjs';
import { createAccess } from './double/access.mjs';
import { apiError, errorEnvelope } from './double/api-result.mjs';
import { createAppointmentApi, createEnvironmentStore } from './double/appointment-api.mjs';
import { answerFault, createFaults } from './double/faults.mjs';
import { createRateLimiter } from './double/rate-limit.mjs';
import { createWebhookSender } from './double/webhook-sender.mjs';
import { BodyTooLargeError, listen, pause, readBody, sendJson, trackSockets, urlHost } from './http-util.mjs';
import { createRecorder } from './recorder.mjs';

/** @typedef {import('./double/api-result.mjs').ApiResult} ApiResult */
/** @typedef {import('./moncreneau-double.mjs').DoubleOptions} DoubleOptions */
/** @typedef {import('./moncreneau-double.mjs').Double} Double */
/** @typedef {import('./moncreneau-double.mjs').RequestRecord} RequestRecord */

export const API_PREFIX = '/api/v1';

const DEFAULT_ORGANIZATION = { id: 42, name: 'Clinique du Sandbox' };
/** Each environment's departments unless `options.departments`: the ids smoke mode books in. */
export const DEFAULT_DEPARTMENTS = [
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
export async function startDouble(options = {}) {
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
  const server = tls ? https.createServer({ key: tls.key, cert: tls.cert }, listener) : http.createServer(listener);
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
