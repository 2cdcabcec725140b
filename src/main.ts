/**
 * The gate's flow: inputs -> secrets masked -> settings -> the mode's checks -> report
 * (JSON file, outputs, annotations, log, summary) -> exit code. Every end goes through the run
 * guard (src/finish/): the mode's result published, or a fault's emergency finish.
 */
import { budget, JobCancelled } from './engine/timing.js';
import { activateGuard } from './finish/last-resort.js';
import { invalidInputsRow } from './finish/fault-text.js';
import type { ReportListener, RunFacts } from './finish/run-end.js';
import { createRunGuard, preloadPublish } from './finish/run-guard.js';
import { injectModeFault } from './finish/test-fault.js';
import { describeExchange } from './http/exchange-log.js';
import type { CommentSettings } from './io/github-comment.js';
import { outgoingText, redactingIO, type GateIO } from './io/gate-io.js';
import { lateIO } from './io/late-io.js';
import type { ModeContext, ModeResult } from './modes/mode.js';
import { runPreflight } from './modes/preflight.js';
import { makeRedactor, prepareRedactor, type Redactor } from './redact.js';
import { readRunContext, type RunContext } from './run-context.js';
import { SECRET_INPUTS, type InputRead } from './settings/inputs.js';
import type { Mode } from './settings/modes.js';
import { parseSettings, UNSET_TIMEOUT_SECONDS, type SettingsResult } from './settings/settings.js';

/**
 * Smoke and watch are loaded only when chosen: a preflight run never parses their code.
 * Preflight's way to its first request is part of the entry: every run loads undici anyway
 * (`@actions/core` imports its ProxyAgent), and each chunk imported on that way delayed the
 * first request by a millisecond or two.
 */
const MODES: Record<Mode, () => Promise<(ctx: ModeContext) => Promise<ModeResult>>> = {
  preflight: async () => runPreflight,
  smoke: async () => (await import('./modes/smoke.js')).runSmoke,
  watch: async () => (await import('./modes/watch.js')).runWatch
};

/** Aborts when the runner cancels the job; the runner sends SIGINT, then SIGTERM. */
function cancellationSignal(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => controller.abort(new JobCancelled(name));
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  };
}

/**
 * The runner, through `@actions/core`, loaded when the gate first prints (after the first
 * answer, in preflight): until then what the gate gives it is kept, in order.
 */
function runnerIO(env: NodeJS.ProcessEnv): GateIO {
  return lateIO(async () => {
    // What writes the report loads with what prints it, while the run waits on the network.
    preloadPublish();
    return (await import('./io/actions-io.js')).createActionsIO(env);
  });
}

/** Runs the gate once; returns the process exit code (1 blocks promotion). The command line listens for the report. */
export async function run(env: NodeJS.ProcessEnv = process.env, io: GateIO = runnerIO(env), onReport?: ReportListener): Promise<number> {
  const startedAt = new Date();
  const started = performance.now();
  // The environment is read here, once: below, each module is given the pieces it needs.
  const context = readRunContext(env, io.readInput && ((name) => io.readInput!(name)));
  const { inputs } = context;
  // Masked before anything else can print.
  for (const name of SECRET_INPUTS) io.registerSecret(inputs.values[name]);
  const redact = makeRedactor(SECRET_INPUTS.map((name) => inputs.values[name]));
  const out = redactingIO(io, redact);
  const parsed = parseSettings(inputs);
  const facts = runFacts(parsed, inputs);
  const deadline = started + facts.timeoutSeconds * 1000;
  const cancellation = cancellationSignal();
  const comment: CommentSettings = {
    enabled: facts.prComment,
    token: inputs.values['github-token'],
    redact: outgoingText(redact),
    deadline,
    proxy: context.proxy,
    cancelled: cancellation.signal
  };
  // From here on, whatever happens ends through the guard: publish, or the emergency finish.
  const guard = createRunGuard({ publisher: { out, context, redact, comment, onReport }, facts, startedAt, started });
  const release = activateGuard(guard, deadline, facts.mode);
  // The run's time, handed to the mode: up to the deadline, stopped early by the job's cancellation.
  const time = budget(deadline, cancellation.signal);
  let stopTestFault = () => undefined as void;
  try {
    if (!parsed.ok) return await guard.finish({ checks: [invalidInputsRow(parsed.errors)] }, parsed.errors);
    const runMode = await MODES[parsed.settings.mode]();
    stopTestFault = injectModeFault(context.testFault);
    const { requiredVariables } = context;
    const result = await runMode({
      settings: parsed.settings,
      requiredVariables,
      time,
      cancelled: cancellation.signal,
      cleanup: guard.cleanup,
      ...modeIO(out, context, redact)
    });
    stopTestFault();
    return await guard.finish(result);
  } catch (error) {
    // A fault of the gate itself: what the mode left is undone, and the run reported, failing.
    return guard.emergency(error);
  } finally {
    stopTestFault();
    time.dispose();
    cancellation.dispose();
    release();
  }
}

/**
 * What the report and the comment need to know of the run: from the settings, or, when they do
 * not parse, from the raw inputs (a configuration error is worth a comment too).
 */
function runFacts(parsed: SettingsResult, inputs: InputRead): RunFacts {
  if (parsed.ok) {
    const { mode, environment, failOn, prComment, timeoutSeconds } = parsed.settings;
    return { mode, environment, failOn, prComment, timeoutSeconds };
  }
  return {
    mode: inputs.values.mode,
    environment: inputs.values.environment,
    failOn: 'failure' as const,
    prComment: inputs.values['pr-comment'].toLowerCase() === 'true',
    timeoutSeconds: UNSET_TIMEOUT_SECONDS
  };
}

/** What a mode prints through: the log, the debug channel (every HTTP exchange), groups. */
function modeIO(
  out: GateIO,
  context: RunContext,
  redact: Redactor
): Pick<ModeContext, 'log' | 'debug' | 'group' | 'startGroup' | 'endGroup' | 'warmUp' | 'prepare' | 'http'> {
  return {
    log: (line) => out.info(line),
    debug: (line) => out.debug(line),
    group: (title, body) => out.group(title, body),
    startGroup: (title) => out.startGroup?.(title),
    endGroup: () => out.endGroup?.(),
    warmUp: () => out.warmUp?.(),
    prepare: () => prepareRedactor(redact),
    http: { proxy: context.proxy, onExchange: (e) => out.debug(describeExchange(e, redact)) }
  };
}
