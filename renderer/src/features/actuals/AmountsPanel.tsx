import { useMemo } from 'react'
import { NON_TOKEN_DRIVERS, type ActualAmount, type NonTokenDriver } from '../../../../shared/actuals/stored'
import { DRIVER_LABELS } from '../../../../shared/model/drivers'
import { useAppStore } from '../../store'
import type { ActualsActions } from './actualsMutations'
import { MonthGrid, type MonthGridRow } from './MonthGrid'
import type { MonthCellEdit } from './monthGridEdits'

const rowId = (initiativeId: string, driver: NonTokenDriver) => `${initiativeId}|${driver}`

/**
 * Non-token actuals: what each initiative really spent per month on the drivers other than inference
 * (build, integration upkeep, platform, data, evaluation, compliance, shared pools...), typed or pasted.
 */
export function AmountsPanel({
  amounts,
  months,
  currency,
  actions,
}: {
  amounts: readonly ActualAmount[]
  months: readonly string[]
  currency: string
  actions: ActualsActions
}) {
  const initiatives = useAppStore((s) => s.snapshot?.portfolio.initiatives ?? [])
  const rows = useMemo<MonthGridRow[]>(() => {
    const byCell = new Map(amounts.map((a) => [`${rowId(a.initiativeId, a.driver)}|${a.month}`, a.amount]))
    return initiatives.flatMap((i) =>
      NON_TOKEN_DRIVERS.map((d) => ({
        id: rowId(i.id, d),
        group: i.name,
        label: DRIVER_LABELS[d],
        kind: 'money' as const,
        values: Object.fromEntries(months.map((m) => [m, byCell.get(`${rowId(i.id, d)}|${m}`) ?? null])),
      })),
    )
  }, [amounts, initiatives, months])

  async function write(edits: MonthCellEdit[], label: string): Promise<string | null> {
    const cells = edits.map((e) => {
      const [initiativeId = '', driver] = e.rowId.split('|') as [string, NonTokenDriver]
      return { initiativeId, driver, month: e.month, amount: e.value, source: 'typed' }
    })
    const r = await actions.setAmounts(cells, label)
    return r.ok ? null : `${r.error.message}. Nothing was changed.`
  }

  return (
    <section className="panel actuals-panel" aria-label="Other actual costs">
      <p className="view__subtitle">
        Monthly actual amounts of the costs other than inference, per initiative, in {currency}. Type a figure, or paste
        a block from Excel at the selected cell; Ctrl+Z undoes a typed value or a whole paste.
      </p>
      <MonthGrid label="other actual costs" rows={rows} months={months} currency={currency} onWrite={write} />
    </section>
  )
}
