import { moneyText, percentText } from '../../../../shared/decisions'
import { formatDate, formatMonthIndex, formatPercent } from '../../../../shared/display'
import { spendAgainstBudget } from '../../../../shared/exports/deckBudget'
import { unpricedModelNames } from '../../../../shared/exports/deckData'
import {
  addContentSlide,
  addText,
  boxHeight,
  clean,
  CONTENT_BOTTOM,
  CONTENT_W,
  MARGIN_X,
  SLIDE_H,
  SLIDE_W,
  type Deck,
} from '../frame'
import { slideNotes } from '../notes'
import { fitText, sizeToFit } from '../textFit'

/** The title slide: logo, company, portfolio name, what the deck is, the date and the cases it compares. */
export function addTitleSlide(deck: Deck): void {
  const { look, input } = deck
  const slide = deck.pptx.addSlide()
  slide.background = { color: 'FFFFFF' }
  slide.addShape('rect', { x: 0, y: 0, w: 0.28, h: SLIDE_H, fill: { color: look.primary }, line: { type: 'none' } })
  slide.addShape('rect', {
    x: 0,
    y: SLIDE_H - 0.5,
    w: SLIDE_W,
    h: 0.5,
    fill: { color: look.primary },
    line: { type: 'none' },
  })
  const x = 1.0
  const w = SLIDE_W - x - 1.0
  if (look.logo) {
    const h = 0.9
    const logoW = Math.min(3.5, (h * look.logo.width) / look.logo.height)
    slide.addImage({ data: look.logo.data, x, y: 0.7, w: logoW, h })
  }
  if (look.companyName !== '') {
    addText(
      deck,
      slide,
      fitText(look.companyName, w - 0.1, 18, 1, true).text,
      { x, y: 2.05, w, h: boxHeight(1, 18) },
      { size: 18, bold: true, color: look.muted },
    )
  }
  const name = clean(input.portfolio.settings.name)
  const size = sizeToFit(name, w - 0.1, [40, 34, 28], 2, true)
  const fitted = fitText(name, w - 0.1, size, 2, true)
  const nameH = boxHeight(2, size)
  addText(
    deck,
    slide,
    fitted.text,
    { x, y: 2.5, w, h: nameH },
    { size, bold: true, color: look.primary, valign: 'bottom' },
  )
  const ruleY = 2.5 + nameH + 0.12
  slide.addShape('rect', {
    x: x + 0.05,
    y: ruleY,
    w: 1.6,
    h: 0.07,
    fill: { color: look.accent },
    line: { type: 'none' },
  })
  addText(
    deck,
    slide,
    'Generative-AI portfolio economics: board pack',
    { x, y: ruleY + 0.25, w, h: boxHeight(1, 22) },
    { size: 22, color: look.ink },
  )
  const cases = input.scenarios.map((s) => s.name)
  addText(
    deck,
    slide,
    formatDate(input.exportedOn),
    { x, y: ruleY + 0.95, w, h: boxHeight(1, 14) },
    { size: 14, color: look.muted },
  )
  const casesText = fitText(`Cases compared: ${cases.join(', ')}`, w - 0.1, 14, 2)
  addText(
    deck,
    slide,
    casesText.text,
    { x, y: ruleY + 1.35, w, h: boxHeight(casesText.lines, 14) },
    { size: 14, color: look.muted },
  )
  slide.addNotes(
    clean(
      slideNotes(
        input,
        'Title slide. The deck compares the baseline (the portfolio as entered) with the scenarios listed.',
      ),
    ),
  )
}

interface Kpi {
  label: string
  value: string
  detail: string
  color?: string
}

/** The six figures of the summary: cost, value, NPV, ROI, payback and spend against the budget. */
function summaryKpis(deck: Deck): Kpi[] {
  const { portfolio } = deck.input
  const baseline = deck.input.scenarios[0]
  if (!baseline) return []
  const { totals } = baseline.result
  const { currency, startMonth, horizonMonths, discountRateAnnual } = portfolio.settings
  const money = (v: number): string => moneyText(v, currency)
  const budget = spendAgainstBudget(portfolio, baseline.result)
  const span = `${formatMonthIndex(startMonth, 0)} – ${formatMonthIndex(startMonth, horizonMonths - 1)}`
  const budgetKpi: Kpi =
    budget.horizonBudget === null
      ? {
          label: 'Spend against budget',
          value: 'No budget set',
          detail: 'Set an annual budget in the portfolio settings to compare.',
        }
      : {
          label: 'Spend against budget',
          value: budget.horizonBudget > 0 ? percentText(budget.horizonSpend / budget.horizonBudget) : '—',
          detail:
            budget.horizonSpend > budget.horizonBudget
              ? `${money(budget.horizonSpend)} of ${money(budget.horizonBudget)}: ${money(budget.horizonSpend - budget.horizonBudget)} over`
              : `${money(budget.horizonSpend)} of ${money(budget.horizonBudget)}: ${money(budget.horizonBudget - budget.horizonSpend)} left`,
          color: budget.horizonSpend > budget.horizonBudget ? deck.look.bad : undefined,
        }
  return [
    {
      label: 'Horizon cost',
      value: money(totals.cost),
      detail:
        totals.costBeforeHorizon > 0
          ? `${horizonMonths} months, ${span}; ${money(totals.costBeforeHorizon)} spent before ${formatMonthIndex(startMonth, 0)}`
          : `${horizonMonths} months, ${span}`,
    },
    { label: 'Horizon value', value: money(totals.value), detail: 'Value realised over the same months' },
    {
      label: 'NPV',
      value: money(totals.npv),
      detail: `As of ${formatDate(`${startMonth}-01`)}, net cash flows discounted at ${formatPercent(discountRateAnnual, 1)} a year`,
      color: totals.npv < 0 ? deck.look.bad : undefined,
    },
    {
      label: 'ROI',
      value: totals.roi === null ? '—' : percentText(totals.roi),
      detail: '(value − cost) ÷ cost over the horizon, undiscounted',
      color: totals.roi !== null && totals.roi < 0 ? deck.look.bad : undefined,
    },
    {
      label: 'Payback',
      value: totals.paybackMonth === null ? 'Not in horizon' : formatMonthIndex(startMonth, totals.paybackMonth),
      detail:
        totals.paybackMonth === null
          ? 'Money spent is not recovered within the horizon'
          : 'First month by which money spent is recovered',
    },
    budgetKpi,
  ]
}

