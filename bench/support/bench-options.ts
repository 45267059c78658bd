import { parseArgs } from 'node:util';

/** How big each bench runs; every size has a flag so a quick run and a long one use the same code. */
export type BenchOptions = {
  /** Bench names to run, in order; empty = all. */
  only: string[];
  calls: number;
  roundTrips: number;
  bookings: number;
  searches: number;
  events: number;
  queries: number;
  crashes: number;
  organizations: number;
  /** How long each measured load phase of workspace-load lasts, and how many connections drive it. */
  seconds: number;
  connections: number;
};

const SIZES = {
  calls: { flag: 'calls', fallback: 200 },
  roundTrips: { flag: 'round-trips', fallback: 1000 },
  bookings: { flag: 'bookings', fallback: 200 },
  searches: { flag: 'searches', fallback: 2000 },
  events: { flag: 'events', fallback: 50_000 },
  queries: { flag: 'queries', fallback: 500 },
  crashes: { flag: 'crashes', fallback: 20 },
  organizations: { flag: 'organizations', fallback: 10_000 },
  seconds: { flag: 'seconds', fallback: 20 },
  connections: { flag: 'connections', fallback: 20 },
} as const;

type SizeName = keyof typeof SIZES;

export function usage(benchNames: readonly string[]): string {
  const flags = Object.values(SIZES).map(({ flag, fallback }) => `[--${flag} ${fallback}]`);
  return `usage: npm run bench -- [${benchNames.join(' | ')}]... ${flags.join(' ')}`;
}

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: Object.fromEntries(Object.values(SIZES).map(({ flag }) => [flag, { type: 'string' }])),
  });
  const size = (name: SizeName): number => {
    const { flag, fallback } = SIZES[name];
    const raw = values[flag];
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`--${flag} must be a positive whole number, got "${String(raw)}"`);
    return value;
  };
  return {
    only: positionals,
    calls: size('calls'),
    roundTrips: size('roundTrips'),
    bookings: size('bookings'),
    searches: size('searches'),
    events: size('events'),
    queries: size('queries'),
    crashes: size('crashes'),
    organizations: size('organizations'),
    seconds: size('seconds'),
    connections: size('connections'),
  };
}
