/**
 * The one table of inputs (src/settings/input-table.ts) against everything that lists inputs
 * for users: action.yml, the README's inputs table and the command line's flags and help. A
 * new input added to the table fails here until each of them says the same.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { INPUT_FLAGS, defaultInWords } from '../../src/cli/gate-flags.js';
import { gateHelp } from '../../src/cli/help.js';
import { INPUT_NAMES, INPUTS, SECRET_INPUTS, inputSpec, parseInput, type InputName } from '../../src/settings/input-table.js';
import { mapAt, readActionYml, type YamlMap } from '../helpers/action-yml.js';

const actionInputs = mapAt(readActionYml(), 'inputs');
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The README's inputs table, each row as its cells. */
function readmeInputRows(): string[][] {
  const start = readme.indexOf('\n## Inputs\n');
  if (start < 0) throw new Error('README has no "## Inputs" section');
  return readme
    .slice(start + 1)
    .split(/\n## /)[0]!
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim())
    );
}

/** The README's default cell, as the table implies it (the README may word it its own way). */
function readmeDefault(name: InputName): string {
  const spec = inputSpec(name);
  if (spec.readme?.default !== undefined) return spec.readme.default;
  if (spec.env) return `env \`${spec.env}\`${spec.default === '' ? '' : `, else \`${spec.default}\``}`;
  const shown = spec.actionDefault ?? spec.default;
  return shown === '' ? '(none)' : `\`${shown}\``;
}

/** The README's row of an input, as the table implies it. */
const readmeRow = (name: InputName) => [`\`${name}\``, readmeDefault(name), inputSpec(name).readme?.description ?? inputSpec(name).description];

describe('the table of inputs', () => {
  it('when a mode owns an input then its description says so first, as action.yml groups them', () => {
    for (const name of INPUT_NAMES) {
      const { group, description } = inputSpec(name);
      const prefix = /^(Smoke|Watch) mode - /.exec(description)?.[1]?.toLowerCase();
      expect([name, prefix]).toEqual([name, group]);
    }
  });

  it('when two inputs land in the same group then their keys differ, so neither hides the other', () => {
    for (const group of [undefined, 'smoke', 'watch']) {
      const keys = INPUT_NAMES.filter((name) => inputSpec(name).group === group).map((name) => inputSpec(name).key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('when an input is a secret then it has no default: a secret is only ever given', () => {
    expect(SECRET_INPUTS).toEqual(['api-key', 'webhook-secret', 'github-token']);
    for (const name of SECRET_INPUTS) expect([name, INPUTS[name].default]).toEqual([name, '']);
  });

  it('when an input falls back to a variable then its description names it', () => {
    for (const name of INPUT_NAMES) {
      const variable = inputSpec(name).env;
      if (variable) expect([name, inputSpec(name).description.includes(variable)]).toEqual([name, true]);
    }
  });

  it('when every default is parsed then each is a valid value', () => {
    for (const name of INPUT_NAMES) expect([name, parseInput(name, INPUTS[name].default) !== undefined]).toEqual([name, true]);
  });
});

describe('action.yml declares the table', () => {
  it("when action.yml lists its inputs then they are the table's, in the same order", () => {
    expect(Object.keys(actionInputs)).toEqual(INPUT_NAMES);
  });

  it.each(INPUT_NAMES)("when action.yml declares %s then it has the table's description, optional", (name) => {
    const entry = actionInputs[name] as YamlMap;
    expect(entry.description).toBe(inputSpec(name).description);
    expect(entry.required ?? false).toBe(false);
  });

  it.each(INPUT_NAMES)("when action.yml declares %s then its default is the table's", (name) => {
    const spec = inputSpec(name);
    const declared = (actionInputs[name] as YamlMap).default;
    // The runner passes a declared default as if the user had written it: an input that falls
    // back to a variable must declare none, or the variable could never apply.
    if (spec.env) expect(declared).toBeUndefined();
    // '' and no default are the same to the runner.
    else expect(declared ?? '').toBe(spec.actionDefault ?? spec.default);
  });
});

describe("the README's inputs table says what the table says", () => {
  it("when the README lists the inputs then it lists the table's, in the same order", () => {
    expect(readmeInputRows().map((row) => row[0]!.replace(/^`|`$/g, ''))).toEqual(INPUT_NAMES);
  });

  it.each(INPUT_NAMES)("when the README shows %s then its default and description are the table's", (name) => {
    const row = readmeInputRows().find((r) => r[0] === `\`${name}\``);
    expect(row).toEqual(readmeRow(name));
  });
});

describe("the command line's flags are the table's", () => {
  it('when the flags are listed then every input is one, but mode, which is the command', () => {
    expect(INPUT_FLAGS).toEqual(INPUT_NAMES.filter((name) => name !== 'mode'));
  });

  it.each(['preflight', 'smoke', 'watch'] as const)('when %s --help is shown then each flag has its default and description', (command) => {
    const help = gateHelp(command);
    for (const name of INPUT_FLAGS) {
      const words = inputSpec(name).description.replace(/^(Smoke|Watch) mode - /, '');
      expect([name, help.includes(`default: ${defaultInWords(name)}\n      ${words}`)]).toEqual([name, true]);
    }
  });

  it('when a default comes from a variable then help names the variable, and the fallback', () => {
    expect(defaultInWords('api-url')).toBe('$MONCRENEAU_API_URL, else https://mc-prd.duckdns.org/api/v1');
    expect(defaultInWords('api-key')).toBe('$MONCRENEAU_API_KEY');
    expect(defaultInWords('timeout-seconds')).toBe('fitted to the mode (120 in preflight)');
    expect(defaultInWords('department-id')).toBe('(none)');
    expect(defaultInWords('min-credits')).toBe('50');
  });
});
