/**
 * Every example a user copies — each workflow in .github/workflows and each yaml block of the
 * README — run the way the runner runs it: every default action.yml declares passed as
 * INPUT_*, the example's `with:` on top, expressions rendered for each value they can take.
 * Each must get past its settings, with a deadline that holds its watch.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { readInputs } from '../../src/settings/inputs.js';
import { parseSettings } from '../../src/settings/settings.js';
import { runnerDefaults } from '../helpers/action-yml.js';
import { inputEnv } from '../helpers/inputs.js';
import { REPO_ROOT } from '../helpers/run-bundle.js';

type Node = unknown;
interface Example {
  source: string;
  doc: Record<string, Node>;
  with: Record<string, string>;
}

const WORKFLOWS = join(REPO_ROOT, '.github/workflows');
const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

/** The steps that run this action (`uses: ./` here, `<owner>/moncreneau-deploy-gate@v1` in the README). */
function gateSteps(node: Node, found: Record<string, Node>[] = []): Record<string, Node>[] {
  if (Array.isArray(node)) for (const item of node) gateSteps(item, found);
  else if (node !== null && typeof node === 'object') {
    const map = node as Record<string, Node>;
    if (typeof map.uses === 'string' && /^(\.\/|<owner>\/moncreneau-deploy-gate@)/.test(map.uses)) found.push(map);
    for (const value of Object.values(map)) gateSteps(value, found);
  }
  return found;
}

function examplesIn(source: string, text: string): Example[] {
  const parsed = parseDocument(text, { uniqueKeys: true });
  if (parsed.errors.length > 0) throw new Error(`${source}: ${parsed.errors[0]!.message}`);
  const doc = parsed.toJS() as Node;
  const root = doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? (doc as Record<string, Node>) : {};
  return gateSteps(doc).map((step) => ({
    source,
    doc: root,
    // Strings, as the runner passes them: `department-id: 5` arrives as "5".
    with: Object.fromEntries(Object.entries((step.with ?? {}) as Record<string, Node>).map(([k, v]) => [k, String(v)]))
  }));
}

const workflowExamples = readdirSync(WORKFLOWS).flatMap((name) => examplesIn(`.github/workflows/${name}`, readFileSync(join(WORKFLOWS, name), 'utf8')));
const readmeExamples = [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].flatMap((m, i) => examplesIn(`README.md yaml block ${i + 1}`, m[1]!));

/** Plausible values for the secrets, variables and environment the examples read. */
const CONTEXT_VALUES: Record<string, string> = {
  MONCRENEAU_API_KEY: `mk_live_${'a1'.repeat(16)}`,
  MONCRENEAU_TEST_API_KEY: `mk_test_${'b2'.repeat(16)}`,
  MONCRENEAU_WEBHOOK_SECRET: `whsec_${'c3'.repeat(16)}`,
  MONCRENEAU_API_URL: 'https://mc-prd.duckdns.org/api/v1',
  MONCRENEAU_WEBHOOK_URL: 'https://your-app.example/webhooks/moncreneau',
  MONCRENEAU_CONFIRM_URL: 'https://your-app.example/internal/moncreneau/confirm/{appointmentId}/{event}'
};

/** The values `inputs.*` (workflow_dispatch choices) and `matrix.*` can take in this document. */
function choices(doc: Record<string, Node>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const on = doc.on as Record<string, Node> | undefined;
  const dispatch = (on && typeof on === 'object' ? (on.workflow_dispatch as Record<string, Node> | null) : null)?.inputs as
    Record<string, { options?: string[] }> | undefined;
  for (const [name, input] of Object.entries(dispatch ?? {})) out[`inputs.${name}`] = input.options ?? [];
  for (const job of Object.values((doc.jobs ?? {}) as Record<string, { strategy?: { matrix?: Record<string, string[]> } }>)) {
    for (const [name, values] of Object.entries(job.strategy?.matrix ?? {})) out[`matrix.${name}`] = values;
  }
  return out;
}

