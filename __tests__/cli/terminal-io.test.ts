import { describe, expect, it } from '@jest/globals';
import { renderReadable } from '../../src/cli/readable-report.js';
import { createTerminalIO } from '../../src/cli/terminal-io.js';
import { palette } from '../../src/cli/terminal-text.js';
import { fail, pass, warn, type CheckResult } from '../../src/engine/check.js';
import { makeRedactor } from '../../src/redact.js';
import { buildReport } from '../../src/report/run-report.js';

const SECRET = 'mk_live_terminal_io_0123456789';
const row = (id: string, outcome: ReturnType<typeof pass>): CheckResult => ({ id, title: id.toUpperCase(), durationMs: 12, ...outcome });
const report = (checks: CheckResult[], extra: Partial<Parameters<typeof buildReport>[0]> = {}) =>
  buildReport({ mode: 'smoke', environment: 'production', failOn: 'failure', startedAt: new Date(), durationMs: 2500, checks, ...extra });

describe('the terminal IO', () => {
  it('prints progress until the report exists, then only what the report does not already say', () => {
    const lines: string[] = [];
    const io = createTerminalIO({}, makeRedactor([SECRET]), (l) => lines.push(l));
    io.registerSecret(SECRET);
    io.info(`booking with ${SECRET}\n::add-mask::x`);
    const r = report([row('create', fail('no'))]);
    io.receiveReport(r, true);
    io.info('❌ Fail  create: no');
    io.annotate({ level: 'error', title: 'CREATE (create)', message: 'no' });
    io.annotate({ level: 'warning', title: 'Pull request comment', message: `not posted: ${SECRET}` });
    io.setOutput('result', 'fail');
    io.setFailed('MONCRENEAU deploy gate: promotion blocked by create.');
    expect(lines).toEqual(['booking with mk_live_[redacted]\n: :add-mask::x', 'warning: Pull request comment: not posted: mk_live_[redacted]']);
    expect(io.report).toBe(r);
    expect(io.outputs).toEqual({ result: 'fail' });
    expect(io.failure).toMatch(/promotion blocked by create/);
  });

  it('answers inputs by name, for an engine that asks its IO', () => {
    const io = createTerminalIO(
      { 'min-credits': '7' },
      (s) => s,
      () => undefined
    );
    expect([io.readInput!('min-credits'), io.readInput!('retries')]).toEqual(['7', '']);
  });
});

describe('renderReadable', () => {
  const plain = palette(false);
  it('says the verdict, a line per check, and for failures and warnings what was found and what to do', () => {
    const text = renderReadable(
      report(
        [
          row('config', pass('fine')),
          row('credits', warn('80 left', { details: ['balance 80'], hints: ['Buy credits'] })),
          row('cancel', fail('still booked', { hints: ['Cancel it'] }))
        ],
        {
          alert: { message: 'Appointment 7 is still booked.', command: 'curl -X DELETE .../appointments/7' }
        }
      ),
      plain,
      (s) => s
    );
    expect(text.split('\n')).toEqual([
      'ACT NOW: Appointment 7 is still booked.',
      '  curl -X DELETE .../appointments/7',
      '',
      'MONCRENEAU deploy gate · smoke · production: BLOCKED in 2.5 s',
      '  ✔ pass  config   fine (12 ms)',
      '  ! warn  credits  80 left (12 ms)',
      '                   balance 80',
      '                   → Buy credits',
      '  ✖ fail  cancel   still booked (12 ms)',
      '                   → Cancel it'
    ]);
  });

  it.each([
    [[warn('w')], 'failure', 'PROMOTABLE, with warnings'],
    [[warn('w')], 'warning', 'BLOCKED on warnings (fail-on: warning)'],
    [[pass('p')], 'failure', 'PROMOTABLE']
  ] as const)('verdict for %j with fail-on %s: %s', (outcomes, failOn, verdict) => {
    const text = renderReadable(
      report(
        outcomes.map((o, i) => row(`c${i}`, o)),
        { failOn }
      ),
      plain,
      (s) => s
    );
    expect(text.split('\n')[0]).toContain(`: ${verdict} in`);
  });

  it('a watch that breached a criterion says roll back', () => {
    expect(renderReadable(report([row('error-rate', fail('high'))], { mode: 'watch', data: { rollback: true } }), plain, (s) => s)).toMatch(/: ROLL BACK in/);
  });
});
