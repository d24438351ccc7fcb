import type { Tornado, WaterfallSplit } from '../../../../shared/engine/scenarios'
import type { WaterfallKey } from '../../../../shared/engine/scenarios/waterfall'
import { DRIVER_LABELS, DRIVERS, type Driver } from '../../../../shared/engine/types'
import type { LegendComponentOption } from 'echarts/components'
import type { ChartOption } from '../../charts/echartsCore'
import { DRIVER_COLORS, SERIES_COLORS, seriesLine } from '../../charts/palette'
import { formatMoneyCompact, formatUnitMoney } from '../../format'

/** One line per case (baseline and scenarios): a value per month, null where the month has none. */
export interface CaseLine {
  name: string
  data: readonly (number | null)[]
}

/**
 * A plain legend on top that wraps, and how far down the plot must start to clear it: the rows
 * are estimated from the names (about 5.2 px a character at 11 px), so long scenario names are
 * shown whole instead of behind a scrolling legend's arrows.
 */
export function legendOnTop(names: readonly string[], widthPx: number): { legend: LegendComponentOption; top: number } {
  let rows = names.length > 0 ? 1 : 0
  let used = 0
  for (const n of names) {
    const w = 14 + 5 + n.length * 5.2 + 12
    if (used > 0 && used + w > widthPx) {
      rows++
      used = 0
    }
    used += w
  }
  return {
    legend: { type: 'plain', top: 0, left: 0, itemWidth: 14, itemHeight: 9, itemGap: 12, textStyle: { fontSize: 11 } },
    top: 12 + rows * 20,
  }
}

/** Width a half-width chart card gives its plot at 1280 px (the legend estimate only). */
const HALF = 490
const FULL = 1010

/** Months on x, one line per case; the baseline drawn heavier so the scenarios read against it. */
export function caseLinesOption(
  labels: readonly string[],
  cases: readonly CaseLine[],
  fmt: (v: number) => string,
): ChartOption {
  const top = legendOnTop(
    cases.map((c) => c.name),
    HALF,
  )
  return {
    grid: { left: 8, right: 16, top: top.top, bottom: 8, containLabel: true },
    legend: top.legend,
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? fmt(v) : '—') },
    xAxis: { type: 'category', data: [...labels], axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: (v: number) => fmt(v) } },
    series: cases.map((c, i) => ({
      type: 'line' as const,
      name: c.name,
      symbol: 'none',
      color: seriesLine(i).color,
      lineStyle: { width: i === 0 ? 3 : 2, ...seriesLine(i) },
      connectNulls: false,
      data: [...c.data],
    })),
  }
}

export const moneyAxis = (currency: string) => (v: number) => formatMoneyCompact(v, currency)
export const unitAxis = (currency: string) => (v: number) => formatUnitMoney(v, currency)

/** Horizon cost by driver: one stacked bar per case (rows, so scenario names stay whole); drivers that cost nothing anywhere are left out. */
export function driverStackOption(
  cases: readonly { name: string; byDriver: Readonly<Record<Driver, number | null>> }[],
  currency: string,
): ChartOption {
  const drivers = DRIVERS.filter((d) => cases.some((c) => (c.byDriver[d] ?? 0) !== 0))
  const top = legendOnTop(
    drivers.map((d) => DRIVER_LABELS[d]),
    FULL,
  )
  return {
    grid: { left: 8, right: 24, top: top.top, bottom: 8, containLabel: true },
    legend: top.legend,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => (typeof v === 'number' ? formatMoneyCompact(v, currency) : '—'),
    },
    xAxis: { type: 'value', axisLabel: { formatter: moneyAxis(currency) } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: cases.map((c) => c.name),
      axisLabel: { width: 220, overflow: 'truncate' },
    },
    series: drivers.map((d) => ({
      type: 'bar' as const,
      name: DRIVER_LABELS[d],
      stack: 'cost',
      color: DRIVER_COLORS[d],
      barMaxWidth: 26,
      data: cases.map((c) => c.byDriver[d] ?? 0),
    })),
  }
}

/** NPV per initiative (rows, so long names stay readable), one bar per case. */
export function npvByInitiativeOption(
  initiatives: readonly string[],
  cases: readonly { name: string; npv: readonly (number | null)[] }[],
  currency: string,
): ChartOption {
  const top = legendOnTop(
    cases.map((c) => c.name),
    FULL,
  )
  return {
    grid: { left: 8, right: 24, top: top.top, bottom: 8, containLabel: true },
    legend: top.legend,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => (typeof v === 'number' ? formatMoneyCompact(v, currency) : '—'),
    },
    xAxis: { type: 'value', axisLabel: { formatter: moneyAxis(currency) } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: [...initiatives],
      axisLabel: { width: 220, overflow: 'truncate' },
    },
    series: cases.map((c, i) => ({
      type: 'bar' as const,
      name: c.name,
      barMaxWidth: 10,
      color: SERIES_COLORS[i % SERIES_COLORS.length],
      data: [...c.npv],
    })),
  }
}

const TORNADO_LOW_COLOR = '#d9822b'
const TORNADO_HIGH_COLOR = '#2f6fde'

/**
 * Bars from the centre NPV: the driver moved down and up, each drawn from zero (overlaid, so a
 * driver whose two moves push the same way still shows both); largest swing on top.
 */
