import type { AllocationRule, CostPool, Initiative, ModelPrice, Portfolio, PriceBookModel } from '../../shared/model'
import { defaultCosts } from '../../shared/model/drivers'

/** mulberry32: a small seeded generator, so every bench run sees the same portfolio. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface SyntheticOptions {
  seed: number
  initiatives: number
  months: number
  models: number
  pools: number
}

function price(rand: () => number, effectiveFrom: string, scale: number): ModelPrice {
  const input = Math.round((0.1 + rand() * 10) * scale * 100) / 100
  return {
    effectiveFrom,
    inputPerM: input,
    cachedInputPerM: input / 10,
    cacheWritePerM: input * 1.25,
    outputPerM: input * 4,
    batchDiscount: 0.5,
    longContext:
      rand() < 0.3
        ? {
            thresholdTokens: 200_000,
            inputPerM: input * 2,
            cachedInputPerM: input / 5,
            cacheWritePerM: input * 2.5,
            outputPerM: input * 6,
          }
        : null,
    source: 'synthetic bench price',
  }
}

function priceBook(rand: () => number, count: number): PriceBookModel[] {
  return Array.from({ length: count }, (_, k) => {
    const prices = [price(rand, '2024-01-01', 1)]
    // Every third model gets a price cut mid-horizon, so dated prices are exercised.
    if (k % 3 === 0) prices.push(price(rand, '2026-07-01', 0.5))
    return { id: `model-${k}`, provider: `provider-${k % 4}`, name: `Model ${k}`, prices }
  })
}

function initiative(rand: () => number, i: number, opts: SyntheticOptions): Initiative {
  const mixSize = 1 + Math.floor(rand() * 3)
  const first = Math.floor(rand() * opts.models)
  const ids = Array.from({ length: mixSize }, (_, j) => `model-${(first + j * 5) % opts.models}`)
  const weights = ids.map(() => 0.2 + rand())
  const total = weights.reduce((s, w) => s + w, 0)
  const targetUsers = Math.round(50 + rand() * 20_000)
  return {
    id: `init-${i}`,
    name: `Initiative ${i}`,
    governance: {
      owner: 'Bench',
      stage: 'pilot',
      valueType: 'cost_savings',
      hypothesis: '',
      successMetric: '',
      baseline: '',
      target: '',
      measurementPlan: '',
      reviewDate: null,
      timeHorizonMonths: 36,
      strategicNarrative: '',
    },
    usage: {
      launchMonth: Math.floor(rand() * (opts.months + 12)) - 12,
      usersAtLaunch: Math.round(targetUsers * rand() * 0.3),
      targetUsers,
      rampMonths: Math.floor(rand() * 12),
      userGrowthPerYear: rand() * 0.5 - 0.1,
      queriesPerUserPerMonth: 5 + rand() * 200,
      inputTokensPerQuery: Math.round(500 + rand() * 8000),
      outputTokensPerQuery: Math.round(100 + rand() * 1500),
      promptGrowthPerYear: rand() * 0.6,
      cacheHitRate: rand() * 0.6,
      cacheWriteRate: rand() * 0.1,
      batchShare: rand() * 0.5,
      modelMix: ids.map((modelId, j) => ({ modelId, share: (weights[j] ?? 0) / total })),
    },
    costs: {
      ...defaultCosts(),
      buildFteMonths: rand() * 24,
      costPerFteMonth: 15_000,
      buildMonths: Math.floor(rand() * 6),
      integrationFte: rand() * 2,
      platformPerMonth: rand() * 5_000,
      dataOneOff: rand() * 50_000,
      dataPerMonth: rand() * 2_000,
      dataPerQuery: rand() * 0.002,
      evalSetup: rand() * 20_000,
      evalPerMonth: rand() * 1_500,
      complianceOneOff: rand() * 15_000,
      complianceYearly: rand() * 8_000,
    },
    value: {
      outcomesPerQuery: rand() * 0.3,
      valuePerOutcome: rand() * 20,
      monthsToFullValue: Math.floor(rand() * 12),
      fixedMonthlyValue: rand() < 0.2 ? rand() * 10_000 : 0,
      outcomeName: 'outcome',
    },
  }
}

const RULES: AllocationRule[] = ['inference', 'queries', 'even', 'fixed']

function pools(count: number, initiatives: readonly Initiative[]): CostPool[] {
  return Array.from({ length: count }, (_, p) => {
    const rule = RULES[p % RULES.length] ?? 'even'
    const named = initiatives.slice(0, 10)
    const fixedShares: Record<string, number> =
      rule === 'fixed' ? Object.fromEntries(named.map((init) => [init.id, 1 / named.length])) : {}
    return {
      id: `pool-${p}`,
      name: `Pool ${p}`,
      monthlyCost: 50_000 + p * 10_000,
      startMonth: p * 3,
      allocation: rule,
      fixedShares,
    }
  })
}

/** A deterministic, valid portfolio of the given size. */
export function syntheticPortfolio(opts: SyntheticOptions): Portfolio {
  const rand = seededRandom(opts.seed)
  const initiatives = Array.from({ length: opts.initiatives }, (_, i) => initiative(rand, i, opts))
  return {
    settings: {
      name: 'Synthetic bench portfolio',
      currency: 'USD',
      startMonth: '2026-01',
      horizonMonths: opts.months,
      discountRateAnnual: 0.1,
      investmentThreshold: 250_000,
      annualBudget: null,
      experimentationReserve: { kind: 'share', value: 0.1 },
    },
    priceBook: priceBook(rand, opts.models),
    costPools: pools(opts.pools, initiatives),
    initiatives,
  }
}

/**
 * Variant v of a portfolio, standing in for a scenario: prices, users, prompt growth and
 * cache rates moved by a few percent per variant (variant 0 is the portfolio itself).
 */
export function variantOf(base: Portfolio, v: number): Portfolio {
  if (v === 0) return base
  const f = 1 - 0.05 * v
  const scale = (x: number | null): number | null => (x === null ? null : x * f)
  return {
    ...base,
    priceBook: base.priceBook.map((m) => ({
      ...m,
      prices: m.prices.map((p) => ({
        ...p,
        inputPerM: scale(p.inputPerM),
        cachedInputPerM: scale(p.cachedInputPerM),
        cacheWritePerM: scale(p.cacheWritePerM),
        outputPerM: scale(p.outputPerM),
      })),
    })),
    initiatives: base.initiatives.map((init) => ({
      ...init,
      usage: {
        ...init.usage,
        targetUsers: init.usage.targetUsers * (1 + 0.1 * v),
        promptGrowthPerYear: init.usage.promptGrowthPerYear + 0.02 * v,
        cacheHitRate: init.usage.cacheHitRate * f,
      },
    })),
  }
}
