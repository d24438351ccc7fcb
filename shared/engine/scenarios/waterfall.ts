import type { CompiledPortfolio } from '../compiled'
import type { PortfolioResult } from '../types'
import { inferencePerQuery, mixModelIds, unitStateAt, type UnitState } from './unitState'

/** The factors inference cost per query is a function of, in the order shown. */
export const INFERENCE_FACTORS = [
  { key: 'price', label: 'Model prices' },
  { key: 'mix', label: 'Model mix' },
  { key: 'inputTokens', label: 'Input tokens per query (prompt growth)' },
  { key: 'outputTokens', label: 'Output tokens per query' },
  { key: 'cache', label: 'Caching' },
  { key: 'batch', label: 'Batching' },
] as const
export type InferenceFactor = (typeof INFERENCE_FACTORS)[number]['key']
export type WaterfallKey = InferenceFactor | 'fixedCosts' | 'volume'

export interface WaterfallPart {
  key: WaterfallKey
  label: string
  /** Change per query this factor accounts for (Shapley value). */
  amount: number
}

export interface WaterfallSplit {
  start: number
  end: number
  /** end - start; equals the sum of parts up to floating-point rounding. */
  change: number
  /**
   * Parts within NOISE_SHARE of the larger end are 0; the floating-point noise they held is carried
   * by the largest part, so the parts still add up to the change (see withoutNoise).
   */
  parts: WaterfallPart[]
}

/** One side of the comparison, as a case (run) and a month. */
export interface WaterfallSide {
  compiled: CompiledPortfolio
  result: PortfolioResult
  month: number
  /** For the labels: "Baseline, month 4". */
  label: string
}

export type WaterfallResult =
  | {
      ok: true
      initiativeId: string
      from: string
      to: string
      inference: WaterfallSplit
      full: WaterfallSplit
      sentence: string
    }
  | { ok: false; message: string }

/** Takes each factor from `a` or, where mask bit i is set, from `b`. */
function mixState(a: UnitState, b: UnitState, mask: number): Parameters<typeof inferencePerQuery>[0] {
  const pick = <T>(bit: number, x: T, y: T): T => ((mask >> bit) & 1 ? y : x)
  return {
    prices: pick(0, a.prices, b.prices),
    inferenceFactor: pick(0, a.inferenceFactor, b.inferenceFactor),
    shares: pick(1, a.shares, b.shares),
    inputTokens: pick(2, a.inputTokens, b.inputTokens),
    outputTokens: pick(3, a.outputTokens, b.outputTokens),
    cacheHit: pick(4, a.cacheHit, b.cacheHit),
    cacheWrite: pick(4, a.cacheWrite, b.cacheWrite),
    batch: pick(5, a.batch, b.batch),
  }
}

function factorial(n: number): number {
  let f = 1
  for (let i = 2; i <= n; i++) f *= i
  return f
}

function bitCount(x: number): number {
  let c = 0
  for (let v = x; v; v &= v - 1) c++
  return c
}

/**
 * Exact Shapley values of f over n factors: phi_i = sum over coalitions S without i of
 * |S|! (n - |S| - 1)! / n! * (f(S + i) - f(S)), where f(S) takes the factors in S from the end
 * state and the rest from the start state. The values sum to f(all) - f(none): no residual.
 */
export function shapley(n: number, f: (mask: number) => number): number[] {
  const size = 1 << n
  const values = new Float64Array(size)
  for (let m = 0; m < size; m++) values[m] = f(m)
  const weight = Array.from({ length: n }, (_, s) => (factorial(s) * factorial(n - s - 1)) / factorial(n))
  return Array.from({ length: n }, (_, i) => {
    let phi = 0
    for (let m = 0; m < size; m++) {
      if ((m >> i) & 1) continue
      phi += (weight[bitCount(m)] ?? 0) * ((values[m | (1 << i)] ?? 0) - (values[m] ?? 0))
    }
    return phi
  })
}

/**
 * Fixed and other (non-inference) cost per query F/Q split into its two causes by the two-factor
 * Shapley split: the cost itself, and the volume it is spread over.
 */
