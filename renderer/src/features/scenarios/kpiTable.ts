import { FIRST_ACTIVE_MONTH_LABEL } from '../../../../shared/engine'
import type { ComparisonEntity, KpiDelta, KpiRow, KpiUnit } from '../../../../shared/engine/scenarios'
import { formatMoney, formatMonthIndex, formatNumber, formatPercent, formatUnitMoney } from '../../format'

/** A titled block of the KPI table; the engine's rows, grouped and relabelled for reading. */
export interface KpiSection {
  title: string
  rows: (KpiRow & { shortLabel: string })[]
}

const SECTIONS: { title: string; match: (key: string) => boolean }[] = [
  { title: 'Horizon cost by driver', match: (k) => k.startsWith('cost.') },
  { title: 'Horizon totals', match: (k) => ['cost', 'value', 'net', 'npv', 'roi', 'paybackMonth'].includes(k) },
  { title: `Unit costs, ${FIRST_ACTIVE_MONTH_LABEL.toLowerCase()}`, match: (k) => k.startsWith('first.') },
  { title: 'Unit costs, last month of the horizon', match: (k) => k.startsWith('last.') },
  { title: 'Spend vs budget', match: (k) => k.startsWith('spend.') || k.startsWith('overBudget.') },
]

/** "First active month: full cost per query" reads "Full cost per query" under its section title. */
function shortLabel(label: string): string {
  const i = label.indexOf(': ')
  const rest = i < 0 ? label : label.slice(i + 2)
  return rest.charAt(0).toUpperCase() + rest.slice(1)
}

/** A driver that costs nothing in every compared case says nothing: its row is left out. */
function isEmptyDriverRow(row: KpiRow): boolean {
  return row.key.startsWith('cost.') && row.values.every((v) => v === null || v === 0)
}

export function kpiSections(entity: ComparisonEntity): KpiSection[] {
  return SECTIONS.map(({ title, match }) => ({
    title,
    rows: entity.rows
      .filter((r) => match(r.key) && !isEmptyDriverRow(r))
      .map((r) => ({ ...r, shortLabel: shortLabel(r.label) })),
  })).filter((s) => s.rows.length > 0)
}

/** A KPI value for display; null (no volume, no payback within the horizon) is a dash. */
export function formatKpi(value: number | null, unit: KpiUnit, currency: string, startMonth: string): string {
  if (value === null) return '—'
  switch (unit) {
    case 'money':
      return formatMoney(value, currency)
    case 'unitMoney':
      return formatUnitMoney(value, currency)
    case 'ratio':
      return formatPercent(value, 1)
    case 'month':
      return formatMonthIndex(startMonth, value)
  }
}

/**
 * A change below a billionth of the baseline is floating-point noise (sums taken in another
 * order), not an effect of the scenario: it reads as no change.
 */
export function isNoise(delta: KpiDelta): boolean {
  return delta.amount === 0 || (delta.percent !== null && Math.abs(delta.percent) < 1e-9)
}

const sign = (x: number) => (x > 0 ? '+' : x < 0 ? '−' : '')

/** The change to the baseline: "+$1,200", "−$0.0012", "+4.5 pts", "+2 mo"; null when either side has none. */
export function formatDeltaAmount(delta: KpiDelta, unit: KpiUnit, currency: string): string {
  const a = delta.amount
  if (a === null) return '—'
  if (isNoise(delta)) return '±0'
  const abs = Math.abs(a)
  switch (unit) {
    case 'money':
      return `${sign(a)}${formatMoney(abs, currency)}`
    case 'unitMoney':
      return `${sign(a)}${formatUnitMoney(abs, currency)}`
    case 'ratio':
      return `${sign(a)}${formatNumber(abs * 100, abs < 0.001 ? 2 : 1)} pts`
    case 'month':
      return `${sign(a)}${formatNumber(abs, 0)} mo`
  }
}

/** The change as a share of |baseline|: "+12.5%"; a dash when the baseline is zero or missing. */
export function formatDeltaPercent(delta: KpiDelta): string {
  const p = delta.percent
  if (p === null) return '—'
  if (isNoise(delta)) return '±0%'
  // Small changes keep two significant decimals rather than reading as 0%.
  const abs = Math.abs(p)
  if (abs < 0.0001) return `${sign(p)}<0.01%`
  return `${sign(p)}${formatPercent(abs, abs < 0.001 ? 2 : 1)}`
}

/** Whether a rise of this KPI is good news (value, net, NPV, ROI) rather than bad (costs, payback later). */
function riseIsGood(key: string): boolean {
  return key === 'value' || key === 'net' || key === 'npv' || key === 'roi'
}

/** 'good', 'bad' or 'same', for colouring a delta. */
export function deltaTone(key: string, delta: KpiDelta): 'good' | 'bad' | 'same' {
  const a = delta.amount
  if (a === null || isNoise(delta)) return 'same'
  return a > 0 === riseIsGood(key) ? 'good' : 'bad'
}

/**
 * The change shown under a scenario's figure: "no change", or amount and percent. A payback
 * month's change is in months only (a percentage of a month number means nothing).
 */
export function formatDelta(delta: KpiDelta, unit: KpiUnit, currency: string): string {
  if (isNoise(delta)) return 'no change'
  const amount = formatDeltaAmount(delta, unit, currency)
  return unit === 'month' ? amount : `${amount} · ${formatDeltaPercent(delta)}`
}
