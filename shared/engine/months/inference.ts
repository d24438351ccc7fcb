import {
  PRICE_ALL,
  PRICE_CACHE_WRITE,
  PRICE_CACHED,
  PRICE_INPUT,
  PRICE_OUTPUT,
  TIER_SHIFT,
  type InitiativeInputs,
  type PriceTable,
} from '../compiled'
import { priceRunEnds } from '../priceRuns'
import { FIELD, driverField } from '../layout'
import type { MonthFigures } from './monthFigures'

const PER_MILLION = 1e6

function clampShare(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x
}

/** Shares of input tokens read from cache (cached), written to it (written), neither (uncached), and the batch share. */
interface TokenRates {
  cached: number
  written: number
  uncached: number
  batch: number
}

function ratesOf(cached: number, written: number, batch: number): TokenRates {
  const c = clampShare(cached)
  const w = clampShare(written)
  return { cached: c, written: w, uncached: Math.max(0, 1 - c - w), batch: clampShare(batch) }
}

/**
 * The mix's blended price per input and per output token over a run of months in which every mixed
 * model's prices and the rates hold: a month's inference per query is then
 * inputTokens * perInputToken + outputTokens * perOutputToken. Computed once per run.
 */
interface BlendedRun {
  /** First month after the run. */
  end: number
  rates: TokenRates
  perInputToken: number
  perOutputToken: number
  /** The smallest long-context threshold of the mix: requests above it take the month-by-month path. */
  tierFrom: number
  /** An unknown price or a model not in the price book: months take the path that names what is unpriced. */
  needsMonthPath: boolean
}

function blendedRun(
  inp: InitiativeInputs,
  table: PriceTable,
  runEnds: Int32Array,
  t: number,
  rates: TokenRates,
): BlendedRun {
  const H = table.months
  const run: BlendedRun = {
    end: H,
    rates,
    perInputToken: 0,
    perOutputToken: 0,
    tierFrom: Infinity,
    needsMonthPath: false,
  }
  for (let j = 0; j < inp.mixModels.length; j++) {
    const share = inp.mixShares[j] ?? 0
    if (share <= 0) continue
    const model = inp.mixModels[j] ?? -1
    if (model < 0) {
      run.needsMonthPath = true
      continue
    }
    const i = model * H + t
    run.end = Math.min(run.end, runEnds[i] ?? H)
    if ((table.unknown[i] ?? PRICE_ALL) !== 0) run.needsMonthPath = true
    run.tierFrom = Math.min(run.tierFrom, table.tierThreshold[i] ?? Infinity)
    const weight = share * (1 - rates.batch * (table.batchDiscount[i] ?? 0))
    run.perInputToken +=
      weight *
      (rates.uncached * (table.input[i] ?? 0) +
        rates.cached * (table.cachedInput[i] ?? 0) +
        rates.written * (table.cacheWrite[i] ?? 0))
    run.perOutputToken += weight * (table.output[i] ?? 0)
  }
  return run
}

/**
 * Inference per query in month t, model by model (long-context tier prices for the whole request
 * above its threshold). A needed price that is unknown adds 0 and marks the month and the mix
 * entry unpriced in `out`.
 */
