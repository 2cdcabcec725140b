/** Preflight: the selected checks, concurrently, under the run's deadline. */
import { CHECK_TITLES, deferredCheck, loadChecks } from '../checks/registry.js';
import { skip } from '../engine/check.js';
import { runChecks } from '../engine/run-checks.js';
import type { HttpClient } from '../http/http-client.js';
import { PREFLIGHT_CHECKS, type CheckId } from '../settings/check-ids.js';
import type { ModeContext, ModeResult } from './mode.js';

const API_CHECKS: readonly CheckId[] = ['api', 'credits'];

/**
 * The longest the webhook check's modules wait for the API's first request to be on its way (a
 * connection that takes long to open must not hold the webhook check back).
 */
const WAIT_FOR_FIRST_REQUEST_MS = 50;

/**
 * One transport for the API checks: their requests share one connection per origin instead of
 * a handshake each. Imported only when an API check runs (a config-only run loads no HTTP client).
 * `onItsWay` resolves once its first request is being written, its first exchange has ended, or
 * after WAIT_FOR_FIRST_REQUEST_MS; at once without an API check.
 */
async function apiTransport(ctx: ModeContext): Promise<{ api?: HttpClient; onItsWay: Promise<void> }> {
  if (!ctx.settings.checks.some((id) => API_CHECKS.includes(id))) return { onItsWay: Promise.resolve() };
  let onItsWay!: () => void;
  const out = new Promise<void>((resolve) => (onItsWay = resolve));
  setTimeout(onItsWay, WAIT_FOR_FIRST_REQUEST_MS).unref();
  const { createHttpClient } = await import('../http/http-client.js');
  const api = createHttpClient({
    ...ctx.http,
    oneConnectionPerOrigin: true,
    onRequestSent: onItsWay,
    onExchange: (exchange) => (onItsWay(), ctx.http?.onExchange?.(exchange))
  });
  return { api, onItsWay: out };
}

export async function runPreflight(ctx: ModeContext): Promise<ModeResult> {
  const { settings } = ctx;
  // The API checks are loaded before the run starts; the webhook check's modules load once the
  // API's first request is on its way (they are not on the critical path: the samples are).
  const first = settings.checks.filter((id) => id !== 'webhook');
  const [{ api, onItsWay }, loaded] = await Promise.all([apiTransport(ctx), loadChecks(first)]);
  const selected = settings.checks.map((id) => loaded.find((c) => c.id === id) ?? deferredCheck(id, onItsWay));
  // Each check closes what it was given: the shared transport is lent, and closed here, once.
  const borrowed: HttpClient | undefined = api && { send: (req) => api.send(req), close: async () => {} };
  try {
    const results = await runChecks(selected, {
      deadline: ctx.deadline,
      deadlineSeconds: settings.timeoutSeconds,
      cancelled: ctx.cancelled,
      context: (signal) => ({
        settings,
        requiredVariables: ctx.requiredVariables,
        signal,
        deadline: ctx.deadline,
        http: ctx.http,
        ...(borrowed ? { api: borrowed } : {})
      })
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
