import type { GridApi } from 'ag-grid-community'
import { RESULT_COLUMNS_BY_ID } from './columnSpecs'
import type { GridRow } from './rows'

export const RESULT_COLUMN_IDS = [...RESULT_COLUMNS_BY_ID.keys()]

/**
 * After a recompute, the engine's figures in view, for rows that kept their object (GridRows):
 * a pool allocated by share moves every initiative's cost when one changes. The grid compares
 * each cell's value with the one it shows and redraws only those that differ. A sort on a result
 * column is applied again, since those values moved under rows the grid saw no change in.
 */
export function refreshResultCells(api: GridApi<GridRow>): void {
  api.refreshCells({ columns: RESULT_COLUMN_IDS })
  if (api.getColumnState().some((c) => c.sort && RESULT_COLUMNS_BY_ID.has(c.colId)))
    api.refreshClientSideRowModel('sort')
}
