// Signed webhook deliveries, sent the way MONCRENEAU sends them: one POST per event,
// after the API has answered, with a timeout, never following redirects.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { signatureHeader } from '../signature.mjs';

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
  const eventId = `evt_${randomBytes(12).toString('hex')}`;
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
  const client = url.startsWith('https:') ? https : http;
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
export function createWebhookSender(record) {
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
