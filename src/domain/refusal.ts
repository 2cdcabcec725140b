/** A rule's "no": what is wrong and what to do. One text per refusal, wherever it is refused. */
export interface Refusal {
  /** What is wrong, as it reads after "not run: " and in the config row. */
  problem: string;
  /** What the on-call engineer does about it. */
  hint: string;
}
