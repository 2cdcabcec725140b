/**
 * Hostile GitHub answers for the pull request comment: the real Octokit client (through the
 * bounded fetch) and the BUILT bundle under Node 24 against an attacker standing in for the
 * GitHub API. Every answer is a warning about the comment, never a crash, never a change of
 * verdict, and memory stays under 200 MB even for a 50 MB or endless answer.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GateIO } from '../../src/io/gate-io.js';
import { connectToGitHub, postPullRequestComment } from '../../src/io/github-comment.js';
import { githubRunFrom } from '../../src/run-context.js';
import { makeRedactor } from '../../src/redact.js';
import type { Annotation } from '../../src/report/run-report.js';
import { ALL_ATTACKS, startAttacker, type Attacker, type AttackName } from './attackers.js';
import { expectFailClosed, FAILURE_ATTACKS, FAILURE_REASONS, runUnderAttack } from './under-attack.js';

const TOKEN = 'ghs_HostileGitHubAnswers_5Tb7Yc2Np8Wq';
let dir: string;
let eventPath: string;
let attacker: Attacker | undefined;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gate-github-attack-'));
  eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify({ number: 12, pull_request: { number: 12 } }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  await attacker?.close();
  attacker = undefined;
});

const prEnv = (apiUrl: string) => ({
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: eventPath,
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_API_URL: apiUrl,
  GITHUB_RUN_ID: '9'
});

/** The reasons of answers that are HTTP but not GitHub's, as the warning words them. */
const READ_REASONS: Partial<Record<AttackName, RegExp>> = {
  'deep-json': /cannot be read as JSON: nested deeper than 64 levels/,
  'gzip-bomb': /not a list/,
  'br-bomb': /not a list/,
  'empty-200': /not a list/,
  'huge-error-code': /400 /
};

async function commentAgainst(name: AttackName): Promise<Annotation[]> {
  attacker = await startAttacker(name);
  const annotations: Annotation[] = [];
  const io = { annotate: (a: Annotation) => annotations.push(a), info: () => {} } as unknown as GateIO;
  const settings = { enabled: true, token: TOKEN, redact: makeRedactor([TOKEN]), deadline: performance.now() + 2_000 };
  await postPullRequestComment(
    settings,
    { markdown: '## summary', environment: 'staging', mode: 'preflight' },
    githubRunFrom(prEnv(attacker.url)),
    io,
    connectToGitHub
  );
  return annotations;
}

describe('hostile GitHub answers (Octokit through the bounded client)', () => {
  it.each(ALL_ATTACKS)('when GitHub answers %s then the comment is one warning with the reason, and nothing throws', async (name) => {
    const annotations = await commentAgainst(name);
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatchObject({ level: 'warning', title: 'Pull request comment not posted' });
    expect(annotations[0]!.message).toMatch(FAILURE_REASONS[name] ?? READ_REASONS[name]!);
    expect(annotations[0]!.message.length).toBeLessThan(600);
    // Nothing was written on the strength of an answer that could not be read.
    expect(attacker!.requests.filter((r) => r.startsWith('POST') || r.startsWith('PATCH'))).toEqual([]);
    expect(attacker!.headers.every((h) => h['accept-encoding'] === 'identity')).toBe(true);
  });

  it('when GitHub declares a 50 MB answer then the warning says so, at once', async () => {
    const started = performance.now();
    const annotations = await commentAgainst('declared-oversize');
    expect(annotations[0]!.message).toMatch(
      /GitHub answered with something that cannot be read: the answer from 127\.0\.0\.1:\d+ exceeded the size limit \(16 MiB\): it declared a body of 50 MiB/
    );
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe('hostile GitHub answers (bundle)', () => {
  it.each(ALL_ATTACKS)('when GitHub answers %s then the verdict stands and the comment is a warning', async (name) => {
    attacker = await startAttacker(name);
    const run = await runUnderAttack(
      {
        environment: 'staging',
        'api-key': 'mk_test_HostileGitHubAnswers0123',
        'webhook-secret': 'whsec_HostileGitHubAnswers0123',
        checks: 'config',
        'github-token': TOKEN,
        'timeout-seconds': '4'
      },
      prEnv(attacker.url)
    );
    expectFailClosed(run);
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('pass');
    expect(run.stdout).toMatch(/^::warning title=Pull request comment not posted::Could not comment on pull request #12: /m);
    if (FAILURE_ATTACKS.includes(name)) expect(run.stdout).toMatch(FAILURE_REASONS[name]!);
  });
});
