import { z } from 'zod'

/**
 * The most of each list a portfolio holds, and what a message calls the list and an item of it. A
 * file over a limit does not open, so the same rules (and words) are checked on every write too: see
 * limitIssues in validation.ts. A rule about a whole list names the list
 * (`Price book: must hold 500 models or fewer`), a rule about an item names the item (`Model "X"`).
 */
export const PORTFOLIO_LIMITS = {
  priceBook: { max: 500, rule: 'must hold 500 models or fewer', label: 'Price book', item: 'Model' },
  costPools: { max: 200, rule: 'must hold 200 cost pools or fewer', label: 'Cost pools', item: 'Cost pool' },
  initiatives: { max: 5000, rule: 'must hold 5,000 initiatives or fewer', label: 'Initiatives', item: 'Initiative' },
  scenarios: { max: 100, rule: 'must hold 100 scenarios or fewer', label: 'Scenarios', item: 'Scenario' },
} as const

export type LimitedList = keyof typeof PORTFOLIO_LIMITS

export function isLimitedList(key: unknown): key is LimitedList {
  return typeof key === 'string' && Object.hasOwn(PORTFOLIO_LIMITS, key)
}

/** An array of `item` with the portfolio's limit for `list`. */
export function limitedList<T extends z.ZodType>(item: T, list: LimitedList): z.ZodArray<T> {
  const { max, rule } = PORTFOLIO_LIMITS[list]
  return z.array(item).max(max, rule)
}

/** The lists' lengths only, item contents unchecked: cheap enough for every write. */
export const PortfolioCounts = z.object({
  priceBook: limitedList(z.unknown(), 'priceBook'),
  costPools: limitedList(z.unknown(), 'costPools'),
  initiatives: limitedList(z.unknown(), 'initiatives'),
  scenarios: limitedList(z.unknown(), 'scenarios').optional(),
})
