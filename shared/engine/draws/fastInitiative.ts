import { rampTargetUsers, type Initiative } from '../../model/initiative'
import type { InitiativeInputs, PriceTable } from '../compiled'
import { M_INFERENCE, M_OWN_COST, M_OWN_NET, M_QUERIES } from '../layout'
import type { MonthFigures } from '../months/monthFigures'
import { fillInference } from '../months/inference'
import { fillUsage } from '../months/usage'
import { enteredValue } from './drawnInputs'
import type { RangedSlot } from './plan'

/**
 * The inputs an initiative's figures scale with, month by month, so a draw that moves only these
 * (and price and adoption factors) is worked out from series the engine computed once, without
 * running the initiative's months again: queries are linear in users at launch and target users
 * (the ramp and growth are fixed) and proportional to queries per user; inference is linear in
 * input and output tokens per query (while no request crosses a long-context threshold) and in
 * each provider's prices; per-query costs and value from outcomes are proportional to queries, value
 * from outcomes to outcomes per query and value per outcome, and fixed value to its amount.
 * Any other input recomputes the initiative's months for each draw (drawnInputs.ts).
 */
export const SCALING_INPUTS: ReadonlySet<string> = new Set([
  'usage.usersAtLaunch',
  'usage.targetUsers',
  'usage.queriesPerUserPerMonth',
  'usage.inputTokensPerQuery',
  'usage.outputTokensPerQuery',
  'value.outcomesPerQuery',
  'value.valuePerOutcome',
  'value.fixedMonthlyValue',
])

/**
 * Inference split into parts, each the inference of one group of mix entries (one price path, or
 * none) for one part of the tokens: part k's months at [k * months + t].
 */
interface InferenceParts {
  months: Float64Array
  /** Index of the price path that multiplies each part, or -1. */
  path: Int32Array
  /** 0: all tokens, 1: input tokens (their ratio scales it), 2: output tokens. */
  tokens: Uint8Array
}

/** The initiative's months as entered, in the parts a draw scales. */
interface BaseSeries {
  queries: Float64Array
  /** Per-query terms of the scheduled drivers. */
  volumeCost: Float64Array
  /** Own cost less inference and per-query terms: build, one-offs, running costs. */
  fixedCost: Float64Array
  outcomeValue: Float64Array
  /** Value less value from outcomes: the fixed monthly value, ramped. */
  fixedValue: Float64Array
  outcomes: Float64Array
}

function baseSeries(f: MonthFigures): BaseSeries {
  const inference = f.inference
  return {
    queries: f.queries.slice(),
    volumeCost: f.volumeCost.slice(),
    fixedCost: f.ownCost.map((own, t) => own - inference[t]! - f.volumeCost[t]!),
    outcomeValue: f.outcomeValue.slice(),
    fixedValue: f.value.map((v, t) => v - f.outcomeValue[t]!),
    outcomes: f.outcomes.slice(),
  }
}

/** Drawn over entered, 1 when both are 0, NaN when only the entered number is 0 (the series cannot scale). */
function ratio(drawn: number, entered: number): number {
  return entered !== 0 ? drawn / entered : drawn === 0 ? 1 : Number.NaN
}

function clamp(x: number, slot: RangedSlot): number {
  return x < slot.min ? slot.min : x > slot.max ? slot.max : x
}

/** The case's inputs with only the mix entries of one group kept. */
function groupInputs(inp: InitiativeInputs, keep: (j: number) => boolean, H: number): InitiativeInputs {
  const mixShares = inp.mixShares.map((s, j) => (keep(j) ? s : 0))
  const monthShares = inp.adjust?.mixShares?.map((s, k) => (keep(Math.floor(k / H)) ? s : 0))
  return {
    ...inp,
    mixShares,
    adjust: inp.adjust ? { ...inp.adjust, ...(monthShares ? { mixShares: monthShares } : {}) } : null,
  }
}

