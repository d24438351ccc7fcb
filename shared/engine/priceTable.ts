import type { LongContextTier, ModelPrice, PriceBookModel } from '../model'
import { firstDayOfMonth } from './calendar'
import {
  PRICE_ALL,
  PRICE_CACHE_WRITE,
  PRICE_CACHED,
  PRICE_INPUT,
  PRICE_OUTPUT,
  TIER_SHIFT,
  type PriceTable,
} from './compiled'

function unknownBits(p: ModelPrice | LongContextTier): number {
  return (
    (p.inputPerM === null ? PRICE_INPUT : 0) |
    (p.cachedInputPerM === null ? PRICE_CACHED : 0) |
    (p.cacheWritePerM === null ? PRICE_CACHE_WRITE : 0) |
    (p.outputPerM === null ? PRICE_OUTPUT : 0)
  )
}

/** Dated prices sorted by effective date (ISO strings sort as dates). */
function byDate(prices: readonly ModelPrice[]): ModelPrice[] {
  return [...prices].sort((a, b) =>
    a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0,
  )
}

/**
 * Resolves the price book into per-model, per-month arrays. Month t uses the dated price
 * in force on its first day (latest effectiveFrom <= YYYY-MM-01); before a model's first
 * dated price every field is unknown.
 */
export function compilePriceTable(
  priceBook: readonly PriceBookModel[],
  startMonth: string,
  months: number,
): PriceTable {
  const n = priceBook.length * months
  const table: PriceTable = {
    months,
    modelIds: priceBook.map((m) => m.id),
    modelIndex: new Map(priceBook.map((m, k) => [m.id, k])),
    input: new Float64Array(n),
    cachedInput: new Float64Array(n),
    cacheWrite: new Float64Array(n),
    output: new Float64Array(n),
    batchDiscount: new Float64Array(n),
    tierThreshold: new Float64Array(n).fill(Infinity),
    tierInput: new Float64Array(n),
    tierCachedInput: new Float64Array(n),
    tierCacheWrite: new Float64Array(n),
    tierOutput: new Float64Array(n),
    unknown: new Uint8Array(n),
  }
  const days: string[] = []
  for (let t = 0; t < months; t++) days.push(firstDayOfMonth(startMonth, t))
  priceBook.forEach((model, k) => {
    const prices = byDate(model.prices)
    let j = -1
    for (let t = 0; t < months; t++) {
      const day = days[t] ?? ''
      while (j + 1 < prices.length && (prices[j + 1]?.effectiveFrom ?? '') <= day) j++
      const i = k * months + t
      const p = j >= 0 ? prices[j] : undefined
      if (!p) {
        table.unknown[i] = PRICE_ALL
        continue
      }
      table.input[i] = p.inputPerM ?? 0
      table.cachedInput[i] = p.cachedInputPerM ?? 0
      table.cacheWrite[i] = p.cacheWritePerM ?? 0
      table.output[i] = p.outputPerM ?? 0
      table.batchDiscount[i] = p.batchDiscount
      let bits = unknownBits(p)
      const tier = p.longContext
      if (tier) {
        table.tierThreshold[i] = tier.thresholdTokens
        table.tierInput[i] = tier.inputPerM ?? 0
        table.tierCachedInput[i] = tier.cachedInputPerM ?? 0
        table.tierCacheWrite[i] = tier.cacheWritePerM ?? 0
        table.tierOutput[i] = tier.outputPerM ?? 0
        bits |= unknownBits(tier) << TIER_SHIFT
      }
      table.unknown[i] = bits
    }
  })
  return table
}
