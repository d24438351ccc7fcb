import { useEffect, useState } from 'react'
import { api } from '../../api'
import { ExportDialog } from './ExportDialog'
import { ImportDialog } from './ImportDialog'

type Open = 'export' | 'import' | null

/**
 * Import… and Export… in the header (the only way in browser mode), and the same dialogs for
 * File → Import and File → Export in the desktop menu.
 */
export function FileActions() {
  const [open, setOpen] = useState<Open>(null)
  useEffect(
    () =>
      api.on('menu:command', ({ command }) => {
        // While a dialog is open the menu does not replace it: its work (an export running, a
        // mapping being checked) would be lost from view.
        if (command === 'export' || command === 'import') setOpen((current) => current ?? command)
      }),
    [],
  )
  return (
    <>
      <button
        type="button"
        className="btn"
        onClick={() => setOpen('import')}
        title="Import initiatives (CSV, Excel) or a portfolio (JSON)"
      >
        Import…
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => setOpen('export')}
        title="Export to Excel, PowerPoint, CSV or JSON"
      >
        Export…
      </button>
      {open === 'export' && <ExportDialog onClose={() => setOpen(null)} />}
      {open === 'import' && <ImportDialog onClose={() => setOpen(null)} />}
    </>
  )
}
