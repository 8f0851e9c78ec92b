// Plain-text tables for the terminal: columns padded to their widest cell.

/**
 * Lines of a table whose first row is the header. `alignRight[i]` right-aligns column `i` (numbers),
 * so digits line up; other columns are left-aligned.
 */
export function formatTable(
  rows: readonly (readonly string[])[],
  alignRight: readonly boolean[] = [],
): string[] {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) =>
    row
      .map((cell, column) =>
        alignRight[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
      )
      .join("  ")
      .trimEnd(),
  );
}
