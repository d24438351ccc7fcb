import { useState, type KeyboardEvent } from 'react'
import type { ApiError } from '../../../../shared/api/result'
import type { Scenario } from '../../../../shared/model/scenario'
import { useAppStore } from '../../store'
import { listKeyAction } from './listKeys'
import { freeScenarioName } from './scenarioNames'

interface Props {
  scenarios: readonly Scenario[]
  selectedId: string | null
}

/**
 * The scenarios in their order: create, open, rename, duplicate, move, delete. Every change is
 * saved at once and is one undo step (Ctrl+Z). Keys on a scenario: F2 renames, Alt+↑/↓ moves,
 * Ctrl+D duplicates, Delete deletes, ↑/↓ go to the previous/next scenario.
 */
export function ScenarioList({ scenarios, selectedId }: Props) {
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null)
  /** The name being typed for a new scenario: it is created only once named. */
  const [naming, setNaming] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const select = useAppStore((s) => s.selectScenario)
  const createScenario = useAppStore((s) => s.createScenario)
  const renameScenario = useAppStore((s) => s.renameScenario)
  const duplicateScenario = useAppStore((s) => s.duplicateScenario)
  const moveScenario = useAppStore((s) => s.moveScenario)
  const deleteScenario = useAppStore((s) => s.deleteScenario)

  // One tab stop for the list (roving focus): the open scenario's name and buttons; arrows move between names.
  const hasSelected = scenarios.some((s) => s.id === selectedId)
  const tabStop = (id: string, i: number) => (id === selectedId || (!hasSelected && i === 0) ? 0 : -1)
  const report = (e: ApiError | null) => setError(e ? e.message : null)
  const focusItem = (id: string) =>
    requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`[data-scenario-id="${id}"]`)?.focus())

  const create = async () => {
    if (naming === null) return
    const r = await createScenario(naming.trim())
    // A refused name (empty, taken) stays in the field next to its message.
    if ('error' in r) report(r.error)
    else {
      report(null)
      setNaming(null)
      focusItem(r.id)
    }
  }
  const cancelNaming = () => {
    setNaming(null)
    report(null)
    requestAnimationFrame(() => document.querySelector<HTMLButtonElement>('.scenario-list__head .btn')?.focus())
  }
  const commitRename = async () => {
    if (!renaming) return
    const e = await renameScenario(renaming.id, renaming.name)
    report(e)
    // A refused name stays in the field next to its message until it is fixed or Escape is pressed.
    if (!e) {
      setRenaming(null)
      focusItem(renaming.id)
    }
  }
  const move = async (id: string, index: number) => {
    report(await moveScenario(id, index))
    focusItem(id)
  }

  const onItemKey = (e: KeyboardEvent<HTMLButtonElement>, s: Scenario, i: number) => {
    const action = listKeyAction(e, i, scenarios.length)
    if (!action) return
    e.preventDefault()
    switch (action.kind) {
      case 'rename':
        setRenaming({ id: s.id, name: s.name })
        break
      case 'move':
        void move(s.id, action.index)
        break
      case 'focus': {
        const next = scenarios[action.index]
        if (next) focusItem(next.id)
        break
      }
      case 'duplicate':
        void duplicateScenario(s.id).then(report)
        break
      case 'delete': {
        // The focus moves to the neighbour (or the New button) instead of being lost with the item.
        const neighbour = scenarios[i + 1] ?? scenarios[i - 1]
        void deleteScenario(s.id).then((e) => {
          report(e)
          if (e) return
          if (neighbour) focusItem(neighbour.id)
          else document.querySelector<HTMLButtonElement>('.scenario-list__head .btn')?.focus()
        })
        break
      }
    }
  }

  return (
    <section className="panel scenario-list" aria-label="Scenario list">
      <div className="scenario-list__head">
        <h2 className="panel__title">Scenarios</h2>
        <button
          type="button"
          className="btn btn--primary"
          onClick={() => setNaming(freeScenarioName(scenarios))}
          disabled={naming !== null}
        >
          New scenario
        </button>
      </div>
      {naming !== null ? (
        <form
          className="scenario-list__new"
          aria-label="New scenario"
          onSubmit={(e) => {
            e.preventDefault()
            void create()
          }}
        >
          <label htmlFor="new-scenario-name">Name the new scenario</label>
          <input
            id="new-scenario-name"
            className="input"
            value={naming}
            autoFocus
            onFocus={(e) => e.currentTarget.select()}
            onChange={(e) => setNaming(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') cancelNaming()
            }}
          />
          <div className="scenario-list__new-actions">
            <button type="submit" className="btn btn--primary">
              Create
            </button>
            <button type="button" className="btn" onClick={cancelNaming}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {error ? (
        <div className="view-notice view-notice--error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="scenario-list__baseline" title="The portfolio as entered; every scenario is compared with it">
        <span className="scenario-list__dot" aria-hidden="true" />
        Baseline: the portfolio as entered
      </div>
      {scenarios.length === 0 ? (
        <p className="scenario-empty">
          No scenarios yet. A scenario is a set of levers applied on top of the baseline.
        </p>
      ) : null}
      <ol className="scenario-list__items">
        {scenarios.map((s, i) => (
          <li
            key={s.id}
            className={`scenario-list__item${s.id === selectedId ? ' is-selected' : ''}`}
            data-scenario={s.name}
          >
            {renaming?.id === s.id ? (
              <input
                className="input scenario-list__rename"
                aria-label={`New name for ${s.name}`}
                value={renaming.name}
                autoFocus
                onChange={(e) => setRenaming({ id: s.id, name: e.target.value })}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') void commitRename()
                  if (e.key === 'Escape') {
                    setRenaming(null)
                    report(null)
                    focusItem(s.id)
                  }
                }}
                onBlur={() => void commitRename()}
              />
            ) : (
              <button
                type="button"
                className="scenario-list__name"
                data-scenario-id={s.id}
                tabIndex={tabStop(s.id, i)}
                aria-current={s.id === selectedId ? 'true' : undefined}
                title={s.description || s.name}
                onClick={() => select(s.id)}
                onDoubleClick={() => setRenaming({ id: s.id, name: s.name })}
                onKeyDown={(e) => onItemKey(e, s, i)}
              >
                <span className="scenario-list__label">{s.name}</span>
                <span className="scenario-list__count">
                  {`${s.levers.length} lever${s.levers.length === 1 ? '' : 's'}`}
                </span>
              </button>
            )}
            <span className="scenario-list__actions">
              <button
                type="button"
                tabIndex={tabStop(s.id, i)}
                className="icon-btn"
                title="Rename (F2)"
                aria-label={`Rename ${s.name}`}
                onClick={() => setRenaming({ id: s.id, name: s.name })}
              >
                ✎
              </button>
              <button
                type="button"
                tabIndex={tabStop(s.id, i)}
                className="icon-btn"
                title="Duplicate (Ctrl+D)"
                aria-label={`Duplicate ${s.name}`}
                onClick={() => void duplicateScenario(s.id).then(report)}
              >
                <svg viewBox="0 0 16 16" aria-hidden="true">
                  <rect x="5" y="5" width="9" height="9" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
                  <path
                    d="M11 3.5V3a1 1 0 0 0-1-1H3a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h.5"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="1.5"
                  />
                </svg>
              </button>
              <button
                type="button"
                tabIndex={tabStop(s.id, i)}
                className="icon-btn"
                title="Move up (Alt+↑)"
                aria-label={`Move ${s.name} up`}
                disabled={i === 0}
                onClick={() => void move(s.id, i - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                tabIndex={tabStop(s.id, i)}
                className="icon-btn"
                title="Move down (Alt+↓)"
                aria-label={`Move ${s.name} down`}
                disabled={i === scenarios.length - 1}
                onClick={() => void move(s.id, i + 1)}
              >
                ↓
              </button>
              <button
                type="button"
                tabIndex={tabStop(s.id, i)}
                className="icon-btn icon-btn--danger"
                title="Delete (Del); Ctrl+Z brings it back"
                aria-label={`Delete ${s.name}`}
                onClick={() => void deleteScenario(s.id).then(report)}
              >
                ✕
              </button>
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
