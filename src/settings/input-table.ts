/**
 * Every input of the action, declared once: its name, its default, its parser, its description
 * and what the front ends need to know of it. The settings' type, the defaults, the secrets, the
 * command line's flags and help come from here; action.yml's inputs and the README's table are
 * checked against it (__tests__/settings/input-table.test.ts). To add an input: add its entry
 * here, then use its setting where it is needed.
 */
import {
  apiPath,
  booleanInput,
  checkList,
  decimalNumber,
  emptyOr,
  envNames,
  fieldPath,
  oneOf,
  optional,
  parseAbsoluteUrl,
  parseConfirmTemplate,
  parseDecimal,
  parseLocalDateTime,
  parseRate,
  parseWholeNumber,
  secret,
  text,
  wholeNumber,
  type Parser,
  type ParsedValue
} from './parsers.js';
import { MODE_NAMES } from './modes.js';

/** Production base URL: every documented example and SDK default. */
export const PRODUCTION_API_URL = 'https://mc-prd.duckdns.org/api/v1';

const HOUR_MS = 3_600_000;

export interface InputSpec {
  /** Its name in the settings, inside `settings.smoke` or `settings.watch` for a mode's own input. */
  key: string;
  group?: 'smoke' | 'watch';
  /** Applied when the runner passed nothing (nor the `env` variable); '' for none. */
  default: string;
  /** The runner's string -> the setting, or the input's one error line. */
  parse: Parser<unknown>;
  /** One line, as action.yml, the README and `--help` show it. */
  description: string;
  /** Never echoed, always masked, never trimmed. */
  secret?: true;
  /** The environment variable an empty input falls back to, before the default (contract). */
  env?: string;
  /** What action.yml declares when it differs from `default`: a runner expression. */
  actionDefault?: string;
  /** A value that holds a list: a repeated command-line flag adds to it. */
  list?: true;
  /** false: not a command-line flag. */
  flag?: false;
  /** The README's wording, where it says more (or less) than `default` and `description`. */
  readme?: { default?: string; description?: string };
  /** `--help`'s wording of the default, where it differs. */
  help?: { default: string };
}

