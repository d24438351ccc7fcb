import { moneyFromNumber, moneyToNumber } from './decimal'
import type { ActualLine } from './line'

/** The cost of one currency in one month, as the file gives it. */
export interface MonthCurrency {
  month: string
  currency: string
  cost: number
  lines: number
}

/** A model name as the source writes it, with what it carries (for mapping it to the price book once). */
export interface ModelSeen {
  provider: string
  model: string
  lines: number
  firstMonth: string
  lastMonth: string
}

/**
 * Costs per month and currency. A month whose currency is not the portfolio's needs a rate for
 * that month before the lines can be stored: the importer refuses the month without one.
 */
export function currenciesByMonth(lines: readonly ActualLine[]): MonthCurrency[] {
  const sums = new Map<string, { month: string; currency: string; cost: bigint; lines: number }>()
  for (const l of lines) {
    if (l.currency === null) continue
    const key = `${l.month} ${l.currency}`
    const s = sums.get(key) ?? { month: l.month, currency: l.currency, cost: 0n, lines: 0 }
    s.cost += moneyFromNumber(l.cost ?? 0) ?? 0n
    s.lines++
    sums.set(key, s)
  }
  return [...sums.values()]
    .sort((a, b) => a.month.localeCompare(b.month) || a.currency.localeCompare(b.currency))
    .map((s) => ({ month: s.month, currency: s.currency, cost: moneyToNumber(s.cost), lines: s.lines }))
}

/** The months and currencies that need an exchange rate into the portfolio's currency. */
export function monthsNeedingRates(currencies: readonly MonthCurrency[], portfolioCurrency: string): MonthCurrency[] {
  return currencies.filter((c) => c.currency !== portfolioCurrency.toUpperCase())
}

/** Each distinct (provider, model) of the lines, the ones without a model ('' - tax, credits) left out. */
export function modelsSeen(lines: readonly ActualLine[]): ModelSeen[] {
  const seen = new Map<string, ModelSeen>()
  for (const l of lines) {
    if (l.model === '') continue
    const key = `${l.provider}\u001f${l.model}`
    const s = seen.get(key)
    if (!s) seen.set(key, { provider: l.provider, model: l.model, lines: 1, firstMonth: l.month, lastMonth: l.month })
    else {
      s.lines++
      if (l.month < s.firstMonth) s.firstMonth = l.month
      if (l.month > s.lastMonth) s.lastMonth = l.month
    }
  }
  return [...seen.values()].sort((a, b) => a.provider.localeCompare(b.provider) || a.model.localeCompare(b.model))
}

/**
 * Lines whose model a matcher (source name to price-book id, with the user's saved aliases) does
 * not know: each is reported so the user maps the name once or the line stays flagged.
 */
export function unmatchedModels(
  models: readonly ModelSeen[],
  match: (provider: string, model: string) => string | null,
): ModelSeen[] {
  return models.filter((m) => match(m.provider, m.model) === null)
}
