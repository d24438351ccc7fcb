import type { GridApi } from 'ag-grid-community'
import { useState } from 'react'
import { useAppStore } from '../../store'
import type { FormatContext } from '../costGrid/fieldKinds'
import type { GridRow } from '../costGrid/rows'
import { exportDeps } from './exportDeps'
import { ExportOutcomeView } from './ExportOutcomeView'
import { proposedName, runGridExport, type ExportOutcome } from './exportRunner'
import { gridTable } from './gridTable'

/** The rows after the quick filter and sort, and the columns in their displayed order. */
function shownTable(api: GridApi<GridRow>, ctx: FormatContext) {
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
 * "Export CSV" on the cost grid: the grid as shown (filtered, sorted, its columns in order) as
 * RFC 4180 CSV, saved through the save dialog on the desktop or downloaded in the browser.
 */
export function GridExportButton({
  getApi,
  getCtx,
}: {
  getApi: () => GridApi<GridRow> | null
  getCtx: () => FormatContext
}) {
  const name = useAppStore((s) => s.snapshot?.portfolio.settings.name ?? 'Portfolio')
  const [running, setRunning] = useState(false)
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null)
  const run = async () => {
    const api = getApi()
    if (!api || running) return
    setRunning(true)
    try {
      setOutcome(await runGridExport(exportDeps(), shownTable(api, getCtx()), proposedName('grid', name)))
    } catch (e) {
      setOutcome({ kind: 'failed', message: e instanceof Error ? e.message : String(e) })
    } finally {
      setRunning(false)
    }
  }
  // A download needs no word from us (the browser shows it); a saved file and a failure do.
  const shown = outcome && (outcome.kind === 'saved' || outcome.kind === 'failed') ? outcome : null
  return (
    <span className="xio-grid-export">
      <button
        type="button"
        className="btn"
        onClick={() => void run()}
        disabled={running}
        title="Save the grid as shown (filter, sort and columns) as a CSV file"
      >
        {running ? 'Exporting…' : 'Export CSV'}
      </button>
      {shown && (
        <span className="xio-grid-export__popover">
          <ExportOutcomeView outcome={shown} />
          <button type="button" className="btn btn--small" onClick={() => setOutcome(null)} aria-label="Dismiss">
            ×
          </button>
        </span>
      )}
    </span>
  )
}
