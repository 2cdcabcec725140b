/** A Node 24 binary to run the built action with, or why none was found. */
export function findNode24(env?: NodeJS.ProcessEnv): { ok: true; path: string } | { ok: false; reason: string };
