import { useAppStore } from '../../store'
import type { GridController } from './gridController'

export function GridToolbar({ controller }: { controller: GridController }) {
  const count = useAppStore((s) => s.snapshot?.portfolio.initiatives.length ?? 0)
  const range = useAppStore((s) => s.range)
  const rows = range ? Math.abs(range.focus.rowIndex - range.anchor.rowIndex) + 1 : 1
  return (
    <div className="gpp-grid-toolbar" role="toolbar" aria-label="Initiatives">
      <button type="button" className="btn btn--primary" onClick={() => void controller.addInitiative()} title="Add an initiative below the selection (Insert)">
        + Add initiative
      </button>
      <button type="button" className="btn" onClick={() => void controller.duplicateSelected()} title="Duplicate the selected initiative (Ctrl+Shift+D)">
        Duplicate
      </button>
      <button type="button" className="btn btn--danger" onClick={() => void controller.deleteSelected()} title="Delete the selected initiatives (Ctrl+Delete); Ctrl+Z brings them back">
        Delete{rows > 1 ? ` ${rows} rows` : ''}
      </button>
      <span className="gpp-grid-toolbar__count">
        {count} initiative{count === 1 ? '' : 's'}
      </span>
      <span className="gpp-grid-toolbar__hint">
        Type to edit · Enter/Tab to move · Shift+arrows to select · Ctrl+C / Ctrl+V with Excel or Sheets · Delete clears · Ctrl+Z undo
      </span>
    </div>
  )
}
