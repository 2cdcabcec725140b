// Injected failures: which request gets which fault, and how each fault answers.
import { errorEnvelope } from './api-result.mjs';

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

export function createFaults() {
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
export async function answerFault({ name, set }, req, res, { path, exhaustedHeaders }) {
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
