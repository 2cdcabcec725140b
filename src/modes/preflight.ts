/** Preflight: the selected checks, concurrently, under the run's deadline. */
import { CHECK_TITLES, deferredCheck, loadChecks } from '../checks/registry.js';
import { skip, type CheckContext } from '../engine/check.js';
import { runChecks } from '../engine/run-checks.js';
import { createHttpClient, type HttpClient } from '../http/http-client.js';
import { PREFLIGHT_CHECKS, type CheckId } from '../settings/check-ids.js';
import type { ModeContext, ModeResult } from './mode.js';

const API_CHECKS: readonly CheckId[] = ['api', 'credits'];

/**
 * The longest the webhook check's modules wait for the API's first request to be on its way,
 * counted from when that request is handed to its connection (a connection that takes long to
 * open must not hold the webhook check back; loading the HTTP client before it does not count).
 */
const WAIT_FOR_FIRST_REQUEST_MS = 50;

/**
 * One transport for the API checks: their requests share one connection per origin instead of
 * a handshake each. Made only when an API check runs. `onItsWay` resolves once its first request
 * is being written, its first exchange has ended, WAIT_FOR_FIRST_REQUEST_MS after it was handed
 * over, or when `release` is called (the API checks ended, having sent nothing); at once without
 * an API check.
 */
function apiTransport(ctx: ModeContext): { api?: HttpClient; onItsWay: Promise<void>; release: () => void } {
  if (!ctx.settings.checks.some((id) => API_CHECKS.includes(id))) return { onItsWay: Promise.resolve(), release: () => {} };
  let onItsWay!: () => void;
  let answered = false;
  let warmed = false;
  const out = new Promise<void>((resolve) => (onItsWay = resolve));
  const client = createHttpClient({
    ...ctx.http,
    oneConnectionPerOrigin: true,
    onRequestSent: () => {
      // Not at once: a TLS socket sends what was written in the loop's next turn (setImmediate),
      // and the webhook check's module load would hold the API's first request back meanwhile.
      setImmediate(onItsWay);
      // A request sent after an answer came (the second sample): its wait is the time to load what prints.
      if (answered && !warmed) {
        warmed = true;
        ctx.warmUp?.();
      }
    },
    onExchange: (exchange) => ((answered = true), onItsWay(), ctx.http?.onExchange?.(exchange))
  });
  let handedOver = false;
  const api: HttpClient = {
    send: (req) => {
      if (!handedOver) setTimeout(onItsWay, WAIT_FOR_FIRST_REQUEST_MS).unref();
      handedOver = true;
      return client.send(req);
    },
    close: () => client.close()
  };
  return { api, onItsWay: out, release: onItsWay };
}

export async function runPreflight(ctx: ModeContext): Promise<ModeResult> {
  const { settings } = ctx;
  // The API checks are loaded before the run starts; the webhook check's modules load once the
  // API's first request is on its way (they are not on the critical path: the samples are).
  const first = settings.checks.filter((id) => id !== 'webhook');
  const { api, onItsWay, release } = apiTransport(ctx);
  const loaded = await loadChecks(first);
  // A turn later: the webhook check's modules are then being read from disk, and meanwhile what
  // reading the first answer needs is made.
  void onItsWay.then(() => setImmediate(() => ctx.prepare?.()));
  // API checks that all end without a request (skipped, refused) must not hold the webhook check.
  let apiChecksRunning = settings.checks.filter((id) => API_CHECKS.includes(id)).length;
  const ended = () => --apiChecksRunning === 0 && release();
  const selected = settings.checks.map((id) => {
    const check = loaded.find((c) => c.id === id);
    if (!check) return deferredCheck(id, onItsWay);
    return API_CHECKS.includes(id) ? { ...check, run: (c: CheckContext) => check.run(c).finally(ended) } : check;
  });
  // Each check closes what it was given: the shared transport is lent, and closed here, once.
  const borrowed: HttpClient | undefined = api && { send: (req) => api.send(req), close: async () => {} };
  try {
    const results = await runChecks(selected, {
      time: ctx.time,
      deadlineSeconds: settings.timeoutSeconds,
      context: (time) => ({ settings, requiredVariables: ctx.requiredVariables, time, http: ctx.http, ...(borrowed ? { api: borrowed } : {}) })
    });
    // Unselected checks are listed too, so a reviewer sees what was not verified.
    const checks = PREFLIGHT_CHECKS.map(
      (id) => results.find((r) => r.id === id) ?? { id, title: CHECK_TITLES[id], ...skip('not selected (checks input)'), durationMs: 0 }
    );
    return { checks };
  } finally {
    await api?.close();
  }
}
