import { moneyText, percentText } from '../../../../shared/decisions'
import type { MatrixPoint } from '../../../../shared/decisions'
import { formatPercent } from '../../../../shared/display'
import { reallocationView, spendAgainstBudget } from '../../../../shared/exports/deckBudget'
import { addMoneyBars } from '../charts'
import { addContentSlide, CONTENT_BOTTOM, CONTENT_W, MARGIN_X, type Deck } from '../frame'
import { slideNotes } from '../notes'
import { addPagedTable, addTableAt, type Cell, type Column } from '../table'

function budgetHeadline(deck: Deck): string {
  const baseline = deck.input.scenarios[0]
  if (!baseline) return ''
  const money = (v: number): string => moneyText(v, deck.input.portfolio.settings.currency)
  const b = spendAgainstBudget(deck.input.portfolio, baseline.result)
  if (b.horizonBudget === null)
    return `No annual budget is set; the portfolio spends ${money(b.horizonSpend)} over the horizon.`
  const share = b.horizonBudget > 0 ? ` (${percentText(b.horizonSpend / b.horizonBudget)})` : ''
  const whole = `Over the horizon the portfolio spends ${money(b.horizonSpend)} against a budget of ${money(b.horizonBudget)}${share}`
  const over = b.years.flatMap((y) =>
    y.budget !== null && y.spend > y.budget ? [`${y.label} by ${money(y.spend - y.budget)}`] : [],
  )
  if (over.length === 0) return `${whole}, within budget every year.`
  const listed = over.length > 3 ? [...over.slice(0, 3), `${over.length - 3} more`] : over
  const list =
    listed.length > 1 ? `${listed.slice(0, -1).join(', ')} and ${listed[listed.length - 1] ?? ''}` : (listed[0] ?? '')
  return `${whole}; over budget in ${list}.`
}

/** Spend per calendar year against the budget (columns), with the figures and the reserve beside them. */
export function addSpendAgainstBudget(deck: Deck): void {
  const baseline = deck.input.scenarios[0]
  if (!baseline) return
  const { input, look } = deck
  const { settings } = input.portfolio
  const money = (v: number): string => moneyText(v, settings.currency)
  const b = spendAgainstBudget(input.portfolio, baseline.result)
  const { slide, top } = addContentSlide(
    deck,
    'Spend against budget',
    slideNotes(
      input,
      'The baseline\'s total cost per calendar year (every driver, shared pools included) against the annual budget, pro rata to the months of each year in the horizon; "Available" is the budget less the experimentation reserve, the money the optimiser may allocate.',
      settings.annualBudget === null
        ? 'No annual budget is set.'
        : `Annual budget ${money(settings.annualBudget)}; experimentation reserve ${settings.experimentationReserve.kind === 'share' ? `${formatPercent(settings.experimentationReserve.value, 1)} of the budget` : `${money(settings.experimentationReserve.value)} a year`}.`,
    ),
    budgetHeadline(deck),
  )
  const labels = b.years.map((y) => y.label)
  const series =
    b.horizonBudget === null
      ? [{ name: 'Spend', labels, values: b.years.map((y) => y.spend) }]
      : [
          { name: 'Budget', labels, values: b.years.map((y) => y.budget ?? 0) },
          { name: 'Spend', labels, values: b.years.map((y) => y.spend) },
        ]
  const chartW = 6.9
  addMoneyBars(deck, slide, {
    box: { x: MARGIN_X, y: top, w: chartW, h: CONTENT_BOTTOM - top },
    series,
    dir: 'col',
    grouping: 'clustered',
    gap: 80,
    colors: b.horizonBudget === null ? [look.accent] : ['B8C2D0', look.accent],
  })
  const tableX = MARGIN_X + chartW + 0.3
  const withBudget = b.horizonBudget !== null
  const columns: Column[] = withBudget
    ? [
        { header: 'Year', width: 0.28, maxLines: 1 },
        { header: 'Spend', width: 0.18, align: 'right', maxLines: 1 },
        { header: 'Budget', width: 0.18, align: 'right', maxLines: 1 },
        { header: 'Available', width: 0.18, align: 'right', maxLines: 1 },
        { header: 'Over', width: 0.18, align: 'right', maxLines: 1 },
      ]
    : [
        { header: 'Year', width: 0.5, maxLines: 1 },
        { header: 'Spend', width: 0.5, align: 'right', maxLines: 1 },
      ]
  const over = (spend: number, budget: number | null): Cell =>
    budget === null || spend <= budget ? { text: '—' } : { text: money(spend - budget), color: look.bad, bold: true }
  const rows: Cell[][] = [
    ...b.years.map((y) => [
      { text: y.label },
      { text: money(y.spend) },
      ...(withBudget
        ? [{ text: money(y.budget ?? 0) }, { text: money(y.available ?? 0) }, over(y.spend, y.budget)]
        : []),
    ]),
    [
      { text: 'Horizon', bold: true },
      { text: money(b.horizonSpend), bold: true },
      ...(withBudget
        ? [
            { text: money(b.horizonBudget ?? 0), bold: true },
            { text: money(b.horizonAvailable ?? 0), bold: true },
            over(b.horizonSpend, b.horizonBudget),
          ]
        : []),
    ],
  ]
  addTableAt(deck, slide, { x: tableX, y: top + 0.1, w: CONTENT_W - chartW - 0.3 }, columns, rows)
}

