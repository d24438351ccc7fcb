import { AllCommunityModule, ModuleRegistry, type ColDef, type SuppressKeyboardEventParams } from 'ag-grid-community'
import { AgGridReact } from 'ag-grid-react'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useColorScheme } from '../../charts/useColorScheme'
import { governanceFlags } from '../../../../shared/decisions'
import { useToday } from '../../app/useToday'
import { ModelMixEditor } from '../modelMix'
import { useAppStore } from '../../store'
import { CellErrorPopover } from './CellErrorPopover'
import { buildColumnDefs, type CellMarks } from './columnDefs'
import type { FormatContext } from './fieldKinds'
import { createGridController } from './gridController'
import { createGridEvents, MIX_COLUMN, subscribeMarks } from './gridEvents'
import { gridDark, gridLight } from './gridTheme'
import { GridToolbar } from './GridToolbar'
import { NewInitiativeForm } from './NewInitiativeForm'
import { GridSession } from './gridSession'
import { inRect } from './range'
import { buildTotalRow, GridRows, type FlagsOf, type GridRow } from './rows'
import { refreshResultCells, RESULT_COLUMN_IDS } from './resultCells'
import { useGridClipboard } from './useGridClipboard'
import { handleGridKey } from './gridKeys'

ModuleRegistry.registerModules([AllCommunityModule])

function EmptyGrid() {
  return (
    <div className="gpp-grid-empty">
      No initiatives yet. Add the first one with “+ Add initiative” (or press Insert) and name it.
    </div>
  )
}

/** The cost model: one row per initiative, inputs editable in place, the engine's results beside them. */
export function CostGrid() {
  const portfolio = useAppStore((s) => s.snapshot?.portfolio ?? null)
  const results = useAppStore((s) => s.results)
  const quickFilter = useAppStore((s) => s.quickFilter)
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
    () =>
      createGridController({ getApi: () => session.api, getState: useAppStore.getState, getCtx: () => session.ctx }),
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
      changeOf: (rowId, colId) => session.changeOf(rowId, colId),
    }),
    [session],
  )
  const columnDefs = useMemo(() => buildColumnDefs(ctx, marks, controller.commitTyped), [ctx, marks, controller])
  const initiatives = portfolio?.initiatives
  const today = useToday()
  const settings = portfolio?.settings
  const flagsOf = useMemo<FlagsOf | undefined>(
    () => (settings ? (init, r) => governanceFlags(init, r.totals, settings, today) : undefined),
    [settings, today],
  )
  const [gridRows] = useState(() => new GridRows())
  const rows = useMemo(
    () => gridRows.update(initiatives ?? [], results, flagsOf),
    [gridRows, initiatives, results, flagsOf],
  )
  const totalRows = useMemo(() => [buildTotalRow(results, initiatives ?? [])], [results, initiatives])
  const defaultColDef = useMemo<ColDef<GridRow>>(
    () => ({
      resizable: true,
      sortable: true,
      // Headers such as "Months to full value" wrap onto two lines instead of being cut.
      wrapHeaderText: true,
      autoHeaderHeight: true,
      suppressHeaderMenuButton: true,
      suppressKeyboardEvent: (p: SuppressKeyboardEventParams<GridRow>) => handleGridKey(p, controller, setMixFor),
    }),
    [controller],
  )

  useGridClipboard(containerRef, controller)

  // Another portfolio: its figures are not "changed" from the last one's.
  const path = useAppStore((s) => s.snapshot?.path)
  useEffect(() => session.resetFigures(), [session, path])

  // Rows whose initiative did not change keep their object, so their figures in view are refreshed
  // here (after the grid, a child, has taken the new rows in its own effect), and the figures the
  // recompute moved are marked.
  useEffect(() => {
    const api = session.api
    if (!api) return
    const marked = session.markChanged(api)
    refreshResultCells(api)
    if (marked.length > 0) api.refreshCells({ rowNodes: marked, columns: RESULT_COLUMN_IDS, force: true })
  }, [session, results, flagsOf])

  // Repaint the cells leaving and entering the selection.
  useEffect(() => subscribeMarks(session), [session])

  useEffect(() => {
    const stopDrag = () => session.mouseUp()
    window.addEventListener('mouseup', stopDrag)
    return () => window.removeEventListener('mouseup', stopDrag)
  }, [session])

  const events = useMemo(() => createGridEvents(session, setMixFor), [session])
  // Read once: AG Grid takes its initial state when it is created.
  const [initialState] = useState(() => useAppStore.getState().gridState ?? undefined)

  return (
    <div className="gpp-grid-view">
      <GridToolbar controller={controller} />
      <NewInitiativeForm controller={controller} />
      <div
        className="gpp-grid"
        ref={containerRef}
        data-testid="cost-grid"
        onMouseDownCapture={(e) => {
          session.mouseDown(e.shiftKey, e.button === 0)
        }}
      >
        <AgGridReact<GridRow>
          onGridReady={events.onGridReady}
          initialState={initialState}
          onGridPreDestroyed={events.onGridPreDestroyed}
          theme={scheme === 'dark' ? gridDark : gridLight}
          rowData={rows}
          pinnedBottomRowData={totalRows}
          columnDefs={columnDefs}
          defaultColDef={defaultColDef}
          getRowId={events.getRowId}
          onCellFocused={events.onCellFocused}
          onCellMouseOver={events.onCellMouseOver}
          onCellDoubleClicked={events.onCellDoubleClicked}
          onSortChanged={events.clearRange}
          onFilterChanged={events.clearRange}
          onFirstDataRendered={events.onFirstDataRendered}
          onViewportChanged={events.onViewportChanged}
          onVirtualColumnsChanged={events.onVirtualColumnsChanged}
          quickFilterText={quickFilter}
          enterNavigatesVerticallyAfterEdit
          stopEditingWhenCellsLoseFocus
          tooltipShowDelay={400}
          noRowsOverlayComponent={EmptyGrid}
          getRowClass={events.getRowClass}
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
