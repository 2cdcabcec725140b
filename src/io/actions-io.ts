/** The GitHub Actions runner as a GateIO: the only module that imports @actions/core. */
import * as core from '@actions/core';
import type { GateIO } from './gate-io.js';

export function createActionsIO(env: NodeJS.ProcessEnv): GateIO {
  return {
    registerSecret(value) {
      if (value === '') return;
      core.setSecret(value);
      // The runner masks line by line: a multi-line secret needs each line masked too.
      for (const line of value.split(/\r?\n/)) if (line.trim() !== '' && line !== value) core.setSecret(line);
    },
    info: (line) => core.info(line),
    annotate: (a) => (a.level === 'error' ? core.error(a.message, { title: a.title }) : core.warning(a.message, { title: a.title })),
    setOutput: (name, value) => core.setOutput(name, value),
    async writeSummary(markdown) {
      if (!env.GITHUB_STEP_SUMMARY) {
        // Outside Actions the summary is the run's main output.
        process.stdout.write(`${markdown}\n`);
        return;
      }
      await core.summary.addRaw(markdown, true).write();
    },
    setFailed: (message) => core.setFailed(message)
  };
}
