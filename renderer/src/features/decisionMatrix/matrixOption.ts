import { QUADRANT_LABELS, type MatrixPoint, type Quadrant } from '../../../../shared/decisions'
import { STAGES, VALUE_TYPES, type Initiative } from '../../../../shared/model'
import type { MatrixThresholds } from '../../../../shared/model/strategy'
import type { ScatterSeriesOption } from 'echarts/charts'
import type { ChartOption } from '../../charts/echartsCore'
import { STAGE_LABELS, VALUE_TYPE_LABELS } from '../initiativeDetail/framingFields'
import { planLabels } from './labelPlacement'
import type { Move } from './matrixRuns'
import { tooltipHtml } from './pointText'

export type ColourBy = 'stage' | 'valueType'

/** Colours per category; stages run from cool (idea) to settled (mature) and grey (sunset). */
const STAGE_COLORS: Record<(typeof STAGES)[number], string> = {
  idea: '#9a60b4',
  pilot: '#e0a526',
  scaling: '#5470c6',
  mature: '#3ba272',
  sunset: '#8c8c8c',
}
const VALUE_TYPE_COLORS: Record<(typeof VALUE_TYPES)[number], string> = {
  revenue: '#2f6fde',
  cost_savings: '#3ba272',
  strategic: '#d9822b',
}

interface Category {
  key: string
  label: string
  color: string
}

function categories(colourBy: ColourBy): Category[] {
  return colourBy === 'stage'
    ? STAGES.map((s) => ({ key: s, label: STAGE_LABELS[s], color: STAGE_COLORS[s] }))
    : VALUE_TYPES.map((v) => ({ key: v, label: VALUE_TYPE_LABELS[v], color: VALUE_TYPE_COLORS[v] }))
}

function categoryOf(initiative: Initiative, colourBy: ColourBy): string {
  return colourBy === 'stage' ? initiative.governance.stage : initiative.governance.valueType
}

export const X_RANGE = [-100, 100] as const
export const Y_RANGE = [0, 100] as const
const X_STEP = 25
const X_PAD = 8

/**
 * The x axis shows the part of -100..100 the bubbles, arrows and threshold use, in steps of 25
 * with some room, so a portfolio whose economics all improve does not leave half the chart empty.
 */
export function xRange(xs: readonly number[], threshold: number): [number, number] {
  const all = [...xs, threshold]
  const lo = Math.floor((Math.min(...all) - X_PAD) / X_STEP) * X_STEP
  const hi = Math.ceil((Math.max(...all) + X_PAD) / X_STEP) * X_STEP
  return [Math.max(X_RANGE[0], lo), Math.min(X_RANGE[1], hi)]
}
/** Plot area margins in pixels: fixed, so a position on screen follows from the scores alone. */
export const GRID = { left: 56, right: 24, top: 44, bottom: 52 } as const

const ARROW_SERIES = 'Move from the baseline'
const MIN_BUBBLE = 10
const MAX_BUBBLE = 46

/** Bubble diameter: its area grows with horizon spend, the largest spend gets MAX_BUBBLE. */
export function bubbleSize(spend: number, maxSpend: number): number {
  if (maxSpend <= 0 || spend <= 0) return MIN_BUBBLE
  return MIN_BUBBLE + (MAX_BUBBLE - MIN_BUBBLE) * Math.sqrt(Math.min(spend, maxSpend) / maxSpend)
}

/** The four quadrants as rectangles in score coordinates, with where their label sits. */
export function quadrantAreas(
  t: MatrixThresholds,
  [x0, x1]: readonly [number, number] = X_RANGE,
): { quadrant: Quadrant; from: [number, number]; to: [number, number]; position: LabelPosition }[] {
  const [y0, y1] = Y_RANGE
  return [
    { quadrant: 'double_down', from: [t.scaleEconomics, t.strategic], to: [x1, y1], position: 'insideTopRight' },
    { quadrant: 'fix', from: [x0, t.strategic], to: [t.scaleEconomics, y1], position: 'insideTopLeft' },
    { quadrant: 'harvest', from: [t.scaleEconomics, y0], to: [x1, t.strategic], position: 'insideBottomRight' },
    { quadrant: 'pull_back', from: [x0, y0], to: [t.scaleEconomics, t.strategic], position: 'insideBottomLeft' },
  ]
}

const QUADRANT_TINTS: Record<Quadrant, string> = {
  double_down: 'rgba(46,125,50,0.07)',
  fix: 'rgba(217,130,43,0.08)',
  harvest: 'rgba(47,111,222,0.06)',
  pull_back: 'rgba(198,40,40,0.07)',
}

type AreaPair = Extract<NonNullable<NonNullable<ScatterSeriesOption['markArea']>['data']>[number], unknown[]>
type LinePair = Extract<NonNullable<NonNullable<ScatterSeriesOption['markLine']>['data']>[number], unknown[]>
type LabelPosition = NonNullable<NonNullable<ScatterSeriesOption['label']>['position']>

export interface MatrixOptionInput {
  points: readonly MatrixPoint[]
  initiatives: readonly Initiative[]
  thresholds: MatrixThresholds
  colourBy: ColourBy
  currency: string
  /** The portfolio's first month (YYYY-MM), for payback dates in the tooltip. */
  startMonth: string
  /** Arrows from the baseline position to the chosen scenario's; null draws none. */
  moves: readonly Move[] | null
  /** Baseline positions by id, shown in the tooltip when a scenario is chosen. */
  baselineById: ReadonlyMap<string, MatrixPoint> | null
  scheme: 'light' | 'dark'
  /** Size of the chart in pixels, for placing the name labels. */
  width: number
  height: number
}

