import type { SliceCreator } from '../../store/types'

/** A cell by its displayed row index (after filter and sort) and column id. */
export interface CellPos {
  rowIndex: number
  colId: string
}

/** A rectangle of cells: the anchor where it started, the focus the keyboard or mouse extended it to. */
export interface CellRange {
  anchor: CellPos
  focus: CellPos
}

/** A refused entry, shown at its cell. */
export interface CellError {
  rowId: string
  colId: string
  message: string
}

export interface CostGridSlice {
  quickFilter: string
  range: CellRange | null
  cellError: CellError | null
  setQuickFilter(text: string): void
  setRange(range: CellRange | null): void
  setCellError(error: CellError | null): void
}

export const createCostGridSlice: SliceCreator<CostGridSlice> = (set) => ({
  quickFilter: '',
  range: null,
  cellError: null,
  setQuickFilter(quickFilter) {
    set({ quickFilter })
  },
  setRange(range) {
    set({ range })
  },
  setCellError(cellError) {
    set({ cellError })
  },
})
