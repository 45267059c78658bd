import type { Summary } from './summary.js';

/** Milliseconds with the precision that still means something at that size. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  if (ms < 1) return `${ms.toFixed(3)} ms`;
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  if (ms < 10_000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

export function formatSummary(summary: Summary): string {
  return [`count ${summary.count}`, `p50 ${formatMs(summary.p50)}`, `p90 ${formatMs(summary.p90)}`, `p99 ${formatMs(summary.p99)}`, `max ${formatMs(summary.max)}`].join('  ');
}

/** Plain left-aligned columns, wide enough for every cell. */
export function formatTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)];
}
