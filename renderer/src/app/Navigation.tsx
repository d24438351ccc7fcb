import { useAppStore } from '../store'
import { VIEWS } from './views'

export function Navigation() {
  const view = useAppStore((s) => s.view)
  const navigate = useAppStore((s) => s.navigate)
  // The comparison runs in the engine's worker and goes on while another view is open.
  const comparing = useAppStore((s) => s.comparison.status === 'running')
  return (
    <nav className="nav" aria-label="Views">
      {VIEWS.filter((v) => v.inNav).map((v) => {
        const busy = v.view === 'scenarios' && comparing
        return (
          <button
            key={v.view}
            type="button"
            className="nav__item"
            aria-current={view === v.view ? 'page' : undefined}
            aria-busy={busy || undefined}
            title={busy ? 'Comparing the scenarios…' : undefined}
            onClick={() => navigate(v.view)}
          >
            {v.label}
            {busy ? <span className="nav__busy" aria-hidden="true" /> : null}
          </button>
        )
      })}
      <div className="nav__hint">Every edit is saved to the portfolio file as you make it.</div>
    </nav>
  )
}
