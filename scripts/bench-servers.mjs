#!/usr/bin/env node
// The benchmark's servers, each in its own process as the real API and the application are on
// their own hosts: in one process, the receiver's TLS handshakes would wait in the same event
// loop as the API's answers and be counted as the gate's overhead.
// Run by fork(): `bench-servers.mjs api|hook <L ms>`, the certificate as the first message; it
// answers with its URL, then, for each 'reset', the epoch time (ms) of the next request's arrival.
import { fork } from 'node:child_process';
import https from 'node:https';
import { fileURLToPath } from 'node:url';
import { startReceiver } from '../sandbox/webhook-receiver.mjs';

export const BENCH_SECRET = 'whsec_benchmark_preflight_secret';

/** The API: answers the probe and the credits read after L ms. */
async function serveApi(cert, ms, onRequest) {
  const server = https.createServer({ key: cert.key, cert: cert.cert }, (req, res) => {
    onRequest();
    const body = req.url?.includes('/organizations/me') ? { availableCredits: 900 } : { content: [], totalElements: 0 };
    setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body)), ms);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `https://127.0.0.1:${server.address().port}/api/v1`;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.send) {
  const [kind, ms] = [process.argv[2], Number(process.argv[3])];
  let first;
  process.once('message', async (cert) => {
    const url =
      kind === 'api'
        ? await serveApi(cert, ms, () => (first ??= performance.timeOrigin + performance.now()))
        : (await startReceiver({ secret: BENCH_SECRET, behaviour: 'slow', delayMs: ms, https: cert, confirm: false })).url;
    process.on('message', (msg) => {
      if (msg === 'reset') first = undefined;
      if (msg === 'first') process.send({ first });
    });
    process.send({ url });
  });
}

/**
 * Starts one server process; `firstRequestAt()` asks the API for the epoch time of the first
 * request since `reset()`.
 */
export async function startServer(kind, cert, ms) {
  const child = fork(fileURLToPath(import.meta.url), [kind, String(ms)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = () => new Promise((resolve) => child.once('message', resolve));
  child.send(cert);
  const { url } = await next();
  return {
    url,
    reset: () => child.send('reset'),
    firstRequestAt: async () => (child.send('first'), (await next()).first),
    close: () => child.kill()
  };
}
