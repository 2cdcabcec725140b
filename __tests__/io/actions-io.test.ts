/**
 * The runner adapter: what a runner (or @github/local-action) reads back from the gate's IO,
 * through @actions/core, for awkward values: one log line, masks per line, titled
 * annotations, outputs and summary in their files, debug and groups, failure with exit code 1.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createActionsIO, oneLogLine } from '../../src/io/actions-io.js';

/** What the adapter prints to stdout while `act` runs. */
async function stdoutOf(act: () => unknown): Promise<string> {
  const original = process.stdout.write.bind(process.stdout);
  let printed = '';
  process.stdout.write = ((chunk: string) => {
    printed += chunk;
    return true;
  }) as typeof process.stdout.write;
  try {
    await act();
  } finally {
    process.stdout.write = original;
  }
  return printed;
}

let dir = '';
const saved = { ...process.env };
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gate-actions-io-'));
});
afterEach(() => {
  process.exitCode = undefined;
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
});

describe('oneLogLine', () => {
  it.each([
    ['a plain line', 'a plain line'],
    ['bad key\n::add-mask::fail', 'bad key ::add-mask::fail'],
    ['a\r\n::set-output name=result::pass', 'a ::set-output name=result::pass'],
    ['tab\tand\u2028separator', 'tab and separator'],
    ['nul\u0000bell\u0007', 'nul bell ']
  ])('%j -> %j', (input, expected) => {
    expect(oneLogLine(input)).toBe(expected);
    expect(oneLogLine(input)).not.toMatch(/[\r\n]/);
  });
});

describe('createActionsIO', () => {
  it('reads an input untrimmed, so a padded secret still reaches the config check', () => {
    process.env['INPUT_API-KEY'] = '  mk_live_padded\n';
    expect(createActionsIO().readInput!('api-key')).toBe('  mk_live_padded\n');
    expect(createActionsIO().readInput!('webhook-secret')).toBe('');
  });

  it('masks a secret, and each line of a multi-line one', async () => {
    const printed = await stdoutOf(() => createActionsIO().registerSecret('first-line-secret\nsecond-line-secret'));
    expect(printed.split('\n')).toEqual([
      '::add-mask::first-line-secret%0Asecond-line-secret',
      '::add-mask::first-line-secret',
      '::add-mask::second-line-secret',
      ''
    ]);
    expect(await stdoutOf(() => createActionsIO().registerSecret(''))).toBe('');
  });

  it('prints server text as one plain line, never as a workflow command', async () => {
    const printed = await stdoutOf(() => createActionsIO().info('answer\n::add-mask::x\r::stop-commands::y'));
    expect(printed).toBe('answer ::add-mask::x ::stop-commands::y\n');
  });

  it('annotates with a title, escaping what could end the command', async () => {
    const io = createActionsIO();
    const error = await stdoutOf(() => io.annotate({ level: 'error', title: 'Credits: low, 30', message: 'line one\nline two 100%' }));
    expect(error).toBe('::error title=Credits%3A low%2C 30::line one%0Aline two 100%25\n');
    const warning = await stdoutOf(() => io.annotate({ level: 'warning', title: 'API', message: 'slow' }));
    expect(warning).toBe('::warning title=API::slow\n');
  });

  it('writes outputs to GITHUB_OUTPUT with a delimiter no value can forge', async () => {
    const file = join(dir, 'output');
    writeFileSync(file, '');
    process.env.GITHUB_OUTPUT = file;
    const io = createActionsIO();
    io.setOutput('result', 'fail');
    io.setOutput('rollback-reasons', 'x\nrollback<<EOF\ntrue');
    const written = readFileSync(file, 'utf8');
    const entries = [...written.matchAll(/^([^<\n]+)<<(ghadelimiter_[^\n]+)\n([^]*?)\n\2$/gm)].map((m) => [m[1], m[3]]);
    expect(entries).toEqual([
      ['result', 'fail'],
      ['rollback-reasons', 'x\nrollback<<EOF\ntrue']
    ]);
  });

  it('appends the summary to GITHUB_STEP_SUMMARY, and prints it when there is none', async () => {
    const file = join(dir, 'summary.md');
    writeFileSync(file, 'earlier step\n');
    process.env.GITHUB_STEP_SUMMARY = file;
    await createActionsIO().writeSummary('# MONCRENEAU deploy gate');
    expect(readFileSync(file, 'utf8')).toBe('earlier step\n# MONCRENEAU deploy gate\n');
    delete process.env.GITHUB_STEP_SUMMARY;
    expect(await stdoutOf(() => createActionsIO({}).writeSummary('# printed'))).toContain('# printed');
  });

  it('sends debug lines on the debug channel and folds a group', async () => {
    const io = createActionsIO();
    const printed = await stdoutOf(() =>
      io.group('webhook: details\n::error::x', async () => {
        io.debug('HTTP GET https://api.example/x -> 200\n::warning::y\u2028::error::z');
        io.info('inside');
      })
    );
    expect(printed.split('\n')).toEqual([
      '::group::webhook: details ::error::x',
      '::debug::HTTP GET https://api.example/x -> 200 ::warning::y ::error::z',
      'inside',
      '::endgroup::',
      ''
    ]);
  });

  it('fails the step: an error annotation and exit code 1', async () => {
    const printed = await stdoutOf(() => createActionsIO().setFailed('blocked by credits'));
    expect(printed).toBe('::error::blocked by credits\n');
    expect(process.exitCode).toBe(1);
  });
});
