/** What smoke's steps share once the preconditions pass: their deadline, transport and API client. */
import { apiClientFor } from '../domain/api-access.js';
import type { Budget } from '../engine/timing.js';
import type { CleanupRegistry } from '../finish/cleanup-registry.js';
import type { ApiClient } from '../http/api-client.js';
import { createHttpClient, type HttpClientOptions } from '../http/http-client.js';
import type { Settings } from '../settings/settings.js';
import { recordingPosts } from './booking-answer.js';
import { cleanupReserveMs } from './budget.js';
import { createBookingGuard } from './guard.js';
import { planAppointment } from './plan.js';
import type { SmokeRun } from './state.js';

export interface SmokeRunOptions {
  settings: Settings;
  /** api-url, already checked. */
  apiBase: URL;
  /** The run's time: up to its deadline, stopped when the job is cancelled. */
  time: Budget;
  /** The job's cancellation, which the cleanup outlives by 8 s. */
  cancelled: AbortSignal;
  http?: HttpClientOptions;
  cleanup: CleanupRegistry;
}

export function createSmokeRun({ settings, apiBase, time, cancelled, http, cleanup }: SmokeRunOptions): SmokeRun {
  // The steps' time: the run's, less what the cleanup keeps back; stopped with the job.
  const steps = time.child({ leave: cleanupReserveMs(settings.timeoutSeconds) });
  // The steps' transport; the booking's answer is kept raw, to be read whatever its status.
  const transport = recordingPosts(createHttpClient(http ?? {}));
  const client = (within: Budget): ApiClient => {
    const access = apiClientFor(settings, { time: within, http: transport.http });
    // The preconditions refused every case apiClientFor refuses.
    if (!access.ok) throw new Error(access.outcome.summary);
    return access.client;
  };
  return {
    settings,
    apiBase,
    plan: planAppointment(settings.smoke, new Date()),
    confirmTemplate: settings.smoke.webhookConfirmUrl,
    deadline: time.deadline,
    cancelled,
    steps,
    http: transport.http,
    lastPost: transport.lastPost,
    api: client(steps),
    client,
    guard: createBookingGuard(cleanup, apiBase, settings, http)
  };
}
