import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from '@jest/globals';
import { request } from '../../sandbox/http-client.mjs';

const CLI = fileURLToPath(new URL('../../sandbox/sandbox-cli.mjs', import.meta.url));
let child: ChildProcessWithoutNullStreams | undefined;

// SIGTERM, not SIGKILL, so the CLI removes its temporary CA file as a user's Ctrl-C would.
afterEach(async () => {
  const running = child;
  child = undefined;
  if (!running || running.exitCode !== null || running.signalCode !== null) return;
  const exited = new Promise((resolve) => running.once('exit', resolve));
  running.kill('SIGTERM');
  const forced = setTimeout(() => running.kill('SIGKILL'), 2000);
  await exited;
  clearTimeout(forced);
});

/** Starts the CLI and resolves with everything it printed up to its last setup line. */
function startCli(args: string[]): Promise<string> {
  const started = spawn(process.execPath, [CLI, ...args], { stdio: 'pipe' });
  child = started;
  return new Promise((resolve, reject) => {
    let output = '';
    started.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(' preflight --')) resolve(output);
    });
    started.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    started.on('exit', (code) => reject(new Error(`sandbox exited with ${code}: ${output}`)));
  });
}

const exported = (output: string, name: string) => new RegExp(`^export ${name}='([^']*)'$`, 'm').exec(output)?.[1] ?? '';

describe('sandbox-cli', () => {
  it('wires the double to a verifying receiver, prints how to reach both, and stops cleanly on SIGTERM', async () => {
    const output = await startCli(['--credits', '7']);
    const apiUrl = exported(output, 'MONCRENEAU_API_URL');
    const apiKey = exported(output, 'MONCRENEAU_API_KEY');
    const webhookUrl = exported(output, 'MONCRENEAU_WEBHOOK_URL');
    expect(apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    expect(apiKey).toMatch(/^mk_live_/);
    expect(exported(output, 'MONCRENEAU_WEBHOOK_SECRET')).toMatch(/^whsec_[0-9a-f]{48}$/);
    expect(output).toMatch(/^test key\s+mk_test_/m);

    const headers = { 'x-api-key': apiKey };
    expect((await request(`${apiUrl}/organizations/me`, { headers })).json.availableCredits).toBe(7);
    const created = await request(`${apiUrl}/appointments`, {
      method: 'POST',
      headers,
      body: { departmentId: 1, dateTime: '2026-02-15T10:00:00', name: 'CLI test' }
    });
    expect(created.status).toBe(201);
    const confirmUrl = `${new URL(webhookUrl).origin}/confirm/${created.json.id}/appointment.created`;
    let confirmed = 0;
    for (let attempt = 0; attempt < 50 && confirmed !== 200; attempt += 1) {
      confirmed = (await request(confirmUrl)).status;
      if (confirmed !== 200) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(confirmed).toBe(200);

    const exit = new Promise((resolve) => child?.on('exit', (code) => resolve(code)));
    child?.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('serves https with --https and prints the CA file to trust, removed on exit', async () => {
    const output = await startCli(['--https']);
    const apiUrl = exported(output, 'MONCRENEAU_API_URL');
    const caFile = exported(output, 'NODE_EXTRA_CA_CERTS');
    expect(apiUrl).toMatch(/^https:/);
    expect(exported(output, 'MONCRENEAU_WEBHOOK_URL')).toMatch(/^https:/);
    const ca = readFileSync(caFile, 'utf8');
    const headers = { 'x-api-key': exported(output, 'MONCRENEAU_API_KEY') };
    expect((await request(`${apiUrl}/departments`, { headers, ca })).status).toBe(200);

    const exit = new Promise((resolve) => child?.on('exit', (code) => resolve(code)));
    child?.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(existsSync(caFile)).toBe(false);
  });

  it('with --write-env writes the same values as KEY=VALUE lines, ready for $GITHUB_ENV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-env-'));
    try {
      const envFile = join(dir, 'sandbox.env');
      const output = await startCli(['--https', '--write-env', envFile]);
      const lines = readFileSync(envFile, 'utf8')
        .split('\n')
        .filter((l) => l !== '');
      const vars = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
      expect(Object.keys(vars)).toEqual([
        'MONCRENEAU_API_URL',
        'MONCRENEAU_API_KEY',
        'MONCRENEAU_TEST_API_KEY',
        'MONCRENEAU_WEBHOOK_URL',
        'MONCRENEAU_WEBHOOK_SECRET',
        'MONCRENEAU_CONFIRM_URL',
        'NODE_EXTRA_CA_CERTS'
      ]);
      for (const name of ['MONCRENEAU_API_URL', 'MONCRENEAU_API_KEY', 'MONCRENEAU_WEBHOOK_URL', 'MONCRENEAU_WEBHOOK_SECRET', 'NODE_EXTRA_CA_CERTS']) {
        expect([name, vars[name]]).toEqual([name, exported(output, name)]);
      }
      expect(vars.MONCRENEAU_TEST_API_KEY).toMatch(/^mk_test_/);
      expect(vars.MONCRENEAU_CONFIRM_URL).toBe(`${new URL(vars.MONCRENEAU_WEBHOOK_URL!).origin}/confirm/{appointmentId}/{event}`);
      expect(existsSync(`${envFile}.partial`)).toBe(false);
      const ca = readFileSync(vars.NODE_EXTRA_CA_CERTS!, 'utf8');
      const answer = await request(`${vars.MONCRENEAU_API_URL}/organizations/me`, { headers: { 'x-api-key': vars.MONCRENEAU_TEST_API_KEY! }, ca });
      expect(answer.status).toBe(200);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints the departments and a smoke command that books in one the double has, confirmed by its receiver', async () => {
    const output = await startCli([]);
    const smoke =
      /^MONCRENEAU_API_KEY='(mk_test_[^']+)' node dist\/cli\.js smoke --environment staging --department-id (\d+) --webhook-confirm-url '([^']+)'$/m.exec(
        output
      );
    expect(smoke).not.toBeNull();
    const [, testKey, departmentId, confirmUrl] = smoke!;
    const departments = await request(`${exported(output, 'MONCRENEAU_API_URL')}/departments`, { headers: { 'x-api-key': testKey! } });
    const ids = (departments.json as { id: number }[]).map((d) => d.id);
    expect(ids).toContain(Number(departmentId));
    expect(output).toMatch(new RegExp(`^departments\\s+${ids.map(String).join(' \\S+, ')} \\S+$`, 'm'));
    expect(confirmUrl).toBe(`${new URL(exported(output, 'MONCRENEAU_WEBHOOK_URL')).origin}/confirm/{appointmentId}/{event}`);
  });

  it('refuses a malformed number, naming the option', async () => {
    await expect(startCli(['--port', 'eighty'])).rejects.toThrow("--port must be a whole number, got 'eighty'");
  });
});
