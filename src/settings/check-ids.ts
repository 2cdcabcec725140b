/** Preflight check ids, in the order the summary lists them (contract). */
export const PREFLIGHT_CHECKS = ['config', 'api', 'webhook', 'credits'] as const;
export type CheckId = (typeof PREFLIGHT_CHECKS)[number];

export function isCheckId(value: string): value is CheckId {
  return (PREFLIGHT_CHECKS as readonly string[]).includes(value);
}

/** Titles shown in the summary and used for annotations, in the user's words. */
export const CHECK_TITLES: Record<CheckId, string> = {
  config: 'Configuration',
  api: 'API reachability',
  webhook: 'Webhook round trip',
  credits: 'Credit balance'
};
