import { rampTargetUsers, type CostPool, type Initiative, type Portfolio } from '../model'
import type { CompiledPortfolio, InitiativeInputs, PoolInputs, PriceTable } from './compiled'
import { costVector } from './driverPlan'
import { compilePriceTable } from './priceTable'

/** Flattens one initiative; mix entries naming no price-book model get index -1 (always unpriced). */
export function compileInitiative(init: Initiative, table: PriceTable): InitiativeInputs {
  const { usage, costs, value } = init
  // One pass over the mix for its three arrays (a full recompute compiles thousands of initiatives),
  // each allocated at its length: grown by push, each would hold room for 17 entries. Plain arrays:
  // a typed array of a few numbers costs far more to allocate and to collect.
  const n = usage.modelMix.length
  const mixModels = new Array<number>(n)
  const mixModelIds = new Array<string>(n)
  const mixShares = new Array<number>(n)
  for (let j = 0; j < n; j++) {
    const entry = usage.modelMix[j]
    mixModels[j] = entry ? (table.modelIndex.get(entry.modelId) ?? -1) : -1
    mixModelIds[j] = entry?.modelId ?? ''
    mixShares[j] = entry?.share ?? 0
  }
  return {
    id: init.id,
    launchMonth: usage.launchMonth,
    usersAtLaunch: usage.usersAtLaunch,
    targetUsers: rampTargetUsers(usage),
    rampMonths: usage.rampMonths,
    userGrowthPerYear: usage.userGrowthPerYear,
    queriesPerUserPerMonth: usage.queriesPerUserPerMonth,
    inputTokensPerQuery: usage.inputTokensPerQuery,
    outputTokensPerQuery: usage.outputTokensPerQuery,
    promptGrowthPerYear: usage.promptGrowthPerYear,
    cacheHitRate: usage.cacheHitRate,
    cacheWriteRate: usage.cacheWriteRate,
    batchShare: usage.batchShare,
    mixModels,
    mixModelIds,
    mixShares,
    costInputs: costVector(costs),
    outcomesPerQuery: value.outcomesPerQuery,
    valuePerOutcome: value.valuePerOutcome,
    monthsToFullValue: value.monthsToFullValue,
    fixedMonthlyValue: value.fixedMonthlyValue,
    adjust: null,
  }
}

/** Flattens the pools; fixed shares are aligned with the order of `initiativeIds`. */
export function compilePools(pools: readonly CostPool[], initiativeIds: readonly string[]): PoolInputs[] {
  return pools.map((pool) => {
    let fixedShares: Float64Array | null = null
    if (pool.allocation === 'fixed') {
      const shares = new Float64Array(initiativeIds.length)
      // A pool names a few initiatives: look each up rather than every initiative in the pool.
      for (const [id, share] of Object.entries(pool.fixedShares)) {
        const i = initiativeIds.indexOf(id)
        if (i >= 0) shares[i] = share
      }
      fixedShares = shares
    }
    return {
      id: pool.id,
      monthlyCost: pool.monthlyCost,
      startMonth: pool.startMonth,
      rule: pool.allocation,
      fixedShares,
      costFactor: null,
    }
  })
}

/** Compiles a whole portfolio: the price table, every initiative and every pool. */
export function compilePortfolio(portfolio: Portfolio): CompiledPortfolio {
  const months = portfolio.settings.horizonMonths
  const priceTable = compilePriceTable(portfolio.priceBook, portfolio.settings.startMonth, months)
  const initiatives = portfolio.initiatives.map((init) => compileInitiative(init, priceTable))
  return {
    months,
    discountRateAnnual: portfolio.settings.discountRateAnnual,
    priceTable,
    initiatives,
    pools: compilePools(
      portfolio.costPools,
      initiatives.map((i) => i.id),
    ),
  }
}
