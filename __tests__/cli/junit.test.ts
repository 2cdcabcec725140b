import { describe, expect, it } from '@jest/globals';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { renderJUnit } from '../../src/cli/junit.js';
import type { CheckResult, CheckStatus } from '../../src/engine/check.js';
import { buildReport } from '../../src/report/run-report.js';

const check = (id: string, status: CheckStatus, summary = `${id} ${status}`, extra: Partial<CheckResult> = {}): CheckResult => ({
  id,
  title: id.toUpperCase(),
  status,
  summary,
  details: [],
  hints: [],
  data: {},
  durationMs: 1234,
  ...extra
});

const report = (checks: CheckResult[], failOn: 'failure' | 'warning' = 'failure') =>
  buildReport({ mode: 'preflight', environment: 'production', failOn, startedAt: new Date('2026-11-29T10:00:00.123Z'), durationMs: 812, checks });

const parse = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, htmlEntities: true, isArray: (name) => name === 'testcase' }).parse(xml);
};
const kinds = (doc: ReturnType<typeof parse>) =>
  (doc.testsuites.testsuite.testcase as Record<string, unknown>[]).map((c) => ['failure', 'error', 'skipped', 'system-out'].find((k) => k in c) ?? 'pass');

describe('renderJUnit', () => {
  it('one test case per check: failure, skipped, pass, and counts that add up', () => {
    const doc = parse(
      renderJUnit(
        report([check('config', 'pass'), check('api', 'skip'), check('webhook', 'fail', 'no answer', { hints: ['Fix it'] }), check('credits', 'warn')])
      )
    );
    expect(kinds(doc)).toEqual(['pass', 'skipped', 'failure', 'system-out']);
    const suite = doc.testsuites.testsuite;
    expect(suite).toMatchObject({
      '@_tests': '4',
      '@_failures': '1',
      '@_errors': '0',
      '@_skipped': '1',
      '@_time': '0.812',
      '@_timestamp': '2026-11-29T10:00:00'
    });
    const failed = suite.testcase[2];
    expect(failed['@_name']).toBe('webhook: WEBHOOK');
    expect(failed['@_time']).toBe('1.234');
    expect(failed.failure['@_message']).toBe('no answer');
    expect(failed.failure['#text']).toContain('What to do: Fix it');
  });

  it('a warning that blocks (fail-on: warning) is a failure, so the CI view agrees with the exit code', () => {
    expect(kinds(parse(renderJUnit(report([check('credits', 'warn')], 'warning'))))).toEqual(['failure']);
  });

  it("the gate's own fault is an error, not a failed check", () => {
    const doc = parse(renderJUnit(report([check('gate', 'fail')])));
    expect(kinds(doc)).toEqual(['error']);
    expect(doc.testsuites['@_errors']).toBe('1');
  });

  it.each([
    ['markup and entities', '</failure><testcase name="x"/>&amp; "\' ]]> <!-- -->'],
    ['characters XML cannot carry', 'a\u0000b\u0008c\u000bd\u001fe\ufffef\ud800g'],
    ['carriage returns', 'a\r\nb\rc']
  ])('stays well-formed XML with server text holding %s, and keeps the text', (_, text) => {
    const doc = parse(renderJUnit(report([check('api', 'fail', text, { details: [text], hints: [text] })])));
    const failure = doc.testsuites.testsuite.testcase[0].failure;
    // eslint-disable-next-line no-control-regex -- the characters XML cannot carry
    expect(failure['@_message'].replace(/\ufffd/g, '')).toBe(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800]/g, ''));
  });
});
