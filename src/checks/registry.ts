/**
 * Check id -> check. The API checks are part of preflight's way to its first request; the
 * webhook check is imported only when it runs (after that request, see deferredCheck).
 */
import type { Check } from '../engine/check.js';
import type { CheckId } from '../settings/check-ids.js';
import { CHECK_TITLES } from '../settings/check-ids.js';
import { apiCheck } from './api.js';
import { configCheck } from './config.js';
import { creditsCheck } from './credits.js';

export { CHECK_TITLES };

const LOADERS: Record<CheckId, () => Promise<Check>> = {
  config: async () => configCheck,
  api: async () => apiCheck,
  webhook: async () => (await import('./webhook.js')).webhookCheck,
  credits: async () => creditsCheck
};

export async function loadChecks(ids: readonly CheckId[]): Promise<Check[]> {
  return Promise.all(ids.map((id) => LOADERS[id]()));
}

/**
 * A check whose module is imported only once `after` resolves (the API's first request is on its
 * way): it is parsed while the others already wait on the network, not before they can send.
 */
export function deferredCheck(id: CheckId, after: Promise<void> = Promise.resolve()): Check {
  return { id, title: CHECK_TITLES[id], run: async (ctx) => (await after, await LOADERS[id]()).run(ctx) };
}
