import type { ChartOption } from '../../../charts/echartsCore'
import { DRIVER_COLORS, MARK_COLOR, SERIES_COLORS } from '../../../charts/palette'
import { formatMoneyCompact } from '../../../format'
import { DRIVERS, type Driver } from '../../../../../shared/engine/types'
import type { BudgetYear, SpendRow } from '../spendTables'

const OTHER_COLOR = '#8c93a0'
const AVAILABLE_COLOR = '#1f9d55'

const isDriver = (key: string): key is Driver => (DRIVERS as readonly string[]).includes(key)

function rowColor(row: SpendRow, index: number): string {
  if (isDriver(row.key)) return DRIVER_COLORS[row.key]
  if (row.key === 'other') return OTHER_COLOR
  // Initiatives take the many-series colours (drivers keep their own); "Other" is grey.
  return SERIES_COLORS[index % SERIES_COLORS.length] ?? OTHER_COLOR
}

/**
 * Lines the plain legend wraps onto under the chart, packing entries (marker, gap, ~6.5 px a
 * character at 11 px) into the narrowest card the layout gives the chart, so the axis keeps its labels.
 */
export function legendLines(names: readonly string[], width = 380): number {
  let lines = names.length > 0 ? 1 : 0
  let used = 0
  for (const name of names) {
    const w = 14 + 5 + name.length * 6.5 + 10
    if (used > 0 && used + w > width) {
      lines += 1
      used = 0
    }
    used += w
  }
  return lines
}

/** Spend per year stacked by row (driver or initiative), with the budget and the budget less the reserve as lines. */
export function spendOption(years: readonly BudgetYear[], rows: readonly SpendRow[], currency: string): ChartOption {
  const money = (v: unknown) => (typeof v === 'number' ? formatMoneyCompact(v, currency) : '—')
  const hasBudget = years.some((y) => y.budget !== null)
  const line = (name: string, color: string, type: 'dashed' | 'dotted', data: (number | null)[]) => ({
    type: 'line' as const,
    name,
    color,
    symbol: 'rect',
    symbolSize: 8,
    z: 5,
    lineStyle: { type, width: 2 },
    data,
  })
  const names = [...rows.map((r) => r.label), ...(hasBudget ? ['Budget', 'Budget less reserve'] : [])]
  return {
    grid: { left: 8, right: 16, top: 12, bottom: 20 + 17 * legendLines(names), containLabel: true },
    legend: { type: 'plain', bottom: 0, left: 0, right: 0, itemWidth: 14, itemHeight: 9, textStyle: { fontSize: 11 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: money },
    xAxis: { type: 'category', data: years.map((y) => y.label) },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatMoneyCompact(v, currency) } },
    series: [
      ...rows.map((r, i) => ({
        type: 'bar' as const,
        name: r.label,
        stack: 'spend',
        color: rowColor(r, i),
        barMaxWidth: 72,
        data: r.years,
      })),
      ...(hasBudget
        ? [
            line(
              'Budget',
              MARK_COLOR,
              'dashed',
              years.map((y) => y.budget),
            ),
            line(
              'Budget less reserve',
              AVAILABLE_COLOR,
              'dotted',
              years.map((y) => y.available),
            ),
          ]
        : []),
    ],
  }
}
