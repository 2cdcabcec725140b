// A sample application endpoint for MONCRENEAU webhooks: one correct verifier and
// the known broken ones, so the gate's webhook checks can be tested against each.
import http from 'node:http';
import https from 'node:https';
import { BodyTooLargeError, listen, pause, readBody, sendJson, trackSockets, urlHost } from './http-util.mjs';
import { createRecorder } from './recorder.mjs';
import { hmacHex, verifySignature } from './signature.mjs';

export { verifySignature };

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

export const BEHAVIOURS = /** @type {Behaviour[]} */ (Object.keys(JUDGES));
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
export async function startReceiver(options) {
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
  const server = options.https ? https.createServer({ key: options.https.key, cert: options.https.cert }, listener) : http.createServer(listener);
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
