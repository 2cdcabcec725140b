/**
 * Everything a run takes from its process's environment, read once, at the edge (main.ts):
 * the inputs, where the report goes, the event and the job it belongs to, the proxy, the
 * variables require-env names. Modules below take the pieces they need, never the raw env.
 */
import { tmpdir } from 'node:os';
import { TEST_FAULT_VARIABLE } from './finish/test-fault.js';
import { proxySettingsFrom, type ProxySettings } from './http/proxy-rules.js';
import { splitEnvNames } from './settings/parsers.js';
import { readInputs, type InputName, type InputRead } from './settings/inputs.js';

/** The workflow run the gate is a step of, as the runner describes it (each undefined when unset). */
export interface GitHubRun {
  /** GITHUB_EVENT_NAME: `pull_request`... */
  eventName: string | undefined;
  /** GITHUB_EVENT_PATH: the event's JSON payload. */
  eventPath: string | undefined;
  /** GITHUB_REPOSITORY: owner/name. */
  repository: string | undefined;
  /** GITHUB_JOB: keeps two gated jobs of one pull request on their own comments. */
  job: string | undefined;
  serverUrl: string | undefined;
  runId: string | undefined;
  /** GITHUB_API_URL: GitHub Enterprise's, or undefined for api.github.com. */
  apiUrl: string | undefined;
}

export interface RunContext {
  inputs: InputRead;
  /** Where the JSON report is written: RUNNER_TEMP, else the system's temporary folder. */
  reportDir: string;
  github: GitHubRun;
  /** HTTPS_PROXY, HTTP_PROXY, NO_PROXY, for the API's requests. */
  proxy: ProxySettings;
  /** The variables require-env names, those that are set (empty included); no others. */
  requiredVariables: Readonly<Record<string, string>>;
  /** MONCRENEAU_GATE_TEST_FAULT, for the end-to-end tests of the last line of defence; '' unset. */
  testFault: string;
}

/**
 * Reads the run's context from an environment. Pure but for the system's temporary folder.
 * `given` is the front end's own reader of inputs (the runner adapter's `core.getInput`, the
 * command line's flags); without it, inputs are the `INPUT_<NAME>` variables, as the runner sets them.
 */
export function readRunContext(env: NodeJS.ProcessEnv, given?: (name: InputName) => string | undefined): RunContext {
  const inputs = readInputs(env, given);
  return {
    inputs,
    reportDir: env.RUNNER_TEMP && env.RUNNER_TEMP.trim() !== '' ? env.RUNNER_TEMP : tmpdir(),
    github: githubRunFrom(env),
    proxy: proxySettingsFrom(env),
    requiredVariables: variablesNamed(splitEnvNames(inputs.values['require-env']), env),
    testFault: env[TEST_FAULT_VARIABLE] ?? ''
  };
}

/** The runner's description of the workflow run. */
export function githubRunFrom(env: NodeJS.ProcessEnv): GitHubRun {
  return {
    eventName: env.GITHUB_EVENT_NAME,
    eventPath: env.GITHUB_EVENT_PATH,
    repository: env.GITHUB_REPOSITORY,
    job: env.GITHUB_JOB,
    serverUrl: env.GITHUB_SERVER_URL,
    runId: env.GITHUB_RUN_ID,
    apiUrl: env.GITHUB_API_URL
  };
}

/** The named variables that are set; a name such as `toString` is never read off the object's prototype. */
function variablesNamed(names: readonly string[], env: NodeJS.ProcessEnv): Record<string, string> {
  const found: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const name of names) {
    const value = Object.hasOwn(env, name) ? env[name] : undefined;
    if (value !== undefined) found[name] = value;
  }
  return found;
}
