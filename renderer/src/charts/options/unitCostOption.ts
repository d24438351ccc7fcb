import type { ChartOption } from '../echartsCore'
import { formatUnitMoney } from '../../format'

export interface UnitCostLine {
  name: string
  /** One value per month; null where the month has no volume (drawn as a gap, never as zero). */
  data: (number | null)[]
  color: string
  dashed: boolean
}

/** Unit cost over time: inference-only and fully loaded lines; null months are gaps. */
export function unitCostOption(labels: string[], lines: UnitCostLine[], currency: string): ChartOption {
  const money = (v: unknown) => (typeof v === 'number' ? formatUnitMoney(v, currency) : '—')
  return {
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, textStyle: { fontSize: 11 } },
    tooltip: { trigger: 'axis', valueFormatter: money },
    xAxis: { type: 'category', data: labels, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: (v: number) => formatUnitMoney(v, currency) } },
    series: lines.map((l) => ({
      type: 'line' as const,
      name: l.name,
      color: l.color,
      data: l.data,
      connectNulls: false,
      symbol: 'none',
      lineStyle: { width: 2, type: l.dashed ? ('dashed' as const) : ('solid' as const) },
    })),
  }
}
