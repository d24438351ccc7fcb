import { useState } from 'react'
import {
  ACTION_LABELS,
  recommendationCounts,
  UNJUDGED_ACTIONS,
  type Action,
  type MatrixPoint,
} from '../../../../shared/decisions'
import { formatMoneyCompact } from '../../format'
import { useAppStore } from '../../store'
import { byAction, notPlacedReason } from './ordering'
import { economicsParts, moneyLine, scoreText } from './pointText'

const LIST_LIMIT = 100

interface ListProps {
  points: readonly MatrixPoint[]
  currency: string
  startMonth: string
  caseName: string
}

/**
 * One recommendation per initiative: the money (NPV, ROI, payback), the sentence when it is not
 * the bubble's quadrant, and the reasons with their figures. Initiatives off the matrix (not
 * scored, too early) are listed apart, with no recommendation.
 */
export function RecommendationList({ points, currency, startMonth, caseName }: ListProps) {
  // Showing one action only; the filter lapses when no initiative has that action any more.
  const [only, setOnly] = useState<Action | null>(null)
  // A large portfolio lists the first ones until asked for all: thousands of entries slow every redraw.
  const [all, setAll] = useState(false)
  const counts = recommendationCounts(points)
  const filter = counts.some((c) => c.action === only) ? only : null
  const ordered = byAction(filter ? points.filter((p) => p.recommendation.action === filter) : points)
  const shown = all ? ordered : ordered.slice(0, LIST_LIMIT)
  const judged = shown.filter((p) => !UNJUDGED_ACTIONS.includes(p.recommendation.action))
  const offMatrix = shown.filter((p) => UNJUDGED_ACTIONS.includes(p.recommendation.action))
  const item = (p: MatrixPoint) => (
    <RecommendationItem key={p.id} point={p} currency={currency} startMonth={startMonth} />
  )
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
      {judged.length > 0 ? <ol className="matrix-recs__list">{judged.map(item)}</ol> : null}
      {offMatrix.length > 0 ? (
        <div className="matrix-recs__off" data-testid="matrix-off-list">
          <h3 className="matrix-recs__sub">Not on the matrix: no recommendation</h3>
          <ol className="matrix-recs__list">{offMatrix.map(item)}</ol>
        </div>
      ) : null}
      {shown.length < ordered.length ? (
        <button type="button" className="btn matrix-recs__more" onClick={() => setAll(true)}>
          {`Show all ${String(ordered.length)}`}
        </button>
      ) : null}
    </section>
  )
}

function RecommendationItem({
  point: p,
  currency,
  startMonth,
}: {
  point: MatrixPoint
  currency: string
  startMonth: string
}) {
  const navigate = useAppStore((s) => s.navigate)
  const unplaced = notPlacedReason(p)
  const action = p.recommendation.action
  return (
    <li className="matrix-rec" data-id={p.id} data-action={action} data-x={p.x ?? ''} data-y={p.y ?? ''}>
      <div className="matrix-rec__head">
        <button type="button" className="link-button matrix-rec__name" onClick={() => navigate('initiative', p.id)}>
          {p.name}
        </button>
        <span className={`action-badge action-badge--${action}`}>{ACTION_LABELS[action]}</span>
      </div>
      <div className={`matrix-rec__money${p.money.npv < 0 ? ' matrix-rec__money--loss' : ''}`}>
        {moneyLine(p, currency, startMonth)}
      </div>
      {p.recommendation.quadrantNote ? (
        <div className="matrix-rec__note" data-testid="quadrant-note">
          {p.recommendation.quadrantNote}
        </div>
      ) : null}
      <div className="matrix-rec__figures">
        {unplaced
          ? `Not on the matrix: ${unplaced}`
          : `Economics ${scoreText(p.x as number)} · importance ${scoreText(p.y as number)} · spend ${formatMoneyCompact(p.spend, currency)}`}
      </div>
      {p.economics && !unplaced ? <div className="matrix-rec__figures">{economicsParts(p).join(' · ')}</div> : null}
      <ul className="matrix-rec__reasons">
        {p.recommendation.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </li>
  )
}
