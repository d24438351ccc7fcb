import type PptxGenJS from 'pptxgenjs'
import {
  ACTION_LABELS,
  ACTIONS,
  moneyText,
  QUADRANT_LABELS,
  recommendationCounts,
  type MatrixPoint,
  type Quadrant,
} from '../../../../shared/decisions'
import { matrixLegend, recommendationRows, shortName } from '../../../../shared/exports/deckDecisions'
import { DEFAULT_SCORING_MODEL } from '../../../../shared/model/strategyDefaults'
import { chartBase, chartValues } from '../charts'
import {
  addContentSlide,
  addText,
  boxHeight,
  clean,
  CONTENT_BOTTOM,
  MARGIN_X,
  SLIDE_W,
  type Box,
  type Deck,
} from '../frame'
import { circleTouches, placeLabels, type Bubble, type PlacedLabel, type Rect } from '../labelPlacement'
import { slideNotes } from '../notes'
import { fitText, textWidth, wrapText } from '../textFit'
import { ACTION_COLORS } from '../theme'

const X_RANGE = [-100, 100] as const
const Y_RANGE = [0, 100] as const
/** Bubble diameters in inches: the largest spend gets the largest, area in proportion to spend, none smaller than the least. */
const MIN_DIAMETER = 0.16
const MAX_DIAMETER = 0.55
/**
 * PowerPoint and LibreOffice draw a chart's largest bubble at a quarter of the plot's shorter side
 * (bubble scale 100%). An invisible reference bubble off the plot is that largest one, so every
 * real bubble is drawn at the diameter chosen here in both.
 */
const RENDERER_LARGEST = 0.25
/** Margin on the drawn size when keeping labels clear (renderers round). */
const DRAWN_SLACK = 1.08
const LABEL_SIZE = 10

interface Geometry {
  frame: Box
  plot: Rect
  /** Slide position of a score. */
  at: (x: number, y: number) => { x: number; y: number }
}

function geometry(top: number, width: number): Geometry {
  const frame = { x: MARGIN_X, y: top + 0.3, w: width, h: CONTENT_BOTTOM - top - 0.65 }
  const inset = { left: 0.55, right: 0.12, top: 0.1, bottom: 0.42 }
  const plot = {
    x: frame.x + inset.left,
    y: frame.y + inset.top,
    w: frame.w - inset.left - inset.right,
    h: frame.h - inset.top - inset.bottom,
  }
  return {
    frame,
    plot,
    at: (x, y) => ({
      x: plot.x + ((x - X_RANGE[0]) / (X_RANGE[1] - X_RANGE[0])) * plot.w,
      y: plot.y + (1 - (y - Y_RANGE[0]) / (Y_RANGE[1] - Y_RANGE[0])) * plot.h,
    }),
  }
}

const diameterOf = (spend: number, maxSpend: number): number =>
  Math.max(MIN_DIAMETER, MAX_DIAMETER * Math.sqrt(Math.max(0, spend) / Math.max(1e-9, maxSpend)))

const QUADRANT_TINTS = { fix: 'FFF6E8', double_down: 'EEF7EF', pull_back: 'FCEEEE', harvest: 'F3F5F8' } as const

/** Quadrant tints and the threshold lines between them. */
function drawQuadrants(slide: PptxGenJS.Slide, g: Geometry, regions: readonly Region[]): void {
  for (const r of regions) {
    if (r.w <= 0.01 || r.h <= 0.01) continue
    slide.addShape('rect', {
      x: r.x,
      y: r.y,
      w: r.w,
      h: r.h,
      fill: { color: QUADRANT_TINTS[r.q] },
      line: { type: 'none' },
    })
  }
  const { plot } = g
  const split = regions[3] ?? { x: plot.x, y: plot.y }
  slide.addShape('line', {
    x: split.x,
    y: plot.y,
    w: 0,
    h: plot.h,
    line: { color: '9AA5B5', width: 1, dashType: 'dash' },
  })
  slide.addShape('line', {
    x: plot.x,
    y: split.y,
    w: plot.w,
    h: 0,
    line: { color: '9AA5B5', width: 1, dashType: 'dash' },
  })
}

