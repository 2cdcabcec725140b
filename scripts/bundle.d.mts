/** Where the stand-ins' sources are (src/http/undici-stand-ins/). */
export const STAND_INS_DIR: string;
/** A request undici makes -> the file of its stand-in in STAND_INS_DIR. */
export const STAND_INS: Record<string, string>;
/** dist/'s name for a stand-in file. */
export function distName(file: string): string;
/** Builds the bundle into `out` (default dist/), before the Latin-1 step. */
export function bundle(out?: string): Promise<void>;
