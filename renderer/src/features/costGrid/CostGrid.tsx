import {
  AllCommunityModule,
  ModuleRegistry,
  type CellEditRequestEvent,
  type CellFocusedEvent,
  type CellMouseOverEvent,
  type CellDoubleClickedEvent,
  type ColDef,
  type SuppressKeyboardEventParams,
} from 'ag-grid-community'
import { AgGridReact } from 'ag-grid-react'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useColorScheme } from '../../charts/useColorScheme'
import { ModelMixEditor } from '../modelMix'
import { useAppStore } from '../../store'
import { CellErrorPopover } from './CellErrorPopover'
import { buildColumnDefs, type CellMarks } from './columnDefs'
import type { FormatContext } from './fieldKinds'
import { createGridController, layoutOf } from './gridController'
import { gridDark, gridLight } from './gridTheme'
import { GridToolbar } from './GridToolbar'
import { GridSession } from './gridSession'
import { inRect, isSingleCell, rectOf, singleCell } from './range'
import { buildRows, buildTotalRow, type GridRow } from './rows'
import { useGridClipboard } from './useGridClipboard'
import { handleGridKey } from './gridKeys'

ModuleRegistry.registerModules([AllCommunityModule])

const MIX_COLUMN = 'usage.modelMix'

function EmptyGrid() {
  return <div className="gpp-grid-empty">No initiatives yet. Add the first one with “+ Add initiative” (or press Insert).</div>
}

