/**
 * The pull request comment with little time left, through the BUILT bundle under Node 24 and the
 * local GitHub double: with a second or more before the deadline the comment is posted (a
 * fractional time limit once made AbortSignal.timeout throw, so no comment was posted under 20 s).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubDouble, type GitHubDouble } from '../helpers/github-double.js';
import { runBundle } from '../helpers/run-bundle.js';

let dir: string;
let eventPath: string;
let github: GitHubDouble;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gate-comment-time-'));
  eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 31 } }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(async () => {
  github = await startGitHubDouble();
});
afterEach(async () => github.close());

const inputs = (extra: Record<string, string>) => ({
  environment: 'staging',
  'api-key': 'mk_test_CommentTimeLeft_0123456789',
  'webhook-secret': 'whsec_CommentTimeLeft_0123456789',
  checks: 'config',
  'github-token': 'ghs_CommentTimeLeftToken_0123456789',
  ...extra
});
const env = () => ({
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: eventPath,
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_API_URL: github.url,
  GITHUB_RUN_ID: '5'
});

describe('the comment uses the time left', () => {
  it.each(['18', '3', '1.5'])('when timeout-seconds is %s then the comment is posted', async (seconds) => {
    const run = await runBundle(inputs({ 'timeout-seconds': seconds }), env());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Pull request #31: gate comment created/m);
    expect(github.comments.get(31)).toHaveLength(1);
  });

  it('when github-token is too short to be one and no comment is due then the run is not refused', async () => {
    const run = await runBundle(inputs({ 'github-token': 'short', 'pr-comment': 'false' }), env());
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('pass');
    expect(github.requests).toEqual([]);
  });

  it('when github-token is too short to be one and a comment is due then the comment is a warning, the verdict unchanged', async () => {
    const run = await runBundle(inputs({ 'github-token': 'short' }), env());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^::warning title=Pull request comment not posted::Could not comment on pull request #31: github-token is not a GitHub token/m);
    expect(github.requests).toEqual([]);
  });
});
