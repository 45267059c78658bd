/** A goal a figure is compared with in the closing table. Benches print; they never fail on a miss. */
export type Target = { op: '<=' | '>=' | '='; value: number };

/** One printed result that also goes into the closing table. */
export type Figure = { bench: string; label: string; value: number; unit: string; target: Target | null };

export function meetsTarget(figure: Figure): boolean | null {
  const { target } = figure;
  if (!target) return null;
  if (target.op === '<=') return figure.value <= target.value;
  if (target.op === '>=') return figure.value >= target.value;
  return figure.value === target.value;
}

export function describeTarget(target: Target | null, unit: string): string {
  if (!target) return '—';
  const op = { '<=': '≤', '>=': '≥', '=': '=' }[target.op];
  return `${op} ${target.value}${unit === 'ms' ? ' ms' : ''}`;
}
