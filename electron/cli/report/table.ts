type Align = 'left' | 'right'

export interface Column<Row> {
  header: string
  align: Align
  cell: (row: Row) => string
}

/** A plain-text table with columns padded to their widest cell and a rule under the header. */
export function renderTable<Row>(
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  footer: readonly Row[] = [],
): string {
  const body = rows.map((r) => columns.map((c) => c.cell(r)))
  const foot = footer.map((r) => columns.map((c) => c.cell(r)))
  const widths = columns.map((c, i) =>
    Math.max(c.header.length, ...[...body, ...foot].map((cells) => (cells[i] ?? '').length)),
  )
  const line = (cells: readonly string[]) =>
    cells
      .map((text, i) => (columns[i]?.align === 'right' ? text.padStart(widths[i] ?? 0) : text.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd()
  const rule = widths.map((w) => '-'.repeat(w)).join('  ')
  const out = [line(columns.map((c) => c.header)), rule, ...body.map(line)]
  if (foot.length > 0) out.push(rule, ...foot.map(line))
  return `${out.join('\n')}\n`
}