interface Region extends Rect {
  q: Quadrant
  /** The plot's corner this quadrant holds. */
  left: boolean
  top: boolean
}

/** The four quadrants as areas of the plot, split at the thresholds (harvest last: its corner is the split). */
function quadrantRegions(g: Geometry, thresholds: { scaleEconomics: number; strategic: number }): Region[] {
  const split = g.at(thresholds.scaleEconomics, thresholds.strategic)
  const { plot } = g
  const right = plot.x + plot.w
  const bottom = plot.y + plot.h
  return [
    { q: 'fix', x: plot.x, y: plot.y, w: split.x - plot.x, h: split.y - plot.y, left: true, top: true },
    { q: 'double_down', x: split.x, y: plot.y, w: right - split.x, h: split.y - plot.y, left: false, top: true },
    { q: 'pull_back', x: plot.x, y: split.y, w: split.x - plot.x, h: bottom - split.y, left: true, top: false },
    { q: 'harvest', x: split.x, y: split.y, w: right - split.x, h: bottom - split.y, left: false, top: false },
  ]
}

/**
 * Each quadrant's name in a corner of its area clear of the bubbles: the plot's corner first, then
 * the quadrant's other corners. Returns the names' boxes, which the bubble labels keep clear of.
 */
function quadrantNames(
  deck: Deck,
  slide: PptxGenJS.Slide,
  regions: readonly Region[],
  bubbles: readonly Bubble[],
): Rect[] {
  const names: Rect[] = []
  for (const r of regions) {
    const text = QUADRANT_LABELS[r.q]
    const w = textWidth(text, 10, true) + 0.12
    const h = boxHeight(1, 10)
    if (r.w < w + 0.1 || r.h < h + 0.1) continue
    const at = (left: boolean, top: boolean): Rect => ({
      x: left ? r.x + 0.05 : r.x + r.w - w - 0.05,
      y: top ? r.y + 0.05 : r.y + r.h - h - 0.05,
      w,
      h,
    })
    const corners = [at(r.left, r.top), at(!r.left, r.top), at(r.left, !r.top), at(!r.left, !r.top)]
    const box = corners.find((c) => !bubbles.some((b) => circleTouches(c, b))) ?? corners[0]
    if (!box) continue
    addText(deck, slide, text, box, {
      size: 10,
      bold: true,
      color: '7A8496',
      align: box.x + w / 2 < r.x + r.w / 2 ? 'left' : 'right',
    })
    names.push(box)
  }
  return names
}

/** Bubbles drawn on top of each other (the same scores): one label names them all. */
interface BubbleGroup {
  bubble: Bubble
  points: MatrixPoint[]
}

/** Groups bubbles whose centres are closer than a hair, largest spend first within and across groups. */
function groupBubbles(placed: readonly MatrixPoint[], bubbles: readonly Bubble[]): BubbleGroup[] {
  const order = placed
    .map((p, i) => ({ p, b: bubbles[i] as Bubble }))
    .sort((a, b) => b.p.spend - a.p.spend || a.p.name.localeCompare(b.p.name))
  const groups: BubbleGroup[] = []
  for (const { p, b } of order) {
    const same = groups.find((g) => Math.hypot(g.bubble.cx - b.cx, g.bubble.cy - b.cy) < 0.05)
    if (same) {
      same.points.push(p)
      same.bubble = { ...same.bubble, r: Math.max(same.bubble.r, b.r) }
    } else groups.push({ bubble: b, points: [p] })
  }
  return groups
}

/** Widest a label may be before it wraps. */
const LABEL_MAX_W = 2.3
/** More bubbles than this cannot all carry a readable label: the largest by spend do. */
const MAX_LABELLED = 60

/**
 * Labels for the bubbles: short names when they all fit, else the recommendations table's numbers;
 * bubbles on top of each other get their numbers in one label.
 */
