import type { Portfolio } from '../../shared/model/portfolio'

/** The parts with tables of their own; every other top-level key is a row of portfolio_parts. */
const CORE_KEYS = ['settings', 'priceBook', 'costPools', 'initiatives'] as const
type CoreKey = (typeof CORE_KEYS)[number]

/** Keys of the portfolio stored in portfolio_parts: 'scoring', 'scenarios', and whatever later issues add. */
export type PartKey = Exclude<keyof Portfolio, CoreKey>

const CORE: ReadonlySet<string> = new Set(CORE_KEYS)

/** The non-core parts of a portfolio, as [key, value] pairs. */
export function partsOf(portfolio: Portfolio): [string, unknown][] {
  return Object.entries(portfolio).filter(([key]) => !CORE.has(key))
}