/**
 * Inference by price path and token part: the engine's inference pass on the initiative's usage
 * (`figures` holds it) with the other groups' shares at 0 and the other part's tokens at 0.
 */
function inferenceParts(
  inp: InitiativeInputs,
  table: PriceTable,
  figures: MonthFigures,
  pathOfEntry: readonly number[],
  tokensRanged: boolean,
): InferenceParts {
  const H = table.months
  const paths = [...new Set(pathOfEntry)]
  const parts = tokensRanged ? ([1, 2] as const) : ([0] as const)
  const count = paths.length * parts.length
  const out: InferenceParts = {
    months: new Float64Array(count * H),
    path: new Int32Array(count),
    tokens: new Uint8Array(count),
  }
  const inputTokens = figures.inputTokens.slice()
  const outputTokens = figures.outputTokens.slice()
  const cost = figures.inference
  let k = 0
  for (const path of paths) {
    const group = paths.length === 1 ? inp : groupInputs(inp, (j) => pathOfEntry[j] === path, H)
    for (const tokens of parts) {
      figures.inputTokens.set(inputTokens)
      figures.outputTokens.set(outputTokens)
      if (tokens === 1) figures.outputTokens.fill(0)
      if (tokens === 2) figures.inputTokens.fill(0)
      cost.fill(0)
      fillInference(group, table, figures)
      out.months.set(cost, k * H)
      out.path[k] = path
      out.tokens[k] = tokens
      k++
    }
  }
  figures.inputTokens.set(inputTokens)
  figures.outputTokens.set(outputTokens)
  return out
}

/** One initiative's series for draws of scaling inputs only, and the draw's figures from them. */
export class ScalingInitiative {
  readonly #slots: readonly RangedSlot[]
  readonly #initiative: Initiative
  readonly #adoption: number
  readonly #H: number
  readonly #queries: Float64Array
  /** Queries from users at launch and from target users (null when neither is ranged). */
  readonly #queriesA: Float64Array | null
  readonly #queriesB: Float64Array | null
  readonly #inference: InferenceParts
  /** Each slot's entered number. */
  readonly #entered: Float64Array
  /** Scratch: the draw's inference per month. */
  readonly #monthInference: Float64Array
  readonly #volumeCost: Float64Array
  readonly #fixedCost: Float64Array
  readonly #outcomeValue: Float64Array
  readonly #fixedValue: Float64Array
  readonly #outcomes: Float64Array
  /** Compiled users at launch and target before any draw. */
  readonly #usersAtLaunch: number
  readonly #targetUsers: number
  /** Largest ratio of input tokens for which no month crosses a long-context threshold. */
  readonly #maxInputRatio: number
  /** The value, outcomes and own cost of the last fill, summed month by month. */
  value = 0
  outcomes = 0
  ownCost = 0

  private constructor(parts: {
    slots: readonly RangedSlot[]
    entered: Initiative
    adoption: number
    H: number
    base: BaseSeries
    queriesA: Float64Array | null
    queriesB: Float64Array | null
    inference: InferenceParts
    usersAtLaunch: number
    targetUsers: number
    maxInputRatio: number
  }) {
    const { base, H } = parts
    this.#slots = parts.slots
    this.#initiative = parts.entered
    this.#entered = Float64Array.from(parts.slots, (slot) => enteredValue(parts.entered, slot.key))
    this.#monthInference = new Float64Array(H)
    this.#adoption = parts.adoption
    this.#H = H
    this.#queries = base.queries
    this.#queriesA = parts.queriesA
    this.#queriesB = parts.queriesB
    this.#inference = parts.inference
    this.#volumeCost = base.volumeCost
    this.#fixedCost = base.fixedCost
    this.#outcomeValue = base.outcomeValue
    this.#fixedValue = base.fixedValue
    this.#outcomes = base.outcomes
    this.#usersAtLaunch = parts.usersAtLaunch
    this.#targetUsers = parts.targetUsers
    this.#maxInputRatio = parts.maxInputRatio
  }

