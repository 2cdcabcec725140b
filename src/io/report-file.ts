/** Writes the JSON report under RUNNER_TEMP (or the system temp dir: the run context's reportDir). */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The report's path in `dir`, one per run. */
export function reportPathFor(dir: string, startedAt: Date): string {
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  return join(dir, `moncreneau-deploy-gate-${stamp}-${process.pid}.json`);
}

export async function writeReportFile(path: string, json: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, json, 'utf8');
}
