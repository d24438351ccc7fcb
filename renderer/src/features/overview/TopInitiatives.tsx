import { useState } from 'react'
import type { PortfolioResult } from '../../../../shared/engine'
import type { Initiative } from '../../../../shared/model'
import { formatMoney } from '../../format'
import { percentText } from '../../charts/options/percentText'
import { useAppStore } from '../../store'
import { STAGE_LABELS } from '../initiativeDetail/framingFields'
import { topInitiatives, type RankBy } from './selectors'

const LIMIT = 8

/** The initiatives that weigh most, by horizon cost or by NPV; a name opens the initiative. */
export function TopInitiatives({
  initiatives,
  results,
  currency,
}: {
  initiatives: readonly Initiative[]
  results: PortfolioResult
  currency: string
}) {
  const [by, setBy] = useState<RankBy>('cost')
  const navigate = useAppStore((s) => s.navigate)
  const rows = topInitiatives(initiatives, results, by, LIMIT)
  return (
    <section className="panel" aria-label="Top initiatives">
      <div className="view__header">
        <h2 className="panel__title">{`Top initiatives by ${by === 'cost' ? 'horizon cost' : 'NPV'}`}</h2>
        <div className="view__tools" role="radiogroup" aria-label="Rank by">
          <button
            type="button"
            className={`btn${by === 'cost' ? ' btn--primary' : ''}`}
            aria-pressed={by === 'cost'}
            onClick={() => setBy('cost')}
          >
            Cost
          </button>
          <button
            type="button"
            className={`btn${by === 'npv' ? ' btn--primary' : ''}`}
            aria-pressed={by === 'npv'}
            onClick={() => setBy('npv')}
          >
            NPV
          </button>
        </div>
      </div>
      <table className="table">
        <thead>
          <tr>
            <th>Initiative</th>
            <th>Stage</th>
            <th className="num">Horizon cost</th>
            <th className="num">Value</th>
            <th className="num">NPV</th>
            <th className="num">ROI</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ initiative, result }) => (
            <tr key={initiative.id}>
              <td>
                <button type="button" className="link-button" onClick={() => navigate('initiative', initiative.id)}>
                  {initiative.name}
                </button>
                {result.totals.unpriced ? <span className="unpriced"> · unpriced</span> : null}
              </td>
              <td>{STAGE_LABELS[initiative.governance.stage]}</td>
              <td className="num">{formatMoney(result.totals.cost, currency)}</td>
              <td className="num">{formatMoney(result.totals.value, currency)}</td>
              <td className={`num${result.totals.npv < 0 ? ' negative' : ''}`}>
                {formatMoney(result.totals.npv, currency)}
              </td>
              <td className="num">{percentText(result.totals.roi)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
