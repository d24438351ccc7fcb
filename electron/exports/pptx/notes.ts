import { formatDate, formatMonthIndex, formatPercent } from '../../../shared/display'
import { modelLabel } from '../../../shared/exports/deckData'
import type { DeckInput } from './frame'

/** Models listed by name in the notes; the rest are counted. */
const MAX_MODELS = 30

/** The prices behind every figure: per model, the dates of its prices and the source of the latest. */
function pricesNote(input: DeckInput): string {
  const { priceBook } = input.portfolio
  const lines = priceBook.slice(0, MAX_MODELS).map((m) => {
    const dated = [...m.prices].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
    const latest = dated[dated.length - 1]
    if (!latest) return `${modelLabel(m)}: unpriced`
    const source = latest.source.trim() === '' ? '' : ` (source: ${latest.source.trim()})`
    return `${modelLabel(m)}: ${dated.map((p) => formatDate(p.effectiveFrom)).join(', ')}${source}`
  })
  const more = priceBook.length > MAX_MODELS ? `; and ${priceBook.length - MAX_MODELS} more models` : ''
  return `Prices as of: ${lines.join('; ')}${more}.`
}

/** The assumptions every slide rests on, closing each slide's speaker notes. */
function assumptionsNote(input: DeckInput): string {
  const { settings, initiatives } = input.portfolio
  const scenarios = input.scenarios.map((s) => (s.description ? `${s.name} (${s.description})` : s.name))
  return [
    `Assumptions: ${initiatives.length} initiatives; horizon ${settings.horizonMonths} months from ${formatMonthIndex(settings.startMonth, 0)}; currency ${settings.currency}; annual discount rate ${formatPercent(settings.discountRateAnnual, 2)} (monthly, end-of-month discounting).`,
    `Cases: ${scenarios.join('; ')}.`,
    pricesNote(input),
    "Every figure comes from the app's cost engine and decision rules; the XLSX export carries the same numbers as live formulas.",
  ].join('\n')
}

/** A slide's notes: what it shows and where its figures come from, then the deck's assumptions. */
export function slideNotes(input: DeckInput, ...lines: string[]): string {
  return [...lines.filter((l) => l !== ''), '', assumptionsNote(input)].join('\n')
}
