import { useState } from 'react'
import { ACTION_LABELS, type Action, type MatrixPoint } from '../../../../shared/decisions'
import { formatMoneyCompact } from '../../format'
import { useAppStore } from '../../store'
import { actionCounts, byAction, notPlacedReason } from './ordering'
import { economicsParts, scoreText } from './pointText'

const LIST_LIMIT = 100

/** One recommendation per initiative with the reasons that triggered it, each with its figures. */
export function RecommendationList({
  points,
  currency,
  caseName,
}: {
  points: readonly MatrixPoint[]
  currency: string
  caseName: string
}) {
  const navigate = useAppStore((s) => s.navigate)
  // Showing one action only; the filter lapses when no initiative has that action any more.
  const [only, setOnly] = useState<Action | null>(null)
  // A large portfolio lists the first ones until asked for all: thousands of entries slow every redraw.
  const [all, setAll] = useState(false)
  const counts = actionCounts(points)
  const filter = counts.some((c) => c.action === only) ? only : null
  const ordered = byAction(filter ? points.filter((p) => p.recommendation.action === filter) : points)
  const shown = all ? ordered : ordered.slice(0, LIST_LIMIT)
  return (
    <section className="panel matrix-recs" aria-label="Recommendations">
      <h2 className="panel__title">
        Recommendations <span className="matrix-recs__case">· {caseName}</span>
      </h2>
      <div className="matrix-recs__filter" role="group" aria-label="Show recommendations">
        {counts.map((c) => (
          <button
            key={c.action}
            type="button"
            className={`action-badge action-badge--${c.action}${filter === c.action ? ' action-badge--on' : ''}`}
            aria-pressed={filter === c.action}
            title={filter === c.action ? 'Show all' : `Show only ${ACTION_LABELS[c.action].toLowerCase()}`}
            onClick={() => setOnly(filter === c.action ? null : c.action)}
          >
            {`${ACTION_LABELS[c.action]} ${String(c.count)}`}
          </button>
        ))}
      </div>
      <ol className="matrix-recs__list">
        {shown.map((p) => {
          const unplaced = notPlacedReason(p)
          return (
            <li
              key={p.id}
              className="matrix-rec"
              data-id={p.id}
              data-action={p.recommendation.action}
              data-x={p.x ?? ''}
              data-y={p.y ?? ''}
            >
              <div className="matrix-rec__head">
                <button
                  type="button"
                  className="link-button matrix-rec__name"
                  onClick={() => navigate('initiative', p.id)}
                >
                  {p.name}
                </button>
                <span className={`action-badge action-badge--${p.recommendation.action}`}>
                  {ACTION_LABELS[p.recommendation.action]}
                </span>
              </div>
              <div className="matrix-rec__figures">
                {unplaced
                  ? `Not on the matrix: ${unplaced}`
                  : `Economics ${scoreText(p.x as number)} · importance ${scoreText(p.y as number)} · ${formatMoneyCompact(p.spend, currency)}`}
              </div>
              {p.economics ? <div className="matrix-rec__figures">{economicsParts(p).join(' · ')}</div> : null}
              <ul className="matrix-rec__reasons">
                {p.recommendation.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </li>
          )
        })}
      </ol>
      {shown.length < ordered.length ? (
        <button type="button" className="btn matrix-recs__more" onClick={() => setAll(true)}>
          {`Show all ${String(ordered.length)}`}
        </button>
      ) : null}
    </section>
  )
}
