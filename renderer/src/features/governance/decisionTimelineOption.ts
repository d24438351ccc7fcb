import { monthsBetween } from '../../../../shared/engine/calendar'
import type { Series } from '../../../../shared/engine'
import type { DecisionEntry, DecisionKind } from '../../../../shared/model'
import type { ChartOption } from '../../charts/echartsCore'
import { MARK_COLOR, NET_COLOR, VALUE_COLOR } from '../../charts/palette'
import { seriesData } from '../../charts/options/monthAxis'
import { formatMoneyCompact } from '../../format'
import { DECISION_LABELS } from './decisionDraft'

/** One colour per kind of decision, so a run of them reads at a glance. */
export const DECISION_COLORS: Record<DecisionKind, string> = {
  scale: '#2e9d57',
  optimise: '#2f6fd6',
  continue: '#7a8496',
  pivot: '#d9822b',
  sunset: '#c9423a',
}

export interface TimelineMark {
  /** Month index in the horizon. */
  month: number
  label: string
  color: string
  /** Decisions in this month. */
  count: number
}

/**
 * Decisions placed on the horizon's months: decisions of one month share one mark (labelled in date
 * order); decisions before or after the horizon are left out (the log lists them).
 */
export function decisionMarks(decisions: readonly DecisionEntry[], startMonth: string, months: number): TimelineMark[] {
  const byMonth = new Map<number, DecisionEntry[]>()
  for (const d of [...decisions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    const t = monthsBetween(startMonth, d.date)
    if (t < 0 || t >= months) continue
    byMonth.set(t, [...(byMonth.get(t) ?? []), d])
  }
  return [...byMonth].map(([month, ds]) => ({
    month,
    label: ds.map((d) => DECISION_LABELS[d.decision]).join(' · '),
    color: DECISION_COLORS[ds[ds.length - 1]?.decision ?? 'continue'],
    count: ds.length,
  }))
}

export interface TimelineInput {
  labels: string[]
  series: Series
  decisions: readonly DecisionEntry[]
  startMonth: string
  reviewDate: string | null
  currency: string
}

/** Monthly cost and value of one initiative, with its decisions and next review as vertical marks. */
export function decisionTimelineOption({
  labels,
  series,
  decisions,
  startMonth,
  reviewDate,
  currency,
}: TimelineInput): ChartOption {
  const money = (v: unknown) => (typeof v === 'number' ? formatMoneyCompact(v, currency) : '—')
  const marks = decisionMarks(decisions, startMonth, labels.length)
  const review = reviewDate === null ? null : monthsBetween(startMonth, reviewDate)
  const reviewLabel = review !== null && review >= 0 && review < labels.length ? labels[review] : undefined
  return {
    grid: { left: 8, right: 24, top: 44, bottom: 36, containLabel: true },
    legend: { bottom: 0, left: 0, itemWidth: 14, itemHeight: 9, textStyle: { fontSize: 11 } },
    tooltip: { trigger: 'axis', valueFormatter: money },
    xAxis: { type: 'category', data: labels, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatMoneyCompact(v, currency) } },
    series: [
      {
        type: 'bar',
        name: 'Monthly cost',
        color: NET_COLOR,
        itemStyle: { opacity: 0.55 },
        barMaxWidth: 18,
        data: seriesData(series.totalCost),
        markLine: {
          silent: true,
          symbol: 'none',
          data: [
            ...marks.map((m) => ({
              xAxis: labels[m.month],
              lineStyle: { color: m.color, type: 'solid' as const, width: 2 },
              label: { formatter: m.label, position: 'end' as const, color: m.color, fontWeight: 'bold' as const },
            })),
            ...(reviewLabel === undefined
              ? []
              : [
                  {
                    xAxis: reviewLabel,
                    lineStyle: { color: MARK_COLOR, type: 'dashed' as const, width: 1.5 },
                    label: { formatter: 'Review due', position: 'end' as const, color: MARK_COLOR },
                  },
                ]),
          ],
        },
      },
      {
        type: 'line',
        name: 'Monthly value',
        color: VALUE_COLOR,
        symbol: 'none',
        lineStyle: { width: 2 },
        data: seriesData(series.value),
      },
    ],
  }
}
