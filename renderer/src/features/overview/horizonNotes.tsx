import { formatMoney } from '../../format'
import { KpiCard } from './KpiCard'

/**
 * What the horizon KPIs mean, stated beside them (docs/cost-model.md, section 7): NPV values the
 * months' net as of the first day of the horizon, ROI is undiscounted, and build and one-offs
 * before the horizon are sunk, shown on their own and left out of the horizon's figures.
 */
export function npvNote(firstMonthLabel: string): string {
  return `As of 1 ${firstMonthLabel}`
}

export const ROI_NOTE = 'Undiscounted, over the horizon'

/** The card of the build and one-offs spent before the horizon; nothing when there are none. */
export function BeforeHorizonCard({
  amount,
  firstMonthLabel,
  currency,
}: {
  amount: number
  firstMonthLabel: string
  currency: string
}) {
  if (amount <= 0) return null
  return (
    <KpiCard
      label="Spent before the horizon"
      value={formatMoney(amount, currency)}
      note={
        <span
          title={`Build and one-off costs before ${firstMonthLabel}: sunk, not in the horizon's cost, NPV, ROI or payback`}
        >
          {`Sunk build & one-offs before ${firstMonthLabel}`}
        </span>
      }
    />
  )
}
