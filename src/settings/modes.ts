/** The gate's modes (contract): the `mode` input's values, and the keys of every per-mode table. */
export const MODE_NAMES = ['preflight', 'smoke', 'watch'] as const;
export type Mode = (typeof MODE_NAMES)[number];

export function isMode(value: string): value is Mode {
  return (MODE_NAMES as readonly string[]).includes(value);
}
