/**
 * Check id -> check. Network checks are imported only when selected, so a `config`-only run
 * never loads the HTTP client.
 */
import type { CheckId } from '../settings/check-ids.js';
import type { Check } from '../engine/check.js';
import { configCheck } from './config.js';

/** Titles shown in the summary and used for annotations, in the user's words. */
export const CHECK_TITLES: Record<CheckId, string> = {
  config: 'Configuration',
  api: 'API reachability',
  webhook: 'Webhook round trip',
  credits: 'Credit balance'
};

const LOADERS: Record<CheckId, () => Promise<Check>> = {
  config: async () => configCheck,
  api: async () => (await import('./api.js')).apiCheck,
  webhook: async () => (await import('./webhook.js')).webhookCheck,
  credits: async () => (await import('./credits.js')).creditsCheck
};

export async function loadChecks(ids: readonly CheckId[]): Promise<Check[]> {
  return Promise.all(ids.map((id) => LOADERS[id]()));
}
