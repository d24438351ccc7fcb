import type { InitiativeResult, UnitCostKey } from '../../../../shared/engine'
import { formatUnitMoney } from '../../format'

const ROWS: { label: string; inference: UnitCostKey; full: UnitCostKey; key: string }[] = [
  { label: 'per query', inference: 'inferencePerQuery', full: 'fullPerQuery', key: 'query' },
  { label: 'per active user', inference: 'inferencePerUser', full: 'fullPerUser', key: 'user' },
  { label: 'per outcome', inference: 'inferencePerOutcome', full: 'fullPerOutcome', key: 'outcome' },
]

/** Unit costs in the launch month and the last month, as the engine reports them ("—" where undefined). */
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
  const show = (v: number | null) => (v === null ? '—' : formatUnitMoney(v, currency))
  const first = labels[result.firstActiveMonth] ?? ''
  const last = labels[labels.length - 1] ?? ''
  return (
    <section className="panel" aria-label="Unit economics">
      <h2 className="panel__title">Unit economics</h2>
      <table className="table">
        <thead>
          <tr>
            <th rowSpan={2}>Cost</th>
            <th colSpan={2} className="num">{`${first} (launch)`}</th>
            <th colSpan={2} className="num">
              {last}
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
              <td className="num" data-unit={`first.${r.inference}`}>
                {show(result.unitFirst[r.inference])}
              </td>
              <td className="num" data-unit={`first.${r.full}`}>
                {show(result.unitFirst[r.full])}
              </td>
              <td className="num" data-unit={`last.${r.inference}`}>
                {show(result.unitLast[r.inference])}
              </td>
              <td className="num" data-unit={`last.${r.full}`}>
                {show(result.unitLast[r.full])}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
