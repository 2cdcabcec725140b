/** `--set data.object.id=42`: one field of an event, by its dotted path, given a JSON or text value. */
import { UsageError } from './exit-codes.js';
import type { JsonObject, JsonValue } from './event-fixtures.js';

const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

/** `42` a number, `true` a boolean, `null`, `"42"` or `{...}` as JSON; anything else the text itself. */
export function parseSetValue(text: string): JsonValue {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return text;
  }
}

/** A copy of the event with the field set; the path's parents must be objects (created when absent). */
export function setField(event: JsonObject, assignment: string): JsonObject {
  const eq = assignment.indexOf('=');
  if (eq <= 0) throw new UsageError(`--set '${assignment}': expected <path>=<value>, e.g. data.object.id=42`);
  const path = assignment.slice(0, eq).split('.');
  if (path.some((key) => key === '' || FORBIDDEN.has(key))) {
    throw new UsageError(`--set: '${assignment.slice(0, eq)}' is not a field path (dot-separated names, e.g. data.object.status)`);
  }
  const copy = structuredClone(event);
  let node: JsonObject = copy;
  for (const [i, key] of path.slice(0, -1).entries()) {
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (next === undefined) node[key] = {};
    else if (next === null || typeof next !== 'object' || Array.isArray(next)) {
      throw new UsageError(`--set: ${path.slice(0, i + 1).join('.')} is not an object, so ${path.join('.')} cannot be set`);
    }
    node = node[key] as JsonObject;
  }
  node[path.at(-1)!] = parseSetValue(assignment.slice(eq + 1));
  return copy;
}
