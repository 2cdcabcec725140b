/**
 * Hostile case: the booking's answer is lost and the lookup finds two live test appointments
 * (an earlier leftover and this run's). Both must be cancelled, and nothing left SCHEDULED.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { startDouble, type Double } from '../../sandbox/moncreneau-double.mjs';
import { runBundle } from '../helpers/run-bundle.js';

let double: Double | undefined;
afterEach(async () => {
  await double?.close();
  double = undefined;
});

describe('hostile: a lost booking found twice', () => {
  it("leaves no appointment SCHEDULED without an alert as the summary's first line", async () => {
    double = await startDouble({ faults: { paths: ['/appointments'], methods: ['POST'], dropAfterCommit: 1 } });
    const dateTime = '2031-03-04T10:00:00';
    double.state.test.appointments.set(77, {
      id: 77,
      departmentId: 1,
      dateTime,
      status: 'PENDING_PAYMENT',
      name: 'moncreneau-deploy-gate smoke test',
      qrCode: 'MC-LEFTOVER',
      createdAt: new Date().toISOString(),
      externalUserId: 'moncreneau-deploy-gate'
    });
    double.state.test.nextId = 100;
    const run = await runBundle(
      {
        mode: 'smoke',
        environment: 'staging',
        'api-url': double.url,
        'api-key': double.keys.test,
        'department-id': '1',
        'appointment-datetime': dateTime,
        'pr-comment': 'false'
      },
      {},
      { timeoutMs: 60_000 }
    );
    const scheduled = [...double.state.test.appointments.values()].filter((a) => a.status === 'SCHEDULED').map((a) => a.id);
    const alerted = run.summary.split('\n')[0]!.startsWith('> 🚨');
    expect({ scheduled: scheduled.length > 0 && !alerted ? scheduled : [] }).toEqual({ scheduled: [] });
  });
});
