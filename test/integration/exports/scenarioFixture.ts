import type { CompiledPortfolio, InitiativeInputs, PortfolioResult, PriceTable } from '../../../shared/engine'

/**
 * A scenario built the way the scenarios module builds one (issue 4): the baseline's
 * compiled inputs with levers applied — a price cut on one model from month 12, a users
 * factor, a build cost factor, a replaced cache hit rate, a scalar override, a mix shift,
 * a pool cost factor and another discount rate.
 */
export function leverScenario(base: CompiledPortfolio): CompiledPortfolio {
  const H = base.months
  const from = (month: number, value: number): Float64Array =>
    Float64Array.from({ length: H }, (_, t) => (t >= month ? value : 1))
  const pt = base.priceTable
  const k = pt.modelIndex.get('big') ?? 0
  const cut = (a: Float64Array): Float64Array => {
    const copy = Float64Array.from(a)
    for (let t = 12; t < H; t++) copy[k * H + t] = (copy[k * H + t] ?? 0) * 0.5
    return copy
  }
  const priceTable: PriceTable = {
    ...pt,
    input: cut(pt.input),
    output: cut(pt.output),
    tierInput: cut(pt.tierInput),
    cachedInput: cut(pt.cachedInput),
  }
  const [first, second, third, ...rest] = base.initiatives
  if (!first || !second || !third) throw new Error('fixture needs three initiatives')
  const mixShares = new Float64Array(third.mixShares.length * H)
  for (let t = 0; t < H; t++) {
    mixShares[t] = t >= 20 ? 0 : 0.25
    mixShares[H + t] = t >= 20 ? 1 : 0.75
  }
  const initiatives: InitiativeInputs[] = [
    { ...first, adjust: { usersFactor: from(6, 0.8), costFactor: { build: from(0, 1.3), inference: from(18, 0.9) } } },
    {
      ...second,
      targetUsers: 450,
      usersAtLaunch: 450,
      adjust: { cacheHitRate: new Float64Array(H).fill(0.6), outputTokensFactor: from(3, 1.2) },
    },
    { ...third, valuePerOutcome: 5.25, adjust: { mixShares, valueFactor: from(16, 0.9) } },
    ...rest,
  ]
  const pools = base.pools.map((p, i) => (i === 0 ? { ...p, costFactor: from(10, 1.5) } : p))
  return { ...base, discountRateAnnual: 0.12, priceTable, initiatives, pools }
}

/** A copy of the results with every figure wrong: the workbook's cached values must not matter. */
export function poisoned(result: PortfolioResult): PortfolioResult {
  // The engine's results are lazy (getters on a class): read every field into plain objects
  // before cloning, since structuredClone copies own data properties only.
  const plain = {
    ...result,
    series: result.series,
    totals: result.totals,
    initiatives: result.initiatives.map((i) => ({
      ...i,
      series: i.series,
      totals: i.totals,
      unitFirst: i.unitFirst,
      unitLast: i.unitLast,
    })),
    byId: new Map(),
  }
  const copy = structuredClone(plain)
  copy.byId = new Map(copy.initiatives.map((i) => [i.id, i]))
  const series = [copy.series, ...copy.initiatives.map((i) => i.series)]
  for (const s of series) {
    for (const a of [
      s.users,
      s.queries,
      s.outcomes,
      s.inputTokensPerQuery,
      s.totalCost,
      s.value,
      s.net,
      s.cumulativeNet,
      ...Object.values(s.cost),
    ]) {
      for (let t = 0; t < a.length; t++) a[t] = (a[t] ?? 0) * 3 + 12345
    }
  }
  for (const totals of [copy.totals, ...copy.initiatives.map((i) => i.totals)]) {
    totals.npv += 1e6
    totals.cost += 1e6
    totals.value -= 1e6
    totals.net += 2e6
    totals.paybackMonth = 1
    totals.roi = 42
    for (const d of Object.keys(totals.costByDriver) as (keyof typeof totals.costByDriver)[])
      totals.costByDriver[d] += 999
  }
  return copy
}
