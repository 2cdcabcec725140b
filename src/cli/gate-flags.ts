/**
 * The flags of `preflight`, `smoke` and `watch`, derived from the engine's one table of inputs
 * (src/settings/input-table.ts, kept equal to action.yml by a test): every input is a flag of
 * the same name, except `mode`, which is the command itself.
 */
import { parseArgs } from 'node:util';
import { INPUT_NAMES, inputSpec, SECRET_INPUTS, type InputName } from '../settings/input-table.js';
import { MODE_NAMES, type Mode } from '../settings/modes.js';
import { UsageError } from './exit-codes.js';

/** One command per mode. */
export const GATE_COMMANDS = MODE_NAMES;
export type GateCommand = Mode;

/** Every input but `mode`, in action.yml's order. */
export const INPUT_FLAGS = INPUT_NAMES.filter((name) => inputSpec(name).flag !== false);

export const FORMATS = ['text', 'markdown', 'json', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

export interface GateArgs {
  /** Input name -> value, only the flags given. */
  inputs: Partial<Record<InputName, string>>;
  format: Format;
  output: string | undefined;
  help: boolean;
  /** Said before the run: secrets given as flags. */
  warnings: string[];
}

/** Something that looks like a credential is not echoed back in an error. */
const looksSecret = (s: string) => /^(mk_|whsec_|gh[opsur]_|github_pat_)/i.test(s) || s.length >= 24;

function secretFlagWarning(name: InputName): string {
  const variable = inputSpec(name).env;
  const instead = variable ? `set ${variable} in the environment instead` : 'pass it from a variable your CI masks';
  return `warning: --${name} on the command line lands in shell history and process lists; ${instead}.`;
}

export function parseGateArgs(command: GateCommand, argv: readonly string[]): GateArgs {
  const options = Object.fromEntries(INPUT_FLAGS.map((name) => [name, { type: 'string' as const, multiple: true }]));
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        ...options,
        format: { type: 'string', multiple: true },
        output: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
        mode: { type: 'string', multiple: true }
      },
      allowPositionals: true,
      strict: true
    });
  } catch (error) {
    const first = (error as Error).message.split('\n')[0]!.replace(/\. To specify .*$/, '');
    throw new UsageError(`${first} (see moncreneau-deploy-gate ${command} --help)`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 0) {
    const shown = looksSecret(positionals[0]!) ? 'an argument (not shown: it may be a secret)' : `'${positionals[0]}'`;
    throw new UsageError(`${command} takes no arguments, only flags: unexpected ${shown}. Flags are --<input> <value>.`);
  }
  if (values.mode) throw new UsageError(`--mode is not a flag here: the mode is the command (moncreneau-deploy-gate ${command}).`);

  const single = (name: string, given: string[] | undefined): string | undefined => {
    if (!given) return undefined;
    if (new Set(given).size > 1) throw new UsageError(`--${name} was given ${given.length} times with different values; give it once.`);
    return given[0];
  };
  const inputs: Partial<Record<InputName, string>> = {};
  const warnings: string[] = [];
  for (const name of INPUT_FLAGS) {
    const given = (values as Record<string, string[] | undefined>)[name];
    if (!given) continue;
    // A list's repeated flag adds to it.
    inputs[name] = inputSpec(name).list ? given.join(',') : single(name, given);
    if (SECRET_INPUTS.includes(name)) warnings.push(secretFlagWarning(name));
  }
  const format = single('format', values.format as string[] | undefined) ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format: '${format}' is not a format; expected one of ${FORMATS.join(', ')}.`);
  }
  const output = single('output', values.output as string[] | undefined);
  if (output === '') throw new UsageError('--output: give a file name.');
  return { inputs, format: format as Format, output, help: values.help === true, warnings };
}

/** The default of an input as the command line applies it, in words. */
export function defaultInWords(name: InputName): string {
  const spec = inputSpec(name);
  if (spec.help) return spec.help.default;
  if (spec.env) return `$${spec.env}${spec.default === '' ? '' : `, else ${spec.default}`}`;
  return spec.default === '' ? '(none)' : spec.default;
}