function labelPlan(
  groups: readonly BubbleGroup[],
  numberOf: ReadonlyMap<string, number>,
  bubbles: readonly Bubble[],
  plot: Rect,
  obstacles: readonly Rect[],
): { texts: Map<string, string>; spots: PlacedLabel[]; numbered: boolean } | null {
  const numbers = (g: BubbleGroup): string =>
    g.points
      .map((p) => numberOf.get(p.id) ?? 0)
      .sort((a, b) => a - b)
      .join(', ')
  const attempts: ((g: BubbleGroup) => string)[] = [
    (g) => (g.points.length === 1 ? shortName(g.points[0]?.name ?? '', 24) : numbers(g)),
    (g) => (g.points.length === 1 ? shortName(g.points[0]?.name ?? '', 14) : numbers(g)),
    numbers,
  ]
  for (const textOf of attempts) {
    const texts = new Map(groups.map((g) => [g.bubble.id, clean(textOf(g))]))
    const requests = groups.map((g) => {
      const lines = wrapText(texts.get(g.bubble.id) ?? '', LABEL_MAX_W, LABEL_SIZE)
      const w = Math.max(...lines.map((l) => textWidth(l, LABEL_SIZE)))
      return { id: g.bubble.id, w: w + 0.1, h: boxHeight(lines.length, LABEL_SIZE) }
    })
    const spots = placeLabels(
      bubbles,
      requests,
      plot,
      obstacles,
      groups.map((g) => g.bubble),
    )
    if (spots) return { texts, spots, numbered: groups.some((g) => /^[\d, ]+$/.test(texts.get(g.bubble.id) ?? '')) }
  }
  return null
}

/** The native bubble chart: one series per recommendation (the app's colours) and the invisible size reference. */
function addBubbleChart(
  deck: Deck,
  slide: PptxGenJS.Slide,
  g: Geometry,
  placed: readonly MatrixPoint[],
  diameters: readonly number[],
): void {
  const largest = RENDERER_LARGEST * Math.min(g.plot.w, g.plot.h)
  const size = (d: number): number => (d / largest) ** 2
  // The reference point lies below the axis's minimum: outside the plot, never drawn, still the largest.
  const xs = chartValues([...placed.map((p) => p.x ?? 0), X_RANGE[0]]) as number[]
  const data: PptxGenJS.OptsChartData[] = [{ name: 'X-Axis', values: xs }]
  for (const action of ACTIONS) {
    data.push({
      name: action,
      values: chartValues([
        ...placed.map((p) => (p.recommendation.action === action ? (p.y ?? 0) : null)),
        null,
      ]) as number[],
      sizes: [...diameters.map(size), 1],
    })
  }
  data.push({
    name: 'Size reference',
    values: [...placed.map(() => null), Y_RANGE[0] - 1000] as number[],
    sizes: [...diameters.map(size), 1],
  })
  const f = g.frame
  slide.addChart(deck.pptx.ChartType.bubble, data, {
    ...chartBase(deck, f),
    layout: { x: (g.plot.x - f.x) / f.w, y: (g.plot.y - f.y) / f.h, w: g.plot.w / f.w, h: g.plot.h / f.h },
    showLegend: false,
    // The vertical axis at the left edge (x = -100), not through x = 0 in the middle of the plot.
    catAxisCrossesAt: X_RANGE[0],
    valAxisMinVal: Y_RANGE[0],
    valAxisMaxVal: Y_RANGE[1],
    valAxisMajorUnit: 25,
    catAxisMinVal: X_RANGE[0],
    catAxisMaxVal: X_RANGE[1],
    catAxisMajorUnit: 50,
    valAxisLabelFormatCode: '0',
    catLabelFormatCode: '0',
    valGridLine: { style: 'none' },
    valAxisLineShow: true,
    valAxisLineColor: 'A9B4C4',
    chartColors: [...ACTIONS.map((a) => ACTION_COLORS[a]), 'transparent'],
    chartColorsOpacity: 85,
    dataBorder: { pt: 0.75, color: 'FFFFFF' },
  })
}

