import type { Logger } from '../../config/logger.js';
import type { CallRuntime } from '../../simulation/scenarios/call-runtime.js';
import type { BenchOptions } from './bench-options.js';
import type { Figure } from './figure.js';

/** What every bench gets from the runner. */
export type BenchContext = {
  options: BenchOptions;
  logger: Logger;
  /** Postgres, Temporal and one worker, started on first use and shared by the benches of a run. */
  runtime: () => Promise<CallRuntime>;
  /** A line of the report, on stdout. */
  print: (line: string) => void;
};

export type Bench = {
  name: string;
  title: string;
  run: (context: BenchContext) => Promise<Figure[]>;
};