function spreadParts(a: UnitState, b: UnitState): { fixedCosts: number; volume: number } {
  const fa = a.full - a.inference
  const fb = b.full - b.inference
  return {
    fixedCosts: ((fb - fa) / a.queries + (fb - fa) / b.queries) / 2,
    volume: ((fa + fb) * (1 / b.queries - 1 / a.queries)) / 2,
  }
}

/**
 * A part at most this share of the larger end's cost per query is floating-point noise, not an
 * effect: a fixed cost that did not change can come out as 3e-16 rather than 0 (full minus
 * inference cost, rounded differently on each side).
 */
export const NOISE_SHARE = 1e-9

/** The largest amount of a split that is still noise. */
function noiseLevel(split: WaterfallSplit): number {
  return NOISE_SHARE * Math.max(Math.abs(split.start), Math.abs(split.end))
}

/**
 * The split with its floating-point noise shown as 0, so a chart draws no bar of $0.0000000000000003
 * and the sentence names no such effect. Zeroing alone would lose the noise from the sum, so it is
 * added to the largest part (each piece a billionth of the cost per query or less), and the parts
 * still add up to the change to the rounding of those additions. Should the noise bring that part
 * down to noise level while a smaller effect remains, the part is zeroed too and its amount goes on
 * to the next largest: no part left is noise unless it is the only one. When every part is noise
 * the largest holds the whole change, which dominantEffect (given the same level) names only if
 * the change itself is above it; otherwise it says the cost per query did not change.
 */
export function withoutNoise(split: WaterfallSplit): WaterfallSplit {
  const level = noiseLevel(split)
  let largest = -1
  split.parts.forEach((p, i) => {
    if (largest < 0 || Math.abs(p.amount) > Math.abs(split.parts[largest]?.amount ?? 0)) largest = i
  })
  let noise = 0
  const parts = split.parts.map((p, i) => {
    if (i === largest || p.amount === 0 || Math.abs(p.amount) > level) return p
    noise += p.amount
    return { ...p, amount: 0 }
  })
  // Largest first (the earliest among equals, as above).
  const kept = parts
    .map((p, i) => ({ i, size: Math.abs(p.amount) }))
    .filter((k) => k.size > 0 || k.i === largest)
    .sort((a, b) => b.size - a.size || a.i - b.i)
  for (let k = 0; k < kept.length && noise !== 0; k++) {
    const i = kept[k]?.i ?? -1
    const p = parts[i]
    if (!p) continue
    const amount = p.amount + noise
    const last = k === kept.length - 1
    parts[i] = { ...p, amount: Math.abs(amount) > level || last ? amount : 0 }
    noise = Math.abs(amount) > level || last ? 0 : amount
  }
  return { ...split, parts }
}

/** Why one side cannot be split (no such initiative, a month outside the horizon, no queries), or null. */
function sideProblem(side: WaterfallSide, initiativeId: string): string | null {
  const r = side.result.byId.get(initiativeId)
  if (!r) return `No initiative has the id "${initiativeId}".`
  if (!Number.isInteger(side.month) || side.month < 0 || side.month >= side.result.months)
    return `The month must fall within the ${side.result.months}-month horizon (${side.label}).`
  const q = r.series.queries[side.month] ?? 0
  // A volume so small that 1/Q overflows has no meaningful cost per query either.
  if (q <= 0 || !Number.isFinite(1 / q))
    return `There are no queries in ${side.label}, so it has no cost per query: pick a month after launch.`
  return null
}

/**
 * Why did the unit cost move? Splits the change of one initiative's inference cost per query between
 * two (case, month) sides into price, model mix, input tokens, output tokens, cache and batch effects
 * (exact Shapley values over 6 factors, 64 evaluations, no residual), and the change of its fully
 * loaded cost per query into those plus fixed costs and volume. Each split comes without its
 * floating-point noise (withoutNoise).
 */
