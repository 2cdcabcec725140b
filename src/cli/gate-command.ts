/**
 * `preflight`, `smoke`, `watch`: flags -> inputs -> the action's own engine (src/main.ts run),
 * with a terminal IO instead of the runner's, then the report in the format asked for.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../main.js';
import { makeRedactor, type Redactor } from '../redact.js';
import type { RunReport } from '../report/run-report.js';
import { inputVariable, SECRET_INPUTS, fallbackVariable } from '../settings/inputs.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { parseGateArgs, type Format, type GateArgs, type GateCommand } from './gate-flags.js';
import { gateHelp } from './help.js';
import { renderJUnit } from './junit.js';
import { renderReadable } from './readable-report.js';
import { createTerminalIO, type TerminalIO } from './terminal-io.js';
import { palette, terminalLine, terminalSafe, wantsColour } from './terminal-text.js';
import type { Terminal } from './terminal.js';

/**
 * The engine's environment: the caller's, less any INPUT_* variable it carries (outside a
 * runner only the flags are inputs), plus the flags as the runner would pass them, and a
 * temporary folder for the JSON report the engine always writes.
 */
export function gateEnvironment(base: NodeJS.ProcessEnv, mode: GateCommand, inputs: GateArgs['inputs'], runnerTemp: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(base)) if (!name.startsWith('INPUT_')) env[name] = value;
  env[inputVariable('mode')] = mode;
  for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value;
  env.RUNNER_TEMP = runnerTemp;
  return env;
}

/** Every secret the run could know: given as flags or in the environment variables they fall back to. */
function secretsOf(inputs: GateArgs['inputs'], env: NodeJS.ProcessEnv): string[] {
  return SECRET_INPUTS.flatMap((name) => {
    const variable = fallbackVariable(name);
    return [inputs[name] ?? '', variable ? (env[variable] ?? '') : ''];
  });
}

/** The exit code the contract gives the run's end. */
export function exitCodeOf(io: Pick<TerminalIO, 'report' | 'inputsValid'>): ExitCode {
  const report = io.report;
  if (!report) return EXIT.fault;
  if (!io.inputsValid) return EXIT.usage;
  if (report.checks.some((c) => c.id === 'gate' && c.status === 'fail')) return EXIT.fault;
  return report.blocked ? EXIT.blocked : EXIT.ok;
}

function rendered(format: Exclude<Format, 'text'>, report: RunReport, summary: string | undefined): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'junit') return renderJUnit(report);
  return `${summary ?? ''}\n`;
}

export async function runGateCommand(mode: GateCommand, argv: readonly string[], terminal: Terminal): Promise<ExitCode> {
  const args = parseGateArgs(mode, argv);
  if (args.help) {
    terminal.out(gateHelp(mode));
    return EXIT.ok;
  }
  for (const warning of args.warnings) terminal.err(warning);
  const redact: Redactor = makeRedactor(secretsOf(args.inputs, terminal.env));
  // Readable text stays on stdout unless stdout carries the report itself.
  const formatOnStdout = args.format !== 'text' && args.output === undefined;
  const readable = formatOnStdout ? terminal.err : terminal.out;
  const colour = wantsColour(formatOnStdout ? terminal.errIsTTY : terminal.outIsTTY, terminal.env);
  // The command is the mode input: the engine reads every input through the IO.
  const io = createTerminalIO({ ...(args.inputs as Record<string, string>), mode }, redact, readable);

  const runnerTemp = mkdtempSync(join(tmpdir(), 'moncreneau-gate-cli-'));
  let ending: Promise<ExitCode> | undefined;
  // Once: after the run, or after a fault that escaped it (the emergency finish published its report).
  const end = () =>
    (ending ??= (async () => {
      rmSync(runnerTemp, { recursive: true, force: true });
      return renderEnd(io, args, readable, redact, colour, terminal);
    })());
  renderAfterFault = end;
  try {
    // The engine reads this environment once, into its run context: the process's own is left alone.
    await run(gateEnvironment(terminal.env, mode, args.inputs, runnerTemp), io, io.receiveReport);
  } catch (error) {
    rmSync(runnerTemp, { recursive: true, force: true });
    throw error;
  } finally {
    renderAfterFault = undefined;
  }
  return end();
}

/** Set while a gate command runs: how it ends when a fault escapes the run (src/cli.ts). */
let renderAfterFault: (() => Promise<ExitCode>) | undefined;

/**
 * The end of a gate command after a fault escaped its run: the report the emergency finish
 * published, rendered as usual, and exit 3 whatever it says; undefined when no command runs.
 */
export async function endGateCommandAfterFault(): Promise<ExitCode | undefined> {
  if (!renderAfterFault) return undefined;
  await renderAfterFault();
  return EXIT.fault;
}

/** The readable text, the report in the format asked for, and the exit code. */
async function renderEnd(
  io: TerminalIO,
  args: GateArgs,
  readable: (text: string) => void,
  redact: Redactor,
  colour: boolean,
  terminal: Terminal
): Promise<ExitCode> {
  const report = io.report;
  if (!report) {
    readable(terminalSafe(redact(io.failure ?? 'The deploy gate stopped unexpectedly.')));
    return EXIT.fault;
  }
  const clean = (s: string) => terminalSafe(redact(s));
  // Each piece of the readable report sits on its row: a server's line break must not start one.
  const cleanLine = (s: string) => terminalLine(redact(s));
  readable(renderReadable(report, palette(colour), cleanLine));
  if (args.format !== 'text' || args.output !== undefined) {
    const text = args.format === 'text' ? `${renderReadable(report, palette(false), cleanLine)}\n` : clean(rendered(args.format, report, io.summary));
    if (args.output === undefined) terminal.out(text.replace(/\n$/, ''));
    else {
      try {
        await terminal.writeFile(args.output, text);
        readable(`${args.format === 'text' ? 'Report' : `The ${args.format} report`} written to ${clean(args.output)}`);
      } catch (error) {
        terminal.err(clean(`error: the report could not be written to ${args.output}: ${(error as Error).message}`));
        return EXIT.fault;
      }
    }
  }
  return exitCodeOf(io);
}
