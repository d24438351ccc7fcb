import type { CsvValue } from '../../../../shared/exports/csv'
import { isoMonth } from '../../../../shared/engine/calendar'
import { readField } from '../../store/fieldPath'
import { INPUT_COLUMNS_BY_ID, RESULT_COLUMNS, RESULT_COLUMNS_BY_ID } from '../costGrid/columnSpecs'
import { formatCell, type FieldKind, type FormatContext } from '../costGrid/fieldKinds'
import type { GridRow } from '../costGrid/rows'

/** A grid as CSV cells: the column titles and one list of values per row. */
export interface GridTable {
  columns: string[]
  rows: CsvValue[][]
}

const finite = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)

/**
 * One input cell for a spreadsheet: numbers stay numbers at full precision (a share of 12% is
 * 0.12, as the model holds it), a launch month is its calendar month (2026-03) rather than an
 * index, and a stage, value type or model mix is the text the grid shows.
 */
export function inputCell(kind: FieldKind, value: unknown, ctx: FormatContext): CsvValue {
  if (value === null || value === undefined) return null
  switch (kind) {
    case 'text':
      return typeof value === 'string' ? value : String(value)
    case 'month':
      return finite(value) === null ? null : isoMonth(ctx.startMonth, value as number)
    case 'stage':
    case 'valueType':
    case 'mix':
      return formatCell(kind, value, ctx)
    default:
      return finite(value)
  }
}

/** One result cell: a figure, the payback month, or the list the cell summarises (unpriced models, flags). */
export function resultCell(kind: string, value: unknown, ctx: FormatContext): CsvValue {
  if (kind === 'payback') return finite(value) === null ? 'Not reached' : isoMonth(ctx.startMonth, value as number)
  if (Array.isArray(value)) {
    const items = value.map((v) => (kind === 'unpriced' ? (ctx.modelNames.get(String(v)) ?? String(v)) : String(v)))
    return items.length === 0 ? null : items.join(kind === 'unpriced' ? ', ' : '; ')
  }
  if (typeof value === 'string') return value
  return finite(value)
}

function cellOf(row: GridRow, colId: string, ctx: FormatContext): CsvValue {
  const input = INPUT_COLUMNS_BY_ID.get(colId)
  if (input) return row.initiative ? inputCell(input.kind, readField(row.initiative, input.field), ctx) : null
  const result = RESULT_COLUMNS_BY_ID.get(colId)
  if (result && row.figures) return resultCell(result.kind, result.get(row.figures), ctx)
  return null
}

/** Title of a column id, or undefined for a column that holds no data (none today). */
function titleOf(colId: string): string | undefined {
  return INPUT_COLUMNS_BY_ID.get(colId)?.header ?? RESULT_COLUMNS_BY_ID.get(colId)?.header
}

/**
 * The cost grid as CSV cells, in the order given: the columns the grid displays and its rows
 * after the quick filter and sort. Values come from the initiatives and the engine's results,
 * not from the formatted text, so money, rates and unit costs keep full precision. The pinned
 * total row is left out (a spreadsheet sum over the column would count it twice).
 */
export function gridTable(rows: readonly GridRow[], columnIds: readonly string[], ctx: FormatContext): GridTable {
  const known = columnIds.filter((id) => titleOf(id) !== undefined)
  return {
    columns: known.map((id) => titleOf(id) as string),
    rows: rows.filter((r) => r.initiative !== null).map((r) => known.map((id) => cellOf(r, id, ctx))),
  }
}

/** Every column of the cost grid in its order, for an export made away from the grid (File → Export). */
export const ALL_GRID_COLUMNS: readonly string[] = [
  ...INPUT_COLUMNS_BY_ID.keys(),
  ...RESULT_COLUMNS.map((c) => c.colId),
]
