import type { PriceTable } from './compiled'

/**
 * For each model row and month of a price table, the first later month whose prices differ
 * (any field, tier or unknown flag), or `months` when they hold to the end of the horizon:
 * at [k * months + t], like the table. Prices change at a few dated entries, so an initiative's
 * blended price per token holds over long runs of months and the month loop computes it once
 * per run (months/inference.ts). A table is never changed once built, so one lookup per table
 * is kept for as long as the table lives.
 */
const runs = new WeakMap<PriceTable, Int32Array>()

/** True when rows i and j hold the same prices (an unknown price is stored as 0 and flagged). */
function samePrices(table: PriceTable, i: number, j: number): boolean {
  return (
    table.unknown[i] === table.unknown[j] &&
    table.input[i] === table.input[j] &&
    table.cachedInput[i] === table.cachedInput[j] &&
    table.cacheWrite[i] === table.cacheWrite[j] &&
    table.output[i] === table.output[j] &&
    table.batchDiscount[i] === table.batchDiscount[j] &&
    table.tierThreshold[i] === table.tierThreshold[j] &&
    table.tierInput[i] === table.tierInput[j] &&
    table.tierCachedInput[i] === table.tierCachedInput[j] &&
    table.tierCacheWrite[i] === table.tierCacheWrite[j] &&
    table.tierOutput[i] === table.tierOutput[j]
  )
}

export function priceRunEnds(table: PriceTable): Int32Array {
  const known = runs.get(table)
  if (known) return known
  const H = table.months
  const rows = table.input.length / Math.max(1, H)
  const ends = new Int32Array(rows * H)
  for (let k = 0; k < rows; k++) {
    const o = k * H
    if (H > 0) ends[o + H - 1] = H
    for (let t = H - 2; t >= 0; t--) ends[o + t] = samePrices(table, o + t, o + t + 1) ? (ends[o + t + 1] ?? H) : t + 1
  }
  runs.set(table, ends)
  return ends
}
