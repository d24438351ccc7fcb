import type PptxGenJS from 'pptxgenjs'
import { finiteOrThrow } from '../../../shared/model/finiteNumber'
import { moneyAxis, valueAxisOptions, type ValueAxis } from './axes'
import { addText, boxHeight, clean, type Box, type Deck } from './frame'
import { textWidth } from './textFit'

/** One look for every native chart: the deck's font, muted axes, light gridlines, legend below. */
export function chartBase(deck: Deck, box: Box): PptxGenJS.IChartOpts {
  const { look } = deck
  return {
    ...box,
    catAxisLabelFontFace: look.font,
    valAxisLabelFontFace: look.font,
    legendFontFace: look.font,
    dataLabelFontFace: look.font,
    catAxisLabelFontSize: 11,
    valAxisLabelFontSize: 11,
    legendFontSize: 11,
    dataLabelFontSize: 10,
    catAxisLabelColor: look.muted,
    valAxisLabelColor: look.muted,
    legendColor: look.ink,
    catAxisLineColor: 'A9B4C4',
    valAxisLineShow: false,
    valGridLine: { color: 'E3E8F0', size: 0.75 },
    catGridLine: { style: 'none' },
    catAxisLabelRotate: 0,
    showLegend: true,
    legendPos: 'b',
  }
}

/** A chart's numbers; NaN or Infinity (which the engine never produces) stops the export rather than draw nonsense. */
export const chartValues = (values: readonly (number | null)[]): (number | null)[] =>
  values.map((v) => (v === null ? null : finiteOrThrow(v, 'A number of a chart in the deck')))

/** Series for pptxgenjs, names and labels cleaned. Missing values stay missing (no point drawn). */
export function chartData(
  series: readonly { name: string; labels?: readonly string[]; values: readonly (number | null)[] }[],
): PptxGenJS.OptsChartData[] {
  return series.map((s) => ({
    name: clean(s.name),
    labels: (s.labels ?? []).map(clean),
    // pptxgenjs writes an empty cell for null, which both PowerPoint and LibreOffice read as "no value".
    values: chartValues(s.values) as number[],
  }))
}

/** Line styles told apart without colour: where lines coincide, the dashes of the later ones keep each visible. */
export const DASHES = ['solid', 'dash', 'sysDot', 'lgDash', 'dashDot', 'lgDashDot', 'sysDash', 'lgDashDotDot'] as const

/** Where a chart's plot sits within its frame, as fractions (the pptxgenjs `layout` option). */
export interface PlotLayout {
  x: number
  y: number
  w: number
  h: number
}

/**
 * Writes a text centred above each column of a column chart whose plot has a fixed layout: the
 * chart's own data labels would also label the invisible or stacked parts. A text wider than its
 * column is left out rather than crowding its neighbours.
 */
export function labelColumns(
  deck: Deck,
  slide: PptxGenJS.Slide,
  frame: Box,
  plot: PlotLayout,
  axis: { min: number; max: number },
  columns: readonly { top: number; text: string; color?: string }[],
  size = 11,
): void {
  const columnW = (frame.w * plot.w) / Math.max(1, columns.length)
  const h = boxHeight(1, size)
  columns.forEach((c, i) => {
    if (textWidth(c.text, size, true) > columnW - 0.12) return
    const x = frame.x + frame.w * plot.x + i * columnW
    const share = (c.top - axis.min) / (axis.max - axis.min)
    const yTop = frame.y + frame.h * (plot.y + plot.h * (1 - share))
    addText(
      deck,
      slide,
      c.text,
      { x, y: Math.max(frame.y, yTop - h - 0.02), w: columnW, h },
      { size, bold: true, align: 'center', color: c.color ?? deck.look.ink },
    )
  })
}

export interface MoneyBars {
  box: Box
  series: readonly { name: string; labels: readonly string[]; values: readonly number[] }[]
  /** Horizontal bars or vertical columns. */
  dir: 'bar' | 'col'
  grouping: 'clustered' | 'stacked'
  /** Gap between categories, in % of a bar's width. */
  gap: number
  colors: readonly string[]
  /** Values the axis must cover besides the series' own (stacked columns: their totals). */
  alsoCover?: readonly number[]
  maxTicks?: number
  /** Anything else pptxgenjs takes: legend position, a fixed plot layout, overlap. */
  more?: PptxGenJS.IChartOpts
}

/** A native bar or column chart of money on round ticks in short form; returns its axis. */
export function addMoneyBars(deck: Deck, slide: PptxGenJS.Slide, chart: MoneyBars): ValueAxis {
  const axis = moneyAxis(
    [...chart.series.flatMap((s) => s.values), ...(chart.alsoCover ?? [])],
    deck.input.portfolio.settings.currency,
    chart.maxTicks ?? 6,
  )
  slide.addChart(deck.pptx.ChartType.bar, chartData(chart.series), {
    ...chartBase(deck, chart.box),
    ...valueAxisOptions(axis),
    barDir: chart.dir,
    barGrouping: chart.grouping,
    barGapWidthPct: chart.gap,
    chartColors: [...chart.colors],
    ...chart.more,
  })
  return axis
}
