/**
 * action.yml read with the `yaml` library, and its declared defaults rendered the way the
 * runner renders them: every input with a `default:` is passed to the action as if the user
 * had written it, with `${{ github.token }}` replaced by the job's token.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export type YamlValue = string | YamlMap;
export interface YamlMap {
  [key: string]: YamlValue;
}

export const ACTION_YML = fileURLToPath(new URL('../../action.yml', import.meta.url));

/** Parses YAML text; a duplicate key or anything not a mapping at the top throws. */
export function parseYaml(source: string): YamlMap {
  const value = parse(source, { uniqueKeys: true, strict: true }) as unknown;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not a YAML mapping');
  return value as YamlMap;
}

export function readActionYml(path: string = ACTION_YML): YamlMap {
  return parseYaml(readFileSync(path, 'utf8'));
}

/** A mapping under `key`, or a thrown error naming what is missing. */
export function mapAt(map: YamlMap, key: string): YamlMap {
  const value = map[key];
  if (value === undefined || value === null || typeof value !== 'object') throw new Error(`${key} is not a mapping`);
  return value;
}

/** A token of the shape the runner hands out (`ghs_` and 36 characters); it reaches no server. */
export const FAKE_GITHUB_TOKEN = 'ghs_e2eFakeTokenRenderedAsTheRunnerDoes0';

/**
 * Every default action.yml declares, as the runner passes it (name -> value). The one runner
 * expression used, `${{ github.token }}`, becomes `githubToken`; any other expression throws,
 * so a new one cannot be passed through unrendered.
 */
export function runnerDefaults(githubToken: string = FAKE_GITHUB_TOKEN, action: YamlMap = readActionYml()): Record<string, string> {
  const defaults: Record<string, string> = {};
  for (const [name, entry] of Object.entries(mapAt(action, 'inputs'))) {
    const declared = (entry as YamlMap).default;
    if (declared === undefined || declared === null) continue;
    const text = String(declared);
    if (/^\$\{\{\s*github\.token\s*\}\}$/.test(text)) defaults[name] = githubToken;
    else if (text.includes('${{')) throw new Error(`${name}: the default ${text} is an expression this helper cannot render`);
    else defaults[name] = text;
  }
  return defaults;
}
