import { useMemo, useState } from 'react'
import type { PortfolioResult } from '../../../../shared/engine/types'
import type { Portfolio } from '../../../../shared/model'
import { EChart } from '../../charts/EChart'
import { formatMoney } from '../../format'
import { spendOption } from './charts/spendOption'
import { ROW_LIMIT, RowLimitNote } from './RowLimit'
import { spendByDriver, spendByInitiative, topRows, type Breakdown, type BudgetYear } from './spendTables'

/** Initiatives drawn one by one in the chart; the rest are summed into "Other initiatives". */
const CHART_INITIATIVES = 8

const BREAKDOWNS: { value: Breakdown; label: string }[] = [
  { value: 'driver', label: 'By driver' },
  { value: 'initiative', label: 'By initiative' },
]

/** Spend per year against the budget, stacked by driver or initiative, with the table behind the chart. */
export function SpendPanel({
  portfolio,
  result,
  years,
}: {
  portfolio: Portfolio
  result: PortfolioResult
  years: readonly BudgetYear[]
}) {
  const [breakdown, setBreakdown] = useState<Breakdown>('driver')
  const [showAll, setShowAll] = useState(false)
  const currency = portfolio.settings.currency
  const rows = useMemo(
    () => (breakdown === 'driver' ? spendByDriver(result, portfolio.settings) : spendByInitiative(portfolio, result)),
    [breakdown, portfolio, result],
  )
  const option = useMemo(
    () => spendOption(years, topRows(rows, CHART_INITIATIVES, 'Other initiatives'), currency),
    [years, rows, currency],
  )
  const money = (x: number) => formatMoney(x, currency)
  const total = years.reduce((s, y) => s + y.spend, 0)
  const toggle = (
    <div className="budget-toggle" role="group" aria-label="Break spend down">
      {BREAKDOWNS.map((b) => (
        <button
          key={b.value}
          type="button"
          className={`btn budget-toggle__btn${breakdown === b.value ? ' budget-toggle__btn--on' : ''}`}
          aria-pressed={breakdown === b.value}
          onClick={() => setBreakdown(b.value)}
        >
          {b.label}
        </button>
      ))}
    </div>
  )
  return (
    <div className="budget-spend">
      <EChart title="Spend per year vs budget" option={option} height={380} />
      <section className="panel budget-spend__table" aria-label="Spend per year">
        <div className="budget-panel-head">
          <h2 className="panel__title">{breakdown === 'driver' ? 'Spend by driver' : 'Spend by initiative'}</h2>
          {toggle}
        </div>
        <div className={breakdown === 'initiative' ? 'budget-scroll' : 'budget-scroll-x'}>
          <table className="table budget-table" data-testid="budget-spend-table">
            <thead>
              <tr>
                <th>{breakdown === 'driver' ? 'Driver' : 'Initiative'}</th>
                {years.map((y) => (
                  <th key={y.year} className="num">
                    {y.label}
                  </th>
                ))}
                <th className="num">Horizon</th>
              </tr>
            </thead>
            <tbody>
              {(showAll ? rows : rows.slice(0, ROW_LIMIT)).map((r) => (
                <tr key={r.key} data-row={r.key}>
                  <td className="budget-name">{r.label}</td>
                  {r.years.map((x, i) => (
                    <td key={years[i]?.year ?? i} className="num">
                      {money(x)}
                    </td>
                  ))}
                  <td className="num">{money(r.total)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="budget-total" data-row="total">
                <th>Total spend</th>
                {years.map((y) => (
                  <td key={y.year} className="num" data-year={y.year}>
                    {money(y.spend)}
                  </td>
                ))}
                <td className="num">{money(total)}</td>
              </tr>
              <tr>
                <th>Budget</th>
                {years.map((y) => (
                  <td key={y.year} className="num">
                    {y.budget === null ? '—' : money(y.budget)}
                  </td>
                ))}
                <td />
              </tr>
              <tr>
                <th>Budget less reserve</th>
                {years.map((y) => (
                  <td key={y.year} className="num">
                    {y.available === null ? '—' : money(y.available)}
                  </td>
                ))}
                <td />
              </tr>
              <tr>
                <th>Over (+) / under (−) budget</th>
                {years.map((y) => (
                  <OverCell key={y.year} over={y.budget === null ? null : y.spend - y.budget} money={money} />
                ))}
                <td />
              </tr>
            </tfoot>
          </table>
          <RowLimitNote
            shown={showAll ? rows.length : Math.min(rows.length, ROW_LIMIT)}
            total={rows.length}
            onShowAll={() => setShowAll(true)}
          />
        </div>
      </section>
    </div>
  )
}

function OverCell({ over, money }: { over: number | null; money: (x: number) => string }) {
  return <td className={`num${over !== null && over > 0 ? ' negative' : ''}`}>{over === null ? '—' : money(over)}</td>
}