export function tornadoOption(t: Tornado, currency: string): ChartOption {
  const pct = `${Math.round(t.percent * 100)}%`
  const money = (v: unknown) => (typeof v === 'number' ? formatMoneyCompact(v, currency) : '—')
  const low = `Driver −${pct}`
  const high = `Driver +${pct}`
  return {
    grid: { left: 8, right: 24, top: 12, bottom: 56, containLabel: true },
    legend: {
      type: 'plain',
      bottom: 0,
      left: 0,
      itemWidth: 14,
      itemHeight: 9,
      textStyle: { fontSize: 11 },
      data: [low, high],
    },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: money },
    xAxis: {
      type: 'value',
      name: `Change in NPV from ${formatMoneyCompact(t.center, currency)}`,
      nameLocation: 'middle',
      nameGap: 26,
      axisLabel: { formatter: moneyAxis(currency) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: t.bars.map((b) => b.label),
      axisLabel: { width: 300, overflow: 'break', lineHeight: 13 },
    },
    series: [
      {
        type: 'bar' as const,
        name: low,
        color: TORNADO_LOW_COLOR,
        barGap: '-100%',
        data: t.bars.map((b) => b.low - t.center),
      },
      {
        type: 'bar' as const,
        name: high,
        color: TORNADO_HIGH_COLOR,
        barGap: '-100%',
        data: t.bars.map((b) => b.high - t.center),
      },
    ],
  }
}

const WATERFALL_UP_COLOR = '#c62828'
const WATERFALL_DOWN_COLOR = '#2e7d32'
const WATERFALL_TOTAL_COLOR = '#6b7688'

/** Short axis names for the waterfall's parts (the table beside the chart gives the full ones). */
const SHORT: Record<WaterfallKey, string> = {
  price: 'Prices',
  mix: 'Model mix',
  inputTokens: 'Prompt size',
  outputTokens: 'Output size',
  cache: 'Caching',
  batch: 'Batching',
  fixedCosts: 'Fixed costs',
  volume: 'Volume',
}

/** Steps of a waterfall: an invisible base under each part so it floats from the running total. */
export function waterfallSteps(split: WaterfallSplit): {
  base: number[]
  up: (number | null)[]
  down: (number | null)[]
  low: number
  high: number
} {
  const base: number[] = []
  const up: (number | null)[] = []
  const down: (number | null)[] = []
  let running = split.start
  let low = Math.min(split.start, split.end)
  let high = Math.max(split.start, split.end)
  for (const p of split.parts) {
    const next = running + p.amount
    base.push(Math.min(running, next))
    up.push(p.amount > 0 ? p.amount : null)
    down.push(p.amount < 0 ? -p.amount : null)
    low = Math.min(low, next)
    high = Math.max(high, next)
    running = next
  }
  return { base, up, down, low, high }
}

/**
 * The value axis of a waterfall: when the steps are small next to the cost itself (a 2% price
 * cut), an axis from zero would flatten them, so it spans the steps with a margin, on round
 * ticks (the panel says the axis does not start at zero). Otherwise null: from zero.
 */
export function waterfallAxis(low: number, high: number): { min: number; max: number } | null {
  const span = high - low
  if (low <= 0 || span <= 0 || span > 0.5 * high) return null
  const raw = span / 4
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const step = ([1, 2, 5, 10].find((f) => f * magnitude >= raw) ?? 10) * magnitude
  return { min: Math.max(0, Math.floor(low / step - 1) * step), max: Math.ceil(high / step + 1) * step }
}

/** From the start cost per query through each non-zero part (Shapley value) to the end. */
export function waterfallOption(split: WaterfallSplit, currency: string): ChartOption {
  const shown: WaterfallSplit = { ...split, parts: split.parts.filter((p) => p.amount !== 0) }
  const steps = waterfallSteps(shown)
  const axis = waterfallAxis(steps.low, steps.high)
  const categories = ['Start', ...shown.parts.map((p) => SHORT[p.key]), 'End']
  const money = (v: unknown) => (typeof v === 'number' ? formatUnitMoney(v, currency) : '—')
  const n = shown.parts.length
  return {
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: money },
    xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, fontSize: 11 } },
    yAxis: {
      type: 'value',
      ...(axis ?? {}),
      axisLabel: { formatter: unitAxis(currency) },
    },
    series: [
      {
        type: 'bar' as const,
        name: 'base',
        stack: 'w',
        itemStyle: { color: 'transparent' },
        tooltip: { show: false },
        silent: true,
        data: [0, ...steps.base, 0],
      },
      {
        type: 'bar' as const,
        name: 'Cost per query',
        stack: 'w',
        color: WATERFALL_TOTAL_COLOR,
        barMaxWidth: 56,
        data: [split.start, ...Array<null>(n).fill(null), split.end],
      },
      {
        type: 'bar' as const,
        name: 'Adds',
        stack: 'w',
        color: WATERFALL_UP_COLOR,
        barMaxWidth: 56,
        data: [null, ...steps.up, null],
      },
      {
        type: 'bar' as const,
        name: 'Saves',
        stack: 'w',
        color: WATERFALL_DOWN_COLOR,
        barMaxWidth: 56,
        data: [null, ...steps.down, null],
      },
    ],
  }
}
