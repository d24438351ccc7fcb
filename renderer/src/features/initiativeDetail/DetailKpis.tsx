import type { InitiativeResult } from '../../../../shared/engine'
import { formatMoney } from '../../format'
import { percentText } from '../../charts/options/percentText'
import { BeforeHorizonCard, npvNote, ROI_NOTE } from '../overview/horizonNotes'
import { KpiCard } from '../overview/KpiCard'

/** Horizon KPIs of one initiative, read from its engine totals. */
export function DetailKpis({
  result,
  labels,
  currency,
}: {
  result: InitiativeResult
  labels: string[]
  currency: string
}) {
  const t = result.totals
  const payback = t.paybackMonth === null ? null : (labels[t.paybackMonth] ?? null)
  return (
    <div className="kpi-strip">
      <KpiCard
        label="Horizon cost"
        value={formatMoney(t.cost, currency)}
        note={t.unpriced ? 'Partly unpriced' : undefined}
        tone={t.unpriced ? 'warn' : 'neutral'}
      />
      <KpiCard label="Value" value={formatMoney(t.value, currency)} />
      <KpiCard
        label="NPV"
        value={formatMoney(t.npv, currency)}
        note={npvNote(labels[0] ?? '')}
        tone={t.npv >= 0 ? 'good' : 'bad'}
      />
      <KpiCard
        label="ROI"
        value={percentText(t.roi)}
        note={t.roi === null ? 'No cost in the horizon' : ROI_NOTE}
        tone={t.roi === null ? 'neutral' : t.roi >= 0 ? 'good' : 'bad'}
      />
      <KpiCard
        label="Payback"
        value={payback ?? 'None'}
        note={
          payback
            ? `Month ${String((t.paybackMonth ?? 0) + 1)} of the horizon`
            : t.cost === 0
              ? 'Nothing spent to pay back'
              : 'Not within the horizon'
        }
        tone={payback ? 'good' : 'warn'}
      />
      <BeforeHorizonCard amount={t.costBeforeHorizon} firstMonthLabel={labels[0] ?? ''} currency={currency} />
    </div>
  )
}
