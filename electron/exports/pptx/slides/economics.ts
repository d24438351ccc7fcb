import { moneyText, percentText } from '../../../../shared/decisions'
import type PptxGenJS from 'pptxgenjs'
import { formatMonthIndex } from '../../../../shared/display'
import { formatPerQuery } from '../../../../shared/engine/scenarios'
import { DRIVERS, DRIVER_LABELS } from '../../../../shared/engine/types'
import {
  costByDriverPerYear,
  scenarioKpis,
  unitCostTrend,
  unpricedModelNames,
  type DeckRun,
  type UnitCostTrend,
} from '../../../../shared/exports/deckData'
import { moneyAxis, valueAxisOptions } from '../axes'
import { addMoneyBars, chartBase, chartData, DASHES, labelColumns } from '../charts'
import { addContentSlide, addText, boxHeight, CONTENT_BOTTOM, CONTENT_W, MARGIN_X, type Deck } from '../frame'
import { slideNotes } from '../notes'
import { addTableAt, type Column } from '../table'
import { fitLine, fitText } from '../textFit'

/** Cases per comparison slide: the baseline and up to seven scenarios; more continue on the next slide. */
const CASES_PER_SLIDE = 8
/** Lines per cost-per-query chart: the baseline and up to five scenarios. */
const LINES_PER_SLIDE = 6

/** The baseline with each group of scenarios after it. */
function caseGroups(runs: readonly DeckRun[], size: number): DeckRun[][] {
  const [baseline, ...scenarios] = runs
  if (!baseline) return []
  const groups: DeckRun[][] = []
  for (let i = 0; i < scenarios.length; i += size - 1) groups.push([baseline, ...scenarios.slice(i, i + size - 1)])
  return groups.length > 0 ? groups : [[baseline]]
}

function comparisonHeadline(deck: Deck): string {
  const kpis = scenarioKpis(deck.input.scenarios)
  const [baseline, ...scenarios] = kpis
  if (!baseline || scenarios.length === 0) return ''
  const money = (v: number): string => moneyText(v, deck.input.portfolio.settings.currency)
  const best = [...scenarios].sort((a, b) => b.npv - a.npv)[0]
  if (!best) return ''
  const change = best.npv - baseline.npv
  // An unknown price counted as 0 flatters a case: its NPV is a ceiling, not a result to lead with.
  if (best.unpriced && change >= 0)
    return `“${best.name}” shows the highest NPV, ${money(best.npv)}*, but leaves out a model price that is unknown: at most that.`
  return change >= 0
    ? `“${best.name}” raises NPV the most: ${money(best.npv)}, ${money(change)} above the baseline's ${money(baseline.npv)}.`
    : `Every scenario lowers NPV; the least, “${best.name}”, by ${money(-change)} to ${money(best.npv)}.`
}

/** Horizon cost, value and NPV per case (bars), with NPV, its change, ROI and payback beside them. */
export function addScenarioComparison(deck: Deck): void {
  const { input, look } = deck
  if (input.scenarios.length < 2) return
  const { currency, startMonth } = input.portfolio.settings
  const money = (v: number): string => moneyText(v, currency)
  const groups = caseGroups(input.scenarios, CASES_PER_SLIDE)
  const baselineNpv = input.scenarios[0]?.result.totals.npv ?? 0
  groups.forEach((group, page) => {
    const { slide, top } = addContentSlide(
      deck,
      page === 0 ? 'Scenarios against the baseline' : 'Scenarios against the baseline (continued)',
      slideNotes(
        input,
        'Horizon cost, value and NPV of each case from the cost engine. A scenario is the baseline with its levers applied (docs/cost-model.md, "Scenarios and levers").',
        ...input.scenarios.slice(1).map((s) => `${s.name}: ${s.description ?? 'no description'}.`),
        input.scenarios.some((r) => r.result.totals.unpriced)
          ? `Marked *: ${input.scenarios
              .filter((r) => r.result.totals.unpriced)
              .map((r) => r.name)
              .join('; ')}. ${unpricedCasesNote(
              unpricedModelNames(
                input.portfolio,
                input.scenarios.map((r) => r.result),
              ),
            ).slice(2)}`
          : '',
      ),
      page === 0 ? comparisonHeadline(deck) : undefined,
    )
    const kpis = scenarioKpis(group)
    const chartW = 6.9
    const labelW = 2.3
    // Bars read top to bottom in the table's order: a bar chart draws its first category at the bottom.
    const ordered = [...kpis].reverse()
    const labels = ordered.map((k) => fitLine(k.name, labelW, 11))
    const series = [
      { name: 'Total cost', labels, values: ordered.map((k) => k.cost) },
      { name: 'Value', labels, values: ordered.map((k) => k.value) },
      { name: 'NPV', labels, values: ordered.map((k) => k.npv) },
    ]
    addMoneyBars(deck, slide, {
      box: { x: MARGIN_X, y: top, w: chartW, h: CONTENT_BOTTOM - top },
      series,
      dir: 'bar',
      grouping: 'clustered',
      gap: 60,
      colors: ['8A97AB', look.accent, look.primary === look.accent ? look.good : look.primary],
      maxTicks: 5,
    })
    const tableX = MARGIN_X + chartW + 0.3
    const columns: Column[] = [
      { header: 'Case', width: 0.4, maxLines: 2 },
      { header: 'NPV', width: 0.19, align: 'right', maxLines: 1 },
      { header: 'vs baseline', width: 0.22, align: 'right', maxLines: 1 },
      { header: 'Payback', width: 0.19, align: 'right', maxLines: 1 },
    ]
    const tableW = CONTENT_W - chartW - 0.3
    const tableH = addTableAt(
      deck,
      slide,
      { x: tableX, y: top + 0.1, w: tableW },
      columns,
      kpis.map((k, i) => [
        { text: k.name, bold: i === 0 },
        { text: `${money(k.npv)}${k.unpriced ? '*' : ''}`, color: k.npv < 0 ? look.bad : undefined },
        {
          text: i === 0 ? '—' : `${k.npv - baselineNpv >= 0 ? '+' : '−'}${money(Math.abs(k.npv - baselineNpv))}`,
          color: i > 0 && k.npv < baselineNpv ? look.bad : undefined,
        },
        { text: k.paybackMonth === null ? 'None' : formatMonthIndex(startMonth, k.paybackMonth) },
      ]),
    )
    const unpriced = group.filter((r) => r.result.totals.unpriced)
    if (unpriced.length > 0) {
      const note = unpricedCasesNote(
        unpricedModelNames(
          input.portfolio,
          unpriced.map((r) => r.result),
        ),
      )
      const y = top + 0.1 + tableH + 0.08
      const lines = [3, 2, 1].find((n) => y + boxHeight(n, 11) <= CONTENT_BOTTOM) ?? 0
      if (lines > 0) {
        const fitted = fitText(note, tableW - 0.1, 11, lines)
        addText(
          deck,
          slide,
          fitted.text,
          { x: tableX, y, w: tableW, h: boxHeight(fitted.lines, 11) },
          { size: 11, color: look.bad },
        )
      }
    }
  })
}

