/**
 * Check id -> check. Network checks are imported only when selected, so a `config`-only run
 * never loads the HTTP client.
 */
import type { CheckId } from '../settings/check-ids.js';

import { CHECK_TITLES } from '../settings/check-ids.js';
import type { Check } from '../engine/check.js';

export { CHECK_TITLES };
import { configCheck } from './config.js';

const LOADERS: Record<CheckId, () => Promise<Check>> = {
  config: async () => configCheck,
  api: async () => (await import('./api.js')).apiCheck,
  webhook: async () => (await import('./webhook.js')).webhookCheck,
  credits: async () => (await import('./credits.js')).creditsCheck
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
