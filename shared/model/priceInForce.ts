import type { ModelPrice, PriceBookModel } from './priceBook'

/** A dated price of a model and its index in model.prices (for edits of that price). */
export interface PriceAt {
  price: ModelPrice
  index: number
}

/**
 * The dated price in force on a date: the latest effectiveFrom on or before it (the engine applies the
 * same rule to the first day of each month).
 */
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