  /**
   * The series of an initiative whose ranged inputs all scale, or null (some other input is
   * ranged, or its tokens are ranged while a request is above a long-context threshold).
   * `figures` holds the initiative's months as computeMonths(inp, table) left them (and is used
   * as scratch); `pathOfRow` names each price-table row's price path (-1: none); `adoption` is the
   * column of its stage's adoption factor, or -1.
   */
  static prepare(
    inp: InitiativeInputs,
    entered: Initiative,
    slots: readonly RangedSlot[],
    adoption: number,
    pathOfRow: Int32Array,
    table: PriceTable,
    figures: MonthFigures,
  ): ScalingInitiative | null {
    if (!slots.every((s) => SCALING_INPUTS.has(s.key))) return null
    const H = table.months
    const ranged = new Set(slots.map((s) => s.key))
    const tokensRanged = ranged.has('usage.inputTokensPerQuery') || ranged.has('usage.outputTokensPerQuery')
    const maxInputRatio = tokensRanged ? inputRatioBound(inp, table, figures) : Infinity
    if (maxInputRatio <= 1) return null
    const base = baseSeries(figures)
    const pathOfEntry = Array.from(inp.mixModels, (k) => (k < 0 ? -1 : (pathOfRow[k] ?? -1)))
    const inference =
      !tokensRanged && pathOfEntry.every((p) => p < 0)
        ? { months: figures.inference.slice(), path: Int32Array.of(-1), tokens: Uint8Array.of(0) }
        : inferenceParts(inp, table, figures, pathOfEntry, tokensRanged)
    let queriesA: Float64Array | null = null
    let queriesB: Float64Array | null = null
    if (ranged.has('usage.usersAtLaunch') || ranged.has('usage.targetUsers')) {
      figures.clear()
      fillUsage({ ...inp, targetUsers: 0 }, figures)
      queriesA = figures.queries.slice()
      figures.clear()
      fillUsage({ ...inp, usersAtLaunch: 0 }, figures)
      queriesB = figures.queries.slice()
    }
    return new ScalingInitiative({
      slots,
      entered,
      adoption,
      H,
      base,
      queriesA,
      queriesB,
      inference,
      usersAtLaunch: inp.usersAtLaunch,
      targetUsers: inp.targetUsers,
      maxInputRatio,
    })
  }

