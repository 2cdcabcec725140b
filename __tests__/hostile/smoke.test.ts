/**
 * Hostile cases: smoke mode must never leave an appointment SCHEDULED without saying so at the
 * top of the summary (a booking committed after the gate stopped waiting, a DELETE answered by
 * a login page).
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { startDouble, type Double } from '../../sandbox/moncreneau-double.mjs';
import { runSmoke } from '../../src/modes/smoke.js';
import { buildReport } from '../../src/report/run-report.js';
import { renderSummary } from '../../src/report/summary.js';
import { modeContextFor } from '../helpers/mode-context.js';

let double: Double | undefined;
let server: Server | undefined;
afterEach(async () => {
  await double?.close();
  double = undefined;
  if (server) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
  }
});

const summaryOf = (result: Awaited<ReturnType<typeof runSmoke>>) =>
  renderSummary(buildReport({ mode: 'smoke', environment: 'staging', failOn: 'failure', startedAt: new Date(), durationMs: 1, ...result }));

describe('hostile: smoke cancellation', () => {
  it('a DELETE answered "200 + an HTML login page" is not taken for a cancellation', async () => {
    // A proxy or SSO layer in front of the API answers 200 text/html; the API never saw the DELETE.
    double = await startDouble({
      credits: 100,
      faults: [
        {
          paths: ['/appointments'],
          methods: ['DELETE'],
          respondWith: { status: 200, body: '<!DOCTYPE html><html><body>Please sign in</body></html>', headers: { 'content-type': 'text/html' } }
        }
      ]
    });
    const result = await runSmoke(
      modeContextFor({
        mode: 'smoke',
        environment: 'staging',
        'api-url': double.url,
        'api-key': double.keys.test,
        'department-id': '1',
        'timeout-seconds': '20'
      })
    );
    const left = [...double.state.test.appointments.values()].filter((a) => a.status === 'SCHEDULED');
    expect(left).toHaveLength(1); // the double really still holds it
    const cancel = result.checks.find((c) => c.id === 'cancel');
    expect(cancel?.status).not.toBe('pass');
    expect(result.alert?.message).toMatch(/NOT cancelled/);
    expect(summaryOf(result).startsWith('> 🚨')).toBe(true);
  });
});

describe('hostile: smoke lost booking', () => {
  it('a booking the API commits after the gate stopped waiting is not declared "no appointment was made"', async () => {
    // Like any server, the API goes on with a POST after the client hung up (here: the job is
    // cancelled 300 ms into a 1.5 s booking). The gate looks the booking up at once, finds
    // nothing yet, cannot read the balance (its client is already aborted) and concludes
    // "no appointment was made". Then the booking lands: SCHEDULED, a credit spent, no alert.
    const appts = new Map<string, { id: number; status: string; dateTime: string; name: string; externalUserId: string }>();
    let credits = 500;
    let committed: Promise<void> = Promise.resolve();
    const cancel = new AbortController();
    const json = (res: ServerResponse, status: number, value: unknown) => {
      if (res.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    };
    server = createServer(async (req, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      const url = req.url ?? '';
      if (req.method === 'GET' && url.startsWith('/api/v1/organizations/me')) return json(res, 200, { availableCredits: credits });
      if (req.method === 'POST' && url === '/api/v1/appointments') {
        setTimeout(() => cancel.abort(new Error('the job was cancelled (SIGINT)')), 300);
        committed = new Promise((resolve) =>
          setTimeout(() => {
            const b = JSON.parse(body) as { dateTime: string; name: string; externalUserId: string };
            const a = { id: 77, ...b, status: 'SCHEDULED' };
            appts.set('77', a);
            credits -= 1;
            json(res, 201, a);
            resolve();
          }, 1500)
        );
        return;
      }
      if (req.method === 'GET' && url.startsWith('/api/v1/appointments?')) {
        return json(res, 200, { content: [...appts.values()], page: 0, size: 100, totalElements: appts.size, totalPages: 1, last: true });
      }
      const a = appts.get(/^\/api\/v1\/appointments\/(\d+)$/.exec(url)?.[1] ?? '');
      if (!a) return json(res, 404, { error: { code: 'APPOINTMENT_NOT_FOUND' } });
      if (req.method === 'DELETE') {
        a.status = 'CANCELLED';
        credits += 1;
        return void res.writeHead(204).end();
      }
      return json(res, 200, a);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const ctx = modeContextFor(
      {
        mode: 'smoke',
        environment: 'staging',
        'api-url': `http://127.0.0.1:${port}/api/v1`,
        'api-key': 'mk_test_round2Key0123456789',
        'department-id': '1',
        'timeout-seconds': '20'
      },
      { cancelled: cancel.signal }
    );
    const result = await runSmoke(ctx);
    await committed;
    const scheduled = [...appts.values()].filter((a) => a.status === 'SCHEDULED');
    const create = result.checks.find((c) => c.id === 'create');
    // Either the gate waited/looked long enough to cancel it, or it raised the alert.
    if (scheduled.length > 0) {
      expect(create?.summary).not.toMatch(/no appointment was made/);
      expect(result.alert).toBeDefined();
      expect(summaryOf(result).startsWith('> 🚨')).toBe(true);
    }
  });
});
