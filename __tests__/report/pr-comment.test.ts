import { describe, expect, it } from '@jest/globals';
import {
  ACTIONS_BOT_LOGIN,
  GITHUB_COMMENT_LIMIT,
  commentBody,
  commentMarker,
  findStickyComment,
  pullRequestOf,
  quietMentions,
  runUrlOf,
  type IssueComment
} from '../../src/report/pr-comment.js';
import { githubRunFrom } from '../../src/run-context.js';
import { renderSummary } from '../../src/report/summary.js';
import { checkResult, report } from '../helpers/results.js';

const MARKER = commentMarker('production', 'preflight');

describe('pullRequestOf', () => {
  it.each<[string, string | undefined, unknown, string | undefined, ReturnType<typeof pullRequestOf>]>([
    [
      'a pull_request event',
      'pull_request',
      { pull_request: { number: 12 } },
      'acme/shop',
      { kind: 'pull-request', target: { owner: 'acme', repo: 'shop', number: 12 } }
    ],
    [
      'a pull_request_target event',
      'pull_request_target',
      { pull_request: { number: 3 } },
      'acme/shop.web',
      { kind: 'pull-request', target: { owner: 'acme', repo: 'shop.web', number: 3 } }
    ],
    ['a push', 'push', { pull_request: { number: 12 } }, 'acme/shop', { kind: 'none' }],
    ['a workflow_dispatch', 'workflow_dispatch', {}, 'acme/shop', { kind: 'none' }],
    ['no event at all (the CLI)', undefined, undefined, undefined, { kind: 'none' }],
    [
      'a payload without a number',
      'pull_request',
      { pull_request: {} },
      'acme/shop',
      { kind: 'invalid', reason: 'the pull_request event payload has no pull_request.number' }
    ],
    [
      'a number that is a string',
      'pull_request',
      { pull_request: { number: '12' } },
      'acme/shop',
      { kind: 'invalid', reason: 'the pull_request event payload has no pull_request.number' }
    ],
    ['a null payload', 'pull_request', null, 'acme/shop', { kind: 'invalid', reason: 'the pull_request event payload has no pull_request.number' }],
    [
      'no GITHUB_REPOSITORY',
      'pull_request',
      { pull_request: { number: 12 } },
      undefined,
      { kind: 'invalid', number: 12, reason: 'GITHUB_REPOSITORY is not set as owner/name' }
    ],
    [
      'a malformed GITHUB_REPOSITORY',
      'pull_request',
      { pull_request: { number: 12 } },
      'acme/shop/x',
      { kind: 'invalid', number: 12, reason: 'GITHUB_REPOSITORY is not set as owner/name' }
    ]
  ])('when %s then %j', (_label, eventName, payload, repository, expected) => {
    expect(pullRequestOf(eventName, payload, repository)).toEqual(expected);
  });
});

describe('commentMarker', () => {
  it('is a hidden HTML comment naming the environment and the mode', () => {
    expect(commentMarker('staging', 'smoke')).toBe('<!-- moncreneau-deploy-gate:staging:smoke -->');
  });

  it('starts with the job, so two jobs gating two applications keep one comment each', () => {
    expect(commentMarker('production', 'preflight', 'gate-api')).toBe('<!-- moncreneau-deploy-gate:gate-api:production:preflight -->');
    expect(commentMarker('production', 'preflight', 'gate-web')).not.toBe(commentMarker('production', 'preflight', 'gate-api'));
  });

  it('differs between environments and modes, so a matrix keeps one comment each', () => {
    const markers = new Set([commentMarker('staging', 'preflight'), commentMarker('production', 'preflight'), commentMarker('production', 'watch')]);
    expect(markers.size).toBe(3);
  });

  it.each(['--> <script>', 'prod\n-->', 'a -- b', ''])(
    'when the environment is %j (an unparsed input) then nothing can close the comment early',
    (environment) => {
      const marker = commentMarker(environment, 'preflight');
      expect(marker).toMatch(/^<!-- moncreneau-deploy-gate:[a-z0-9_-]+:preflight -->$/);
      expect(marker.slice(4, -3)).not.toContain('>');
    }
  );
});

describe('runUrlOf', () => {
  it.each<[string, Record<string, string>, string | undefined]>([
    [
      'the runner variables',
      { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '42' },
      'https://github.com/acme/shop/actions/runs/42'
    ],
    [
      'GitHub Enterprise with a trailing slash',
      { GITHUB_SERVER_URL: 'https://ghe.example/', GITHUB_REPOSITORY: 'a/b', GITHUB_RUN_ID: '7' },
      'https://ghe.example/a/b/actions/runs/7'
    ],
    ['no run id', { GITHUB_REPOSITORY: 'acme/shop' }, undefined],
    ['a server URL that would break the link', { GITHUB_SERVER_URL: 'https://x) [y](z', GITHUB_REPOSITORY: 'a/b', GITHUB_RUN_ID: '7' }, undefined],
    ['a run id that is not a number', { GITHUB_REPOSITORY: 'a/b', GITHUB_RUN_ID: '7)' }, undefined]
  ])('when given %s then %j', (_label, env, expected) => {
    expect(runUrlOf(githubRunFrom(env))).toBe(expected);
  });
});

