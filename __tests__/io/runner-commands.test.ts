/**
 * The runner protocol the gate speaks directly must be byte for byte what @actions/core
 * writes, for the same commands and values (core is a dev dependency for exactly this).
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import * as core from '@actions/core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatCommand, formatOutputEntry, newDelimiter } from '../../src/io/runner-commands.js';

/** What core prints to stdout while `act` runs. */
function stdoutOf(act: () => void): string {
  const original = process.stdout.write.bind(process.stdout);
  let printed = '';
  process.stdout.write = ((chunk: string) => {
    printed += chunk;
    return true;
  }) as typeof process.stdout.write;
  try {
    act();
  } finally {
    process.stdout.write = original;
  }
  return printed;
}

const awkward = ['plain', 'with: colon, comma', 'percent 100% and\r\nnew lines', '::stop-commands::x', 'émoji ✅ and ünïcode', ''];

afterEach(() => {
  process.exitCode = undefined;
  delete process.env.GITHUB_OUTPUT;
});

describe('workflow commands', () => {
  it.each(awkward)('add-mask of %j is what core.setSecret prints', (value) => {
    expect(formatCommand('add-mask', {}, value)).toBe(stdoutOf(() => core.setSecret(value)));
  });

  it.each(awkward)('an error annotation titled %j is what core.error prints', (title) => {
    expect(formatCommand('error', { title }, `message for ${title}\nsecond line`)).toBe(stdoutOf(() => core.error(`message for ${title}\nsecond line`, { title })));
  });

  it.each(awkward)('a warning %j is what core.warning prints', (message) => {
    expect(formatCommand('warning', { title: 'T' }, message)).toBe(stdoutOf(() => core.warning(message, { title: 'T' })));
  });
});

describe('GITHUB_OUTPUT entries', () => {
  it.each(awkward)('value %j is written as core.setOutput writes it, but for the random delimiter', (value) => {
    const file = join(mkdtempSync(join(tmpdir(), 'gate-out-')), 'output');
    writeFileSync(file, '');
    process.env.GITHUB_OUTPUT = file;
    core.setOutput('result', value);
    const written = readFileSync(file, 'utf8');
    const delimiter = /^result<<(ghadelimiter_[^\n]+)\n/.exec(written)![1]!;
    expect(formatOutputEntry('result', value, delimiter)).toBe(written);
  });

  it('refuses a value that contains the delimiter, so no output can be forged', () => {
    expect(() => formatOutputEntry('result', 'x\nghadelimiter_1\nrollback<<y', 'ghadelimiter_1')).toThrow('contains the delimiter');
  });

  it('makes delimiters shaped like core’s, different each time', () => {
    const a = newDelimiter();
    expect(a).toMatch(/^ghadelimiter_[0-9a-f]{16}-[0-9a-f]{8}-[0-9a-f]{8}$/);
    expect(newDelimiter()).not.toBe(a);
  });
});
