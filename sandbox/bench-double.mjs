// Median latency of GET /organizations/me over one keep-alive loopback connection.
// The double must stay far below the latency thresholds the gate judges
// (latency-warn-ms defaults to 500), so its own cost never colours a test.
import http from 'node:http';
import { request } from './http-client.mjs';
import { startDouble } from './moncreneau-double.mjs';

const REQUESTS = 200;
const WARM_UP = 20;
const BUDGET_MS = 5;

const double = await startDouble();
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const url = `${double.url}/organizations/me`;
const headers = { 'x-api-key': double.keys.live };
try {
  for (let i = 0; i < WARM_UP; i += 1) await request(url, { headers, agent });
  /** @type {number[]} */
  const samples = [];
  for (let i = 0; i < REQUESTS; i += 1) {
    const started = performance.now();
    const answer = await request(url, { headers, agent });
    samples.push(performance.now() - started);
    if (answer.status !== 200) throw new Error(`GET /organizations/me answered ${answer.status}`);
  }
  samples.sort((a, b) => a - b);
  const at = (/** @type {number} */ index) => samples[index] ?? NaN;
  const median = (at(REQUESTS / 2 - 1) + at(REQUESTS / 2)) / 2;
  const p95 = at(Math.ceil(REQUESTS * 0.95) - 1);
  const verdict = median < BUDGET_MS ? 'ok' : 'OVER BUDGET';
  console.log(
    `GET /organizations/me x${REQUESTS} keep-alive: median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms (budget: median < ${BUDGET_MS} ms) ${verdict}`
  );
  if (median >= BUDGET_MS) process.exitCode = 1;
} finally {
  agent.destroy();
  await double.close();
}
