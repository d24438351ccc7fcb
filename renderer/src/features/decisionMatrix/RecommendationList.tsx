import { ACTION_LABELS, type MatrixPoint } from '../../../../shared/decisions'
import { formatMoneyCompact } from '../../format/numberFormat'
import { useAppStore } from '../../store'
import { byAction, notPlacedReason } from './ordering'
import { economicsParts, scoreText } from './pointText'

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
  return (
    <section className="panel matrix-recs" aria-label="Recommendations">
      <h2 className="panel__title">
        Recommendations <span className="matrix-recs__case">· {caseName}</span>
      </h2>
      <ol className="matrix-recs__list">
        {byAction(points).map((p) => {
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
    </section>
  )
}