export function unitCostWaterfall(
  initiativeId: string,
  from: WaterfallSide,
  to: WaterfallSide,
  currency = 'USD',
): WaterfallResult {
  const problem = sideProblem(from, initiativeId) ?? sideProblem(to, initiativeId)
  if (problem !== null) return { ok: false, message: problem }
  const models = new Set([...mixModelIds(from.compiled, initiativeId), ...mixModelIds(to.compiled, initiativeId)])
  const a = unitStateAt(from.compiled, from.result, initiativeId, from.month, models)
  const b = unitStateAt(to.compiled, to.result, initiativeId, to.month, models)
  const phi = shapley(INFERENCE_FACTORS.length, (mask) => inferencePerQuery(mixState(a, b, mask)))
  const parts: WaterfallPart[] = INFERENCE_FACTORS.map((f, i) => ({ key: f.key, label: f.label, amount: phi[i] ?? 0 }))
  const start = inferencePerQuery(a)
  const end = inferencePerQuery(b)
  const spread = spreadParts(a, b)
  const fullParts: WaterfallPart[] = [
    ...parts,
    { key: 'fixedCosts', label: 'Fixed and other costs', amount: spread.fixedCosts },
    { key: 'volume', label: 'Volume (fixed costs spread over queries)', amount: spread.volume },
  ]
  const fullStart = start + (a.full - a.inference) / a.queries
  const fullEnd = end + (b.full - b.inference) / b.queries
  // Costs spread over a volume near the smallest number overflow even where 1/Q does not.
  if (![fullStart, fullEnd, ...fullParts.map((p) => p.amount)].every(Number.isFinite)) {
    return {
      ok: false,
      message: `The queries in ${from.label} or ${to.label} are too few to spread the costs over, so the cost per query is beyond any number: pick a month with more queries.`,
    }
  }
  const full = withoutNoise({ start: fullStart, end: fullEnd, change: fullEnd - fullStart, parts: fullParts })
  return {
    ok: true,
    initiativeId,
    from: from.label,
    to: to.label,
    inference: withoutNoise({ start, end, change: end - start, parts }),
    full,
    sentence: dominantEffect(full.parts, currency, noiseLevel(full)),
  }
}

const PHRASES: Record<WaterfallKey, { up: string; down: string }> = {
  price: { up: 'Higher model prices', down: 'The price cut' },
  mix: { up: 'The model mix', down: 'The model mix' },
  inputTokens: { up: 'Prompt growth', down: 'Shorter prompts' },
  outputTokens: { up: 'Longer outputs', down: 'Shorter outputs' },
  cache: { up: 'Less caching', down: 'Caching' },
  batch: { up: 'Less batching', down: 'Batching' },
  fixedCosts: { up: 'Higher fixed costs', down: 'Lower fixed costs' },
  volume: { up: 'Lower volume', down: 'Higher volume' },
}

export function formatPerQuery(x: number, currency: string): string {
  const abs = Math.abs(x)
  const digits =
    abs >= 1
      ? { minimumFractionDigits: 2, maximumFractionDigits: 2 }
      : { minimumSignificantDigits: 2, maximumSignificantDigits: 2 }
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency, ...digits }).format(abs)
  } catch {
    return `${abs.toPrecision(2)} ${currency}`
  }
}

/**
 * "Prompt growth added $0.0040 per query, more than the price cut saved ($0.0031)." Parts of at most
 * `noise` (in money per query) are not effects and are never named.
 */
export function dominantEffect(parts: readonly WaterfallPart[], currency: string, noise = 0): string {
  const sorted = parts.filter((p) => Math.abs(p.amount) > noise).sort((x, y) => Math.abs(y.amount) - Math.abs(x.amount))
  const top = sorted[0]
  if (!top) return 'The cost per query did not change.'
  const verb = (p: WaterfallPart) => (p.amount > 0 ? 'added' : 'saved')
  const phrase = (p: WaterfallPart) => PHRASES[p.key][p.amount > 0 ? 'up' : 'down']
  const head = `${phrase(top)} ${verb(top)} ${formatPerQuery(top.amount, currency)} per query`
  const counter = sorted.find((p) => Math.sign(p.amount) !== Math.sign(top.amount))
  if (!counter) return `${head}, the largest effect; nothing pulled the other way.`
  const other = phrase(counter)
  return `${head}, more than ${other.charAt(0).toLowerCase()}${other.slice(1)} ${verb(counter)} (${formatPerQuery(counter.amount, currency)}).`
}
