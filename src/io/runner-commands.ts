/**
 * The runner's documented workflow-command and file-command protocol, formatted exactly as
 * `@actions/core` formats it (a test compares the two byte for byte). The gate speaks it
 * directly because importing `@actions/core` also evaluates its HTTP client and undici, which
 * more than doubles the start-up of a run that makes no request. Pure: strings in, strings out.
 */
import { randomUUID } from 'node:crypto';
import { EOL } from 'node:os';

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::name key=value,key=value::message`, one line, ending with EOL. */
export function formatCommand(name: string, properties: Record<string, string | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`;
}

/** One `name<<delimiter` entry of the GITHUB_OUTPUT file; the delimiter can never occur in the value. */
export function formatOutputEntry(name: string, value: string, delimiter = `ghadelimiter_${randomUUID()}`): string {
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error('output name or value contains the delimiter');
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}
