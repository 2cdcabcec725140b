/** A Node 24 binary to run the built action with, or why none was found. */
export function findNode24(env?: NodeJS.ProcessEnv): { ok: true; path: string } | { ok: false; reason: string };
/** The machine's own Node: the one npm runs on (npm_node_execpath), else this process's. */
export function machineNode(env?: NodeJS.ProcessEnv): { path: string; version: string };
