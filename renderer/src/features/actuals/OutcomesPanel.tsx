import { useMemo } from 'react'
import type { MeasuredOutcome, OutcomeCell } from '../../../../shared/actuals/stored'
import { useAppStore } from '../../store'
import type { ActualsActions } from './actualsMutations'
import { MonthGrid, type MonthGridRow } from './MonthGrid'
import type { MonthCellEdit } from './monthGridEdits'

type Measure = 'metricValue' | 'outcomesCounted' | 'valueRealised'
const MEASURES: readonly { id: Measure; label: string; kind: MonthGridRow['kind'] }[] = [
  { id: 'metricValue', label: 'Success metric (measured)', kind: 'number' },
  { id: 'outcomesCounted', label: 'Outcomes counted', kind: 'number' },
  { id: 'valueRealised', label: 'Value realised', kind: 'money' },
]

/** The outcome of an initiative's month with `edits` applied; null when nothing is left in it. */
function editedOutcome(
  before: MeasuredOutcome | undefined,
  edits: readonly { measure: Measure; value: number | null }[],
): OutcomeCell['outcome'] {
  const next = {
    metricValue: before?.metricValue ?? null,
    outcomesCounted: before?.outcomesCounted ?? null,
    valueRealised: before?.valueRealised ?? null,
    source: before?.source ?? 'typed',
  }
  for (const e of edits) next[e.measure] = e.value
  return next.metricValue === null && next.outcomesCounted === null && next.valueRealised === null ? null : next
}

/**
 * Measured outcomes: per initiative and month, the measured value of its success metric (compared
 * with its framing's baseline and target), the outcomes counted and the value realised.
 */
export function OutcomesPanel({
  outcomes,
  months,
  currency,
  actions,
}: {
  outcomes: readonly MeasuredOutcome[]
  months: readonly string[]
  currency: string
  actions: ActualsActions
}) {
  const initiatives = useAppStore((s) => s.snapshot?.portfolio.initiatives ?? [])
  const byMonth = useMemo(() => new Map(outcomes.map((o) => [`${o.initiativeId}|${o.month}`, o])), [outcomes])
  const rows = useMemo<MonthGridRow[]>(
    () =>
      initiatives.flatMap((i) =>
        MEASURES.map((m) => ({
          id: `${i.id}|${m.id}`,
          group: i.name,
          label: m.id === 'metricValue' && i.governance.successMetric ? i.governance.successMetric : m.label,
          kind: m.kind,
          values: Object.fromEntries(months.map((month) => [month, byMonth.get(`${i.id}|${month}`)?.[m.id] ?? null])),
        })),
      ),
    [initiatives, months, byMonth],
  )

  async function write(edits: MonthCellEdit[], label: string): Promise<string | null> {
    const grouped = new Map<string, { measure: Measure; value: number | null }[]>()
    for (const e of edits) {
      const [initiativeId = '', measure] = e.rowId.split('|') as [string, Measure]
      const key = `${initiativeId}|${e.month}`
      grouped.set(key, [...(grouped.get(key) ?? []), { measure, value: e.value }])
    }
    const cells: OutcomeCell[] = [...grouped].map(([key, list]) => {
      const [initiativeId = '', month = ''] = key.split('|')
      return { initiativeId, month, outcome: editedOutcome(byMonth.get(key), list) }
    })
    const r = await actions.setOutcomes(cells, label)
    return r.ok ? null : `${r.error.message}. Nothing was changed.`
  }

  return (
    <section className="panel actuals-panel" aria-label="Measured outcomes">
      <p className="view__subtitle">
        What each initiative achieved per month: its success metric as measured, the outcomes counted and the value
        realised in {currency}. These are what the ROI framing’s baseline and target are compared with.
      </p>
      <MonthGrid label="measured outcomes" rows={rows} months={months} currency={currency} onWrite={write} />
    </section>
  )
}
