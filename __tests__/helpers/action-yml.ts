/**
 * action.yml and the other YAML files the tests read, with the `yaml` library; its declared
 * defaults rendered the way the runner renders them come from scripts/run-gate.mjs.
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

/** A YAML file as a mapping (action.yml, a workflow, the GitLab example). */
export function readYaml(path: string): YamlMap {
  return parseYaml(readFileSync(path, 'utf8'));
}

export function readActionYml(path: string = ACTION_YML): YamlMap {
  return readYaml(path);
}

/** A mapping under `key`, or a thrown error naming what is missing. */
export function mapAt(map: YamlMap, key: string): YamlMap {
  const value = map[key];
  if (value === undefined || value === null || typeof value !== 'object') throw new Error(`${key} is not a mapping`);
  return value;
}

/** Rendering the defaults as the runner passes them lives with the one helper that runs the bundle. */
export { FAKE_GITHUB_TOKEN, runnerDefaults } from '../../scripts/run-gate.mjs';
