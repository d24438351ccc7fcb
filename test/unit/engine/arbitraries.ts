import fc from 'fast-check'
import type {
  CostPool,
  Initiative,
  LongContextTier,
  ModelPrice,
  Portfolio,
  PriceBookModel,
} from '../../../shared/model'

/**
 * fast-check arbitraries of random VALID portfolios (they pass the Portfolio schema), small
 * enough for hundreds of runs: up to 4 models, 6 initiatives, 3 pools, 36 months. Edge values
 * (0, -100% growth, null prices, launch before the horizon, empty price lists) are included.
 */

const money = (max: number) =>
  fc.oneof(fc.constant(0), fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true }))
const share = fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true }))
const yearlyRate = fc.oneof(fc.constant(-1), fc.constant(0), fc.double({ min: -1, max: 10, noNaN: true }))
const pricePerM = fc.oneof(fc.constant(null), money(100))

const tier: fc.Arbitrary<LongContextTier> = fc.record({
  thresholdTokens: fc.integer({ min: 1, max: 300_000 }),
  inputPerM: pricePerM,
  cachedInputPerM: pricePerM,
  cacheWritePerM: pricePerM,
  outputPerM: pricePerM,
})

const dateString = fc
  .record({
    y: fc.integer({ min: 2024, max: 2029 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)

const modelPrice: fc.Arbitrary<ModelPrice> = fc.record({
  effectiveFrom: dateString,
  inputPerM: pricePerM,
  cachedInputPerM: pricePerM,
  cacheWritePerM: pricePerM,
  outputPerM: pricePerM,
  batchDiscount: share,
  longContext: fc.option(tier, { nil: null }),
  source: fc.constant('generated'),
})

function priceBookModel(id: string): fc.Arbitrary<PriceBookModel> {
  return fc
    .uniqueArray(modelPrice, { maxLength: 3, selector: (p) => p.effectiveFrom })
    .map((prices) => ({ id, provider: 'Gen', name: id, prices }))
}

/** Positive weights normalised to shares summing to 1 (within far less than 1e-9). */
function shares(count: number): fc.Arbitrary<number[]> {
  return fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: count, maxLength: count }).map((w) => {
    const total = w.reduce((s, x) => s + x, 0)
    return w.map((x) => x / total)
  })
}

function initiativeArb(id: string, modelIds: readonly string[], months: number): fc.Arbitrary<Initiative> {
  const mix = fc
    .shuffledSubarray([...modelIds], { minLength: 1 })
    .chain((ids) => shares(ids.length).map((s) => ids.map((modelId, j) => ({ modelId, share: s[j] ?? 0 }))))
  const cache = fc.tuple(share, share).map(([a, b]) => (a + b > 1 ? [a, 1 - a] : [a, b]) as [number, number])
  return fc
    .record({
      launchMonth: fc.integer({ min: -30, max: months - 1 }),
      usersAtLaunch: money(5_000),
      targetUsers: money(50_000),
      rampMonths: fc.integer({ min: 0, max: 24 }),
      userGrowthPerYear: yearlyRate,
      queriesPerUserPerMonth: money(500),
      inputTokensPerQuery: money(250_000),
      outputTokensPerQuery: money(5_000),
      promptGrowthPerYear: yearlyRate,
      cache,
      batchShare: share,
      modelMix: mix,
      costs: fc.record({
        buildFteMonths: money(60),
        costPerFteMonth: money(30_000),
        buildMonths: fc.integer({ min: 0, max: 12 }),
        integrationFte: money(5),
        platformPerMonth: money(20_000),
        dataOneOff: money(100_000),
        dataPerMonth: money(10_000),
        dataPerQuery: money(0.05),
        evalSetup: money(50_000),
        evalPerMonth: money(5_000),
        complianceOneOff: money(50_000),
        complianceYearly: money(20_000),
        reviewShare: share,
        minutesPerReview: money(30),
        costPerReviewerHour: money(120),
        reviewDeclinePerYear: share,
      }),
      value: fc.record({
        outcomesPerQuery: money(2),
        valuePerOutcome: money(100),
        monthsToFullValue: fc.integer({ min: 0, max: 24 }),
        fixedMonthlyValue: money(50_000),
        outcomeName: fc.constant('outcome'),
      }),
    })
    .map(({ cache: [cacheHitRate, cacheWriteRate], costs, value, ...usage }) => ({
      id,
      name: `Initiative ${id}`,
      governance: {
        owner: '',
        stage: 'pilot' as const,
        valueType: 'cost_savings' as const,
        hypothesis: '',
        successMetric: '',
        baseline: '',
        target: '',
        measurementPlan: '',
        reviewDate: null,
        timeHorizonMonths: 36,
        strategicNarrative: '',
      },
      usage: { ...usage, cacheHitRate, cacheWriteRate },
      costs,
      value,
    }))
}

function poolArb(id: string, initiativeIds: readonly string[], months: number): fc.Arbitrary<CostPool> {
  const rules =
    initiativeIds.length > 0
      ? (['inference', 'queries', 'even', 'fixed'] as const)
      : (['inference', 'queries', 'even'] as const)
  return fc
    .record({
      monthlyCost: money(100_000),
      startMonth: fc.integer({ min: 0, max: months - 1 }),
      allocation: fc.constantFrom(...rules),
    })
    .chain((p) => {
      const fixed =
        p.allocation === 'fixed'
          ? fc
              .shuffledSubarray([...initiativeIds], { minLength: 1 })
              .chain((ids) => shares(ids.length).map((s) => Object.fromEntries(ids.map((x, j) => [x, s[j] ?? 0]))))
          : fc.constant({})
      return fixed.map((fixedShares) => ({ id, name: `Pool ${id}`, ...p, fixedShares }))
    })
}

export interface PortfolioArbOptions {
  minInitiatives?: number
  maxInitiatives?: number
  maxMonths?: number
}

/** A random valid portfolio. */
export function portfolioArb(opts: PortfolioArbOptions = {}): fc.Arbitrary<Portfolio> {
  const maxMonths = opts.maxMonths ?? 36
  return fc
    .record({
      months: fc.integer({ min: 1, max: maxMonths }),
      models: fc.integer({ min: 1, max: 4 }),
      initiatives: fc.integer({ min: opts.minInitiatives ?? 0, max: opts.maxInitiatives ?? 6 }),
      pools: fc.integer({ min: 0, max: 3 }),
      startYear: fc.integer({ min: 2024, max: 2028 }),
      startMonth: fc.integer({ min: 1, max: 12 }),
      discountRateAnnual: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
    })
    .chain((shape) => {
      const modelIds = Array.from({ length: shape.models }, (_, k) => `m${k}`)
      const initiativeIds = Array.from({ length: shape.initiatives }, (_, i) => `i${i}`)
      return fc.record({
        settings: fc.constant({
          name: 'Generated',
          currency: 'USD',
          startMonth: `${shape.startYear}-${String(shape.startMonth).padStart(2, '0')}`,
          horizonMonths: shape.months,
          discountRateAnnual: shape.discountRateAnnual,
          investmentThreshold: 0,
          annualBudget: null,
          experimentationReserve: { kind: 'share' as const, value: 0 },
        }),
        priceBook: fc.tuple(...modelIds.map(priceBookModel)),
        costPools: fc.tuple(
          ...Array.from({ length: shape.pools }, (_, p) => poolArb(`p${p}`, initiativeIds, shape.months)),
        ),
        initiatives: fc.tuple(...initiativeIds.map((id) => initiativeArb(id, modelIds, shape.months))),
      })
    })
}
