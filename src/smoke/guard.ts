/**
 * The cleanup guarantee: once a test appointment exists it is cancelled whatever happens. Each
 * booking is registered with the run guard's cleanup registry the moment it is known (and the
 * booking under way before its answer is in), so a fault that ends the run has the emergency
 * finish cancel it; smoke's own cleanup cancels them all and releases each one it cancelled.
 */
import type { CleanupRegistry } from '../finish/cleanup-registry.js';
import type { HttpClientOptions } from '../http/http-client.js';
import type { Settings } from '../settings/settings.js';
import { bookingEntry, bookingInFlightEntry, cancelOnOwnTransport } from './cleanup.js';
import type { BookingGuard } from './state.js';

export function createBookingGuard(registry: CleanupRegistry, apiBase: URL, settings: Settings, httpOptions?: HttpClientOptions): BookingGuard {
  const released = new Map<string, () => void>();
  return {
    track(state, id) {
      if (released.has(id)) return;
      state.booked.push(id);
      released.set(id, registry.register(bookingEntry(apiBase, id, settings, httpOptions)));
      registry.setOutput('appointment-id', state.booked.join(','));
    },
    raise(state, alert) {
      state.alerts.push(alert);
      registry.register({ label: 'a possible test appointment', alert });
    },
    underWay: (plan, creditsBefore) => registry.register(bookingInFlightEntry(apiBase, plan, settings, creditsBefore, httpOptions)),
    async cancelAll(ids, budget) {
      const done = await Promise.all(
        ids.map(async (id) => ({ id, ...(await cancelOnOwnTransport(settings, id, budget.signal, budget.deadline, httpOptions)) }))
      );
      for (const d of done) if (d.cancelled) released.get(d.id)?.();
      return done;
    }
  };
}