/** The footnote of cases marked *: what their figures leave out. */
const unpricedCasesNote = (models: readonly string[]): string =>
  `* No price for ${models.join(', ')} in some months (counted as 0): the cost is a lower bound, NPV an upper bound, and payback may come later.`

/** The largest driver over the horizon, from the engine's horizon totals. */
function driverHeadline(deck: Deck, run: DeckRun): string {
  const { costByDriver, cost } = run.result.totals
  const largest = [...DRIVERS].sort((a, b) => costByDriver[b] - costByDriver[a])[0]
  if (!largest || cost <= 0) return ''
  const money = (v: number): string => moneyText(v, deck.input.portfolio.settings.currency)
  return `${DRIVER_LABELS[largest]} is the largest cost: ${money(costByDriver[largest])} of ${money(cost)} (${percentText(costByDriver[largest] / cost)}) over the horizon.`
}

/** Baseline cost per calendar year, stacked by driver. */
export function addCostByDriver(deck: Deck): void {
  const baseline = deck.input.scenarios[0]
  if (!baseline) return
  const { settings } = deck.input.portfolio
  const data = costByDriverPerYear(baseline.result, settings)
  const { slide, top } = addContentSlide(
    deck,
    'Where the money goes: cost by driver per year',
    slideNotes(
      deck.input,
      "The baseline's cost per calendar year of the horizon, stacked by cost driver; shared cost pools are allocated to initiatives by each pool's rule. Partial years show the months they cover.",
    ),
    driverHeadline(deck, baseline),
  )
  if (data.series.length === 0) return
  const totals = data.labels.map((_, i) => data.series.reduce((s, d) => s + Math.max(0, d.values[i] ?? 0), 0))
  const frame = { x: MARGIN_X, y: top, w: CONTENT_W, h: CONTENT_BOTTOM - top }
  const axis = addMoneyBars(deck, slide, {
    box: frame,
    series: data.series,
    dir: 'col',
    grouping: 'stacked',
    gap: 70,
    colors: data.colours,
    alsoCover: totals,
    more: { layout: DRIVER_PLOT, legendPos: 'r' },
  })
  const money = (v: number): string => moneyText(v, settings.currency)
  labelColumns(
    deck,
    slide,
    frame,
    DRIVER_PLOT,
    axis,
    totals.map((t) => ({ top: t, text: money(t) })),
  )
}

/** The cost-by-driver plot within its chart, leaving the right for the legend, so each year's total can sit on its column. */
const DRIVER_PLOT = { x: 0.07, y: 0.06, w: 0.72, h: 0.84 }

