/**
 * The runner's documented workflow-command and file-command protocol, formatted exactly as
 * `@actions/core` formats it (a test compares the two byte for byte). The gate speaks it
 * directly because importing `@actions/core` also evaluates its HTTP client and undici, which
 * more than doubles the start-up of a run that makes no request. Pure: strings in, strings out.
 */
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
  // Like core, a space follows the name whenever properties were given, even all empty.
  return `::${name}${Object.keys(properties).length > 0 ? ` ${props}` : ''}::${escapeData(message)}${EOL}`;
}

/**
 * A delimiter as @actions/core shapes it. It needs no secrecy, only absence from the value,
 * which formatOutputEntry checks; so no crypto module is loaded at start-up for it.
 */
export function newDelimiter(random: () => number = Math.random): string {
  const hex = () => Math.floor(random() * 2 ** 32).toString(16).padStart(8, '0');
  return `ghadelimiter_${hex()}${hex()}-${hex()}-${hex()}`;
}

/** One `name<<delimiter` entry of the GITHUB_OUTPUT file; the delimiter can never occur in the value. */
export function formatOutputEntry(name: string, value: string, delimiter = newDelimiter()): string {
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error('output name or value contains the delimiter');
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}