/** The cost model: one row per initiative, inputs editable in place, the engine's results beside them. */
export function CostGrid() {
  const portfolio = useAppStore((s) => s.snapshot?.portfolio ?? null)
  const results = useAppStore((s) => s.results)
  const quickFilter = useAppStore((s) => s.quickFilter)
  const range = useAppStore((s) => s.range)
  const cellError = useAppStore((s) => s.cellError)
  const [mixFor, setMixFor] = useState<string | null>(null)
  const scheme = useColorScheme()
  const containerRef = useRef<HTMLDivElement>(null)

  const currency = portfolio?.settings.currency ?? 'USD'
  const startMonth = portfolio?.settings.startMonth ?? '2026-01'
  const priceBook = portfolio?.priceBook
  const ctx = useMemo<FormatContext>(
    () => ({ currency, startMonth, modelNames: new Map((priceBook ?? []).map((m) => [m.id, m.name])) }),
    [currency, startMonth, priceBook],
  )
  const [session] = useState(() => new GridSession(ctx))
  useEffect(() => session.setCtx(ctx), [session, ctx])

  const controller = useMemo(
    () => createGridController({ getApi: () => session.api, getState: useAppStore.getState, getCtx: () => session.ctx }),
    [session],
  )
  const marks = useMemo<CellMarks>(
    () => ({
      inRange: (rowIndex, colId, pinned) => {
        const mark = session.highlight
        return !pinned && rowIndex !== null && mark !== null && inRect(mark.rect, rowIndex, mark.columns.indexOf(colId))
      },
      isError: (rowId, colId) => {
        const e = useAppStore.getState().cellError
        return e !== null && e.rowId === rowId && e.colId === colId
      },
    }),
    [session],
  )
  const columnDefs = useMemo(() => buildColumnDefs(ctx, marks), [ctx, marks])
  const initiatives = portfolio?.initiatives
  const rows = useMemo(() => buildRows(initiatives ?? [], results), [initiatives, results])
  const totalRows = useMemo(() => [buildTotalRow(results)], [results])
  const defaultColDef = useMemo<ColDef<GridRow>>(
    () => ({
      resizable: true,
      sortable: true,
      // Headers such as "Months to full value" wrap onto two lines instead of being cut.
      wrapHeaderText: true,
      autoHeaderHeight: true,
      suppressHeaderMenuButton: true,
      suppressKeyboardEvent: (p: SuppressKeyboardEventParams<GridRow>) =>
        handleGridKey(p, controller, setMixFor),
    }),
    [controller],
  )

  useGridClipboard(containerRef, controller)

  // Repaint the cells leaving and entering the selection.
  useEffect(() => {
    const api = session.api
    if (!api) return
    const before = session.highlight?.rect ?? null
    const columns = layoutOf(api).columns
    const rect = range ? rectOf(range, columns) : null
    const after = rect && !isSingleCell(rect) ? rect : null
    session.setHighlight(after ? { rect: after, columns } : null)
    const indices = new Set<number>()
    for (const r of [before, after]) {
      if (r) for (let i = r.top; i <= r.bottom; i++) indices.add(i)
    }
    const rowNodes = [...indices].flatMap((i) => api.getDisplayedRowAtIndex(i) ?? [])
    if (rowNodes.length > 0) api.refreshCells({ rowNodes, force: true })
  }, [range, session])

  useEffect(() => {
    session.api?.refreshCells({ force: true })
  }, [cellError, session])

  useEffect(() => {
    const stopDrag = () => session.mouseUp()
    window.addEventListener('mouseup', stopDrag)
    return () => window.removeEventListener('mouseup', stopDrag)
  }, [session])

  const onCellFocused = (e: CellFocusedEvent<GridRow>) => {
    if (e.rowIndex === null || e.rowPinned || !e.column || typeof e.column === 'string') return
    const pos = { rowIndex: e.rowIndex, colId: e.column.getColId() }
    const { range: current, setRange } = useAppStore.getState()
    setRange(session.extendingWithShift && current ? { anchor: current.anchor, focus: pos } : singleCell(pos))
  }
  const onCellMouseOver = (e: CellMouseOverEvent<GridRow>) => {
    const { range: current, setRange } = useAppStore.getState()
    const mouse = e.event instanceof MouseEvent ? e.event : null
    if (!session.isDragging || !current || !mouse || (mouse.buttons & 1) === 0 || e.node.rowPinned || e.rowIndex === null) return
    setRange({ anchor: current.anchor, focus: { rowIndex: e.rowIndex, colId: e.column.getColId() } })
  }
  const onCellDoubleClicked = (e: CellDoubleClickedEvent<GridRow>) => {
    if (e.column.getColId() === MIX_COLUMN && e.data?.initiative) setMixFor(e.data.id)
  }
  const onCellEditRequest = (e: CellEditRequestEvent<GridRow>) => {
    void controller.commitTyped(e.data, e.column.getColId(), e.newValue, e.oldValue)
  }
  const clearRange = () => useAppStore.getState().setRange(null)

  return (
    <div className="gpp-grid-view">
      <GridToolbar controller={controller} />
      <div
        className="gpp-grid"
        ref={containerRef}
        data-testid="cost-grid"
        onMouseDownCapture={(e) => {
          session.mouseDown(e.shiftKey, e.button === 0)
        }}
      >
        <AgGridReact<GridRow>
          onGridReady={(e) => session.attach(e.api)}
          theme={scheme === 'dark' ? gridDark : gridLight}
          rowData={rows}
          pinnedBottomRowData={totalRows}
          columnDefs={columnDefs}
          defaultColDef={defaultColDef}
          getRowId={(p) => p.data.id}
          readOnlyEdit
          onCellEditRequest={onCellEditRequest}
          onCellFocused={onCellFocused}
          onCellMouseOver={onCellMouseOver}
          onCellDoubleClicked={onCellDoubleClicked}
          onSortChanged={clearRange}
          onFilterChanged={clearRange}
          onFirstDataRendered={() => performance.mark('gpp:grid-rendered')}
          quickFilterText={quickFilter}
          enterNavigatesVerticallyAfterEdit
          stopEditingWhenCellsLoseFocus
          tooltipShowDelay={400}
          noRowsOverlayComponent={EmptyGrid}
          getRowClass={(p) => (p.node.rowPinned ? 'gpp-row--total' : undefined)}
        />
        <CellErrorPopover container={containerRef} />
      </div>
      {mixFor && (
        <ModelMixEditor
          initiativeId={mixFor}
          onClose={() => {
            setMixFor(null)
            controller.focusRow(mixFor, MIX_COLUMN, false)
          }}
        />
      )}
    </div>
  )
}
