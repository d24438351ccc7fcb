import { moneyText, percentText } from '../../../../shared/decisions'
import { formatPerQuery } from '../../../../shared/engine/scenarios'
import type { WaterfallKey, WaterfallPart } from '../../../../shared/engine/scenarios/waterfall'
import { unpricedModelNames } from '../../../../shared/exports/deckData'
import { DECK_TORNADO_PERCENT, horizonWaterfall, portfolioTornado } from '../../../../shared/exports/deckSensitivity'
import { addMoneyBars, labelColumns } from '../charts'
import { addContentSlide, addText, boxHeight, CONTENT_BOTTOM, CONTENT_W, MARGIN_X, type Deck } from '../frame'
import { slideNotes } from '../notes'
import { fitLine, fitText } from '../textFit'

/** The tornado of the portfolio's NPV in the baseline: each driver 20% down and up, largest swing on top. */
export function addTornado(deck: Deck): void {
  const baseline = deck.input.scenarios[0]
  if (!baseline) return
  const { look, input } = deck
  const { currency } = input.portfolio.settings
  const money = (v: number): string => moneyText(v, currency)
  const t = portfolioTornado(baseline)
  const pct = percentText(DECK_TORNADO_PERCENT)
  const top = t.bars[0]
  const { slide, top: y } = addContentSlide(
    deck,
    'What moves NPV most',
    slideNotes(
      input,
      `Sensitivity of the baseline portfolio's NPV (${money(t.center)}): each driver moved ${pct} down and ${pct} up, one at a time, everything else as entered, evaluated by the cost engine. Bars show the change in NPV; the largest swing is on top. Drivers that do not move NPV are left out.`,
      ...t.bars.map((b) => `${b.label}: ${money(b.low)} (down ${pct}) to ${money(b.high)} (up ${pct}).`),
    ),
    top
      ? `NPV ${money(t.center)}. ${top.label} moves it most: ${pct} down gives ${money(top.low)}, ${pct} up gives ${money(top.high)}.`
      : `NPV ${money(t.center)}; no driver moves it.`,
  )
  if (t.bars.length === 0) return
  const bars = [...t.bars].reverse()
  const labels = bars.map((b) => fitLine(b.label, 3.4, 11))
  const series = [
    { name: `Driver ${pct} lower`, labels, values: bars.map((b) => b.low - t.center) },
    { name: `Driver ${pct} higher`, labels, values: bars.map((b) => b.high - t.center) },
  ]
  addText(
    deck,
    slide,
    `Change in NPV from ${money(t.center)}`,
    { x: MARGIN_X, y, w: CONTENT_W, h: boxHeight(1, 11) },
    { size: 11, color: look.muted },
  )
  addMoneyBars(deck, slide, {
    box: { x: MARGIN_X, y: y + boxHeight(1, 11), w: CONTENT_W, h: CONTENT_BOTTOM - y - boxHeight(1, 11) },
    series,
    dir: 'bar',
    grouping: 'clustered',
    gap: 50,
    colors: ['8A97AB', look.accent],
    more: { barOverlapPct: 100, catAxisLabelPos: 'low' },
  })
}

/** Short names of the waterfall's parts, for the axis under narrow columns. */
const SHORT: Record<WaterfallKey, string> = {
  price: 'Prices',
  mix: 'Model mix',
  inputTokens: 'Prompt length',
  outputTokens: 'Output length',
  cache: 'Caching',
  batch: 'Batching',
  fixedCosts: 'Fixed costs',
  volume: 'Volume',
}

interface Step {
  label: string
  /** Text above the column. */
  amount: string
  /** Transparent base, increase, decrease, and the totals at either end. */
  base: number
  up: number
  down: number
  total: number
}

/** Columns of a waterfall: the start, each part as a floating step from the running total, the end. */
function steps(
  start: number,
  end: number,
  parts: readonly WaterfallPart[],
  from: string,
  to: string,
  currency: string,
  unpriced: readonly string[],
): Step[] {
  const unit = (v: number): string => formatPerQuery(v, currency)
  // An end whose month is unpriced leaves out a price: its cost per query is a lower bound.
  const atLeast = (label: string): string => (unpriced.includes(label) ? '≥ ' : '')
  const out: Step[] = [{ label: from, amount: `${atLeast(from)}${unit(start)}`, base: 0, up: 0, down: 0, total: start }]
  let running = start
  for (const p of parts) {
    const next = running + p.amount
    // Costs per query stay at or above zero, so every step floats above the axis.
    out.push({
      label: SHORT[p.key],
      amount: `${p.amount > 0 ? '+' : '−'}${unit(Math.abs(p.amount))}`,
      base: Math.max(0, Math.min(running, next)),
      up: p.amount > 0 ? p.amount : 0,
      down: p.amount < 0 ? -p.amount : 0,
      total: 0,
    })
    running = next
  }
  out.push({ label: to, amount: `${atLeast(to)}${unit(end)}`, base: 0, up: 0, down: 0, total: end })
  return out
}

