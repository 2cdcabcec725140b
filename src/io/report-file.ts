/** Writes the JSON report under RUNNER_TEMP (or the system temp dir: the run context's reportDir). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The report's path in `dir`, one per run. */
export function reportPathFor(dir: string, startedAt: Date): string {
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  return join(dir, `moncreneau-deploy-gate-${stamp}-${process.pid}.json`);
}

/**
 * Written at once, as the runner's files are (`@actions/core` appends to them synchronously):
 * the promise API would hand this one small file to libuv's thread pool, starting it when no DNS
 * lookup has (about 2 ms at the end of a run). A failure still rejects, so the publish reports
 * it and writes the rest.
 */
export async function writeReportFile(path: string, json: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, json, 'utf8');
}
