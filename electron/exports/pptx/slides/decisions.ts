import { moneyText, percentText } from '../../../../shared/decisions'
import type { MatrixPoint } from '../../../../shared/decisions'
import { formatDate } from '../../../../shared/display'
import { unpricedModelNames } from '../../../../shared/exports/deckData'
import { decisionsDue, recommendationRows, whyText } from '../../../../shared/exports/deckDecisions'
import type { Deck } from '../frame'
import { slideNotes } from '../notes'
import { addPagedTable, type Column } from '../table'
import { ACTION_COLORS } from '../theme'

/** Every initiative's recommendation with its money and reasons, largest spend first, continued over slides. */
export function addRecommendationsTable(deck: Deck, points: readonly MatrixPoint[]): void {
  const baseline = deck.input.scenarios[0]
  if (!baseline) return
  const { currency } = deck.input.portfolio.settings
  const money = (v: number): string => moneyText(v, currency)
  const rows = recommendationRows(points)
  // An unknown price counted as 0 understates spend and flatters NPV and ROI: such rows are marked.
  const unpriced = new Set(baseline.result.initiatives.filter((r) => r.totals.unpriced).map((r) => r.id))
  const models = unpricedModelNames(deck.input.portfolio, [baseline.result])
  const footnote =
    unpriced.size === 0
      ? undefined
      : `* No price for ${models.join(', ')} in some months (counted as 0): spend is a lower bound, NPV and ROI upper bounds.`
  // Two lines of reasons on the slide (the sentence on the quadrant first, when there is one); the
  // speaker notes carry every reason in full.
  const columns: Column[] = [
    { header: '#', width: 0.035, align: 'right', maxLines: 1 },
    { header: 'Initiative', width: 0.19, maxLines: 2 },
    { header: 'Recommendation', width: 0.14, maxLines: 2 },
    { header: 'Spend', width: 0.065, align: 'right', maxLines: 1 },
    { header: 'NPV', width: 0.07, align: 'right', maxLines: 1 },
    { header: 'ROI', width: 0.06, align: 'right', maxLines: 1 },
    { header: 'Why', width: 0.32, maxLines: 2 },
    { header: 'Governance flags', width: 0.12, maxLines: 2 },
  ]
  addPagedTable(deck, {
    title: 'Recommendations and governance flags',
    notes: slideNotes(
      deck.input,
      "Every initiative of the baseline, largest horizon spend first, with the app's recommendation and its reasons as the decision matrix gives them (docs/decisions.md), the horizon spend, NPV and ROI from the cost engine, and the investment-discipline flags. The numbers match the labels of the decision matrix when it numbers its bubbles.",
      footnote ?? '',
    ),
    rowNotes: (i) => {
      const r = rows[i]
      return r ? `${r.number}. ${r.name}: ${r.actionLabel}. ${whyText(r)}` : ''
    },
    columns,
    rows: rows.map((r) => [
      { text: String(r.number) },
      { text: r.name },
      { text: r.actionLabel, color: ACTION_COLORS[r.action], bold: true },
      { text: money(r.spend) },
      { text: `${money(r.npv)}${unpriced.has(r.id) ? '*' : ''}`, color: r.npv < 0 ? deck.look.bad : undefined },
      {
        text: r.roi === null ? '—' : percentText(r.roi),
        color: r.roi !== null && r.roi < 0 ? deck.look.bad : undefined,
      },
      { text: whyText(r) },
      { text: r.flags.join('; ') || '—', color: r.flags.length > 0 ? deck.look.bad : undefined },
    ]),
    fontSizes: [10, 9],
    footnote,
    rest: (n) => {
      const left = rows.slice(rows.length - n)
      return `And ${n} more initiatives with ${money(left.reduce((s, r) => s + r.spend, 0))} of horizon spend: the workbook's Decision matrix sheet lists every one.`
    },
  })
}

/** The reviews due: overdue first, then within a year, with what the app recommends deciding. */
export function addDecisionsDue(deck: Deck, points: readonly MatrixPoint[]): void {
  const baseline = deck.input.scenarios[0]
  if (!baseline) return
  const { input, look } = deck
  const { currency } = input.portfolio.settings
  const money = (v: number): string => moneyText(v, currency)
  const due = decisionsDue(input.portfolio, points, input.exportedOn)
  const overdue = due.rows.filter((r) => r.overdue).length
  const headline =
    due.rows.length === 0
      ? 'No business review is due within the next twelve months.'
      : `${due.rows.length} business review${due.rows.length === 1 ? '' : 's'} due within twelve months${overdue > 0 ? `, ${overdue} already overdue` : ''}.`
  const later = [
    due.later > 0 ? `${due.later} later review${due.later === 1 ? '' : 's'} not shown.` : '',
    due.unplanned > 0 ? `${due.unplanned} initiative${due.unplanned === 1 ? ' has' : 's have'} no review date.` : '',
  ]
    .filter((s) => s !== '')
    .join(' ')
  addPagedTable(deck, {
    title: 'Decisions due',
    notes: slideNotes(
      input,
      `Business reviews overdue on ${formatDate(input.exportedOn)} (the export date) or due within a year of it, soonest first, from each initiative's review date. "Recommended" is the app's recommendation from the decision matrix; cost and NPV are the baseline's horizon figures.`,
    ),
    headline,
    columns: [
      { header: 'Review', width: 0.12, maxLines: 1 },
      { header: 'Initiative', width: 0.24, maxLines: 2 },
      { header: 'Owner', width: 0.2, maxLines: 2 },
      { header: 'Stage', width: 0.07, maxLines: 1 },
      { header: 'Recommended', width: 0.18, maxLines: 2 },
      { header: 'Horizon cost', width: 0.12, align: 'right', maxLines: 1 },
      { header: 'NPV', width: 0.07, align: 'right', maxLines: 1 },
    ],
    rows: due.rows.map((r) => [
      {
        text: r.overdue ? `${formatDate(r.reviewDate)} overdue` : formatDate(r.reviewDate),
        color: r.overdue ? look.bad : undefined,
        bold: r.overdue,
      },
      { text: r.name },
      { text: r.owner || '—' },
      { text: r.stage },
      { text: r.actionLabel },
      { text: money(r.horizonCost) },
      { text: money(r.npv), color: r.npv < 0 ? look.bad : undefined },
    ]),
    fontSizes: [11, 10],
    footnote: later || undefined,
  })
}
