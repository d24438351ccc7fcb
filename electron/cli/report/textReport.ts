import { DRIVER_LABELS, DRIVERS } from '../../../shared/engine'
import type { ComputeReport, InitiativeKpis, KpiTotals } from './kpis'
import { type Column, renderTable } from './table'

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })

function money(x: number): string {
  return whole.format(Math.round(x) === 0 ? 0 : x)
}

function unit(x: number | null): string {
  if (x === null) return '-'
  return Math.abs(x) >= 100 ? whole.format(x) : x.toFixed(4)
}

function percent(x: number | null): string {
  return x === null ? '-' : `${(x * 100).toFixed(1)}%`
}

type Row = { name: string; kpis: KpiTotals; units: InitiativeKpis['unitCosts']; item?: InitiativeKpis }

const kpiColumns: Column<Row>[] = [
  { header: 'Initiative', align: 'left', cell: (r) => r.name },
  { header: 'Stage', align: 'left', cell: (r) => r.item?.stage ?? '' },
  { header: 'Launch', align: 'left', cell: (r) => r.item?.launchCalendarMonth ?? '' },
  { header: 'Cost', align: 'right', cell: (r) => money(r.kpis.cost) },
  { header: 'Value', align: 'right', cell: (r) => money(r.kpis.value) },
  { header: 'Net', align: 'right', cell: (r) => money(r.kpis.net) },
  { header: 'NPV', align: 'right', cell: (r) => money(r.kpis.npv) },
  { header: 'ROI', align: 'right', cell: (r) => percent(r.kpis.roi) },
  { header: 'Payback', align: 'left', cell: (r) => r.kpis.paybackCalendarMonth ?? '-' },
  { header: 'Inf/query first', align: 'right', cell: (r) => unit(r.units.first.inferencePerQuery) },
  { header: 'Inf/query last', align: 'right', cell: (r) => unit(r.units.last.inferencePerQuery) },
  { header: 'Full/query last', align: 'right', cell: (r) => unit(r.units.last.fullPerQuery) },
  { header: 'Full/user last', align: 'right', cell: (r) => unit(r.units.last.fullPerUser) },
  { header: 'Full/outcome last', align: 'right', cell: (r) => unit(r.units.last.fullPerOutcome) },
  { header: 'Priced', align: 'left', cell: (r) => (r.kpis.unpriced ? 'UNPRICED' : 'yes') },
]

const driverColumns: Column<Row>[] = [
  { header: 'Initiative', align: 'left', cell: (r) => r.name },
  ...DRIVERS.map((d): Column<Row> => ({
    header: DRIVER_LABELS[d],
    align: 'right',
    cell: (r) => money(r.kpis.costByDriver[d]),
  })),
  { header: 'Total', align: 'right', cell: (r) => money(r.kpis.cost) },
]

/** The compute report as aligned text tables, money rounded to whole units of the currency. */
export function renderComputeReport(report: ComputeReport): string {
  const p = report.portfolio
  const rows: Row[] = report.initiatives.map((item) => ({ name: item.name, kpis: item, units: item.unitCosts, item }))
  const total: Row[] = [{ name: 'Portfolio total', kpis: p, units: p.unitCosts }]
  const unpriced = report.initiatives.filter((i) => i.unpriced)
  const notes = [
    `${p.name}`,
    `${p.initiativeCount} initiatives, ${p.startMonth} to ${p.endMonth} (${p.horizonMonths} months), money in ${p.currency}; unit costs per query, active user and outcome (inference only or fully loaded) in the first month after launch and in ${p.endMonth}.`,
    '',
    renderTable(kpiColumns, rows, total),
    `Horizon cost by driver (${p.currency})`,
    renderTable(driverColumns, rows, total),
  ]
  if (p.unallocatedShared !== 0) notes.push(`Shared cost carried by no initiative: ${money(p.unallocatedShared)}`, '')
  if (unpriced.length > 0) {
    notes.push(
      'UNPRICED: these figures leave out costs whose model price is unknown (null) in the price book:',
      ...unpriced.map((i) => `  - ${i.name}: ${i.unpricedModels.join(', ')}`),
      '',
    )
  }
  return notes.join('\n')
}
