/** The log line the runner reads: one line, whatever a server put in it. */
import { describe, expect, it } from '@jest/globals';
import { oneLogLine } from '../../src/io/actions-io.js';

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
