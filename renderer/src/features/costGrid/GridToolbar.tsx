import { formatMoneyCompact, formatPercent } from '../../format'
import { useAppStore } from '../../store'
import { GridExportButton } from '../exportImport/GridExportButton'
import { proposedName } from '../exportImport/exportRunner'
import { shownCostGrid } from '../exportImport/shownGrid'
import type { GridController } from './gridController'

const SHORTCUTS = [
  'Type or F2 / Enter to edit; Enter or Tab commits and moves; Esc cancels',
  'Arrows, Tab, Home / End move; Shift+arrows, Shift+click or drag select a block; Ctrl+A selects all',
  'Ctrl+C / Ctrl+X / Ctrl+V copy, cut and paste blocks with Excel or Google Sheets',
  'Delete or Backspace clears; Ctrl+D fills down',
  'Insert adds an initiative; Ctrl+Shift+D duplicates; Ctrl+Delete deletes the selected rows',
  'Ctrl+Enter opens the initiative: ROI framing, charts, strategy and decisions',
  'Ctrl+Z undoes; Ctrl+Y or Ctrl+Shift+Z redoes',
].join('\n')

/** Portfolio figures that stay in view while the grid scrolls sideways. */
function TotalsSummary() {
  const totals = useAppStore((s) => s.results?.totals ?? null)
  const currency = useAppStore((s) => s.snapshot?.portfolio.settings.currency ?? 'USD')
  if (!totals) return null
  return (
    <dl className="gpp-grid-summary" aria-label="Portfolio totals" data-testid="grid-summary">
      <div>
        <dt>Horizon cost</dt>
        <dd>{formatMoneyCompact(totals.cost, currency)}</dd>
      </div>
      <div>
        <dt>Value</dt>
        <dd>{formatMoneyCompact(totals.value, currency)}</dd>
      </div>
      <div>
        <dt>NPV</dt>
        <dd className={totals.npv < 0 ? 'gpp-negative' : undefined}>{formatMoneyCompact(totals.npv, currency)}</dd>
      </div>
      <div>
        <dt>ROI</dt>
        <dd>{totals.roi === null ? '—' : formatPercent(totals.roi, 0)}</dd>
      </div>
    </dl>
  )
}

export function GridToolbar({ controller }: { controller: GridController }) {
  const count = useAppStore((s) => s.snapshot?.portfolio.initiatives.length ?? 0)
  const name = useAppStore((s) => s.snapshot?.portfolio.settings.name ?? 'Portfolio')
  const range = useAppStore((s) => s.range)
  const rows = range ? Math.abs(range.focus.rowIndex - range.anchor.rowIndex) + 1 : 1
  return (
    <div className="gpp-grid-toolbar" role="toolbar" aria-label="Initiatives">
      <button
        type="button"
        className="btn btn--primary"
        onClick={() => controller.addInitiative()}
        title="Add an initiative below the selection (Insert): name it, and it is saved"
      >
        + Add initiative
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => void controller.duplicateSelected()}
        title="Duplicate the selected initiative (Ctrl+Shift+D)"
      >
        Duplicate
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => controller.openSelected()}
        title="Open the selected initiative's detail (Ctrl+Enter)"
      >
        Open
      </button>
      <button
        type="button"
        className="btn btn--danger"
        onClick={() => void controller.deleteSelected()}
        title="Delete the selected initiatives (Ctrl+Delete); Ctrl+Z brings them back"
      >
        Delete{rows > 1 ? ` ${rows} rows` : ''}
      </button>
      <GridExportButton
        table={() => {
          const api = controller.getApi()
          return api ? shownCostGrid(api, controller.getCtx()) : null
        }}
        fileName={proposedName('grid', name)}
      />
      <span className="gpp-grid-toolbar__count">
        {count} initiative{count === 1 ? '' : 's'}
      </span>
      <span
        className="gpp-grid-toolbar__keys"
        title={SHORTCUTS}
        tabIndex={0}
        aria-label={`Keyboard shortcuts: ${SHORTCUTS}`}
      >
        Keyboard shortcuts
      </span>
      <TotalsSummary />
    </div>
  )
}
