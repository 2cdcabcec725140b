/** The run's environment, read once at the edge into the pieces the modules below are given. */
import { afterEach, describe, expect, it } from '@jest/globals';
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { readRunContext } from '../src/run-context.js';
import { inputEnv } from './helpers/inputs.js';

const saved = { ...process.env };
afterEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
});

describe('readRunContext', () => {
  it('when inputs come as the runner passes them then each is read as core.getInput reads it, secrets untrimmed', () => {
    const env = inputEnv({ 'api-key': '  mk_live_0123456789abcdef\n', 'min-credits': ' 7 ', 'webhook-url': 'https://app.example/hooks' });
    Object.assign(process.env, env);
    const { inputs } = readRunContext(process.env);
    expect(inputs.values['api-key']).toBe(core.getInput('api-key', { trimWhitespace: false }));
    expect(inputs.values['min-credits']).toBe(core.getInput('min-credits'));
    expect(inputs.values['webhook-url']).toBe('https://app.example/hooks');
    expect(inputs.sources).toMatchObject({ 'api-key': 'input', 'min-credits': 'input', mode: 'default', 'department-id': 'none' });
  });

  it('when a front end reads its own inputs then those are the inputs, and the environment still gives the fallbacks', () => {
    const { inputs } = readRunContext({ MONCRENEAU_API_KEY: 'mk_live_fromTheEnvironment0', 'INPUT_MIN-CREDITS': '9' }, (name) =>
      name === 'mode' ? 'watch' : undefined
    );
    expect(inputs.values.mode).toBe('watch');
    expect(inputs.values['min-credits']).toBe('50');
    expect([inputs.values['api-key'], inputs.sources['api-key']]).toEqual(['mk_live_fromTheEnvironment0', 'env']);
  });

  it("when RUNNER_TEMP is set then the report goes there, else to the system's temporary folder", () => {
    expect(readRunContext({ RUNNER_TEMP: '/runner/tmp' }).reportDir).toBe('/runner/tmp');
    expect(readRunContext({ RUNNER_TEMP: '  ' }).reportDir).toBe(tmpdir());
    expect(readRunContext({}).reportDir).toBe(tmpdir());
  });

  it('when the runner describes the workflow run then the pieces are its variables, undefined when unset', () => {
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/e.json', GITHUB_REPOSITORY: 'acme/shop', GITHUB_JOB: 'gate', GITHUB_RUN_ID: '7' };
    expect(readRunContext(env).github).toEqual({
      eventName: 'pull_request',
      eventPath: '/e.json',
      repository: 'acme/shop',
      job: 'gate',
      serverUrl: undefined,
      runId: '7',
      apiUrl: undefined
    });
  });

  it("when proxy variables are set in either case then the lower-case one wins, as curl and the runner's tools read them", () => {
    const env = { HTTPS_PROXY: 'http://upper:1', https_proxy: 'http://lower:1', HTTP_PROXY: 'http://plain:2', NO_PROXY: '.corp' };
    expect(readRunContext(env).proxy).toEqual({ httpsProxy: 'http://lower:1', httpProxy: 'http://plain:2', noProxy: '.corp' });
  });

  it('when require-env names variables then only those are kept, set ones only, empty included', () => {
    const env = inputEnv({ 'require-env': 'DEPLOY_TOKEN, EMPTY\nMISSING toString' }, { DEPLOY_TOKEN: 'x', EMPTY: '', UNRELATED: 'y' });
    const { requiredVariables } = readRunContext(env);
    expect({ ...requiredVariables }).toEqual({ DEPLOY_TOKEN: 'x', EMPTY: '' });
    expect('MISSING' in requiredVariables).toBe(false);
    expect('toString' in requiredVariables).toBe(false);
  });

  it('when the test-fault variable is set then its value is kept, else it is empty', () => {
    expect(readRunContext({ MONCRENEAU_GATE_TEST_FAULT: 'publish' }).testFault).toBe('publish');
    expect(readRunContext({}).testFault).toBe('');
  });
});
