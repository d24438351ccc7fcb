import type { YearSpend } from '../../../../shared/engine/calendar'
import type { Totals } from '../../../../shared/engine'
import { formatMoney } from '../../format'
import { percentText } from '../../charts/options/percentText'
import { BeforeHorizonCard, npvNote, ROI_NOTE } from './horizonNotes'
import { KpiCard } from './KpiCard'

/**
 * Portfolio KPIs over the horizon, what was spent before it, and spend against budget for each
 * calendar year. `firstMonthLabel` names month 0 ('Jan 2026').
 */
export function OverviewKpis({
  totals,
  years,
  currency,
  firstMonthLabel,
}: {
  totals: Totals
  years: readonly YearSpend[]
  currency: string
  firstMonthLabel: string
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
      <KpiCard
        label="NPV"
        value={formatMoney(totals.npv, currency)}
        note={npvNote(firstMonthLabel)}
        tone={totals.npv >= 0 ? 'good' : 'bad'}
      />
      <KpiCard
        label="ROI"
        value={percentText(totals.roi)}
        note={ROI_NOTE}
        tone={totals.roi === null ? 'neutral' : totals.roi >= 0 ? 'good' : 'bad'}
      />
      <BeforeHorizonCard amount={totals.costBeforeHorizon} firstMonthLabel={firstMonthLabel} currency={currency} />
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
