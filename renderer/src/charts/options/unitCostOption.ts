import type { ChartOption } from '../echartsCore'
import { formatUnitMoney } from '../../format'

export interface UnitCostLine {
  name: string
  /** One value per month; null where the month has no volume (drawn as a gap, never as zero). */
  data: (number | null)[]
  color: string
  dashed: boolean
}

/** Runs of consecutive unpriced months as [first, last] label pairs. */
function unpricedRuns(labels: string[], unpriced: ArrayLike<number>): [{ xAxis: string }, { xAxis: string }][] {
  const runs: [{ xAxis: string }, { xAxis: string }][] = []
  for (let t = 0; t < labels.length; t++) {
    if (!unpriced[t]) continue
    const from = t
    while (t + 1 < labels.length && unpriced[t + 1]) t++
    runs.push([{ xAxis: labels[from] ?? '' }, { xAxis: labels[t] ?? '' }])
  }
  return runs
}

/**
 * Unit cost over time: inference-only and fully loaded lines; null months are gaps. Months whose
 * unit costs leave out an unknown price (`unpriced[t]` = 1: lower bounds) are shaded and labelled.
 */
export function unitCostOption(
  labels: string[],
  lines: UnitCostLine[],
  currency: string,
  unpriced: ArrayLike<number> = [],
): ChartOption {
  const money = (v: unknown) => (typeof v === 'number' ? formatUnitMoney(v, currency) : '—')
  const runs = unpricedRuns(labels, unpriced)
  return {
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, textStyle: { fontSize: 11 } },
    tooltip: { trigger: 'axis', valueFormatter: money },
    xAxis: { type: 'category', data: labels, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: (v: number) => formatUnitMoney(v, currency) } },
    series: lines.map((l, i) => ({
      type: 'line' as const,
      name: l.name,
      color: l.color,
      data: l.data,
      connectNulls: false,
      symbol: 'none',
      lineStyle: { width: 2, type: l.dashed ? ('dashed' as const) : ('solid' as const) },
      ...(i === 0 && runs.length > 0
        ? {
            markArea: {
              silent: true,
              itemStyle: { color: 'rgba(240, 176, 74, 0.18)' },
              label: {
                show: true,
                position: 'insideTop' as const,
                color: '#a15c00',
                fontSize: 11,
                formatter: 'Unpriced',
              },
              data: runs,
            },
          }
        : {}),
    })),
  }
}
