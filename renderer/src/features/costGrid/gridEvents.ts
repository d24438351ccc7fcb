import type {
  CellDoubleClickedEvent,
  CellFocusedEvent,
  CellMouseOverEvent,
  FirstDataRenderedEvent,
  GridPreDestroyedEvent,
  GetRowIdParams,
  GridReadyEvent,
  IRowNode,
  RowClassParams,
  ViewportChangedEvent,
} from 'ag-grid-community'
import { useAppStore } from '../../store'
import type { GridSession } from './gridSession'
import { isSingleCell, rectOf, singleCell } from './range'
import { layoutOf } from './gridController'
import type { GridRow } from './rows'

export const MIX_COLUMN = 'usage.modelMix'

/**
 * The grid's event handlers, made once per grid: AG Grid reapplies any option whose function
 * changes identity, so handlers recreated on each render would cost work on every keystroke.
 */
export function createGridEvents(session: GridSession, openMix: (id: string) => void) {
  const store = useAppStore.getState
  return {
    onGridReady: (e: GridReadyEvent<GridRow>) => session.attach(e.api),
    /** Leaving the view: widths, folded groups, sort, scroll and focus are kept for the way back. */
    onGridPreDestroyed: (e: GridPreDestroyedEvent<GridRow>) => store().setGridState(e.state),
    getRowId: (p: GetRowIdParams<GridRow>) => p.data.id,
    getRowClass: (p: RowClassParams<GridRow>) => (p.node.rowPinned ? 'gpp-row--total' : undefined),
    onFirstDataRendered(e: FirstDataRenderedEvent<GridRow>) {
      performance.mark('gpp:grid-rendered')
      session.noteShown(e.api)
    },
    /** Rows drawn or scrolled into view: their figures are what the next edit is compared with. */
    onViewportChanged: (e: ViewportChangedEvent<GridRow>) => session.noteShown(e.api),
    onCellFocused(e: CellFocusedEvent<GridRow>) {
      if (e.rowIndex === null || e.rowPinned || !e.column || typeof e.column === 'string') return
      const pos = { rowIndex: e.rowIndex, colId: e.column.getColId() }
      const { range, setRange } = store()
      // Focus arriving on the anchor keeps the selection (Ctrl+A moves the focus there after selecting).
      if (range && range.anchor.rowIndex === pos.rowIndex && range.anchor.colId === pos.colId) return
      setRange(session.extendingWithShift && range ? { anchor: range.anchor, focus: pos } : singleCell(pos))
    },
    onCellMouseOver(e: CellMouseOverEvent<GridRow>) {
      const { range, setRange } = store()
      const mouse = e.event instanceof MouseEvent ? e.event : null
      if (
        !session.isDragging ||
        !range ||
        !mouse ||
        (mouse.buttons & 1) === 0 ||
        e.node.rowPinned ||
        e.rowIndex === null
      )
        return
      setRange({ anchor: range.anchor, focus: { rowIndex: e.rowIndex, colId: e.column.getColId() } })
    },
    onCellDoubleClicked(e: CellDoubleClickedEvent<GridRow>) {
      if (e.column.getColId() === MIX_COLUMN && e.data?.initiative) openMix(e.data.id)
    },
    /** Cells of columns scrolled into view can reuse cells drawn before the selection changed: repaint its rows. */
    onVirtualColumnsChanged() {
      const api = session.api
      const rect = session.highlight?.rect
      if (!api || !rect) return
      const rowNodes: IRowNode<GridRow>[] = []
      for (let i = rect.top; i <= rect.bottom; i++) {
        const node = api.getDisplayedRowAtIndex(i)
        if (node) rowNodes.push(node)
      }
      api.refreshCells({ rowNodes, force: true })
    },
    /** Row indices change meaning when the rows are sorted or filtered. */
    clearRange: () => store().setRange(null),
  }
}

/**
 * Repaints the cells leaving and entering the selection, and the refused cell, when the store
 * changes them, without re-rendering the grid component.
 */
export function subscribeMarks(session: GridSession): () => void {
  return useAppStore.subscribe((state, prev) => {
    const api = session.api
    if (!api) return
    if (state.range !== prev.range) {
      const before = session.highlight?.rect ?? null
      const columns = layoutOf(api).columns
      const rect = state.range ? rectOf(state.range, columns) : null
      const after = rect && !isSingleCell(rect) ? rect : null
      session.setHighlight(after ? { rect: after, columns } : null)
      const indices = new Set<number>()
      for (const r of [before, after]) {
        if (r) for (let i = r.top; i <= r.bottom; i++) indices.add(i)
      }
      const rowNodes = [...indices].flatMap((i) => api.getDisplayedRowAtIndex(i) ?? [])
      if (rowNodes.length > 0) api.refreshCells({ rowNodes, force: true })
    }
    if (state.cellError !== prev.cellError) {
      const rowIds = new Set([state.cellError?.rowId, prev.cellError?.rowId].filter((id): id is string => !!id))
      const rowNodes = [...rowIds].flatMap((id) => api.getRowNode(id) ?? [])
      if (rowNodes.length > 0) api.refreshCells({ rowNodes, force: true })
    }
  })
}
