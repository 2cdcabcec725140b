import { describe, expect, it } from '@jest/globals';
import { palette, terminalSafe, wantsColour } from '../../src/cli/terminal-text.js';

describe('terminalSafe', () => {
  it.each([
    ['a workflow command at a line start', 'ok\n::add-mask::x', 'ok\n: :add-mask::x'],
    ['one behind blanks', '  ::error::x', '  : :error::x'],
    ['one after a carriage return', 'a\r\n::warning::x', 'a\n: :warning::x'],
    ['a bare carriage return', 'a\r::set-output name=x::y', 'a ::set-output name=x::y'],
    ['a legacy ##[ command', 'x ##[group]y', 'x # #[group]y'],
    ['an Azure command', '##vso[task.setvariable variable=x]y', '# #vso[task.setvariable variable=x]y'],
    ['terminal escapes', 'a\u001b[2Jb\u0007c\u009bd', 'a [2Jb c d'],
    ['Unicode line separators', 'a\u2028::error::x', 'a ::error::x']
  ])('neutralises %s', (_, text, expected) => {
    const safe = terminalSafe(text);
    expect(safe).toBe(expected);
    expect(safe.split('\n').some((line) => /^\s*::/.test(line))).toBe(false);
    expect(safe).not.toMatch(/##\[|##vso\[/i);
    expect(safe).not.toContain('\u001b');
  });

  it('leaves ordinary text, tabs, line breaks and IPv6 addresses alone', () => {
    expect(terminalSafe('a\tb\nc [::1]:443 a::b')).toBe('a\tb\nc [::1]:443 a::b');
  });
});

describe('colour', () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [undefined, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [true, { TERM: 'dumb' }, false]
  ])('on a TTY: %s, env %j: %s', (isTTY, env, expected) => {
    expect(wantsColour(isTTY, env)).toBe(expected);
  });

  it('plain palette adds nothing; the colour one adds SGR codes', () => {
    expect(palette(false).red('x')).toBe('x');
    expect(palette(true).red('x')).toBe('\u001b[31mx\u001b[39m');
  });
});
