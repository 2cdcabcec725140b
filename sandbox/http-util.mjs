// Small pieces both sandbox servers share: a capped body reader and JSON answers.

/** Largest request body either sandbox server keeps in memory. */
export const MAX_BODY_BYTES = 1024 * 1024;

// Past this much discarded input we stop being polite and drop the connection,
// so an endless upload cannot keep a socket busy forever.
const DISCARD_LIMIT_FACTOR = 16;

/** Thrown by readBody when the body is over its limit; servers answer 413. */
export class BodyTooLargeError extends Error {
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
export function readBody(req, limit = MAX_BODY_BYTES) {
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
export function sendJson(res, status, body, headers = {}) {
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
export function pause(ms, signal) {
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
export function trackSockets(server) {
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
export function listen(server, port, host) {
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
export function urlHost(host) {
  return host.includes(':') ? `[${host}]` : host;
}