/** One sentence a board member can repeat. */
function summaryHeadline(deck: Deck): string {
  const baseline = deck.input.scenarios[0]
  if (!baseline) return ''
  const { totals } = baseline.result
  const { currency, startMonth } = deck.input.portfolio.settings
  const money = (v: number): string => moneyText(v, currency)
  const payback =
    totals.paybackMonth === null
      ? 'does not pay back within the horizon'
      : `pays back in ${formatMonthIndex(startMonth, totals.paybackMonth)}`
  // An unknown price counted as 0: the cost shown is a floor and the NPV a ceiling.
  if (totals.unpriced)
    return `At least ${money(totals.cost)} of spend, an NPV of at most ${money(totals.npv)}: some model prices are unknown; the portfolio ${payback} at the earliest.`
  return totals.npv >= 0
    ? `${money(totals.cost)} of spend returns an NPV of ${money(totals.npv)}; the portfolio ${payback}.`
    : `${money(totals.cost)} of spend loses ${money(-totals.npv)} in NPV terms; the portfolio ${payback}.`
}

export function addSummarySlide(deck: Deck): void {
  const baseline = deck.input.scenarios[0]
  if (!baseline) return
  const { look, input } = deck
  const { settings } = input.portfolio
  const { slide, top } = addContentSlide(
    deck,
    'Portfolio at a glance (baseline)',
    slideNotes(
      input,
      `Horizon totals of the baseline: cost over every driver including shared pools, value, NPV of monthly net cash flows as of ${formatDate(`${settings.startMonth}-01`)} (the first day of the horizon), ROI (undiscounted) and payback month (the first month by which money spent is recovered), all from the cost engine.${
        baseline.result.totals.costBeforeHorizon > 0
          ? ` Build and one-offs spent before ${formatMonthIndex(settings.startMonth, 0)} (sunk, not in these figures): ${moneyText(baseline.result.totals.costBeforeHorizon, settings.currency)}.`
          : ''
      }`,
      settings.annualBudget === null
        ? 'No annual budget is set.'
        : `Budget: ${moneyText(settings.annualBudget, settings.currency)} a year, pro rata to the months of each calendar year in the horizon.`,
      baseline.result.totals.unpriced
        ? `No price in some months for ${unpricedModelNames(input.portfolio, [baseline.result]).join(', ')}, counted as 0: the cost is a lower bound, NPV and ROI upper bounds, and payback may come later.`
        : '',
    ),
    summaryHeadline(deck),
  )
  const kpis = summaryKpis(deck)
  const gap = 0.3
  const cardW = (CONTENT_W - 2 * gap) / 3
  const unpriced = baseline.result.totals.unpriced
  const bottom = CONTENT_BOTTOM - (unpriced ? 0.5 : 0)
  const cardH = Math.min(2.3, (bottom - top - gap) / 2)
  kpis.forEach((kpi, i) => {
    const x = MARGIN_X + (i % 3) * (cardW + gap)
    const y = top + Math.floor(i / 3) * (cardH + gap)
    slide.addShape('rect', {
      x,
      y,
      w: cardW,
      h: cardH,
      fill: { color: look.panel },
      line: { color: look.rule, width: 0.75 },
    })
    slide.addShape('rect', { x, y, w: 0.08, h: cardH, fill: { color: look.accent }, line: { type: 'none' } })
    const inner = cardW - 0.45
    addText(
      deck,
      slide,
      kpi.label,
      { x: x + 0.25, y: y + 0.15, w: inner, h: boxHeight(1, 14) },
      { size: 14, color: look.muted, bold: true },
    )
    const size = sizeToFit(kpi.value, inner - 0.1, [32, 28, 24, 20], 1, true)
    addText(
      deck,
      slide,
      kpi.value,
      { x: x + 0.25, y: y + 0.6, w: inner, h: boxHeight(1, 32) },
      { size, bold: true, color: kpi.color ?? look.ink, valign: 'middle' },
    )
    const detail = fitText(kpi.detail, inner - 0.1, 12, 2)
    addText(
      deck,
      slide,
      detail.text,
      { x: x + 0.25, y: y + cardH - 0.2 - boxHeight(2, 12), w: inner, h: boxHeight(2, 12) },
      { size: 12, color: look.muted },
    )
  })
  if (unpriced) {
    const models = unpricedModelNames(input.portfolio, [baseline.result])
    const text = fitText(
      `Some inference costs are not counted: no price in some months for ${models.join(', ')}. See the price book.`,
      CONTENT_W - 0.1,
      12,
      1,
    )
    addText(
      deck,
      slide,
      text.text,
      { x: MARGIN_X, y: CONTENT_BOTTOM - boxHeight(1, 12), w: CONTENT_W, h: boxHeight(1, 12) },
      { size: 12, color: look.bad },
    )
  }
}
