import { useState } from 'react'
import { exportDeps } from './exportDeps'
import { ExportOutcomeView } from './ExportOutcomeView'
import { runGridExport, type ExportOutcome } from './exportRunner'
import type { GridTable } from './gridTable'

export interface GridExportButtonProps {
  /** The grid's cells as shown now; null while the grid is not ready. */
  table: () => GridTable | null
  /** The name proposed in the save dialog or given to the download. */
  fileName: string
}

/**
 * "Export CSV" for a grid or table: its cells as RFC 4180 CSV (shared gridCsv, text neutralised,
 * numbers kept), saved through the save dialog on the desktop or downloaded in the browser.
 * Any view can place one beside its grid with the rows it shows (shownGrid for an AG Grid).
 */
export function GridExportButton({ table, fileName }: GridExportButtonProps) {
  const [running, setRunning] = useState(false)
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null)
  const run = async () => {
    const cells = table()
    if (!cells || running) return
    setRunning(true)
    try {
      setOutcome(await runGridExport(exportDeps(), cells, fileName))
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
