/** A rule's "no": what is wrong and what to do. One text per refusal, wherever it is refused. */
import { fail, type CheckOutcome } from '../engine/check.js';

export interface Refusal {
  /** What is wrong, as it reads after "not run: " and in the config row. */
  problem: string;
  /** What the on-call engineer does about it. */
  hint: string;
}

/** A check that refuses to run: "not run: <problem>", with the refusal's hint and no other. */
export function notRun(refusal: Refusal, shown = ''): CheckOutcome {
  return fail(`not run: ${refusal.problem}${shown}`, { hints: [refusal.hint] });
}
