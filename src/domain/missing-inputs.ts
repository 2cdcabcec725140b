/**
 * The inputs a check cannot do without: the API key, and for the webhook check its URL and
 * secret. One text each, for the config row and for every check that refuses to run without it.
 */
import type { Refusal } from './refusal.js';
import type { Environment } from './urls.js';

export type NeededInput = 'api-key' | 'webhook-url' | 'webhook-secret';

/** A missing input's refusal; `why` is what the config row adds after the problem. */
export interface MissingInput extends Refusal {
  why: string;
}

/** The dashboard's tab for the environment: each has its own webhook URL and secret. */
const TAB: Record<Environment, string> = { production: 'Production', staging: 'Staging' };

/** The key each environment takes, as the key-kind rule asks for it. */
const KEY: Record<Environment, string> = { production: 'a live key (mk_live_…)', staging: 'a test key (mk_test_…)' };

/** What to say when `input` is not given, for the environment being deployed to. */
export function missingInput(input: NeededInput, environment: Environment): MissingInput {
  switch (input) {
    case 'api-key':
      return {
        problem: 'no API key',
        why: 'neither the api-key input nor MONCRENEAU_API_KEY is set',
        hint: `Pass api-key: \${{ secrets.MONCRENEAU_API_KEY }} (or set MONCRENEAU_API_KEY) from your ${environment} secrets: ${KEY[environment]}.`
      };
    case 'webhook-url':
      return {
        problem: 'no webhook-url',
        why: 'the webhook check needs the application’s webhook endpoint',
        hint: `Set webhook-url (or MONCRENEAU_WEBHOOK_URL) to the URL registered in Dashboard > Webhooks > ${TAB[environment]}, or drop webhook from checks.`
      };
    case 'webhook-secret':
      return {
        problem: 'no webhook-secret',
        why: 'signed test events cannot be sent',
        hint: `Pass webhook-secret: \${{ secrets.MONCRENEAU_WEBHOOK_SECRET }} (or set MONCRENEAU_WEBHOOK_SECRET): the ${environment} secret from Dashboard > Webhooks > ${TAB[environment]}.`
      };
  }
}
