import { useMemo } from 'react'
import { reserveAmount } from '../../../../shared/decisions/budget'
import type { YearSpend } from '../../../../shared/engine/calendar'
import type { PortfolioSettings } from '../../../../shared/model'
import { EChart } from '../../charts/EChart'
import { formatMoney } from '../../format'
import { budgetOption } from '../../charts/options/budgetOption'
import { NO_UPDATE_ANIMATION } from './chartUpdates'

/** Spend per calendar year against the annual budget (pro rata in part years), chart and table. */
export function BudgetPanel({ years, settings }: { years: readonly YearSpend[]; settings: PortfolioSettings }) {
  const currency = settings.currency
  const option = useMemo(() => ({ ...budgetOption(years, currency), ...NO_UPDATE_ANIMATION }), [years, currency])
  const budget = settings.annualBudget
  const reserve = settings.experimentationReserve
  return (
    <EChart
      title="Spend vs annual budget"
      option={option}
      height={260}
      footer={
        <>
          <table className="table" aria-label="Spend per year">
            <thead>
              <tr>
                <th>Year</th>
                <th className="num">Spend</th>
                <th className="num">Budget</th>
                <th className="num">Over (+) / under (−)</th>
              </tr>
            </thead>
            <tbody>
              {years.map((y) => (
                <tr key={y.year}>
                  <td>{y.months < 12 ? `${String(y.year)} (${String(y.months)} months)` : String(y.year)}</td>
                  <td className="num">{formatMoney(y.spend, currency)}</td>
                  <td className="num">{y.budget === null ? '—' : formatMoney(y.budget, currency)}</td>
                  <td className={`num${y.over !== null && y.over > 0 ? ' negative' : ''}`}>
                    {y.over === null ? '—' : formatMoney(y.over, currency)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {budget !== null ? (
            <div className="view__subtitle budget-reserve" data-testid="reserve">
              {`Experimentation reserve: ${formatMoney(reserveAmount(budget, reserve), currency)} a year${
                reserve.kind === 'share' ? ` (${String(Number((reserve.value * 100).toFixed(2)))}% of the budget)` : ''
              }.`}
            </div>
          ) : null}
        </>
      }
    />
  )
}