function matrixHeadline(deck: Deck, points: readonly MatrixPoint[]): string {
  const money = (v: number): string => moneyText(v, deck.input.portfolio.settings.currency)
  const spendOf = (action: string): number =>
    points.filter((p) => p.recommendation.action === action).reduce((s, p) => s + p.spend, 0)
  return recommendationCounts(points)
    .map((c) => `${ACTION_LABELS[c.action]}: ${c.count} (${money(spendOf(c.action))})`)
    .join(' · ')
}

/** The side panel: counts by recommendation in their colours, what the bubbles mean, and the initiatives off the matrix. */
function sidePanel(
  deck: Deck,
  slide: PptxGenJS.Slide,
  x: number,
  top: number,
  points: readonly MatrixPoint[],
  placed: readonly MatrixPoint[],
  labelNotes: readonly string[],
): void {
  const { look } = deck
  const w = SLIDE_W - MARGIN_X - x
  const currency = deck.input.portfolio.settings.currency
  let y = top + 0.3
  addText(deck, slide, 'Recommendation', { x, y, w, h: boxHeight(1, 13) }, { size: 13, bold: true })
  y += boxHeight(1, 13) + 0.05
  for (const c of matrixLegend(points)) {
    slide.addShape('ellipse', {
      x: x + 0.05,
      y: y + 0.07,
      w: 0.18,
      h: 0.18,
      fill: { color: ACTION_COLORS[c.action] },
      line: { type: 'none' },
    })
    addText(
      deck,
      slide,
      fitText(c.label, w - 0.9, 12, 1).text,
      { x: x + 0.3, y, w: w - 0.85, h: boxHeight(1, 12) },
      { size: 12 },
    )
    addText(
      deck,
      slide,
      String(c.count),
      { x: x + w - 0.55, y, w: 0.55, h: boxHeight(1, 12) },
      { size: 12, bold: true, align: 'right' },
    )
    y += boxHeight(1, 12) + 0.06
  }
  y += 0.15
  const spends = placed.map((p) => p.spend)
  const notes = [
    'Colour: the app’s recommendation. Shade: the quadrant.',
    spends.length > 0
      ? `Bubble area: horizon spend, ${moneyText(Math.min(...spends), currency)} to ${moneyText(Math.max(...spends), currency)}.`
      : '',
    ...labelNotes,
  ].filter((s) => s !== '')
  for (const note of notes) {
    const fitted = fitText(note, w - 0.1, 11, 3)
    addText(deck, slide, fitted.text, { x, y, w, h: boxHeight(fitted.lines, 11) }, { size: 11, color: look.muted })
    y += boxHeight(fitted.lines, 11) + 0.08
  }
  const off = points.filter((p) => p.x === null || p.y === null)
  if (off.length === 0) return
  y += 0.1
  addText(deck, slide, `Not on the matrix (${off.length})`, { x, y, w, h: boxHeight(1, 12) }, { size: 12, bold: true })
  y += boxHeight(1, 12)
  const why = (p: MatrixPoint): string => ACTION_LABELS[p.recommendation.action].toLowerCase()
  const lines = Math.max(1, Math.floor((CONTENT_BOTTOM - y - 0.1) / (boxHeight(1, 11) - 0.1 + 0.02)) - 1)
  const fitted = fitText(off.map((p) => `${p.name} (${why(p)})`).join('; '), w - 0.1, 11, lines)
  addText(deck, slide, fitted.text, { x, y, w, h: boxHeight(fitted.lines, 11) }, { size: 11, color: look.muted })
}

/** A thin line from the bubble's rim to the nearest point of its label. */
function leaderLine(slide: PptxGenJS.Slide, b: Bubble, box: Rect): void {
  const tx = Math.min(Math.max(b.cx, box.x), box.x + box.w)
  const ty = Math.min(Math.max(b.cy, box.y), box.y + box.h)
  const length = Math.hypot(tx - b.cx, ty - b.cy)
  if (length <= b.r) return
  const sx = b.cx + ((tx - b.cx) * b.r) / length
  const sy = b.cy + ((ty - b.cy) * b.r) / length
  slide.addShape('line', {
    x: Math.min(sx, tx),
    y: Math.min(sy, ty),
    w: Math.abs(tx - sx),
    h: Math.abs(ty - sy),
    // A line runs from its box's top left to bottom right; one rising to the right is flipped.
    flipH: tx < sx !== ty < sy,
    line: { color: '9AA5B5', width: 0.75 },
  })
}

