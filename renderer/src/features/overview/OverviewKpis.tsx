import type { YearSpend } from '../../../../shared/decisions/budget'
import type { Totals } from '../../../../shared/engine'
import { formatMoney } from '../../format'
import { percentText } from '../../charts/options/percentText'
import { KpiCard } from './KpiCard'

/** Portfolio KPIs over the horizon, and spend against budget for each calendar year. */
export function OverviewKpis({
  totals,
  years,
  currency,
}: {
  totals: Totals
  years: readonly YearSpend[]
  currency: string
}) {
  const overYears = years.filter((y) => y.over !== null && y.over > 0)
  const budgeted = years.some((y) => y.budget !== null)
  return (
    <div className="kpi-strip">
      <KpiCard
        label="Horizon cost"
        value={formatMoney(totals.cost, currency)}
        note={totals.unpriced ? 'Partly unpriced' : `${String(years.reduce((s, y) => s + y.months, 0))} months`}
        tone={totals.unpriced ? 'warn' : 'neutral'}
      />
      <KpiCard label="Value" value={formatMoney(totals.value, currency)} />
      <KpiCard label="NPV" value={formatMoney(totals.npv, currency)} tone={totals.npv >= 0 ? 'good' : 'bad'} />
      <KpiCard
        label="ROI"
        value={percentText(totals.roi)}
        tone={totals.roi === null ? 'neutral' : totals.roi >= 0 ? 'good' : 'bad'}
      />
      <KpiCard
        label="Spend vs budget"
        value={
          !budgeted ? 'No budget' : overYears.length === 0 ? 'Within budget' : `Over in ${String(overYears.length)} yr`
        }
        note={
          !budgeted
            ? 'Set an annual budget below'
            : overYears.length === 0
              ? 'Every year of the horizon'
              : overYears.map((y) => String(y.year)).join(', ')
        }
        tone={!budgeted ? 'neutral' : overYears.length === 0 ? 'good' : 'bad'}
      />
    </div>
  )
}
