// A minimal HTTP(S) client for the sandbox's tests and benchmark: node:http with an
// optional CA and agent, a timeout, and a cap on how much of the answer it keeps.
import http from 'node:http';
import https from 'node:https';

/** @typedef {import('./http-client.mjs').RequestOptions} RequestOptions */
/** @typedef {import('./http-client.mjs').Answer} Answer */

/**
 * @param {string} url
 * @param {RequestOptions} [options]
 * @returns {Promise<Answer>}
 */
export function request(url, { method = 'GET', headers = {}, body, ca, agent, timeoutMs = 5000, maxBytes = 10 * 1024 * 1024 } = {}) {
  const client = url.startsWith('https:') ? https : http;
  const payload = body === undefined ? undefined : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  const allHeaders = {
    ...(payload && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}),
    ...headers
  };
  return new Promise((resolve, reject) => {
    const req = client.request(url, { method, headers: allHeaders, ...(ca ? { ca } : {}), ...(agent ? { agent } : {}), timeout: timeoutMs });
    req.on('timeout', () => req.destroy(Object.assign(new Error(`No answer within ${timeoutMs} ms`), { code: 'TIMEOUT' })));
    req.on('error', reject);
    req.on('response', (res) => {
      /** @type {Buffer[]} */
      const chunks = [];
      let size = 0;
      res.on('data', (/** @type {Buffer} */ chunk) => {
        size += chunk.length;
        if (size > maxBytes) req.destroy(Object.assign(new Error(`Answer over ${maxBytes} bytes`), { code: 'BODY_TOO_LARGE' }));
        else chunks.push(chunk);
      });
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.end(payload);
  });
}
