/** Whether the cancelled test appointment's credit came back: the balance read again. */
import { fetchCredits } from '../domain/credits.js';
import { fail, pass, type CheckOutcome } from '../engine/check.js';
import { sleep } from '../engine/timing.js';
import type { ApiClient } from '../http/api-client.js';
import type { Settings } from '../settings/settings.js';

export const STOPPED_HINT = 'Re-run the smoke test; raise timeout-seconds if the deadline cut it short.';

export async function checkRefund(api: ApiClient, settings: Settings, before: number, signal: AbortSignal): Promise<CheckOutcome> {
  // The refund may land a moment after the DELETE: read a few times before concluding.
  let after: number | null = null;
  for (let read = 1; read <= 3; read++) {
    // Nothing is sent once the steps are stopped: the answer could not be waited for anyway.
    if (signal.aborted)
      return fail(`the refund was not ${after === null ? 'read' : 'seen'}: the run stopped before it could be`, {
        data: { before, after },
        hints: [STOPPED_HINT]
      });
    const balance = await fetchCredits(api, settings);
    if (!balance.ok) return fail(balance.summary, { hints: balance.hints, data: balance.data });
    after = balance.value;
    if (after === before) return pass(`${after} credits, as before: the credit was refunded`, { data: { before, after } });
    if (read < 3) await sleep(500, signal);
  }
  return fail(`${after} credits after, ${before} before: the balance did not come back`, {
    data: { before, after },
    hints: [
      'If real bookings happened meanwhile, the balance moved for them; otherwise the cancellation was not refunded: check the credit history in the dashboard.'
    ]
  });
}
