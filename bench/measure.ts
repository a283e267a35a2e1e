export interface BenchRow {
  readonly name: string;
  readonly valueMs: number;
  readonly baselineMs: number;
  readonly baselineName: string;
  /** The ratio value/baseline must stay at or under this; absent for figures reported without a target. */
  readonly targetRatio?: number;
  /**
   * The ratio of each round, where value and baseline ran back to back: their median is the row's ratio. A
   * busy machine slows both of a pair alike, so paired ratios hold still where a ratio of two medians does not.
   */
  readonly pairedRatios?: readonly number[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function ratioOf(row: BenchRow): number {
  return row.pairedRatios !== undefined && row.pairedRatios.length > 0 ? median(row.pairedRatios) : row.valueMs / row.baselineMs;
}

export function meetsTarget(row: BenchRow): boolean | undefined {
  return row.targetRatio === undefined ? undefined : ratioOf(row) <= row.targetRatio;
}

export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['measure', 'ms', 'baseline', 'baseline ms', 'ratio', 'target', 'met'];
  const body = rows.map((row) => [
    row.name,
    row.valueMs.toFixed(1),
    row.baselineName,
    row.baselineMs.toFixed(1),
    `${ratioOf(row).toFixed(2)}x`,
    row.targetRatio === undefined ? '-' : `<= ${row.targetRatio}x`,
    row.targetRatio === undefined ? '-' : meetsTarget(row) ? 'yes' : 'NO',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => (cells[column] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
