/**
 * Which dated price of a model a person sees as "in force" on a date: the latest effectiveFrom on
 * or before it (the engine applies the same rule to the first day of each month). Display only.
 */
import type { ModelPrice, PriceBookModel } from '../../../../shared/model'

export interface PriceAt {
  price: ModelPrice
  /** Index in model.prices, for edits of that dated price. */
  index: number
}

export function priceInForce(model: PriceBookModel, onDate: string): PriceAt | null {
  let best: PriceAt | null = null
  model.prices.forEach((price, index) => {
    if (price.effectiveFrom <= onDate && (best === null || price.effectiveFrom > best.price.effectiveFrom)) {
      best = { price, index }
    }
  })
  return best
}

/** The next dated price after `onDate` (a published cut, a negotiated rate), or null. */
export function nextPriceAfter(model: PriceBookModel, onDate: string): PriceAt | null {
  let best: PriceAt | null = null
  model.prices.forEach((price, index) => {
    if (price.effectiveFrom > onDate && (best === null || price.effectiveFrom < best.price.effectiveFrom)) {
      best = { price, index }
    }
  })
  return best
}

/** Dated prices oldest first, each with its index in model.prices. */
export function datedPrices(model: PriceBookModel): PriceAt[] {
  return model.prices
    .map((price, index) => ({ price, index }))
    .sort((a, b) =>
      a.price.effectiveFrom < b.price.effectiveFrom ? -1 : a.price.effectiveFrom > b.price.effectiveFrom ? 1 : 0,
    )
}
