/**
 * Faults on purpose, for the end-to-end tests of the gate's last line of defence, and for
 * nothing else. Read from the environment variable MONCRENEAU_GATE_TEST_FAULT, never from an
 * input (the runner passes inputs as INPUT_*, which this name can never be). Unset, or set to
 * anything else, it does nothing. It can only make a run fail, never pass.
 *
 *   uncaught:<ms>   an exception thrown from a timer, <ms> after the mode started
 *   rejection:<ms>  a promise rejected and never handled, <ms> after the mode started
 *   publish         an exception while the report and the summary are prepared
 */
export const TEST_FAULT_VARIABLE = 'MONCRENEAU_GATE_TEST_FAULT';

export class InjectedFault extends Error {
  constructor(what: string) {
    super(`fault injected on purpose (${TEST_FAULT_VARIABLE}=${what})`);
    this.name = 'InjectedFault';
  }
}

/** Schedules the fault the variable's value asks for while the mode runs; returns its cancel. */
export function injectModeFault(testFault: string): () => void {
  const match = /^(uncaught|rejection):(\d{1,7})$/.exec(testFault);
  if (!match) return () => undefined;
  const [what, kind, ms] = match;
  const timer = setTimeout(() => {
    if (kind === 'uncaught') throw new InjectedFault(what!);
    void Promise.reject(new InjectedFault(what!));
  }, Number(ms));
  timer.unref();
  return () => clearTimeout(timer);
}

/** Throws when the variable's value asks for a fault while publishing. */
export function injectPublishFault(testFault: string): void {
  if (testFault === 'publish') throw new InjectedFault('publish');
}
