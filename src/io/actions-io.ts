/**
 * The GitHub Actions runner as a GateIO, through `@actions/core`: the only module that imports
 * it, so GitHub's own tools (`@github/local-action`, which replaces core) see every input, mask,
 * output, annotation, group and failure. The rest of the gate depends on GateIO alone.
 */
import * as core from '@actions/core';
import { EOL } from 'node:os';
import type { GateIO } from './gate-io.js';
import { standardStreamsWritten } from './written-out.js';

/**
 * One log line, whatever it quotes: a line break inside server text would start a new line
 * the runner could read as a workflow command (`::add-mask::`, `::stop-commands::`).
 */
export function oneLogLine(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');
}

export function createActionsIO(env: NodeJS.ProcessEnv = process.env): GateIO {
  return {
    registerSecret(value) {
      if (value === '') return;
      core.setSecret(value);
      // The runner masks line by line: a multi-line secret needs each line masked too.
      for (const line of value.split(/\r?\n/)) if (line.trim() !== '' && line !== value) core.setSecret(line);
    },
    // Untrimmed: a secret pasted with a space or line break must reach the config check as is.
    readInput: (name) => core.getInput(name, { trimWhitespace: false }),
    info: (line) => core.info(oneLogLine(line)),
    debug: (line) => core.debug(oneLogLine(line)),
    group: (title, body) => core.group(oneLogLine(title), body),
    startGroup: (title) => core.startGroup(oneLogLine(title)),
    endGroup: () => core.endGroup(),
    annotate(a) {
      const properties = { title: a.title };
      if (a.level === 'error') core.error(a.message, properties);
      else core.warning(a.message, properties);
    },
    setOutput: (name, value) => core.setOutput(name, value),
    async writeSummary(markdown) {
      // Outside Actions the summary is the run's main output.
      if (!env.GITHUB_STEP_SUMMARY) core.info(`${markdown}${EOL}`);
      else await core.summary.addRaw(markdown, true).write();
    },
    setFailed: (message) => core.setFailed(message),
    // core writes the log to standard output: all of it must reach the runner before the exit.
    settled: () => standardStreamsWritten()
  };
}
