/** The GitHub Actions runner as a GateIO: log commands on stdout, outputs and summary in files. */
import { appendFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';
import type { GateIO } from './gate-io.js';
import { formatCommand, formatOutputEntry } from './runner-commands.js';

const print = (text: string) => process.stdout.write(text);

/**
 * One log line, whatever it quotes: a line break inside server text would start a new line
 * the runner could read as a workflow command (`::add-mask::`, `::stop-commands::`).
 */
export function oneLogLine(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');
}

export function createActionsIO(env: NodeJS.ProcessEnv): GateIO {
  return {
    registerSecret(value) {
      if (value === '') return;
      print(formatCommand('add-mask', {}, value));
      // The runner masks line by line: a multi-line secret needs each line masked too.
      for (const line of value.split(/\r?\n/)) if (line.trim() !== '' && line !== value) print(formatCommand('add-mask', {}, line));
    },
    info: (line) => print(`${oneLogLine(line)}${EOL}`),
    // As core.startGroup/endGroup write them; the title is one line like any other.
    startGroup: (title) => print(formatCommand('group', {}, oneLogLine(title))),
    endGroup: () => print(formatCommand('endgroup', {}, '')),
    annotate: (a) => print(formatCommand(a.level, { title: a.title }, a.message)),
    setOutput(name, value) {
      if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, formatOutputEntry(name, value), 'utf8');
      else print(`${EOL}${formatCommand('set-output', { name }, value)}`);
    },
    async writeSummary(markdown) {
      // Outside Actions the summary is the run's main output.
      if (!env.GITHUB_STEP_SUMMARY) print(`${markdown}${EOL}`);
      else await appendFile(env.GITHUB_STEP_SUMMARY, `${markdown}${EOL}`, 'utf8');
    },
    setFailed(message) {
      process.exitCode = 1;
      print(formatCommand('error', {}, message));
    }
  };
}
