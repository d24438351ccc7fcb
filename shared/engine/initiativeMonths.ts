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
import { growthAfter, monthlyFactor } from './growth'
import * as layout from './layout'
import { priceRunEnds } from './priceRuns'

// Imported constants read once: run from source (tsx: the bench, the CLI), every use of an
// imported binding is a getter call, which V8 does not inline everywhere in this large loop.
const {
  FIELD_COUNT,
  F_BUILD,
  F_COMPLIANCE,
  F_DATA,
  F_EVALUATION,
  F_INFERENCE,
  F_INPUT_TOKENS,
  F_INTEGRATION,
  F_OUTCOMES,
  F_OWN_COST,
  F_PLATFORM,
  F_QUERIES,
  F_UNPRICED,
  F_USERS,
  F_VALUE,
  M_INFERENCE,
  M_OWN_COST,
  M_OWN_NET,
  M_QUERIES,
  P_BUILD,
  P_FIXED,
  P_INFERENCE,
  P_OUTCOME_VALUE,
  P_VOLUME_COST,
  U_INFERENCE,
  U_OUTCOMES,
  U_OWN_COST,
  U_QUERIES,
  U_UNPRICED,
  U_USERS,
  tailUnitIndex,
} = layout

const PER_MILLION = 1e6

function clampShare(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x
}

/**
 * Every driver of one initiative, month by month, in a single pass (docs/cost-model.md), with
 * m = t - launchMonth:
 * - usage: users ramp linearly from usersAtLaunch to targetUsers over rampMonths, then grow at
 *   userGrowthPerYear compounded monthly; input tokens per query grow at promptGrowthPerYear
 *   from launch; queries = users * queriesPerUser; outcomes = queries * outcomesPerQuery;
 * - inference: Q * sum_k share_k * (1 - batchShare * batchDiscount_k)
 *     * [Tin * ((1-c-w) * in_k + c * cached_k + w * cacheWrite_k) + Tout * out_k] / 1e6,
 *   with the long-context tier's prices for the whole request when Tin exceeds its threshold;
 *   a needed price that is unknown adds 0 and sets the month's unpriced flag;
 * - fixed costs: build spread evenly over m = -buildMonths..-1 (all at m = 0 when buildMonths = 0);
 *   one-offs (data, evaluation set-up, compliance) at m = -1; running costs every m >= 0; yearly
 *   compliance at m = 12, 24, ...; dataPerQuery * Q every month. Months before 0 are sunk;
 * - value: f(m) * (outcomes * valuePerOutcome + fixedMonthlyValue) for m >= 0, with realisation
 *   f(m) = min((m + 1) / monthsToFullValue, 1), or 1 when monthsToFullValue = 0;
 * - scenario adjustments (InitiativeInputs.adjust) multiply or replace month by month.
 *
 * One loop with the month's figures in locals, writing only the targets that are not null
 * (layout.ts; monthPass.ts has one function per use):
 * - `full`: a full block at 0, overwritten with every field's months and sums;
 * - `months`: a month block at `monthsAt` that inference, queries, own net and own cost are added into;
 * - `tail`: the tail at `tailAt` (horizon sums and unit inputs), overwritten;
 * - `addInto`: a full block's months that every field but own cost is added into, for the
 *   portfolio's Series (queries * input tokens in F_INPUT_TOKENS, F_UNPRICED 1 where any is unpriced);
 * - `parts`: a parts block at 0 that the parts a tornado scales are added into.
 * an evaluation adds the months into its chunk's month block and writes the tail; a result read
 * later adds them into a zeroed block of its own. Sums run in month order, so every target holds
 * the same numbers. Months before `first` hold
 * only zeros, so leaving them out adds exactly what adding them would.
 * Returns the bit mask of mix entries whose model was unpriced in some month.
 */