/** The optimiser's suggestion within the budget: spend per year as planned and as suggested, and the cuts. */
export function addReallocation(deck: Deck, points: readonly MatrixPoint[]): void {
  const baseline = deck.input.scenarios[0]
  if (!baseline) return
  const { input, look } = deck
  const { currency } = input.portfolio.settings
  const money = (v: number): string => moneyText(v, currency)
  const view = reallocationView(input.portfolio, baseline.result, points)
  if (!view) return
  const b = spendAgainstBudget(input.portfolio, baseline.result)
  const r = view.reallocation
  const total = input.portfolio.initiatives.length
  const headline = !r.feasible
    ? `Initiatives locked in already spend more than the ${money(r.available)} available; funding only them gives an NPV of ${money(r.suggestedNpv)}.`
    : view.cut.length === 0
      ? `All ${total} initiatives fit within the ${money(r.available)} available; nothing to cut (NPV ${money(r.currentNpv)}).`
      : `Within the ${money(r.available)} available, funding ${view.fundedCount} of ${total} initiatives gives an NPV of ${money(r.suggestedNpv)}: ${r.npvGained >= 0 ? `${money(r.npvGained)} more` : `${money(-r.npvGained)} less`} than funding all (${money(r.currentNpv)}).`
  const chartW = 5.4
  const labels = b.years.map((y) => y.label)
  const series = [
    { name: 'Available', labels, values: b.years.map((y) => y.available ?? 0) },
    { name: 'As planned', labels, values: b.years.map((y) => y.spend) },
    { name: 'Suggested', labels, values: view.fundedByYear },
  ]
  addPagedTable(deck, {
    title: 'Reallocation within the budget',
    notes: slideNotes(
      input,
      `The budget view's optimiser (an exact 0/1 knapsack over whole initiatives, docs/decisions.md) maximising NPV with the constraint ${r.constraintText}, following the recommendations as the budget view does first: ${r.treatmentText} Initiatives locked in or out stay so; initiatives with zero or negative NPV are never funded by choice. Money is rounded to ${money(r.resolution)} steps, so the chosen set never exceeds the budget.`,
      `Funded: ${view.fundedCount}, spending ${money(view.fundedSpend)}. Recommended to pull back: ${r.pullBackIds.length}, spending ${money(r.pullBackSpend)}.`,
      '"Suggested" is the funded initiatives\' spend per calendar year with shared pools allocated as today; cutting initiatives moves their share of the pools to the others.',
    ),
    headline,
    at: { x: MARGIN_X + chartW + 0.3, w: CONTENT_W - chartW - 0.3 },
    beside: (slide, top) =>
      addMoneyBars(deck, slide, {
        box: { x: MARGIN_X, y: top, w: chartW, h: CONTENT_BOTTOM - top },
        series,
        dir: 'col',
        grouping: 'clustered',
        gap: 60,
        colors: ['B8C2D0', '8A97AB', look.accent],
        maxTicks: 5,
      }),
    columns: [
      { header: 'Initiative cut', width: 0.3, maxLines: 2 },
      { header: 'Why', width: 0.2, maxLines: 2 },
      { header: 'Recommendation', width: 0.22, maxLines: 2 },
      { header: 'Spend', width: 0.13, align: 'right', maxLines: 1 },
      { header: 'NPV', width: 0.15, align: 'right', maxLines: 1 },
    ],
    rows: view.cut.map((c) => [
      { text: c.name },
      { text: c.reason },
      { text: c.actionLabel },
      { text: money(c.spend) },
      { text: money(c.npv), color: c.npv < 0 ? look.bad : undefined },
    ]),
    fontSizes: [11, 10],
    footnote: `${r.treatmentText} Funded initiatives spend ${money(view.fundedSpend)}.`,
    rest: (n) => `And ${n} more cut initiatives: the budget view lists every one.`,
  })
}
