import { describeTarget, meetsTarget, type Figure } from './figure.js';
import { formatMs, formatTable } from './format.js';

function formatValue(figure: Figure): string {
  return figure.unit === 'ms' ? formatMs(figure.value) : `${figure.value} ${figure.unit}`;
}

const VERDICTS = { true: 'meets', false: 'MISSES', null: '' } as const;

/** Every figure of the run against its target, one row each. */
export function closingTable(figures: readonly Figure[]): string[] {
  const rows = figures.map((figure) => [
    figure.bench,
    figure.label,
    formatValue(figure),
    describeTarget(figure.target, figure.unit),
    VERDICTS[`${meetsTarget(figure)}`],
  ]);
  return formatTable(['bench', 'figure', 'value', 'target', ''], rows);
}