export function fillInitiativeMonths(
  inp: InitiativeInputs,
  table: PriceTable,
  full: Float64Array | null,
  months: Float64Array | null,
  monthsAt: number,
  tail: Float64Array | null,
  tailAt: number,
  addInto: Float64Array | null,
  parts: Float64Array | null,
): number {
  const H = table.months
  const L = inp.launchMonth
  const adj = inp.adjust
  const usersF = adj?.usersFactor
  const queriesF = adj?.queriesPerUserFactor
  const tokensF = adj?.inputTokensFactor
  const outcomesF = adj?.outcomesFactor
  const outF = adj?.outputTokensFactor
  const cacheA = adj?.cacheHitRate
  const writeA = adj?.cacheWriteRate
  const batchA = adj?.batchShare
  const mixA = adj?.mixShares
  const valueF = adj?.valueFactor
  const costF = adj?.costFactor
  const infF = costF?.inference
  const buildF = costF?.build
  const integrationF = costF?.integration
  const platformF = costF?.platform
  const dataF = costF?.data
  const evaluationF = costF?.evaluation
  const complianceF = costF?.compliance

  // Usage: both growth factors seeded at the first month in the horizon, then advanced by multiplying.
  const R = inp.rampMonths
  const usersAtLaunch = inp.usersAtLaunch
  const targetUsers = inp.targetUsers
  const qpuEntered = inp.queriesPerUserPerMonth
  const opqEntered = inp.outcomesPerQuery
  const tinEntered = inp.inputTokensPerQuery
  const toutEntered = inp.outputTokensPerQuery
  const userStep = monthlyFactor(inp.userGrowthPerYear)
  const promptStep = monthlyFactor(inp.promptGrowthPerYear)
  const rampSlope = R > 0 ? (targetUsers - usersAtLaunch) / R : 0
  const t0 = Math.max(0, L)
  let userGrowth = growthAfter(inp.userGrowthPerYear, t0 - L - R)
  let promptGrowth = growthAfter(inp.promptGrowthPerYear, t0 - L)

  // Inference: rates as entered, re-read each month only when a scenario gives them month by month.
  const mixModels = inp.mixModels
  const shares = inp.mixShares
  const nMix = mixModels.length
  const { input, cachedInput, cacheWrite, output, batchDiscount, tierThreshold, unknown } = table
  const { tierInput, tierCachedInput, tierCacheWrite, tierOutput } = table
  let c = clampShare(inp.cacheHitRate)
  let w = clampShare(inp.cacheWriteRate)
  let b = clampShare(inp.batchShare)
  let u = Math.max(0, 1 - c - w)
  const monthlyRates = cacheA !== undefined || writeA !== undefined || batchA !== undefined
  let unpricedEntries = 0
  // The blended price per token of the mix holds while every mixed model's prices and the rates
  // hold: per query it is tin * perInputToken + tout * perOutputToken, computed once per such run
  // of months. Months that need the long-context tier or an unknown price take the full path below,
  // which names what is unpriced; so do month-by-month mix shares (a routing lever).
  const blended = mixA === undefined
  const runEnds = blended ? priceRunEnds(table) : null
  let runEnd = -1
  let runC = -1
  let runW = -1
  let runB = -1
  let perInputToken = 0
  let perOutputToken = 0
  let tierFrom = Infinity
  let runNeedsFullPath = false
  // The price bits in locals: run from source (tsx: bench, CLI), an imported constant is a getter
  // call at every use, and V8 does not inline them all in a loop this large.
  const bitInput = PRICE_INPUT
  const bitCached = PRICE_CACHED
  const bitWrite = PRICE_CACHE_WRITE
  const bitOutput = PRICE_OUTPUT
  const bitAll = PRICE_ALL
  const tierShift = TIER_SHIFT

  // Fixed costs.
  const B = inp.buildMonths
  const buildTotal = inp.buildFteMonths * inp.costPerFteMonth
  const buildPerMonth = B > 0 ? buildTotal / B : buildTotal
  const buildFrom = Math.max(0, B > 0 ? L - B : L)
  const buildTo = Math.min(H - 1, B > 0 ? L - 1 : L)
  const before = L - 1
  const integration = inp.integrationFte * inp.costPerFteMonth
  const platform = inp.platformPerMonth
  const evalMonthly = inp.evalPerMonth
  const { dataOneOff, evalSetup, complianceOneOff, complianceYearly, dataPerMonth, dataPerQuery } = inp

  // Value.
  const M = inp.monthsToFullValue
  const valuePerOutcome = inp.valuePerOutcome
  const fixedMonthlyValue = inp.fixedMonthlyValue

  let sumUsers = 0
  let sumQueries = 0
  let sumOutcomes = 0
  let sumTokens = 0
  let sumInference = 0
  let sumUnpriced = 0
  let sumBuild = 0
  let sumIntegration = 0
  let sumPlatform = 0
  let sumData = 0
  let sumEvaluation = 0
  let sumCompliance = 0
  let sumValue = 0
  let sumOwn = 0
  let live = 0
  const mInf = monthsAt + M_INFERENCE * H
  const mQ = monthsAt + M_QUERIES * H
  const mNet = monthsAt + M_OWN_NET * H
  const mOwn = monthsAt + M_OWN_COST * H
  const first = Math.max(0, Math.min(buildFrom, before, L))
  if (full) full.fill(0)

  for (let t = first; t < H; t++) {
    const m = t - L
    let users = 0
    let queries = 0
    let outcomes = 0
    let tin = 0
    let inference = 0
    let monthUnpriced = 0
    let value = 0
    const inBuild = t >= buildFrom && t <= buildTo
    let build = inBuild ? buildPerMonth : 0
    let integ = 0
    let plat = 0
    let data = 0
    let evaluation = 0
    let compliance = 0
    // The parts a tornado scales (only with `parts`): value from outcomes and cost per query.
    let outcomeValue = 0
    let volumeCost = 0
    if (t === before) {
      data = dataOneOff
      evaluation = evalSetup
      compliance = complianceOneOff
    }
    if (t >= t0) {
      if (m < R) {
        users = usersAtLaunch + rampSlope * m
      } else {
        users = targetUsers * userGrowth
        userGrowth *= userStep
      }
      if (usersF) users *= usersF[t] ?? 1
      let qpu = qpuEntered
      if (queriesF) qpu *= queriesF[t] ?? 1
      queries = users * qpu
      let opq = opqEntered
      if (outcomesF) opq *= outcomesF[t] ?? 1
      outcomes = queries * opq
      tin = tinEntered * promptGrowth
      promptGrowth *= promptStep
      if (tokensF) tin *= tokensF[t] ?? 1
      sumUsers += users
      sumQueries += queries
      sumOutcomes += outcomes
      sumTokens += tin

      if (monthlyRates) {
        c = clampShare(cacheA ? (cacheA[t] ?? 0) : inp.cacheHitRate)
        w = clampShare(writeA ? (writeA[t] ?? 0) : inp.cacheWriteRate)
        b = clampShare(batchA ? (batchA[t] ?? 0) : inp.batchShare)
        u = Math.max(0, 1 - c - w)
      }
      const tout = outF ? toutEntered * (outF[t] ?? 1) : toutEntered
      if (runEnds && (t >= runEnd || c !== runC || w !== runW || b !== runB)) {
        runEnd = H
        runC = c
        runW = w
        runB = b
        perInputToken = 0
        perOutputToken = 0
        tierFrom = Infinity
        runNeedsFullPath = false
        for (let j = 0; j < nMix; j++) {
          const share = shares[j] ?? 0
          if (share <= 0) continue
          const k = mixModels[j] ?? -1
          if (k < 0) {
            runNeedsFullPath = true
            continue
          }
          const i = k * H + t
          const end = runEnds[i] ?? H
          if (end < runEnd) runEnd = end
          if ((unknown[i] ?? bitAll) !== 0) runNeedsFullPath = true
          const threshold = tierThreshold[i] ?? Infinity
          if (threshold < tierFrom) tierFrom = threshold
          const f = share * (1 - b * (batchDiscount[i] ?? 0))
          perInputToken += f * (u * (input[i] ?? 0) + c * (cachedInput[i] ?? 0) + w * (cacheWrite[i] ?? 0))
          perOutputToken += f * (output[i] ?? 0)
        }
      }
      if (runEnds && !runNeedsFullPath && tin <= tierFrom) {
        inference = (queries * (tin * perInputToken + tout * perOutputToken)) / PER_MILLION
        if (infF) inference *= infF[t] ?? 1
      } else {
        // Which prices this month's requests need: an unknown price that nothing uses is harmless.
        const needed =
          (tin > 0 ? (u > 0 ? bitInput : 0) | (c > 0 ? bitCached : 0) | (w > 0 ? bitWrite : 0) : 0) |
          (tout > 0 ? bitOutput : 0)
        let perQuery = 0
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
            flags = ((unknown[i] ?? bitAll) >> tierShift) & bitAll
          } else {
            priceIn = input[i] ?? 0
            priceCached = cachedInput[i] ?? 0
            priceWrite = cacheWrite[i] ?? 0
            priceOut = output[i] ?? 0
            flags = (unknown[i] ?? bitAll) & bitAll
          }
          if ((flags & needed) !== 0) {
            monthUnpriced = 1
            unpricedEntries |= 1 << j
          }
          const tokens = tin * (u * priceIn + c * priceCached + w * priceWrite) + tout * priceOut
          perQuery += share * (1 - b * (batchDiscount[i] ?? 0)) * tokens
        }
        inference = (queries * perQuery) / PER_MILLION
        if (infF) inference *= infF[t] ?? 1
      }
      sumInference += inference
      sumUnpriced += monthUnpriced

      integ = integration
      plat = platform
      data = dataPerMonth + dataPerQuery * queries
      evaluation = evalMonthly
      live++
      if (m > 0 && m % 12 === 0) compliance = complianceYearly

      const realised = M > 0 && m + 1 < M ? (m + 1) / M : 1
      value = realised * (outcomes * valuePerOutcome + fixedMonthlyValue)
      if (valueF) value *= valueF[t] ?? 1
      if (parts) {
        outcomeValue = realised * (outcomes * valuePerOutcome)
        if (valueF) outcomeValue *= valueF[t] ?? 1
        volumeCost = dataPerQuery * queries
      }
      sumValue += value
    }
    // A cost lever scales its driver month by month, and its sum is the sum of the scaled months
    // from the first month with any fixed cost. Without one, one-offs open the sums (the month
    // before launch comes before any running cost) and running costs add up.
    if (buildF) {
      build *= buildF[t] ?? 1
      sumBuild += build
    } else if (inBuild) sumBuild += build
    if (integrationF) {
      integ *= integrationF[t] ?? 1
      sumIntegration += integ
    }
    if (platformF) {
      plat *= platformF[t] ?? 1
      sumPlatform += plat
    }
    if (dataF) {
      data *= dataF[t] ?? 1
      volumeCost *= dataF[t] ?? 1
      sumData += data
    } else if (t === before) sumData = data
    else if (t >= t0) sumData += data
    if (evaluationF) {
      evaluation *= evaluationF[t] ?? 1
      sumEvaluation += evaluation
    } else if (t === before) sumEvaluation = evaluation
    if (complianceF) {
      compliance *= complianceF[t] ?? 1
      sumCompliance += compliance
    } else if (t === before) sumCompliance = compliance
    else if (t >= t0 && m > 0 && m % 12 === 0) sumCompliance += compliance

    const own = inference + build + integ + plat + data + evaluation + compliance
    sumOwn += own
    if (tail) {
      if (t === t0) writeUnitInputs(tail, tailAt, 0, inference, own, queries, users, outcomes, monthUnpriced)
      if (t === H - 1) writeUnitInputs(tail, tailAt, 1, inference, own, queries, users, outcomes, monthUnpriced)
    }
    if (months) {
      months[mInf + t] = (months[mInf + t] ?? 0) + inference
      months[mQ + t] = (months[mQ + t] ?? 0) + queries
      months[mNet + t] = (months[mNet + t] ?? 0) + (value - own)
      months[mOwn + t] = (months[mOwn + t] ?? 0) + own
    }
    if (parts) {
      parts[P_INFERENCE * H + t] = (parts[P_INFERENCE * H + t] ?? 0) + inference
      parts[P_OUTCOME_VALUE * H + t] = (parts[P_OUTCOME_VALUE * H + t] ?? 0) + outcomeValue
      parts[P_VOLUME_COST * H + t] = (parts[P_VOLUME_COST * H + t] ?? 0) + volumeCost
      parts[P_BUILD * H + t] = (parts[P_BUILD * H + t] ?? 0) + build
      parts[P_FIXED * H + t] = (parts[P_FIXED * H + t] ?? 0) + (integ + plat + data + evaluation + compliance)
    }
    if (addInto) {
      addInto[F_USERS * H + t] = (addInto[F_USERS * H + t] ?? 0) + users
      addInto[F_QUERIES * H + t] = (addInto[F_QUERIES * H + t] ?? 0) + queries
      addInto[F_OUTCOMES * H + t] = (addInto[F_OUTCOMES * H + t] ?? 0) + outcomes
      addInto[F_INPUT_TOKENS * H + t] = (addInto[F_INPUT_TOKENS * H + t] ?? 0) + queries * tin
      addInto[F_INFERENCE * H + t] = (addInto[F_INFERENCE * H + t] ?? 0) + inference
      addInto[F_BUILD * H + t] = (addInto[F_BUILD * H + t] ?? 0) + build
      addInto[F_INTEGRATION * H + t] = (addInto[F_INTEGRATION * H + t] ?? 0) + integ
      addInto[F_PLATFORM * H + t] = (addInto[F_PLATFORM * H + t] ?? 0) + plat
      addInto[F_DATA * H + t] = (addInto[F_DATA * H + t] ?? 0) + data
      addInto[F_EVALUATION * H + t] = (addInto[F_EVALUATION * H + t] ?? 0) + evaluation
      addInto[F_COMPLIANCE * H + t] = (addInto[F_COMPLIANCE * H + t] ?? 0) + compliance
      addInto[F_VALUE * H + t] = (addInto[F_VALUE * H + t] ?? 0) + value
      if (monthUnpriced > 0) addInto[F_UNPRICED * H + t] = 1
    }
    if (full) {
      full[F_USERS * H + t] = users
      full[F_QUERIES * H + t] = queries
      full[F_OUTCOMES * H + t] = outcomes
      full[F_INPUT_TOKENS * H + t] = tin
      full[F_INFERENCE * H + t] = inference
      full[F_BUILD * H + t] = build
      full[F_INTEGRATION * H + t] = integ
      full[F_PLATFORM * H + t] = plat
      full[F_DATA * H + t] = data
      full[F_EVALUATION * H + t] = evaluation
      full[F_COMPLIANCE * H + t] = compliance
      full[F_VALUE * H + t] = value
      full[F_OWN_COST * H + t] = own
      full[F_UNPRICED * H + t] = monthUnpriced
    }
  }
  // Running costs without a lever are the same every live month: their sums are products.
  if (!integrationF) sumIntegration = integration * live
  if (!platformF) sumPlatform = platform * live
  if (!evaluationF) sumEvaluation = sumEvaluation + evalMonthly * live

  // The horizon sums, in the tail and/or after the full block's months.
  const dst = tail ?? full
  // Index arithmetic inline, not layout's helpers: a call V8 had not seen before optimising the
  // loop (the sums after a full block) sent it into a loop of deoptimisations.
  const fullSums = FIELD_COUNT * H
  const at = tail ? tailAt : fullSums
  if (dst) {
    dst[at + F_USERS] = sumUsers
    dst[at + F_QUERIES] = sumQueries
    dst[at + F_OUTCOMES] = sumOutcomes
    dst[at + F_INPUT_TOKENS] = sumTokens
    dst[at + F_INFERENCE] = sumInference
    dst[at + F_BUILD] = sumBuild
    dst[at + F_INTEGRATION] = sumIntegration
    dst[at + F_PLATFORM] = sumPlatform
    dst[at + F_DATA] = sumData
    dst[at + F_EVALUATION] = sumEvaluation
    dst[at + F_COMPLIANCE] = sumCompliance
    dst[at + F_VALUE] = sumValue
    dst[at + F_OWN_COST] = sumOwn
    dst[at + F_UNPRICED] = sumUnpriced
  }
  if (tail && full) full.set(tail.subarray(at, at + FIELD_COUNT), fullSums)
  return unpricedEntries
}

function writeUnitInputs(
  tail: Float64Array,
  tailAt: number,
  which: 0 | 1,
  inference: number,
  own: number,
  queries: number,
  users: number,
  outcomes: number,
  unpriced: number,
): void {
  const o = tailUnitIndex(tailAt, which, 0)
  tail[o + U_INFERENCE] = inference
  tail[o + U_OWN_COST] = own
  tail[o + U_QUERIES] = queries
  tail[o + U_USERS] = users
  tail[o + U_OUTCOMES] = outcomes
  tail[o + U_UNPRICED] = unpriced
}
