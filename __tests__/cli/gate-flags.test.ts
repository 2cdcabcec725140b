import { describe, expect, it } from '@jest/globals';
import { GATE_COMMANDS, INPUT_FLAGS, parseGateArgs } from '../../src/cli/gate-flags.js';
import { gateHelp } from '../../src/cli/help.js';
import { UsageError } from '../../src/cli/exit-codes.js';

// That the flags, their defaults and descriptions are the table of inputs': settings/input-table.test.ts.
describe("the gate commands' flags", () => {
  it('are the three commands', () => {
    expect(GATE_COMMANDS).toEqual(['preflight', 'smoke', 'watch']);
  });

  it.each(GATE_COMMANDS)('%s --help shows each flag once, with its default', (command) => {
    const help = gateHelp(command);
    for (const name of INPUT_FLAGS) {
      expect([name, help.match(new RegExp(`^  --${name} <value> +default: .+$`, 'gm'))?.length]).toEqual([name, 1]);
    }
  });

  it('maps each flag to the input of the same name, lists joined, and nothing else', () => {
    const args = parseGateArgs('preflight', ['--min-credits', '7', '--checks', 'config', '--checks', 'api', '--api-url=https://x.example/api/v1']);
    expect(args.inputs).toEqual({ 'min-credits': '7', checks: 'config,api', 'api-url': 'https://x.example/api/v1' });
    expect(args).toMatchObject({ format: 'text', output: undefined, help: false, warnings: [] });
  });

  it('keeps a value exactly as given, empty included (the engine then applies its fallback)', () => {
    expect(parseGateArgs('smoke', ['--appointment-name', '  padded  ', '--api-url', '']).inputs).toEqual({ 'appointment-name': '  padded  ', 'api-url': '' });
  });

  it('warns for each secret given as a flag', () => {
    const { warnings } = parseGateArgs('preflight', ['--api-key', 'mk_live_abcdefabcdef', '--webhook-secret', 'whsec_abcdefabcdef', '--github-token', 'ghp_x']);
    expect(warnings).toEqual([
      expect.stringMatching(/^warning: --api-key on the command line lands in shell history and process lists; set MONCRENEAU_API_KEY/),
      expect.stringMatching(/^warning: --webhook-secret .*MONCRENEAU_WEBHOOK_SECRET/),
      expect.stringMatching(/^warning: --github-token .*shell history/)
    ]);
  });

  it.each([
    ['an unknown flag', ['--min-credit', '5'], /^Unknown option '--min-credit' \(see moncreneau-deploy-gate preflight --help\)$/],
    ['a flag without its value', ['--min-credits'], /argument missing/],
    ['one value twice, differently', ['--retries', '1', '--retries', '2'], /--retries was given 2 times with different values/],
    ['--mode', ['--mode', 'smoke'], /the mode is the command/],
    ['an unknown format', ['--format', 'xml'], /--format: 'xml' is not a format; expected one of text, markdown, json, junit/],
    ['an empty output', ['--output', ''], /--output: give a file name/],
    ['a stray argument', ['config'], /unexpected 'config'/]
  ])('refuses %s as usage', (_, argv, message) => {
    expect(() => parseGateArgs('preflight', argv)).toThrow(UsageError);
    expect(() => parseGateArgs('preflight', argv)).toThrow(message);
  });

  it('never repeats a stray argument that may be a secret', () => {
    for (const value of ['mk_live_0123456789abcdef', 'whsec_0123456789', 'x'.repeat(30)]) {
      let message = '';
      try {
        parseGateArgs('preflight', [value]);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/not shown: it may be a secret/);
      expect(message).not.toContain(value);
    }
    let message = '';
    try {
      parseGateArgs('preflight', ['--api-kye=mk_live_0123456789abcdef']);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toContain('mk_live_');
  });
});
