/**
 * Hostile sizes against the job summary and the pull request comment: whatever the checks carry
 * (server text copied into every field, thousands of details, a huge timeline), the summary stays
 * under GitHub's 1 MiB step-summary limit with the verdict and the table first and the cut
 * marked, and the comment under 65,536 characters.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { commentBody, commentMarker, GITHUB_COMMENT_LIMIT } from '../../src/report/pr-comment.js';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js';
import { checkResult, report } from '../helpers/results.js';
import { startAttacker, type Attacker } from './attackers.js';
import { expectFailClosed, runUnderAttack } from './under-attack.js';

const HUGE = 'E'.repeat(600_000);
const ids = ['config', 'api', 'webhook', 'credits', 'create', 'cancel', 'refund', 'watch'];

/** Every field of every check holds server text of hundreds of KB, as an unbounded source would leave it. */
function hostileReport(unit = 'x') {
  return report(
    ids.map((id) =>
      checkResult(id, 'fail', `${id}: 400 ${HUGE}`, {
        title: `${id} ${HUGE}`,
        hints: Array.from({ length: 50 }, () => `do ${HUGE}`),
        details: Array.from({ length: 3000 }, (_, i) => `detail ${i} ${unit.repeat(500)}`)
      })
    )
  );
}
const timeline = () => ['### Timeline', '', ...Array.from({ length: 20_000 }, (_, i) => `| ${i} | ${'€'.repeat(100)} |`), ''];

describe('hostile sizes: the job summary', () => {
  it.each<[string, string]>([
    ['ASCII', 'x'],
    ['three-byte characters (measured in bytes, not characters)', '€'],
    ['four-byte characters', '𝄞']
  ])('when every field is huge, in %s, then the summary is under 1 MiB, verdict and full table first, cut marked', (_label, unit) => {
    const md = renderSummary(hostileReport(unit), timeline());
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(SUMMARY_LIMIT_BYTES).toBeLessThan(1024 * 1024);
    const lines = md.split('\n');
    expect(lines[0]).toMatch(/^## MONCRENEAU deploy gate — production — ❌ blocked$/);
    // Every check has its row, each bounded.
    const rows = lines.filter((l) => /^\| .* \| ❌ Fail \|/.test(l));
    expect(rows).toHaveLength(ids.length);
    for (const row of rows) expect(row.length).toBeLessThan(4000);
    expect(lines.at(-1)).toMatch(/^> ✂️ This summary was cut to fit GitHub’s 1 MiB limit/);
    // A block left open by the cut is closed, so the note renders as text.
    expect(md.split('<details>').length).toBe(md.split('</details>').length);
  });

  it('when the report is ordinary then nothing is cut', () => {
    const md = renderSummary(report([checkResult('api', 'pass', 'answered in 120 ms')]));
    expect(md).not.toContain('✂️');
  });

  it('when a single error code of 600 KB is in a row then the row holds at most a few hundred characters of it', () => {
    const md = renderSummary(report([checkResult('api', 'fail', `/api/v1/credits: 400 ${HUGE}`)]));
    expect(md.length).toBeLessThan(2000);
  });
});

describe('hostile sizes: the pull request comment', () => {
  it.each<[string, string]>([
    ['ASCII', 'x'],
    ['four-byte characters', '𝄞']
  ])('when the summary is a megabyte of %s then the comment is under GitHub’s 65,536 characters, marker first', (_label, unit) => {
    const summary = renderSummary(hostileReport(unit), timeline());
    const body = commentBody({ marker: commentMarker('production', 'preflight'), summary, runUrl: 'https://github.com/acme/shop/actions/runs/1' });
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect([...body].length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(body.startsWith('<!-- moncreneau-deploy-gate:production:preflight -->\n## MONCRENEAU deploy gate')).toBe(true);
    expect(body).toContain('✂️ This comment was cut');
  });
});

describe('hostile sizes: every mode through the bundle, every server answering a 600 KB error code', () => {
  let attacker: Attacker | undefined;
  afterEach(async () => {
    await attacker?.close();
    attacker = undefined;
  });
  const common = () => ({
    environment: 'staging',
    'api-url': `${attacker!.url}/api/v1`,
    'api-key': 'mk_test_HostileSummarySize_4Gh6Jk',
    'pr-comment': 'false',
    retries: '0'
  });

  it.each<[string, Record<string, string>]>([
    ['preflight', { checks: 'api,credits,webhook', 'webhook-secret': 'whsec_HostileSummarySize_8Lp2Mn', 'allow-private-webhook': 'true' }],
    ['smoke', { mode: 'smoke', 'department-id': '2', 'timeout-seconds': '20' }],
    ['watch', { mode: 'watch', 'watch-minutes': '0.03', 'watch-interval-seconds': '0.3' }]
  ])('when the mode is %s then the summary is small, the code cut, never copied whole', async (_mode, inputs) => {
    attacker = await startAttacker('huge-error-code');
    const run = await runUnderAttack({ ...common(), ...(inputs.checks?.includes('webhook') ? { 'webhook-url': `${attacker.url}/hook` } : {}), ...inputs });
    expectFailClosed(run);
    expect(run.outputs.result).not.toBe('pass');
    expect(Buffer.byteLength(run.summary, 'utf8')).toBeLessThan(64 * 1024);
    // The code appears cut, at most a hundred characters of it in any one place; the debug
    // channel quotes the start of each answer, bounded on its own.
    const debug = run.allText.split('\n').filter((line) => line.startsWith('::debug::'));
    for (const line of debug) expect(line.length).toBeLessThan(1024);
    expect(
      run.allText
        .split('\n')
        .filter((line) => !line.startsWith('::debug::'))
        .join('\n')
    ).not.toMatch(/X{120}/);
  });
});