function trendHeadline(deck: Deck, trend: UnitCostTrend): string {
  const { currency, startMonth } = deck.input.portfolio.settings
  const run = trend.series[0]
  if (!run) return ''
  const { values, unpriced } = run
  const firstIndex = values.findIndex((v) => v !== null)
  let lastIndex = -1
  values.forEach((v, i) => {
    if (v !== null) lastIndex = i
  })
  const first = values[firstIndex]
  const last = values[lastIndex]
  if (first == null || last == null || firstIndex === lastIndex) return ''
  const when = (i: number): string => formatMonthIndex(startMonth, trend.months[i] ?? 0)
  // An unpriced month's cost per query leaves out a price: a lower bound, never the cost.
  const amount = (v: number, i: number): string =>
    unpriced[i] === true ? `at least ${formatPerQuery(v, currency)}` : formatPerQuery(v, currency)
  const direction = last < first ? 'falls' : last > first ? 'rises' : 'stays'
  return `${run.name}: the fully loaded cost per query ${direction} from ${amount(first, firstIndex)} in ${when(firstIndex)} to ${amount(last, lastIndex)} in ${when(lastIndex)}.`
}

/** Runs of consecutive true months, as [first, last] labels. */
function monthRuns(startMonth: string, months: readonly number[], flags: readonly boolean[]): string[] {
  const runs: string[] = []
  for (let i = 0; i < flags.length; i++) {
    if (!flags[i]) continue
    const from = i
    while (flags[i + 1] === true) i++
    const label = (k: number): string => formatMonthIndex(startMonth, months[k] ?? 0)
    runs.push(from === i ? label(from) : `${label(from)} – ${label(i)}`)
  }
  return runs
}

/** Fully loaded cost per query per month, one line per case, dashed where lines may coincide; unpriced months shaded. */
export function addUnitCostTrend(deck: Deck): void {
  const { input, look } = deck
  const { startMonth, currency } = input.portfolio.settings
  const groups = caseGroups(input.scenarios, LINES_PER_SLIDE)
  groups.forEach((group, page) => {
    const trend = unitCostTrend(group, startMonth)
    if (trend.months.length === 0) return
    const unpricedRuns = monthRuns(startMonth, trend.months, trend.unpriced)
    const models = unpricedModelNames(
      input.portfolio,
      group.map((r) => r.result),
    )
    const unpricedNote =
      unpricedRuns.length === 0
        ? ''
        : `Shaded months: no price for ${models.join(', ')} (counted as 0), so the cost per query there is a lower bound, not the cost (${unpricedRuns.join(', ')}).`
    const { slide, top } = addContentSlide(
      deck,
      page === 0 ? 'Cost per query over time' : 'Cost per query over time (continued)',
      slideNotes(
        input,
        'Fully loaded cost per query: every cost driver of the month (model inference, build, run costs, shared pools) divided by the queries of that month, for the whole portfolio, from the first month with queries. Months without queries have no point.',
        unpricedNote,
      ),
      page === 0 ? trendHeadline(deck, trend) : undefined,
    )
    const caption = unpricedNote === '' ? null : fitText(unpricedNote, CONTENT_W - 0.1, 11, 2)
    const captionH = caption === null ? 0 : boxHeight(caption.lines, 11)
    const chartBottom = CONTENT_BOTTOM - captionH
    const axis = moneyAxis(
      trend.series.flatMap((s) => s.values.filter((v): v is number => v !== null)),
      currency,
      6,
    )
    // One line chart per case in one plot, so each line has its own dash: the baseline solid and
    // wide underneath, the scenarios narrower and dashed on top, so coinciding lines stay visible.
    const colour = (i: number): string =>
      i === 0 ? look.accent : (look.series[(page * (LINES_PER_SLIDE - 1) + i) % look.series.length] ?? look.accent)
    const layers: PptxGenJS.IChartMulti[] = trend.series.map((s, i) => ({
      type: 'line',
      data: chartData([{ name: fitLine(s.name, 3, 11), labels: trend.labels, values: s.values }]),
      options: {
        chartColors: [colour(i)],
        lineSize: i === 0 ? 3.5 : 2,
        lineDash: DASHES[i % DASHES.length],
        lineDataSymbol: 'none',
      },
    }))
    // Unpriced months as full-height columns behind the lines, as the app shades them.
    const shade: PptxGenJS.IChartMulti[] =
      unpricedRuns.length === 0
        ? []
        : [
            {
              type: 'bar',
              data: chartData([
                {
                  name: 'Unpriced month (lower bound)',
                  labels: trend.labels,
                  values: trend.unpriced.map((u) => (u ? axis.max : null)),
                },
              ]),
              options: { barDir: 'col', barGapWidthPct: 0, chartColors: [UNPRICED_SHADE] },
            },
          ]
    // A combined chart carries its data in the layers; pptxgenjs then reads the options from the third argument.
    slide.addChart([...shade, ...layers], undefined as never, {
      ...chartBase(deck, { x: MARGIN_X, y: top, w: CONTENT_W, h: chartBottom - top }),
      ...valueAxisOptions(axis),
      displayBlanksAs: 'gap',
    })
    if (caption !== null)
      addText(
        deck,
        slide,
        caption.text,
        { x: MARGIN_X, y: chartBottom, w: CONTENT_W, h: captionH },
        { size: 11, color: look.bad },
      )
  })
}

/** The app's shade of unpriced months (its unit-cost chart), solid for the deck. */
const UNPRICED_SHADE = 'FBE7C6'