/** The decision matrix: bubbles at (scale economics, strategic importance), coloured by the app's recommendation, every one labelled. */
export function addMatrixSlide(deck: Deck, points: readonly MatrixPoint[]): void {
  const baseline = deck.input.scenarios[0]
  if (!baseline) return
  const { input } = deck
  const model = input.portfolio.scoring ?? DEFAULT_SCORING_MODEL
  const { slide, top } = addContentSlide(
    deck,
    'Decision matrix (baseline)',
    slideNotes(
      input,
      `Each bubble is an initiative at its scale-economics score (x, −100 to 100: how value growth compares with running-cost growth after launch) and strategic importance (y, 0 to 100: the weighted scoring model); quadrants split at scale economics ${model.thresholds.scaleEconomics} and strategic importance ${model.thresholds.strategic}. Bubble area is horizon spend.`,
      "Colours are the app's recommendations (docs/decisions.md), which weigh evidence, quality and pull-back triggers as well as the quadrant, so a bubble's colour can differ from its quadrant.",
    ),
    matrixHeadline(deck, points),
  )
  const g = geometry(top, 8.6)
  const placed = points.filter((p) => p.x !== null && p.y !== null)
  const maxSpend = Math.max(0, ...placed.map((p) => p.spend))
  const diameters = placed.map((p) => diameterOf(p.spend, maxSpend))
  const regions = quadrantRegions(g, model.thresholds)
  drawQuadrants(slide, g, regions)
  addBubbleChart(deck, slide, g, placed, diameters)
  addText(
    deck,
    slide,
    'Strategic importance',
    { x: g.frame.x, y: g.frame.y - 0.32, w: 3, h: boxHeight(1, 11) },
    { size: 11, bold: true, color: deck.look.muted },
  )
  addText(
    deck,
    slide,
    'Scale economics (value growth against cost growth) →',
    { x: g.plot.x, y: g.frame.y + g.frame.h + 0.02, w: g.plot.w, h: boxHeight(1, 11) },
    { size: 11, bold: true, color: deck.look.muted, align: 'center' },
  )
  const bubbles: Bubble[] = placed.map((p, i) => {
    const c = g.at(p.x ?? 0, p.y ?? 0)
    return { id: p.id, cx: c.x, cy: c.y, r: ((diameters[i] ?? MIN_DIAMETER) * DRAWN_SLACK) / 2 }
  })
  const obstacles = quadrantNames(deck, slide, regions, bubbles)
  const numberOf = new Map(recommendationRows(points).map((r) => [r.id, r.number]))
  const groups = groupBubbles(placed, bubbles)
  // Past MAX_LABELLED bubbles (or when even numbers do not fit), the largest by spend are labelled and the panel says so.
  let labelled = Math.min(groups.length, MAX_LABELLED)
  let plan = labelPlan(groups.slice(0, labelled), numberOf, bubbles, g.plot, obstacles)
  while (!plan && labelled > 1) {
    labelled = Math.floor(labelled / 2)
    plan = labelPlan(groups.slice(0, labelled), numberOf, bubbles, g.plot, obstacles)
  }
  if (plan) {
    const centre = new Map(groups.map((grp) => [grp.bubble.id, grp.bubble]))
    for (const spot of plan.spots) {
      const b = centre.get(spot.id)
      if (spot.leader && b) leaderLine(slide, b, spot.box)
      addText(deck, slide, plan.texts.get(spot.id) ?? '', spot.box, { size: LABEL_SIZE, color: deck.look.ink })
    }
  }
  const labels = [
    plan?.numbered ? 'Numbers: the rows of the recommendations table.' : '',
    plan && labelled < groups.length
      ? `Labels: the ${labelled} largest by spend; the recommendations table lists every initiative.`
      : '',
  ]
  sidePanel(deck, slide, g.frame.x + g.frame.w + 0.3, top, points, placed, labels)
}
