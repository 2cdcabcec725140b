/** Writes the JSON report under RUNNER_TEMP (or the system temp dir) and returns its path. */
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function reportPathFor(env: NodeJS.ProcessEnv, startedAt: Date): string {
  const dir = env.RUNNER_TEMP && env.RUNNER_TEMP.trim() !== '' ? env.RUNNER_TEMP : tmpdir();
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  return join(dir, `moncreneau-deploy-gate-${stamp}-${process.pid}.json`);
}

export async function writeReportFile(path: string, json: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, json, 'utf8');
}
