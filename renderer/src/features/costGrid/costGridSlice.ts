import type { GridState } from 'ag-grid-community'
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
  /** Every rule broken, one a line. */
  message: string
  /** The text typed into the cell, which its editor opens with again for correction. */
  typed?: string
}

/**
 * A new initiative being named: nothing is saved (and no pool is shared with it) until it has a
 * name. `at` is where it goes (below the selection), or the end when undefined.
 */
interface InitiativeDraft {
  at: number | undefined
}

export interface CostGridSlice {
  quickFilter: string
  range: CellRange | null
  cellError: CellError | null
  /**
   * The grid as it was left (column widths, folded groups, sort, scroll, focused cell), so coming
   * back to the cost model finds it as it was; null until the grid is first left.
   */
  gridState: GridState | null
  initiativeDraft: InitiativeDraft | null
  setQuickFilter(text: string): void
  setRange(range: CellRange | null): void
  setCellError(error: CellError | null): void
  setGridState(state: GridState | null): void
  setInitiativeDraft(draft: InitiativeDraft | null): void
}

export const createCostGridSlice: SliceCreator<CostGridSlice> = (set) => ({
  quickFilter: '',
  range: null,
  cellError: null,
  gridState: null,
  initiativeDraft: null,
  setQuickFilter(quickFilter) {
    set({ quickFilter })
  },
  setRange(range) {
    set({ range })
  },
  setCellError(cellError) {
    set({ cellError })
  },
  setGridState(gridState) {
    set({ gridState })
  },
  setInitiativeDraft(initiativeDraft) {
    set({ initiativeDraft })
  },
})