export interface MatrixChart {
  option: ChartOption
  /** The initiative a bubble stands for (ECharts reports clicks as series and data index). */
  pointAt(seriesIndex: number, dataIndex: number): MatrixPoint | undefined
}

/**
 * The decision matrix as an ECharts option: a frame series carrying the quadrants and the threshold
 * lines, one scatter series per stage or value type (so the legend names the colours), then the
 * arrows when asked. Unplaced initiatives (no score or too short after launch) are left out.
 */
export function matrixOption(input: MatrixOptionInput): MatrixChart {
  const { points, thresholds, colourBy, currency, startMonth, moves, baselineById, scheme } = input
  const byId = new Map(input.initiatives.map((i) => [i.id, i]))
  const placed = points.filter((p) => p.x !== null && p.y !== null)
  const maxSpend = Math.max(0, ...placed.map((p) => p.spend))
  const [xMin, xMax] = xRange(
    [...placed.map((p) => p.x as number), ...(moves ?? []).flatMap((m) => [m.from[0], m.to[0]])],
    thresholds.scaleEconomics,
  )
  const labels = planLabels(
    placed.map((p) => ({
      id: p.id,
      name: p.name,
      x: p.x as number,
      y: p.y as number,
      size: bubbleSize(p.spend, maxSpend),
      spend: p.spend,
    })),
    {
      width: input.width - GRID.left - GRID.right,
      height: input.height - GRID.top - GRID.bottom,
      xRange: [xMin, xMax],
      yRange: Y_RANGE,
    },
  )
  const label = scheme === 'dark' ? '#c9d1dd' : '#3d4657'
  const lineColor = scheme === 'dark' ? '#8792a5' : '#6b7487'
  const arrowColor = scheme === 'dark' ? '#e6e9ef' : '#1d2330'

  const frame: ScatterSeriesOption = {
    type: 'scatter' as const,
    name: 'quadrants',
    data: [],
    silent: true,
    markArea: {
      silent: true,
      data: quadrantAreas(thresholds, [xMin, xMax]).map((a): AreaPair => [
        {
          name: QUADRANT_LABELS[a.quadrant],
          coord: a.from,
          itemStyle: { color: QUADRANT_TINTS[a.quadrant] },
          label: { position: a.position, color: label, fontWeight: 600, fontSize: 12 },
        },
        { coord: a.to },
      ]),
    },
    markLine: {
      silent: true,
      symbol: 'none',
      label: { show: false },
      lineStyle: { color: lineColor, type: 'dashed' as const, width: 1.5 },
      data: [{ xAxis: thresholds.scaleEconomics }, { yAxis: thresholds.strategic }],
    },
  }
  const arrows: ScatterSeriesOption[] =
    moves && moves.length > 0
      ? [
          {
            type: 'scatter' as const,
            name: ARROW_SERIES,
            data: [],
            // Above the bubbles, or short moves would hide under them.
            z: 5,
            itemStyle: { color: arrowColor },
            markLine: {
              silent: true,
              symbol: ['circle', 'arrow'],
              symbolSize: [5, 11],
              label: { show: false },
              lineStyle: { color: arrowColor, type: 'solid' as const, width: 2 },
              data: moves.map((m): LinePair => [{ coord: m.from }, { coord: m.to }]),
            },
          },
        ]
      : []

  const groups = categories(colourBy)
    .map((c) => ({
      c,
      members: placed.filter((p) => {
        const init = byId.get(p.id)
        return init !== undefined && categoryOf(init, colourBy) === c.key
      }),
    }))
    .filter((g) => g.members.length > 0)
  const bubbles = groups.map((g) => ({
    type: 'scatter' as const,
    name: g.c.label,
    itemStyle: {
      color: g.c.color,
      opacity: 0.78,
      borderColor: scheme === 'dark' ? '#1a1f28' : '#ffffff',
      borderWidth: 1,
    },
    label: { show: true, formatter: '{b}', fontSize: 11, color: label },
    emphasis: { focus: 'self' as const, itemStyle: { opacity: 1 }, label: { show: true } },
    data: g.members.map((p) => ({
      name: p.name,
      value: [p.x as number, p.y as number, p.spend],
      symbolSize: bubbleSize(p.spend, maxSpend),
      label: { show: labels.get(p.id)?.show ?? false, position: labels.get(p.id)?.side ?? 'right' },
    })),
  }))

  const pointAt = (seriesIndex: number, dataIndex: number) => groups[seriesIndex - 1]?.members[dataIndex]

  const option: ChartOption = {
    animationDurationUpdate: 400,
    grid: { ...GRID },
    legend: {
      top: 4,
      data: [...groups.map((g) => g.c.label), ...(arrows.length > 0 ? [ARROW_SERIES] : [])],
      itemWidth: 14,
      itemHeight: 10,
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const { seriesIndex, dataIndex } = params as { seriesIndex: number; dataIndex: number }
        const p = pointAt(seriesIndex, dataIndex)
        return p ? tooltipHtml(p, currency, startMonth, baselineById?.get(p.id) ?? null) : ''
      },
    },
    xAxis: {
      type: 'value',
      min: xMin,
      max: xMax,
      interval: 25,
      name: 'Scale economics →',
      nameLocation: 'middle',
      nameGap: 28,
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      min: Y_RANGE[0],
      max: Y_RANGE[1],
      interval: 25,
      name: 'Strategic importance →',
      nameLocation: 'middle',
      nameGap: 36,
      splitLine: { show: false },
    },
    series: [frame, ...bubbles, ...arrows],
  }
  return { option, pointAt }
}