describe('commentBody', () => {
  const summary = renderSummary(
    report([
      checkResult('config', 'pass', 'key mk_live_… fits production', { title: 'Configuration', details: ['a detail'] }),
      checkResult('api', 'skip', 'not selected')
    ])
  );

  it('starts with the marker, holds the summary unchanged and links the run', () => {
    const body = commentBody({ marker: MARKER, summary, runUrl: 'https://github.com/a/b/actions/runs/1' });
    expect(body.startsWith(`${MARKER}\n## MONCRENEAU deploy gate — production — ✅ passed`)).toBe(true);
    expect(body).toContain(summary.trimEnd());
    expect(body).toContain('[workflow run](https://github.com/a/b/actions/runs/1)');
  });

  it('has no link when the run is unknown', () => {
    expect(commentBody({ marker: MARKER, summary })).toBe(`${MARKER}\n${summary.trimEnd()}\n`);
  });

  it('is deterministic', () => {
    expect(commentBody({ marker: MARKER, summary })).toBe(commentBody({ marker: MARKER, summary }));
  });

  it('when the summary exceeds GitHub’s limit then it is cut at a line break, under the limit, with a note', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `| row ${i} | ${'x'.repeat(60)} |`);
    const long = ['## MONCRENEAU deploy gate — production — ❌ blocked', '', '| a | b |', '|---|---|', ...rows].join('\n');
    const body = commentBody({ marker: MARKER, summary: long, runUrl: 'https://github.com/a/b/actions/runs/1' });
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(body.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT - 200);
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain('cut to fit GitHub’s size limit');
    expect(body).toContain('[workflow run]');
    const kept = body.split('\n').filter((l) => l.startsWith('| row '));
    for (const line of kept) expect(rows).toContain(line);
  });

  it.each<[string, string[], string[]]>([
    [
      'inside <details>',
      ['<details><summary>Details</summary>', '', ...Array.from({ length: 50 }, (_, i) => `- detail ${i} ${'y'.repeat(40)}`), '', '</details>'],
      ['</details>']
    ],
    ['inside a code fence', ['```sh', ...Array.from({ length: 50 }, (_, i) => `curl ${i} ${'z'.repeat(40)}`), '```'], ['```']]
  ])('when the cut falls %s then the block is closed before the note', (_label, lines, closers) => {
    const body = commentBody({ marker: MARKER, summary: ['## heading', '', ...lines].join('\n'), limit: 1200 });
    expect(body.length).toBeLessThanOrEqual(1200);
    const tail = body.trimEnd().split('\n');
    expect(tail.slice(-2 - closers.length, -2)).toEqual(closers);
    expect(tail.at(-2)).toBe('');
    expect(tail.at(-1)).toContain('cut to fit');
  });

  it('never cuts a character in half', () => {
    const summary = Array.from({ length: 400 }, () => '✅ 🚨 é'.repeat(10)).join('\n');
    const body = commentBody({ marker: MARKER, summary, limit: 5000 });
    expect(body.length).toBeLessThanOrEqual(5000);
    expect(body).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('quietMentions', () => {
  it.each<[string, string]>([
    ['an escaped mention \\@octocat', 'an escaped mention \\@&#8203;octocat'],
    ['a team \\@acme/ops and a bare @alice', 'a team \\@&#8203;acme/ops and a bare @&#8203;alice'],
    ['issue \\#12 and acme/shop\\#3', 'issue \\#&#8203;12 and acme/shop\\#&#8203;3'],
    ['an e-mail ops@example.com', 'an e-mail ops@&#8203;example.com'],
    ['a lone @ and # and C# and #hashtag', 'a lone @ and # and C# and #hashtag']
  ])('when a line says %j then no one is notified', (line, expected) => {
    expect(quietMentions(line)).toBe(expected);
  });

  it('leaves code fences alone, where nothing links', () => {
    const md = ['\\@a', '```sh', 'curl -H "X: @b" #1', '```', '\\@c'].join('\n');
    expect(quietMentions(md)).toBe(['\\@&#8203;a', '```sh', 'curl -H "X: @b" #1', '```', '\\@&#8203;c'].join('\n'));
  });

  it('is applied to the comment body', () => {
    expect(commentBody({ marker: MARKER, summary: 'ping \\@octocat' })).toBe(`${MARKER}\nping \\@&#8203;octocat\n`);
  });
});

describe('findStickyComment', () => {
  const bot = { login: ACTIONS_BOT_LOGIN, type: 'Bot' };
  const app = { login: 'deploy-app[bot]', type: 'Bot' };
  const human = { login: 'alice', type: 'User' };
  const comments: IssueComment[] = [
    { id: 1, body: 'LGTM', user: human },
    { id: 2, body: `> ${MARKER}\nquoted by a human`, user: human },
    { id: 3, body: `${MARKER}\nold`, user: human },
    { id: 4, body: `${commentMarker('staging', 'preflight')}\nstaging`, user: bot },
    { id: 5, body: `${MARKER}\nby the workflow token`, user: bot },
    { id: 6, body: `${MARKER}\nby an app`, user: app },
    { id: 7, body: `${MARKER}\na duplicate`, user: bot },
    { id: 8, body: null, user: bot },
    { id: 9, body: `${MARKER}\nno user`, user: null }
  ];

  it.each<[string, string | null, number | undefined]>([
    ['the author is the workflow token’s bot', ACTIONS_BOT_LOGIN, 5],
    ['the author is an app', 'deploy-app[bot]', 6],
    ['the author is unknown (GET /user refused): github-actions[bot]’s comment', null, 5],
    ['the author is a human who commented with the marker', 'alice', 3],
    ['the author has no comment', 'bob', undefined]
  ])('when %s then comment %p', (_label, author, id) => {
    expect(findStickyComment(comments, MARKER, author)?.id).toBe(id);
  });

  it('matches only the marker of the same environment and mode', () => {
    expect(findStickyComment(comments, commentMarker('staging', 'preflight'), null)?.id).toBe(4);
    expect(findStickyComment(comments, commentMarker('production', 'smoke'), null)).toBeUndefined();
  });

  it('finds nothing in an empty list', () => {
    expect(findStickyComment([], MARKER, null)).toBeUndefined();
  });
});
