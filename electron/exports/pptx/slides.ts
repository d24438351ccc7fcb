import type PptxGenJS from 'pptxgenjs'
import { ACTION_LABELS, QUADRANTS, QUADRANT_LABELS, type MatrixPoint } from '../../../shared/decisions'
import {
  compactMoney,
  costByDriverPerYear,
  scenarioComparison,
  unitCostTrend,
  upcomingReviews,
  type ChartSeries,
} from '../../../shared/exports/deckData'
import { finiteOrThrow } from '../../../shared/model/finiteNumber'
import type { DeckInput } from './index'
import { MASTER, THEME, chartOptions, title } from './theme'

/** Text on slides is not a spreadsheet cell, but pptx text is copied into sheets: strip control characters. */
const clean = (s: string): string => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')

/** The assumptions behind every chart, for the speaker notes. */
function assumptions(input: DeckInput): string {
  const { settings, priceBook, initiatives } = input.portfolio
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`
  const prices = priceBook.slice(0, 30).map(
    (m) =>
      `${m.provider} ${m.name}: ${
        m.prices
          .map((p) => p.effectiveFrom)
          .sort()
          .join(', ') || 'unpriced'
      }`,
  )
  return [
    `Assumptions: ${initiatives.length} initiatives; horizon ${settings.horizonMonths} months from ${settings.startMonth}; currency ${settings.currency}; annual discount rate ${pct(settings.discountRateAnnual)} (monthly, end-of-month discounting).`,
    `Scenarios: ${input.scenarios.map((s) => (s.description ? `${s.name} (${s.description})` : s.name)).join('; ')}.`,
    `Prices as of: ${prices.join('; ')}${priceBook.length > 30 ? '; …' : ''}.`,
    "Every figure comes from the app's cost engine; the XLSX export carries the same numbers as live formulas.",
  ]
    .map(clean)
    .join('\n')
}

function addSlide(pptx: PptxGenJS, heading: string, input: DeckInput, note?: string): PptxGenJS.Slide {
  const slide = pptx.addSlide({ masterName: MASTER })
  title(slide, clean(heading))
  slide.addNotes(note ? `${clean(note)}\n\n${assumptions(input)}` : assumptions(input))
  return slide
}

/** A chart's numbers; NaN or Infinity (which the engine never produces) stops the export rather than draw nonsense. */
const chartValues = (values: readonly number[]): number[] =>
  values.map((v) => finiteOrThrow(v, 'A number of a chart in the deck'))

function chartData(series: readonly ChartSeries[]): PptxGenJS.OptsChartData[] {
  return series.map((s) => ({ name: clean(s.name), labels: s.labels.map(clean), values: chartValues(s.values) }))
}

export function addTitleSlide(pptx: PptxGenJS, input: DeckInput): void {
  const slide = pptx.addSlide()
  slide.background = { color: THEME.band }
  slide.addText(clean(input.portfolio.settings.name), {
    x: 0.8,
    y: 2.2,
    w: 11.7,
    h: 1.2,
    fontSize: 40,
    bold: true,
    color: 'FFFFFF',
    fontFace: THEME.font,
  })
  slide.addText('Generative-AI portfolio economics', {
    x: 0.8,
    y: 3.4,
    w: 11.7,
    h: 0.7,
    fontSize: 24,
    color: 'DDE6F5',
    fontFace: THEME.font,
  })
  slide.addText(clean(`Exported ${input.exportedOn} · scenarios: ${input.scenarios.map((s) => s.name).join(', ')}`), {
    x: 0.8,
    y: 4.3,
    w: 11.7,
    h: 0.5,
    fontSize: 14,
    color: 'DDE6F5',
    fontFace: THEME.font,
  })
  slide.addNotes(assumptions(input))
}

export function addSummarySlide(pptx: PptxGenJS, input: DeckInput): void {
  const baseline = input.scenarios[0]
  if (!baseline) return
  const { totals } = baseline.result
  const { currency, annualBudget, horizonMonths, startMonth } = input.portfolio.settings
  const before =
    totals.costBeforeHorizon > 0
      ? ` Build and one-offs spent before ${startMonth} (sunk, not in these figures): ${compactMoney(totals.costBeforeHorizon, currency)}.`
      : ''
  const slide = addSlide(
    pptx,
    'Portfolio summary (baseline)',
    input,
    `Horizon totals of the baseline: cost over every driver including shared pools, value, NPV of monthly net cash flows as of ${startMonth}-01 (the first day of the horizon), ROI (undiscounted) and payback month (the first month by which money spent is recovered).${before}`,
  )
  const budget = annualBudget === null ? 'no budget set' : compactMoney((annualBudget * horizonMonths) / 12, currency)
  const figures: [string, string][] = [
    ['Horizon cost', compactMoney(totals.cost, currency)],
    ['Horizon value', compactMoney(totals.value, currency)],
    ['NPV', compactMoney(totals.npv, currency)],
    ['ROI', totals.roi === null ? '—' : `${(totals.roi * 100).toFixed(0)}%`],
    ['Payback month', totals.paybackMonth === null ? 'not within the horizon' : `month ${totals.paybackMonth + 1}`],
    ['Budget over the horizon', budget],
  ]
  figures.forEach(([label, value], i) => {
    const x = 0.5 + (i % 3) * 4.2
    const y = 1.3 + Math.floor(i / 3) * 2.6
    slide.addShape('rect', { x, y, w: 3.9, h: 2.2, fill: { color: 'F2F5FA' }, line: { color: 'D5DCE8' } })
    slide.addText(label, {
      x: x + 0.2,
      y: y + 0.2,
      w: 3.5,
      h: 0.5,
      fontSize: 14,
      color: THEME.muted,
      fontFace: THEME.font,
    })
    slide.addText(value, {
      x: x + 0.2,
      y: y + 0.8,
      w: 3.5,
      h: 1.0,
      fontSize: 30,
      bold: true,
      color: THEME.ink,
      fontFace: THEME.font,
    })
  })
  if (totals.unpriced) {
    slide.addText('Some figures depend on unpriced models (counted as 0).', {
      x: 0.5,
      y: 6.6,
      w: 12,
      h: 0.4,
      fontSize: 12,
      color: 'C8364A',
    })
  }
}

export function addChartSlides(pptx: PptxGenJS, input: DeckInput): void {
  const baseline = input.scenarios[0]
  if (!baseline) return
  const { startMonth, currency } = input.portfolio.settings
  const comparison = scenarioComparison(input.scenarios)
  addSlide(pptx, `Scenario comparison (${currency})`, input, 'Horizon cost, value and NPV per scenario.').addChart(
    pptx.ChartType.bar,
    chartData(comparison),
    { ...chartOptions(comparison.length), barGrouping: 'clustered', barDir: 'col' },
  )
  const drivers = costByDriverPerYear(baseline.result, startMonth)
  addSlide(
    pptx,
    `Cost by driver per year, baseline (${currency})`,
    input,
    'Portfolio cost per horizon year, stacked by cost driver (shared pools allocated).',
  ).addChart(pptx.ChartType.bar, chartData(drivers), {
    ...chartOptions(drivers.length),
    barGrouping: 'stacked',
    barDir: 'col',
  })
  const trend = unitCostTrend(input.scenarios, startMonth)
  if (trend[0]?.labels.length) {
    addSlide(
      pptx,
      `Fully loaded cost per query (${currency})`,
      input,
      'Portfolio cost per query each month (every driver including shared pools, divided by queries), per scenario.',
    ).addChart(pptx.ChartType.line, chartData(trend), {
      ...chartOptions(trend.length),
      lineDataSymbol: 'none',
      lineSize: 2,
      valAxisLabelFormatCode: '0.0000',
      catAxisLabelFrequency: '6',
    })
  }
}

/** The decision matrix as a native bubble chart (one series per quadrant), then recommendations and flags. */
export function addMatrixSlides(pptx: PptxGenJS, input: DeckInput, matrix: readonly MatrixPoint[]): void {
  const placed = matrix.filter((p) => p.x !== null && p.y !== null && p.quadrant !== null)
  if (placed.length > 0) {
    const xs = chartValues(placed.map((p) => p.x ?? 0))
    const maxSpend = Math.max(1, ...placed.map((p) => p.spend))
    const data: PptxGenJS.OptsChartData[] = [{ name: 'X-Axis', values: xs }]
    for (const q of QUADRANTS) {
      data.push({
        name: QUADRANT_LABELS[q],
        values: placed.map((p) =>
          p.quadrant === q ? finiteOrThrow(p.y ?? 0, 'A number of a chart in the deck') : null,
        ) as number[],
        sizes: placed.map((p) => Math.max(1, (p.spend / maxSpend) * 100)),
      })
    }
    const slide = addSlide(
      pptx,
      'Decision matrix (baseline)',
      input,
      "x: scale economics (-100..100), y: strategic importance (0..100), bubble size: horizon spend; quadrants by the portfolio's thresholds.",
    )
    slide.addChart(pptx.ChartType.bubble, data, {
      ...chartOptions(QUADRANTS.length),
      x: 0.5,
      y: 1.1,
      w: 9.6,
      h: 5.8,
      valAxisMinVal: 0,
      valAxisMaxVal: 100,
      catAxisMinVal: -100,
      catAxisMaxVal: 100,
      valAxisTitle: 'Strategic importance',
      showValAxisTitle: true,
      catAxisTitle: 'Scale economics',
      showCatAxisTitle: true,
    })
    const labels: [string, number, number][] = [
      [QUADRANT_LABELS.fix, 1.4, 1.3],
      [QUADRANT_LABELS.double_down, 6.6, 1.3],
      [QUADRANT_LABELS.pull_back, 1.4, 5.4],
      [QUADRANT_LABELS.harvest, 6.6, 5.4],
    ]
    for (const [text, x, y] of labels)
      slide.addText(text, { x, y, w: 3, h: 0.4, fontSize: 12, bold: true, color: THEME.muted })
    const counts = QUADRANTS.map((q) => `${QUADRANT_LABELS[q]}: ${placed.filter((p) => p.quadrant === q).length}`)
    slide.addText(counts.join('\n'), { x: 10.3, y: 1.3, w: 2.8, h: 2.5, fontSize: 12, color: THEME.ink, valign: 'top' })
  }
  const bySpend = [...matrix].sort((a, b) => b.spend - a.spend).slice(0, 12)
  const rows: PptxGenJS.TableRow[] = [
    ['Initiative', 'Recommendation', 'Why', 'Governance flags'].map((t) => ({
      text: t,
      options: { bold: true, color: 'FFFFFF', fill: { color: THEME.band } },
    })),
    ...bySpend.map((p) => [
      { text: clean(p.name) },
      { text: ACTION_LABELS[p.recommendation.action] },
      { text: clean(p.recommendation.reasons.slice(0, 2).join('; ')) },
      {
        text: clean(
          p.flags
            .map((f) => f.message)
            .slice(0, 2)
            .join('; ') || '—',
        ),
      },
    ]),
  ]
  addSlide(
    pptx,
    'Recommendations and governance flags (largest spend first)',
    input,
    "Recommendations follow the portfolio's readable rules; flags follow the investment-discipline rules.",
  ).addTable(rows, {
    x: 0.4,
    y: 1.1,
    w: 12.5,
    colW: [2.8, 2.2, 4.3, 3.2],
    fontSize: 10,
    border: { type: 'solid', color: 'D5DCE8', pt: 0.5 },
    autoPage: false,
  })
}

export function addReviewsSlide(pptx: PptxGenJS, input: DeckInput): void {
  const baseline = input.scenarios[0]
  if (!baseline) return
  const reviews = upcomingReviews(input.portfolio, baseline.result, input.exportedOn, 14)
  const slide = addSlide(
    pptx,
    'Upcoming business reviews',
    input,
    'Initiatives by review date, soonest first; overdue reviews in red.',
  )
  if (reviews.length === 0) {
    slide.addText('No initiative has a review date.', {
      x: 0.5,
      y: 1.3,
      w: 12,
      h: 0.5,
      fontSize: 16,
      color: THEME.muted,
    })
    return
  }
  const currency = input.portfolio.settings.currency
  const rows: PptxGenJS.TableRow[] = [
    ['Review date', 'Initiative', 'Owner', 'Stage', 'Horizon cost'].map((t) => ({
      text: t,
      options: { bold: true, color: 'FFFFFF', fill: { color: THEME.band } },
    })),
    ...reviews.map((r) => [
      {
        text: r.overdue ? `${r.reviewDate} (overdue)` : r.reviewDate,
        options: r.overdue ? { color: 'C8364A', bold: true } : {},
      },
      { text: clean(r.name) },
      { text: clean(r.owner) },
      { text: r.stage },
      { text: compactMoney(r.horizonCost, currency) },
    ]),
  ]
  slide.addTable(rows, {
    x: 0.4,
    y: 1.1,
    w: 12.5,
    colW: [2.2, 4.3, 2.6, 1.4, 2.0],
    fontSize: 11,
    border: { type: 'solid', color: 'D5DCE8', pt: 0.5 },
    autoPage: false,
  })
}
