// Prints a plain-text table: the first column left-aligned (names), every other column right-aligned (figures).

export function printTable(headers: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    widths
      .map((width, column) => {
        const cell = cells[column] ?? '';
        return column === 0 ? cell.padEnd(width) : cell.padStart(width);
      })
      .join('  ')
      .trimEnd();
  const header = line(headers);
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const row of rows) console.log(line(row));
}

/** Milliseconds with two decimals below 100 and none above (the extra digits are noise there). */
export function formatMs(ms: number): string {
  return ms < 100 ? ms.toFixed(2) : ms.toFixed(0);
}

export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return '–';
  return ratio < 10 ? `${ratio.toFixed(2)}×` : `${ratio.toFixed(1)}×`;
}
