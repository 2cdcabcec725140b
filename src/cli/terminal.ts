/** Where the command line writes: the process's streams and files, or a test's buffers. */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface Terminal {
  /** One block of text to standard output, a line break added. */
  out(text: string): void;
  /** One block of text to standard error, a line break added. */
  err(text: string): void;
  outIsTTY: boolean;
  errIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** Writes the whole file or nothing (a CI never picks up half a report). */
  writeFile(path: string, text: string): Promise<void>;
}

async function writeWhole(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const partial = `${path}.partial-${process.pid}`;
  await writeFile(partial, text, 'utf8');
  await rename(partial, path);
}

export function processTerminal(): Terminal {
  return {
    out: (text) => void process.stdout.write(`${text}\n`),
    err: (text) => void process.stderr.write(`${text}\n`),
    outIsTTY: process.stdout.isTTY === true,
    errIsTTY: process.stderr.isTTY === true,
    env: process.env,
    writeFile: writeWhole
  };
}