  /**
   * Writes the draw's month block (layout.ts) at `at` of `block` and sets value and outcomes;
   * returns false, writing nothing, when this draw leaves what the series can scale (an input
   * entered as 0 drawn above it, or input tokens past a long-context threshold).
   */
  fill(row: Float64Array, rowAt: number, paths: Float64Array, block: Float64Array, at: number): boolean {
    const entered = this.#initiative
    let usersAtLaunch = entered.usage.usersAtLaunch
    let targetUsers = entered.usage.targetUsers
    let qpu = 1
    let input = 1
    let output = 1
    let perOutcome = 1
    let outcomesPerQuery = 1
    let fixedValue = 1
    for (let k = 0; k < this.#slots.length; k++) {
      const slot = this.#slots[k]!
      const x = clamp(row[rowAt + slot.column] ?? 0, slot)
      const r = ratio(x, this.#entered[k]!)
      switch (slot.key) {
        case 'usage.usersAtLaunch':
          usersAtLaunch = x
          break
        case 'usage.targetUsers':
          targetUsers = x
          break
        case 'usage.queriesPerUserPerMonth':
          qpu = r
          break
        case 'usage.inputTokensPerQuery':
          input = r
          break
        case 'usage.outputTokensPerQuery':
          output = r
          break
        case 'value.outcomesPerQuery':
          outcomesPerQuery = r
          break
        case 'value.valuePerOutcome':
          perOutcome = r
          break
        case 'value.fixedMonthlyValue':
          fixedValue = r
          break
      }
    }
    const a = this.#adoption < 0 ? 1 : (row[rowAt + this.#adoption] ?? 1)
    const ratioA = ratio(usersAtLaunch * a, this.#usersAtLaunch)
    const ratioB = ratio(rampTargetUsers({ usersAtLaunch, targetUsers }) * a, this.#targetUsers)
    // NaN fails every comparison: a ratio that cannot scale sends the draw to the engine's month passes.
    const finite = ratioA + ratioB + qpu + input + output + perOutcome + outcomesPerQuery + fixedValue
    if (!(finite === finite) || !(input <= this.#maxInputRatio)) return false
    this.#write(block, at, paths, {
      ratioA,
      ratioB,
      qpu,
      input,
      output,
      outcomeValue: perOutcome * outcomesPerQuery,
      outcomesPerQuery,
      fixedValue,
    })
    return true
  }

  #write(
    block: Float64Array,
    at: number,
    paths: Float64Array,
    r: {
      ratioA: number
      ratioB: number
      qpu: number
      input: number
      output: number
      outcomeValue: number
      outcomesPerQuery: number
      fixedValue: number
    },
  ): void {
    const H = this.#H
    const Q = this.#queries
    const QA = this.#queriesA
    const QB = this.#queriesB
    const split = QA !== null && QB !== null && r.ratioA !== r.ratioB
    const flat = r.qpu * r.ratioB
    const iAt = at + M_INFERENCE * H
    const qAt = at + M_QUERIES * H
    const nAt = at + M_OWN_NET * H
    const cAt = at + M_OWN_COST * H
    const inference = this.#monthInference
    inference.fill(0)
    const parts = this.#inference
    for (let k = 0; k < parts.path.length; k++) {
      const tokens = parts.tokens[k]
      const scale = tokens === 1 ? r.input : tokens === 2 ? r.output : 1
      const path = parts.path[k]!
      const from = k * H
      if (path < 0) for (let t = 0; t < H; t++) inference[t] = inference[t]! + parts.months[from + t]! * scale
      else {
        const at = path * H
        for (let t = 0; t < H; t++) inference[t] = inference[t]! + parts.months[from + t]! * scale * paths[at + t]!
      }
    }
    const volumeCost = this.#volumeCost
    const fixedCost = this.#fixedCost
    const outcomeValue = this.#outcomeValue
    const fixedValue = this.#fixedValue
    const outcomesOf = this.#outcomes
    let value = 0
    let outcomes = 0
    let ownSum = 0
    for (let t = 0; t < H; t++) {
      const q = Q[t]!
      const volume = split && q > 0 ? (r.qpu * (r.ratioA * QA[t]! + r.ratioB * QB[t]!)) / q : flat
      const monthInference = inference[t]! * volume
      const own = monthInference + volume * volumeCost[t]! + fixedCost[t]!
      const monthValue = volume * r.outcomeValue * outcomeValue[t]! + r.fixedValue * fixedValue[t]!
      block[iAt + t] = monthInference
      block[qAt + t] = volume * q
      block[nAt + t] = monthValue - own
      block[cAt + t] = own
      value += monthValue
      ownSum += own
      outcomes += volume * r.outcomesPerQuery * outcomesOf[t]!
    }
    this.value = value
    this.outcomes = outcomes
    this.ownCost = ownSum
  }
}

/**
 * The largest factor on input tokens per query that keeps every month's requests on the side of
 * each mixed model's long-context threshold they are on now; 1 (no room) when any month is above one.
 */
function inputRatioBound(inp: InitiativeInputs, table: PriceTable, figures: MonthFigures): number {
  const H = table.months
  let bound = Infinity
  for (let t = 0; t < H; t++) {
    const tokens = figures.inputTokens[t] ?? 0
    if (tokens <= 0) continue
    for (const model of inp.mixModels) {
      if (model < 0) continue
      const threshold = table.tierThreshold[model * H + t] ?? Infinity
      if (tokens > threshold) return 1
      // A margin for rounding: the engine forms drawn tokens times growth in its own order.
      bound = Math.min(bound, (threshold / tokens) * (1 - 1e-12))
    }
  }
  return bound
}
