/**
 * Which dated price of a model a person sees as "in force" on a date (shared/model/priceInForce),
 * and the dated prices in order. Display only.
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
