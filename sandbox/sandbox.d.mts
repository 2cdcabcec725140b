export interface SandboxOptions {
  /** Named in the help text; default 'node sandbox/sandbox-cli.mjs'. */
  program?: string;
  /** How the printed lines run the gate; default 'node dist/cli.js'. */
  gateCommand?: string;
  /** Where the setup lines and the help go; default console.log. */
  print?: (text: string) => void;
}

export interface Sandbox {
  /** Stops the double and the receiver and removes the temporary CA file. */
  close(): Promise<void>;
}

/** Starts the double and a verifying receiver; undefined after printing the help for --help. */
export function startSandbox(argv: string[], options?: SandboxOptions): Promise<Sandbox | undefined>;
