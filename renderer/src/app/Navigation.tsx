import { useAppStore } from '../store'
import { VIEWS } from './views'

export function Navigation() {
  const view = useAppStore((s) => s.view)
  const navigate = useAppStore((s) => s.navigate)
  return (
    <nav className="nav" aria-label="Views">
      {VIEWS.filter((v) => v.inNav).map((v) => (
        <button
          key={v.view}
          type="button"
          className="nav__item"
          aria-current={view === v.view ? 'page' : undefined}
          onClick={() => navigate(v.view)}
        >
          {v.label}
        </button>
      ))}
      <div className="nav__hint">Every edit is saved to the portfolio file as you make it.</div>
    </nav>
  )
}
