import {
  FIRST_ACTIVE_MONTH_LABEL,
  type InitiativeResult,
  type UnitCostKey,
  type UnitCosts,
} from '../../../../shared/engine'
import { formatUnitMoney } from '../../format'

const ROWS: { label: string; inference: UnitCostKey; full: UnitCostKey; key: string }[] = [
  { label: 'per query', inference: 'inferencePerQuery', full: 'fullPerQuery', key: 'query' },
  { label: 'per active user', inference: 'inferencePerUser', full: 'fullPerUser', key: 'user' },
  { label: 'per outcome', inference: 'inferencePerOutcome', full: 'fullPerOutcome', key: 'outcome' },
]

const UNPRICED_TITLE = 'Lower bound: a model price this month needs is unknown and counted as 0'

/**
 * Unit costs in the first active month and the last month, as the engine reports them ("—" where
 * undefined). A month with an unknown model price is marked: its figures are lower bounds.
 */
export function UnitEconomics({
  result,
  labels,
  currency,
  outcomeName,
}: {
  result: InitiativeResult
  labels: string[]
  currency: string
  outcomeName: string
}) {
  const first = labels[result.firstActiveMonth] ?? ''
  const last = labels[labels.length - 1] ?? ''
  const cell = (units: UnitCosts, key: UnitCostKey, at: string) => {
    const v = units[key]
    if (v === null)
      return (
        <td className="num" data-unit={at}>
          —
        </td>
      )
    return units.unpriced ? (
      <td className="num unit-cost--unpriced" data-unit={at} data-unpriced="true" title={UNPRICED_TITLE}>
        {`≥ ${formatUnitMoney(v, currency)}`}
        <span className="unpriced"> · unpriced</span>
      </td>
    ) : (
      <td className="num" data-unit={at}>
        {formatUnitMoney(v, currency)}
      </td>
    )
  }
  return (
    <section className="panel" aria-label="Unit economics">
      <h2 className="panel__title">Unit economics</h2>
      <table className="table">
        <thead>
          <tr>
            <th rowSpan={2}>Cost</th>
            <th
              colSpan={2}
              className="num"
              title="The launch month, or the horizon's first month if launched before it"
            >
              {`${first} (${FIRST_ACTIVE_MONTH_LABEL.toLowerCase()})`}
            </th>
            <th colSpan={2} className="num">
              {`${last} (last month)`}
            </th>
          </tr>
          <tr>
            <th className="num">Inference</th>
            <th className="num">Fully loaded</th>
            <th className="num">Inference</th>
            <th className="num">Fully loaded</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((r) => (
            <tr key={r.key}>
              <td>{r.key === 'outcome' && outcomeName ? `per ${outcomeName}` : r.label}</td>
              {cell(result.unitFirst, r.inference, `first.${r.inference}`)}
              {cell(result.unitFirst, r.full, `first.${r.full}`)}
              {cell(result.unitLast, r.inference, `last.${r.inference}`)}
              {cell(result.unitLast, r.full, `last.${r.full}`)}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
