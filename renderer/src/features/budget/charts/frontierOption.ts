import type { FrontierPoint } from '../../../../../shared/decisions/optimiser'
import type { ChartOption } from '../../../charts/echartsCore'
import { MARK_COLOR, NET_COLOR } from '../../../charts/palette'
import { formatMoneyCompact } from '../../../format'

export interface FrontierInput {
  points: readonly FrontierPoint[]
  /** Money available to the optimiser (the budget after the reserve, in the constraint's terms). */
  available: number
  /** The suggestion: what it spends (as the constraint counts) and the objective it reaches. */
  suggested: { spend: number; value: number }
  objectiveLabel: string
  constraintLabel: string
  currency: string
}

/** Best achievable objective for each budget level as a step-like line, the available budget as a vertical mark. */
export function frontierOption({
  points,
  available,
  suggested,
  objectiveLabel,
  constraintLabel,
  currency,
}: FrontierInput): ChartOption {
  const money = (v: number) => formatMoneyCompact(v, currency)
  const last = points[points.length - 1]?.budget ?? 0
  return {
    grid: { left: 8, right: 24, top: 40, bottom: 28, containLabel: true },
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const first = Array.isArray(params) ? (params[0] as { value?: unknown } | undefined) : undefined
        const v = first?.value
        if (!Array.isArray(v) || typeof v[0] !== 'number' || typeof v[1] !== 'number') return ''
        return `${constraintLabel} ${money(v[0])}<br/>${objectiveLabel} ${money(v[1])}`
      },
    },
    xAxis: {
      type: 'value',
      name: constraintLabel,
      nameLocation: 'middle',
      nameGap: 24,
      max: Math.max(last, available) * 1.04 || 1,
      axisLabel: { formatter: (v: number) => money(v) },
    },
    yAxis: {
      type: 'value',
      name: objectiveLabel,
      axisLabel: { formatter: (v: number) => money(v) },
    },
    series: [
      {
        type: 'line',
        name: 'Efficient frontier',
        color: NET_COLOR,
        symbol: 'none',
        lineStyle: { width: 2 },
        areaStyle: { opacity: 0.12 },
        data: points.map((p) => [p.budget, p.value]),
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: MARK_COLOR, type: 'dashed', width: 1.5 },
          label: { formatter: `Budget after reserve ${money(available)}`, position: 'end', color: MARK_COLOR },
          data: [{ xAxis: available }],
        },
        markPoint: {
          symbol: 'circle',
          symbolSize: 10,
          itemStyle: { color: MARK_COLOR },
          label: { show: false },
          data: [{ name: 'Suggested portfolio', coord: [suggested.spend, suggested.value] }],
        },
      },
    ],
  }
}
