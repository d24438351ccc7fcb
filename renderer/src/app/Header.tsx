import { FileActions } from '../features/exportImport'
import { useAppStore } from '../store'

export function Header() {
  const name = useAppStore((s) => s.snapshot?.portfolio.settings.name ?? 'Gen AI Portfolio Planner')
  const path = useAppStore((s) => s.snapshot?.path ?? '')
  const view = useAppStore((s) => s.view)
  const quickFilter = useAppStore((s) => s.quickFilter)
  const setQuickFilter = useAppStore((s) => s.setQuickFilter)
  const canUndo = useAppStore((s) => s.canUndo)
  const canRedo = useAppStore((s) => s.canRedo)
  const nextUndo = useAppStore((s) => s.past.at(-1)?.label)
  const nextRedo = useAppStore((s) => s.future.at(-1)?.label)
  const undo = useAppStore((s) => s.undo)
  const redo = useAppStore((s) => s.redo)
  return (
    <header className="header">
      <div className="header__title">
        <h1 className="header__name">{name}</h1>
        <span className="header__path" title={path}>
          {path}
        </span>
      </div>
      <div className="header__tools">
        <FileActions />
        <span className="header__divider" aria-hidden="true" />
        <button
          type="button"
          className="btn"
          disabled={!canUndo}
          onClick={() => void undo()}
          title={nextUndo ? `Undo ${nextUndo} (Ctrl+Z)` : 'Nothing to undo'}
        >
          Undo
        </button>
        <button
          type="button"
          className="btn"
          disabled={!canRedo}
          onClick={() => void redo()}
          title={nextRedo ? `Redo ${nextRedo} (Ctrl+Y)` : 'Nothing to redo'}
        >
          Redo
        </button>
        {view === 'grid' && (
          <input
            type="search"
            className="input header__filter"
            placeholder="Filter initiatives…"
            aria-label="Filter initiatives"
            value={quickFilter}
            onChange={(e) => setQuickFilter(e.target.value)}
          />
        )}
      </div>
    </header>
  )
}
