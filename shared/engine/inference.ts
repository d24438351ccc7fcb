import {
  PRICE_ALL,
  PRICE_CACHE_WRITE,
  PRICE_CACHED,
  PRICE_INPUT,
  PRICE_OUTPUT,
  TIER_SHIFT,
  type InitiativeInputs,
  type PriceTable,
} from './compiled'
import { F_INFERENCE, F_INPUT_TOKENS, F_QUERIES, F_UNPRICED, sumIndex } from './layout'

const PER_MILLION = 1e6

function clampShare(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x
}

/**
 * Inference cost per month:
 *   Q * sum_k share_k * (1 - batchShare * batchDiscount_k)
 *     * [Tin * ((1-c-w) * in_k + c * cached_k + w * cacheWrite_k) + Tout * out_k] / 1e6
 * with the long-context tier's prices for the whole request when Tin exceeds its threshold.
 * A needed price that is unknown adds 0 and sets the month's unpriced flag.
 * Writes months at or after launch, and the sums, into a zeroed block (see layout.ts).
 * Returns a bit mask over mix entries whose model was unpriced in some month.
 */
export function fillInference(inp: InitiativeInputs, table: PriceTable, buf: Float64Array, base: number): number {
  const H = table.months
  const L = inp.launchMonth
  const mixModels = inp.mixModels
  const nMix = mixModels.length
  const adj = inp.adjust
  const outF = adj?.outputTokensFactor
  const cacheA = adj?.cacheHitRate
  const writeA = adj?.cacheWriteRate
  const batchA = adj?.batchShare
  const mixA = adj?.mixShares
  const costF = adj?.costFactor?.inference
  const { input, cachedInput, cacheWrite, output, batchDiscount, tierThreshold, unknown } = table
  const { tierInput, tierCachedInput, tierCacheWrite, tierOutput } = table
  let unpricedEntries = 0
  const t0 = Math.max(0, L)
  const oQ = base + F_QUERIES * H
  const oT = base + F_INPUT_TOKENS * H
  const oI = base + F_INFERENCE * H
  const oU = base + F_UNPRICED * H
  let sumI = 0
  let sumU = 0
  // Rates as entered, re-read each month only when a scenario gives them month by month.
  let c = clampShare(inp.cacheHitRate)
  let w = clampShare(inp.cacheWriteRate)
  let b = clampShare(inp.batchShare)
  let u = Math.max(0, 1 - c - w)
  const monthlyRates = cacheA !== undefined || writeA !== undefined || batchA !== undefined
  const shares = inp.mixShares
  for (let t = t0; t < H; t++) {
    if (monthlyRates) {
      c = clampShare(cacheA ? (cacheA[t] ?? 0) : inp.cacheHitRate)
      w = clampShare(writeA ? (writeA[t] ?? 0) : inp.cacheWriteRate)
      b = clampShare(batchA ? (batchA[t] ?? 0) : inp.batchShare)
      u = Math.max(0, 1 - c - w)
    }
    const tin = buf[oT + t] ?? 0
    const tout = outF ? inp.outputTokensPerQuery * (outF[t] ?? 1) : inp.outputTokensPerQuery
    // Which prices this month's requests need: an unknown price that nothing uses is harmless.
    const needed =
      (tin > 0 ? (u > 0 ? PRICE_INPUT : 0) | (c > 0 ? PRICE_CACHED : 0) | (w > 0 ? PRICE_CACHE_WRITE : 0) : 0) |
      (tout > 0 ? PRICE_OUTPUT : 0)
    let perQuery = 0
    let monthUnpriced = 0
    for (let j = 0; j < nMix; j++) {
      const share = mixA ? (mixA[j * H + t] ?? 0) : (shares[j] ?? 0)
      if (share <= 0) continue
      const k = mixModels[j] ?? -1
      if (k < 0) {
        if (needed !== 0) {
          monthUnpriced = 1
          unpricedEntries |= 1 << j
        }
        continue
      }
      const i = k * H + t
      let priceIn: number, priceCached: number, priceWrite: number, priceOut: number, flags: number
      if (tin > (tierThreshold[i] ?? Infinity)) {
        priceIn = tierInput[i] ?? 0
        priceCached = tierCachedInput[i] ?? 0
        priceWrite = tierCacheWrite[i] ?? 0
        priceOut = tierOutput[i] ?? 0
        flags = ((unknown[i] ?? PRICE_ALL) >> TIER_SHIFT) & PRICE_ALL
      } else {
        priceIn = input[i] ?? 0
        priceCached = cachedInput[i] ?? 0
        priceWrite = cacheWrite[i] ?? 0
        priceOut = output[i] ?? 0
        flags = (unknown[i] ?? PRICE_ALL) & PRICE_ALL
      }
      if ((flags & needed) !== 0) {
        monthUnpriced = 1
        unpricedEntries |= 1 << j
      }
      const tokens = tin * (u * priceIn + c * priceCached + w * priceWrite) + tout * priceOut
      perQuery += share * (1 - b * (batchDiscount[i] ?? 0)) * tokens
    }
    let cost = ((buf[oQ + t] ?? 0) * perQuery) / PER_MILLION
    if (costF) cost *= costF[t] ?? 1
    buf[oI + t] = cost
    buf[oU + t] = monthUnpriced
    sumI += cost
    sumU += monthUnpriced
  }
  buf[sumIndex(base, H, F_INFERENCE)] = sumI
  buf[sumIndex(base, H, F_UNPRICED)] = sumU
  return unpricedEntries
}
