/**
 * What a smoke run is given (fixed once the preconditions pass) and how far it got. The steps
 * read the run and move the state on: booked, confirmed, cancelled, refunded.
 */
import type { Budget } from '../engine/timing.js';
import type { ApiClient } from '../http/api-client.js';
import type { HttpClient, HttpResponse } from '../http/http-client.js';
import type { Alert } from '../report/run-report.js';
import type { Settings } from '../settings/settings.js';
import type { Cancellation } from './cancel.js';
import type { AppointmentPlan } from './plan.js';

/**
 * `ready`: nothing booked yet; `booked`: a test appointment exists; `confirmed`: the application
 * processed appointment.created; `cancelled`: every booked appointment reads cancelled;
 * `refunded`: the balance is back to what it was. The stage says what is so, not how the step
 * ended: a booking whose answer was lost, then found by the lookup, is `booked` too.
 */
export type SmokeStage = 'ready' | 'booked' | 'confirmed' | 'cancelled' | 'refunded';

export interface SmokeState {
  stage: SmokeStage;
  /** The balance before booking; null until read. */
  creditsBefore: number | null;
  /** Every test appointment to cancel: this run's, and earlier ones a lost-answer lookup proved the test's. */
  booked: string[];
  /** What only a person can settle, merged into the run's alert. */
  alerts: Alert[];
}

export const initialState = (): SmokeState => ({ stage: 'ready', creditsBefore: null, booked: [], alerts: [] });

export interface SmokeRun {
  settings: Settings;
  /** api-url, checked. */
  apiBase: URL;
  plan: AppointmentPlan;
  /** The webhook-confirm-url template; '' when not given. */
  confirmTemplate: string;
  /** The run's hard deadline, and the job's cancellation: what the cleanup's budget is cut from. */
  deadline: number;
  cancelled: AbortSignal;
  /** The steps' time: up to the run's deadline less what the cleanup keeps back, stopped with the job; every step's call runs within it. */
  steps: Budget;
  /** The steps' transport. */
  http: HttpClient;
  /** The last POST's raw answer on that transport, to read the booking whatever its status. */
  lastPost: () => HttpResponse | undefined;
  /** The steps' API client, within `steps`. */
  api: ApiClient;
  /** An API client on the steps' transport within another budget (the lost-booking lookup). */
  client: (time: Budget) => ApiClient;
  guard: BookingGuard;
}

/** The cleanup guarantee's handle (src/smoke/guard.ts): every booking registered, every cancellation released. */
export interface BookingGuard {
  /** A booked appointment: to cancel, from now on, even if a fault ends the run. */
  track(state: SmokeState, id: string): void;
  /** Something only a person can settle: in the run's alert, and in an emergency's too. */
  raise(state: SmokeState, alert: Alert): void;
  /** A booking under way: until released, a fault ending the run looks it up to cancel it. */
  underWay(plan: AppointmentPlan, creditsBefore: number | null): () => void;
  /** Cancels these appointments at once, each over its own transport; releases each one cancelled. */
  cancelAll(ids: readonly string[], time: Budget): Promise<(Cancellation & { id: string })[]>;
}
