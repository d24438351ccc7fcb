import { DRIVER_LABELS, DRIVERS } from '../../../shared/engine'
import type { ComputeReport, InitiativeKpis, KpiTotals } from './kpis'
import { type Column, renderTable } from './table'

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })

function money(x: number): string {
  return whole.format(Math.round(x) === 0 ? 0 : x)
}

/** A unit cost; "*" marks an unpriced month's (a lower bound: an unknown price counted as 0). */
function unit(x: number | null, unpriced: boolean): string {
  if (x === null) return '-'
  const text = Math.abs(x) >= 100 ? whole.format(x) : x.toFixed(4)
  return unpriced ? `${text}*` : text
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
  { header: 'Before horizon', align: 'right', cell: (r) => money(r.kpis.costBeforeHorizon) },
  {
    header: 'Inf/query first',
    align: 'right',
    cell: (r) => unit(r.units.first.inferencePerQuery, r.units.first.unpriced),
  },
  { header: 'Full/query first', align: 'right', cell: (r) => unit(r.units.first.fullPerQuery, r.units.first.unpriced) },
  {
    header: 'Inf/query last',
    align: 'right',
    cell: (r) => unit(r.units.last.inferencePerQuery, r.units.last.unpriced),
  },
  { header: 'Full/query last', align: 'right', cell: (r) => unit(r.units.last.fullPerQuery, r.units.last.unpriced) },
  { header: 'Full/user last', align: 'right', cell: (r) => unit(r.units.last.fullPerUser, r.units.last.unpriced) },
  {
    header: 'Full/outcome last',
    align: 'right',
    cell: (r) => unit(r.units.last.fullPerOutcome, r.units.last.unpriced),
  },
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
  const anyUnitUnpriced = [p, ...report.initiatives].some(
    (r) => r.unitCosts.first.unpriced || r.unitCosts.last.unpriced,
  )
  const notes = [
    `${p.name}`,
    `${p.initiativeCount} initiatives, ${p.startMonth} to ${p.endMonth} (${p.horizonMonths} months), money in ${p.currency}; unit costs per query, active user and outcome (inference only or fully loaded) in the first active month (the portfolio's: ${p.unitCosts.first.calendarMonth}) and in ${p.endMonth}.`,
    `NPV as of ${p.npvAsOf} (the first day of the horizon); ROI undiscounted; payback is the first month by which money spent is recovered. Before horizon: build and one-offs spent before ${p.startMonth}, sunk and not in cost, NPV, ROI or payback.`,
    '',
    renderTable(kpiColumns, rows, total),
    `Horizon cost by driver (${p.currency})`,
    renderTable(driverColumns, rows, total),
  ]
  if (anyUnitUnpriced)
    notes.push(
      '* unpriced month: a model price it needs is unknown and counted as 0, so the unit cost is a lower bound.',
      '',
    )
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
