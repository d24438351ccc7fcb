import type { GridApi } from 'ag-grid-community'
import type { CsvValue } from '../../../../shared/exports/csv'
import type { FormatContext } from '../costGrid/fieldKinds'
import type { GridRow } from '../costGrid/rows'
import { gridTable, type GridTable } from './gridTable'

/** The cost grid as shown: rows after the quick filter and sort, columns in their displayed order. */
export function shownCostGrid(api: GridApi<GridRow>, ctx: FormatContext): GridTable {
  const rows: GridRow[] = []
  api.forEachNodeAfterFilterAndSort((node) => {
    if (node.data) rows.push(node.data)
  })
  return gridTable(
    rows,
    api.getAllDisplayedColumns().map((c) => c.getColId()),
    ctx,
  )
}

/**
 * Any AG Grid as shown, for grids without a cost-grid column spec (the price book): a finite
 * number stays a number, anything else is the text the cell shows (its value formatter).
 */
export function shownGrid<T>(api: GridApi<T>): GridTable {
  const columns = api.getAllDisplayedColumns()
  const rows: CsvValue[][] = []
  api.forEachNodeAfterFilterAndSort((rowNode) => {
    rows.push(
      columns.map((colKey) => {
        const raw: unknown = api.getCellValue({ rowNode, colKey })
        if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null
        if (raw === null || raw === undefined) return null
        return api.getCellValue({ rowNode, colKey, useFormatter: true }) ?? String(raw)
      }),
    )
  })
  return { columns: columns.map((c) => api.getDisplayNameForColumn(c, 'header') ?? c.getColId()), rows }
}
