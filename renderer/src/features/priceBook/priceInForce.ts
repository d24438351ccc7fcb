/**
 * Which dated price of a model a person sees as "in force" on a date (shared/model/priceInForce), the
 * dated prices in order, and today's date for the "as of" field. Display only.
 */
import type { PriceBookModel } from '../../../../shared/model'
import type { PriceAt } from '../../../../shared/model/priceInForce'

export { nextPriceAfter, priceInForce, type PriceAt } from '../../../../shared/model/priceInForce'

/** Dated prices oldest first, each with its index in model.prices. */
export function datedPrices(model: PriceBookModel): PriceAt[] {
  return model.prices
    .map((price, index) => ({ price, index }))
    .sort((a, b) =>
      a.price.effectiveFrom < b.price.effectiveFrom ? -1 : a.price.effectiveFrom > b.price.effectiveFrom ? 1 : 0,
    )
}

/** Today's date as YYYY-MM-DD in local time: the default "as of" date of the price book. */
export function todayIso(now: Date): string {
  const y = String(now.getFullYear()).padStart(4, '0')
  const m = String(now.getMonth() + 1).padStart(2, '0')
  const d = String(now.getDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}