export const INPUTS = {
  mode: {
    key: 'mode',
    default: 'preflight',
    parse: oneOf(MODE_NAMES),
    description: 'What to run - preflight (checks before promotion), smoke or watch.',
    // On the command line the mode is the command itself.
    flag: false
  },
  environment: {
    key: 'environment',
    default: 'production',
    parse: oneOf(['production', 'staging'] as const),
    description: 'The environment deployed to - production or staging; sets the key-prefix and URL rules.'
  },
  'api-url': {
    key: 'apiUrl',
    default: PRODUCTION_API_URL,
    parse: text,
    description: 'MONCRENEAU API base URL; defaults to MONCRENEAU_API_URL, else https://mc-prd.duckdns.org/api/v1.',
    env: 'MONCRENEAU_API_URL',
    readme: { description: 'MONCRENEAU API base URL.' }
  },
  'api-key': {
    key: 'apiKey',
    default: '',
    parse: secret,
    description: 'MONCRENEAU API key; defaults to MONCRENEAU_API_KEY. Masked at once.',
    env: 'MONCRENEAU_API_KEY',
    secret: true,
    readme: { description: 'MONCRENEAU API key. Masked at once.' }
  },
  'auth-scheme': {
    key: 'authScheme',
    default: 'x-api-key',
    parse: oneOf(['x-api-key', 'bearer'] as const),
    description: 'How the key is sent - x-api-key (header X-API-Key) or bearer (Authorization Bearer).'
  },
  'webhook-url': {
    key: 'webhookUrl',
    default: '',
    parse: text,
    description: "The application's webhook endpoint; defaults to MONCRENEAU_WEBHOOK_URL.",
    env: 'MONCRENEAU_WEBHOOK_URL',
    readme: { description: "The application's webhook endpoint." }
  },
  'webhook-secret': {
    key: 'webhookSecret',
    default: '',
    parse: secret,
    description: 'The webhook signing secret; defaults to MONCRENEAU_WEBHOOK_SECRET. Masked at once.',
    env: 'MONCRENEAU_WEBHOOK_SECRET',
    secret: true,
    readme: { description: 'The webhook signing secret. Masked at once.' }
  },
  checks: {
    key: 'checks',
    default: 'config,api,webhook,credits',
    parse: checkList,
    description: 'Preflight checks to run, comma or newline separated - config, api, webhook, credits.',
    list: true,
    readme: { description: 'Preflight checks to run, comma or newline separated.' }
  },
  'require-env': {
    key: 'requireEnv',
    default: '',
    parse: envNames,
    description: 'More environment variable names that must be set and non-empty.',
    list: true
  },
  'api-probe-path': {
    key: 'apiProbePath',
    default: '/appointments?size=1',
    parse: apiPath,
    description: 'Read-only API path requested to check reachability and latency.'
  },
  'credits-path': {
    key: 'creditsPath',
    default: '/organizations/me',
    parse: apiPath,
    description: 'API path whose JSON body holds the balance (see credits-field).'
  },
  'credits-field': {
    key: 'creditsField',
    default: 'availableCredits',
    parse: fieldPath,
    description: 'Field of the credits-path answer that holds the balance (a dotted path for nested JSON).'
  },
  'min-credits': {
    key: 'minCredits',
    default: '50',
    parse: wholeNumber(0, Number.MAX_SAFE_INTEGER),
    description: 'Fewer available credits than this and the credits check fails.'
  },
  'warn-credits': {
    key: 'warnCredits',
    default: '100',
    parse: wholeNumber(0, Number.MAX_SAFE_INTEGER),
    description: 'Fewer available credits than this and the credits check warns.'
  },
  'latency-samples': {
    key: 'latencySamples',
    default: '3',
    parse: wholeNumber(1, 20),
    description: 'Number of probe requests made to measure latency.'
  },
  'latency-warn-ms': {
    key: 'latencyWarnMs',
    default: '500',
    parse: wholeNumber(1, HOUR_MS),
    description: 'Slowest probe above this many milliseconds - warn.'
  },
  'latency-fail-ms': {
    key: 'latencyFailMs',
    default: '2000',
    parse: wholeNumber(1, HOUR_MS),
    description: 'Slowest probe above this many milliseconds - fail.'
  },
  'webhook-timeout-ms': {
    key: 'webhookTimeoutMs',
    default: '5000',
    parse: wholeNumber(1, 60_000),
    description: 'The webhook endpoint must answer within this many milliseconds.'
  },
  'allow-private-webhook': {
    key: 'allowPrivateWebhook',
    default: 'false',
    parse: booleanInput,
    description: 'true lets the webhook host be loopback or private (tests, staging); said in the details.'
  },
  retries: {
    key: 'retries',
    default: '2',
    parse: wholeNumber(0, 10),
    description:
      'Extra attempts for a read-only or idempotent call after a timeout, reset, refused connection, 5xx or 429 (not in watch mode, where every failure counts).'
  },
  // No default: the runner would pass it as if the user had set it, and unset fits the mode.
  'timeout-seconds': {
    key: 'timeoutSeconds',
    default: '',
    parse: optional((raw) => parseDecimal(raw, 0, 6 * 3600)), // null: fitted to the mode
    description:
      "Deadline for the whole run, in seconds; unset means 120 in preflight, and a deadline fitted to the mode's own waits in smoke (webhook waits, requests, cleanup) and watch (watch-minutes plus a minute).",
    readme: { default: '(none: 120 in preflight, fitted to the mode in smoke and watch)' },
    help: { default: 'fitted to the mode (120 in preflight)' }
  },
  'fail-on': {
    key: 'failOn',
    default: 'failure',
    parse: oneOf(['failure', 'warning'] as const),
    description: 'failure, or warning to block promotion on warnings too.'
  },
  'pr-comment': {
    key: 'prComment',
    default: 'true',
    parse: booleanInput,
    description: 'Post or update one sticky comment on the pull request, when there is one.'
  },
  // Checked by the comment, the one thing that uses it: a token no comment needs cannot block a run.
  'github-token': {
    key: 'githubToken',
    default: '',
    parse: text,
    description: 'Token used for the pull request comment only.',
    secret: true,
    actionDefault: '${{ github.token }}'
  },
  'department-id': {
    key: 'departmentId',
    group: 'smoke',
    default: '',
    parse: optional((raw) => parseWholeNumber(raw, 1)),
    description: 'Smoke mode - id of the department the test appointment is booked in (required in smoke mode).',
    readme: { default: '(none; required in smoke mode)', description: 'Smoke mode - id of the department the test appointment is booked in.' }
  },
  'appointment-datetime': {
    key: 'appointmentDateTime',
    group: 'smoke',
    default: '',
    parse: optional(parseLocalDateTime),
    description:
      "Smoke mode - local date and time of the test appointment, no zone; default the next day at 10:00 in the runner's time zone (UTC on GitHub-hosted runners).",
    readme: {
      default: "the next day at 10:00 (runner's time zone, UTC on GitHub-hosted runners)",
      description: 'Smoke mode - local date and time of the test appointment, no zone (`2026-02-15T10:00:00`).'
    }
  },
  // Never empty: an empty input falls back to its default.
  'appointment-name': {
    key: 'appointmentName',
    group: 'smoke',
    default: 'moncreneau-deploy-gate smoke test',
    parse: text,
    description: 'Smoke mode - name on the test appointment, so it is recognised as a gate test.'
  },
  'external-user-id': {
    key: 'externalUserId',
    group: 'smoke',
    default: 'moncreneau-deploy-gate',
    parse: text,
    description: 'Smoke mode - externalUserId of the test appointment, used to find it again if an answer is lost.'
  },
  'webhook-confirm-url': {
    key: 'webhookConfirmUrl',
    group: 'smoke',
    default: '',
    parse: emptyOr(parseConfirmTemplate),
    description: 'Smoke mode - URL template with {appointmentId} and {event} that answers 2xx once the application processed that event.',
    readme: {
      description: 'Smoke mode - URL template with `{appointmentId}` and `{event}` that answers 2xx once the application processed that event, 404 before.'
    }
  },
  'webhook-wait-seconds': {
    key: 'webhookWaitSeconds',
    group: 'smoke',
    default: '60',
    parse: decimalNumber(0, 3600),
    description: 'Smoke mode - how long to wait for each webhook confirmation, in seconds.'
  },
  'watch-minutes': {
    key: 'minutes',
    group: 'watch',
    default: '10',
    parse: decimalNumber(0, 360),
    description: 'Watch mode - how long to watch production after the deploy, in minutes.'
  },
  // A floor, so a typo cannot turn the watch into a flood of requests against production.
  'watch-interval-seconds': {
    key: 'intervalSeconds',
    group: 'watch',
    default: '30',
    parse: decimalNumber(0.05, 3600),
    description: 'Watch mode - time between two measurements, in seconds.'
  },
  'max-error-rate': {
    key: 'maxErrorRate',
    group: 'watch',
    default: '0.10',
    parse: parseRate,
    description:
      'Watch mode - roll back when the error rate of the API, or of health-url, each judged on its own over the error window, is above this (0.10 = 10%).'
  },
  'error-window-minutes': {
    key: 'errorWindowMinutes',
    group: 'watch',
    default: '5',
    parse: decimalNumber(0, 360),
    description: 'Watch mode - length of the sliding window the error rate is computed over, in minutes.'
  },
  'rollback-latency-ms': {
    key: 'rollbackLatencyMs',
    group: 'watch',
    default: '2000',
    parse: wholeNumber(1, HOUR_MS),
    description: 'Watch mode - roll back when the p95 response time is above this many milliseconds.'
  },
  'health-url': {
    key: 'healthUrl',
    group: 'watch',
    default: '',
    parse: emptyOr(parseAbsoluteUrl),
    description: "Watch mode - the application's own health endpoint, also probed each interval."
  },
  'max-credits-per-hour': {
    key: 'maxCreditsPerHour',
    group: 'watch',
    default: '',
    parse: optional((raw) => parseWholeNumber(raw, 0)),
    description: 'Watch mode - roll back when credits are consumed faster than this per hour.',
    readme: { default: '(none: reported, not judged)' }
  },
  'webhook-heartbeat-url': {
    key: 'heartbeatUrl',
    group: 'watch',
    default: '',
    parse: emptyOr(parseAbsoluteUrl),
    description: 'Watch mode - URL answering JSON with lastReceivedAt, the ISO time of the last webhook the application received.',
    readme: { description: 'Watch mode - URL answering JSON `{"lastReceivedAt": "<ISO time>"}` of the last webhook the application received.' }
  },
  'max-webhook-silence-minutes': {
    key: 'maxWebhookSilenceMinutes',
    group: 'watch',
    default: '10',
    parse: decimalNumber(0, 24 * 60),
    description: 'Watch mode - roll back when no webhook arrived for this many minutes.'
  }
} as const satisfies Record<string, InputSpec>;

type Table = typeof INPUTS;
export type InputName = keyof Table;

/** Every input, in action.yml's order. */
export const INPUT_NAMES = Object.keys(INPUTS) as InputName[];

/** An input's parsed value. */
export type InputValue<N extends InputName> = ParsedValue<Table[N]['parse']>;

type GroupOf<N extends InputName> = Table[N] extends { group: infer G } ? G : undefined;

/** The parsed inputs of one group, each under its key. */
export type InputGroup<G extends 'smoke' | 'watch' | undefined> = {
  -readonly [N in InputName as GroupOf<N> extends G ? Table[N]['key'] : never]: InputValue<N>;
};

/** Inputs that are secrets: never echoed, always masked. */
export const SECRET_INPUTS: readonly InputName[] = INPUT_NAMES.filter((name) => inputSpec(name).secret === true);

/** An input's declaration, seen as any input's (its optional fields readable). */
export function inputSpec(name: InputName): InputSpec {
  return INPUTS[name];
}

/** One input parsed on its own, or undefined when it does not parse (its own error says why). */
export function parseInput<N extends InputName>(name: N, raw: string): InputValue<N> | undefined {
  const result = INPUTS[name].parse(raw);
  return 'value' in result ? (result.value as InputValue<N>) : undefined;
}
