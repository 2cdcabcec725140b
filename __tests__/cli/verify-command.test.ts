/** verify in process: the webhook check's words for each trap, its exit codes, nothing secret printed. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/commands.js';
import type { Terminal } from '../../src/cli/terminal.js';
import { trapHint, trapLine } from '../../src/webhook/traps.js';
import { expectClean } from './packed-cli.js';

const SECRET = 'whsec_verify_test_0123456789abcdef';
const BODY = Buffer.from('{"id":"evt_1","type":"appointment.created","data":{"object":{"id":7,"name":"\\u00c9lise"}}}', 'utf8');
const header = (body: Buffer | string, secret = SECRET) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
let dir = '';

beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'verify-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function verify(signature: string, body: Buffer, secret = SECRET) {
  const file = join(dir, 'body.json');
  writeFileSync(file, body);
  const lines: string[] = [];
  const terminal: Terminal = {
    out: (s) => void lines.push(s),
    err: (s) => void lines.push(s),
    outIsTTY: false,
    errIsTTY: false,
    env: { MONCRENEAU_WEBHOOK_SECRET: secret },
    writeFile: async () => undefined
  };
  const code = await runCli(['verify', '--signature', signature, '--body-file', file], terminal);
  expectClean(lines.join('\n'), [SECRET]);
  return { code, lines };
}

describe('verify', () => {
  it('a genuine delivery: exit 0, one line', async () => {
    const { code, lines } = await verify(header(BODY), BODY);
    expect(code).toBe(0);
    expect(lines).toEqual([expect.stringMatching(/^✔ valid: the signature matches the \d+ bytes of .*body\.json with MONCRENEAU_WEBHOOK_SECRET\.$/)]);
  });

  it('explained: exit 1, each trap as the webhook check words it, what happened then what to change', async () => {
    const { code, lines } = await verify(`X-Moncreneau-Signature: ${header(BODY)}`, Buffer.concat([BODY, Buffer.from('\n')]));
    expect(code).toBe(1);
    const traps = [{ trap: 'header-name' }, { trap: 'trailing-newline', added: false }] as const;
    expect(lines).toEqual(['✖ not valid as given, and explained:', ...traps.flatMap((t) => [`  - ${trapLine(t)}.`, `    ${trapHint(t)}`])]);
    expect(lines[3]).toMatch(/ends with a line break the delivery did not have/);
  });

  it('another secret: exit 1, the reason, then the wrong-secret trap', async () => {
    const { code, lines } = await verify(header(BODY, 'whsec_rotated_0123456789abcdef'), BODY);
    expect(code).toBe(1);
    expect(lines[0]).toMatch(/^✖ not valid for these \d+ bytes: no trap the gate knows explains it .*changed after it arrived\.$/);
    expect(lines.slice(1)).toEqual([`  - ${trapLine({ trap: 'wrong-secret' })}.`, `    ${trapHint({ trap: 'wrong-secret' })}`]);
  });

  it('a value that is not a signature: exit 1, its reason, never the value itself', async () => {
    const { code, lines } = await verify(SECRET, BODY);
    expect(code).toBe(1);
    expect(lines).toEqual(['✖ not a MONCRENEAU signature: expected sha256=<64 hex digits>, got 34 characters not of that form.']);
  });

  it('a body file that does not exist: exit 2, said in words with what to give instead, no error code', async () => {
    const lines: string[] = [];
    const terminal: Terminal = {
      out: (s) => void lines.push(s),
      err: (s) => void lines.push(s),
      outIsTTY: false,
      errIsTTY: false,
      env: { MONCRENEAU_WEBHOOK_SECRET: SECRET },
      writeFile: async () => undefined
    };
    const code = await runCli(['verify', '--signature', header(BODY), '--body-file', join(dir, 'captured-body.json')], terminal);
    expect(code).toBe(2);
    expect(lines.join('\n')).toMatch(
      /--body-file: cannot read .*captured-body\.json: no such file; save the delivery's raw body to a file first, or give - to read it from standard input/
    );
    expect(lines.join('\n')).not.toContain('ENOENT');
  });

  it('a secret exported with its newline: named without showing it', async () => {
    const { code, lines } = await verify(header(BODY), BODY, `${SECRET}\n`);
    expect(code).toBe(1);
    expect(lines[1]).toBe(`  - ${trapLine({ trap: 'secret-whitespace' })}.`);
  });
});
