/**
 * What a hostile server sends back to the gate: pieces of the secrets it received (whole,
 * truncated, or a window of the random part) in every encoding a server, a proxy or a debug
 * page could give them, and texts meant to start runner commands or hide characters.
 */
import { randomPartOf, seeded } from '../helpers/secret-scan.js';

const pythonQuote = (s: string) =>
  encodeURIComponent(s)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%2F/g, '/');
const phpRawurlencode = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const base64Blob = (pad: number, s: string) => Buffer.from(`${'#'.repeat(pad)}{"debug":{"received":"${s}"}}`).toString('base64');

/** One piece of a secret, encoded one way each: the server's echoes, most header-safe. */
export function echoesOf(secret: string, seed: number): string[] {
  const random = seeded(seed);
  const part = randomPartOf(secret);
  const prefix = secret.trim().slice(0, secret.trim().length - part.length);
  const window = () => {
    const from = Math.floor(random() * (part.length - 8));
    return part.slice(from, from + 8 + Math.floor(random() * Math.min(12, part.length - from - 8)));
  };
  return [
    secret,
    `${prefix}${part.slice(0, 8 + Math.floor(random() * (part.length - 8)))}…`,
    window().toUpperCase(),
    [...window()].join(' '),
    `${secret.slice(0, 12)}\n${secret.slice(12)}`,
    `${secret.slice(0, 10)}\r\n  ${secret.slice(10)}`,
    [...window()].join('\u200b'),
    JSON.stringify(`a/${secret}/b`).slice(1, -1).replace(/\//g, '\\/'),
    pythonQuote(secret),
    phpRawurlencode(secret),
    phpRawurlencode(secret).replace(/%20/g, '+').replace(/~/g, '%7E'),
    Buffer.from(window()).toString('hex'),
    Buffer.from(secret).toString('hex').toUpperCase(),
    [...window()].map((c) => `&#x${c.charCodeAt(0).toString(16)};`).join(''),
    [...window()].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
    base64Blob(0, secret),
    base64Blob(1, secret),
    base64Blob(2, secret).replace(/\+/g, '-').replace(/\//g, '_'),
    window().replace(/[\\`*_[\]<>~$|&!#@]/g, (c) => `\\${c}`)
  ];
}

/** Texts that would start a runner command or hide characters if written as they came. */
export const INJECTIONS = [
  '::add-mask::fail',
  '\n::set-output name=result::pass',
  '\r::warning title=injected::the server wrote this',
  '  ::stop-commands::tok123',
  '%0A::error::forged%0D',
  '##[set-output name=result;]pass',
  'x ##[add-mask]mk',
  '##[error]forged error',
  '\u2028::notice::after a line separator',
  'pass\u202Eliaf\u202C',
  '\u2066isolated\u2069 \u200e\u200f\u061c\u200b\u200d\ufeff',
  '\u001b[2K\u001b[1Aerased'
];

/** Rotates which echo comes first: a quote cut after its first 100 characters still gets each one. */
export function rotated(items: readonly string[], turn: number): string {
  const k = turn % items.length;
  return [...items.slice(k), ...items.slice(0, k)].join(' | ');
}

/** Only what may travel in an HTTP header value. */
export const headerSafe = (items: readonly string[]) => items.filter((s) => /^[\x20-\x7e]+$/.test(s));