function monthPerQuery(
  inp: InitiativeInputs,
  table: PriceTable,
  t: number,
  rates: TokenRates,
  out: MonthFigures,
): number {
  const H = table.months
  const tokensIn = out.inputTokens[t] ?? 0
  const tokensOut = out.outputTokens[t] ?? 0
  const mixShares = inp.adjust?.mixShares
  // Which prices this month's requests need: an unknown price that nothing uses is harmless.
  const needed =
    (tokensIn > 0
      ? (rates.uncached > 0 ? PRICE_INPUT : 0) |
        (rates.cached > 0 ? PRICE_CACHED : 0) |
        (rates.written > 0 ? PRICE_CACHE_WRITE : 0)
      : 0) | (tokensOut > 0 ? PRICE_OUTPUT : 0)
  let perQuery = 0
  for (let j = 0; j < inp.mixModels.length; j++) {
    const share = mixShares ? (mixShares[j * H + t] ?? 0) : (inp.mixShares[j] ?? 0)
    if (share <= 0) continue
    const model = inp.mixModels[j] ?? -1
    if (model < 0) {
      if (needed !== 0) markUnpriced(out, t, j)
      continue
    }
    const i = model * H + t
    const tier = tokensIn > (table.tierThreshold[i] ?? Infinity)
    const unknown = table.unknown[i] ?? PRICE_ALL
    const flags = tier ? (unknown >> TIER_SHIFT) & PRICE_ALL : unknown & PRICE_ALL
    if ((flags & needed) !== 0) markUnpriced(out, t, j)
    const input = (tier ? table.tierInput[i] : table.input[i]) ?? 0
    const cached = (tier ? table.tierCachedInput[i] : table.cachedInput[i]) ?? 0
    const written = (tier ? table.tierCacheWrite[i] : table.cacheWrite[i]) ?? 0
    const output = (tier ? table.tierOutput[i] : table.output[i]) ?? 0
    const tokens =
      tokensIn * (rates.uncached * input + rates.cached * cached + rates.written * written) + tokensOut * output
    perQuery += share * (1 - rates.batch * (table.batchDiscount[i] ?? 0)) * tokens
  }
  return perQuery
}

function markUnpriced(out: MonthFigures, t: number, entry: number): void {
  out.unpriced[t] = 1
  out.unpricedEntries |= 1 << entry
}

/**
 * Inference cost from launch (docs/cost-model.md, section 3):
 *   queries * sum_k share_k * (1 - batchShare * batchDiscount_k)
 *     * [Tin * ((1-c-w) * in_k + c * cached_k + w * cacheWrite_k) + Tout * out_k] / 1e6
 * with c, w the cache hit and write rates, and the long-context tier's prices for the whole request
 * when Tin exceeds its threshold; times the scenario's inference factor. Months share a blended
 * price while prices and rates hold (BlendedRun); months above a tier threshold, with an unknown
 * price or with month-by-month mix shares (a routing lever) are priced model by model.
 */
export function fillInference(inp: InitiativeInputs, table: PriceTable, out: MonthFigures): void {
  const cost = out.inference
  const adjust = inp.adjust
  const monthlyRates = adjust?.cacheHitRate ?? adjust?.cacheWriteRate ?? adjust?.batchShare
  const runEnds = adjust?.mixShares === undefined ? priceRunEnds(table) : null
  let rates = ratesOf(inp.cacheHitRate, inp.cacheWriteRate, inp.batchShare)
  const inferenceFactor = adjust?.costFactor?.inference
  let run: BlendedRun | null = null
  let costSum = 0
  let unpricedMonths = 0
  for (let t = Math.max(0, inp.launchMonth); t < out.months; t++) {
    if (monthlyRates) {
      rates = ratesOf(
        adjust?.cacheHitRate ? (adjust.cacheHitRate[t] ?? 0) : inp.cacheHitRate,
        adjust?.cacheWriteRate ? (adjust.cacheWriteRate[t] ?? 0) : inp.cacheWriteRate,
        adjust?.batchShare ? (adjust.batchShare[t] ?? 0) : inp.batchShare,
      )
    }
    if (runEnds && (run === null || t >= run.end || !sameRates(rates, run.rates)))
      run = blendedRun(inp, table, runEnds, t, rates)
    const tokensIn = out.inputTokens[t] ?? 0
    const queries = out.queries[t] ?? 0
    let monthCost: number
    if (run && !run.needsMonthPath && tokensIn <= run.tierFrom)
      monthCost =
        (queries * (tokensIn * run.perInputToken + (out.outputTokens[t] ?? 0) * run.perOutputToken)) / PER_MILLION
    else monthCost = (queries * monthPerQuery(inp, table, t, rates, out)) / PER_MILLION
    if (inferenceFactor) monthCost *= inferenceFactor[t] ?? 1
    cost[t] = monthCost
    costSum += monthCost
    unpricedMonths += out.unpriced[t] ?? 0
  }
  out.setSum(driverField('inference'), costSum)
  out.setSum(FIELD.unpriced, unpricedMonths)
}

function sameRates(a: TokenRates, b: TokenRates): boolean {
  return a.cached === b.cached && a.written === b.written && a.batch === b.batch
}