/** Every assignment of the choices this example's `with:` uses. */
function combinations(example: Example): Record<string, string>[] {
  const all = choices(example.doc);
  const used = Object.keys(all).filter((path) => Object.values(example.with).some((v) => v.includes(path)));
  return used.reduce<Record<string, string>[]>((acc, path) => acc.flatMap((c) => all[path]!.map((value) => ({ ...c, [path]: value }))), [{}]);
}

/** The expressions the examples use: a context path, or `a == 'v' && b || c`. */
function render(value: string, chosen: Record<string, string>): string {
  const expression = /^\$\{\{\s*(.*?)\s*\}\}$/.exec(value)?.[1];
  if (expression === undefined) return value;
  const path = (p: string): string => {
    if (p in chosen) return chosen[p]!;
    const name = /^(?:secrets|vars|env)\.(\w+)$/.exec(p)?.[1];
    if (name && name in CONTEXT_VALUES) return CONTEXT_VALUES[name]!;
    throw new Error(`${p} has no value in this test`);
  };
  const choice = /^([\w.]+) == '([^']*)' && ([\w.]+) \|\| ([\w.]+)$/.exec(expression);
  if (choice) return path(choice[1]!) === choice[2] ? path(choice[3]!) : path(choice[4]!);
  if (/^[\w.]+$/.test(expression)) return path(expression);
  throw new Error(`expression not understood by this test: ${expression}`);
}

const cases = [...workflowExamples, ...readmeExamples].flatMap((example) =>
  combinations(example).map((chosen) => {
    const inputs = Object.fromEntries(Object.entries(example.with).map(([k, v]) => [k, render(v, chosen)]));
    const label = `${example.source}${Object.keys(chosen).length > 0 ? ` ${JSON.stringify(chosen)}` : ''}`;
    return [label, inputs] as const;
  })
);

describe('every example, as the runner runs it', () => {
  it('finds the gate step of each workflow and of each README example that uses the action', () => {
    // Every workflow but the repository's own CI, which never runs the gate.
    const ownCi = ['ci.yml', 'check-dist.yml', 'codeql.yml', 'release.yml'];
    const examples = readdirSync(WORKFLOWS).filter((n) => !ownCi.includes(n));
    expect(workflowExamples.map((e) => e.source).sort()).toEqual(examples.map((n) => `.github/workflows/${n}`).sort());
    // Use it, smoke, watch, and the four workflows of the Workflows section.
    expect(readmeExamples).toHaveLength(7);
    expect(readmeExamples.some((e) => e.with.mode === 'watch' && Number(e.with['watch-minutes']) >= 60)).toBe(true);
  });

  it.each(cases)('%s gets past its settings, with every action.yml default passed', (_label, inputs) => {
    const env = inputEnv({ ...runnerDefaults(), ...inputs });
    const parsed = parseSettings(readInputs(env));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    if (!parsed.ok) return;
    const { settings } = parsed;
    if (settings.mode === 'watch') expect(settings.timeoutSeconds).toBeGreaterThanOrEqual(settings.watch.minutes * 60 + 60);
    if (settings.mode === 'smoke' && settings.smoke.webhookConfirmUrl) expect(settings.timeoutSeconds).toBeGreaterThan(2 * settings.smoke.webhookWaitSeconds);
  });

  it('with the runner passing the empty string for timeout-seconds, the watch still gets its fitted deadline', () => {
    const parsed = parseSettings(readInputs(inputEnv({ ...runnerDefaults(), mode: 'watch', 'timeout-seconds': '' })));
    expect(parsed.ok && parsed.settings.timeoutSeconds).toBe(10 * 60 + 60);
  });

  it('a timeout-seconds the user did give, shorter than the watch, is still refused', () => {
    const parsed = parseSettings(readInputs(inputEnv({ ...runnerDefaults(), mode: 'watch', 'timeout-seconds': '120' })));
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      'timeout-seconds: 120 is shorter than watch-minutes (10 min); give at least 660, or leave it unset in watch mode'
    ]);
  });
});