/** Where the chart's plot sits within its frame (fractions), so amounts can be written above the columns. */
const PLOT = { x: 0.1, y: 0.1, w: 0.88, h: 0.76 }

/** Why the unit cost moved: the engine's Shapley split of one initiative's cost per query, with its sentence. */
export function addWaterfall(deck: Deck): void {
  const baseline = deck.input.scenarios[0]
  if (!baseline) return
  const { look, input } = deck
  const { currency } = input.portfolio.settings
  const w = horizonWaterfall(input.portfolio, baseline)
  if (!w) return
  const split = w.result.full
  const models = unpricedModelNames(input.portfolio, [baseline.result])
  const unpricedNote =
    w.unpricedLabels.length === 0
      ? ''
      : `Marked ≥: no price for ${models.join(', ')} in ${w.unpricedLabels.join(' and ')} (counted as 0), so the cost per query there is a lower bound and the price effect leaves it out.`
  const parts = split.parts.filter((p) => p.amount !== 0)
  const { slide, top } = addContentSlide(
    deck,
    `Why the unit cost moved: ${w.initiativeName}`,
    slideNotes(
      input,
      `Fully loaded cost per query of "${w.initiativeName}" (the initiative with the largest horizon spend that has queries at both ends) in the baseline, ${w.fromLabel} to ${w.toLabel}: ${formatPerQuery(split.start, currency)} to ${formatPerQuery(split.end, currency)}.`,
      'The change is split by the cost engine into exact Shapley values over model prices, model mix, input and output tokens, caching, batching, fixed costs and volume (fixed costs spread over more or fewer queries): the parts add up to the change, with no residual.',
      ...split.parts.map(
        (p) => `${p.label}: ${p.amount < 0 ? '−' : '+'}${formatPerQuery(p.amount, currency)} per query.`,
      ),
      unpricedNote,
    ),
    w.result.sentence,
  )
  const columns = steps(split.start, split.end, parts, w.fromLabel, w.toLabel, currency, w.unpricedLabels)
  const labels = columns.map((c) => c.label)
  const series = [
    { name: 'Base', labels, values: columns.map((c) => c.base) },
    { name: 'Increase', labels, values: columns.map((c) => c.up) },
    { name: 'Decrease', labels, values: columns.map((c) => c.down) },
    { name: 'Cost per query', labels, values: columns.map((c) => c.total) },
  ]
  const tops = columns.map((c) => c.base + c.up + c.down + c.total)
  const caption = boxHeight(1, 11)
  addText(
    deck,
    slide,
    `Fully loaded cost per query in the baseline, ${w.fromLabel} to ${w.toLabel}, and what moved it`,
    { x: MARGIN_X, y: top, w: CONTENT_W, h: caption },
    { size: 11, color: look.muted },
  )
  const warning = unpricedNote === '' ? null : fitText(unpricedNote, CONTENT_W - 0.1, 11, 2)
  const warningH = warning === null ? 0 : boxHeight(warning.lines, 11)
  if (warning !== null)
    addText(
      deck,
      slide,
      warning.text,
      { x: MARGIN_X, y: CONTENT_BOTTOM - warningH, w: CONTENT_W, h: warningH },
      { size: 11, color: look.bad },
    )
  const frame = { x: MARGIN_X, y: top + caption, w: CONTENT_W, h: CONTENT_BOTTOM - warningH - top - caption }
  // Stacked columns on an invisible base: each effect floats from the running total to the next.
  const axis = addMoneyBars(deck, slide, {
    box: frame,
    series,
    dir: 'col',
    grouping: 'stacked',
    gap: 50,
    colors: ['transparent', look.bad, look.good, look.accent],
    alsoCover: tops,
    maxTicks: 5,
    more: { layout: PLOT, showLegend: false },
  })
  labelColumns(
    deck,
    slide,
    frame,
    PLOT,
    axis,
    columns.map((c, i) => ({
      top: tops[i] ?? 0,
      text: c.amount,
      color: c.up > 0 ? look.bad : c.down > 0 ? look.good : look.ink,
    })),
  )
}
