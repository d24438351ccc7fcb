import type { Initiative, Portfolio } from '../../../shared/model'

/**
 * A small portfolio that exercises every rule the exported formulas mirror: a dated price
 * cut mid-horizon, an unpriced model, a long-context tier, cache reads and writes, batch,
 * a two-model mix, launch before the horizon, build with and without build months,
 * yearly compliance, value ramp, and pools with all four allocation rules.
 */
export function fixturePortfolio(): Portfolio {
  const base: Initiative = {
    id: 'support',
    name: 'Support deflection assistant',
    governance: {
      owner: '=HYPERLINK("http://evil")',
      stage: 'scaling',
      valueType: 'cost_savings',
      hypothesis: '+30% deflection',
      successMetric: 'Deflection rate',
      baseline: '12%',
      target: '30%',
      measurementPlan: '@monthly review',
      reviewDate: '2026-09-30',
      timeHorizonMonths: 24,
      strategicNarrative: '-',
    },
    usage: {
      launchMonth: 2,
      usersAtLaunch: 100,
      targetUsers: 2000,
      rampMonths: 6,
      userGrowthPerYear: 0.25,
      queriesPerUserPerMonth: 40,
      inputTokensPerQuery: 1800,
      outputTokensPerQuery: 350,
      promptGrowthPerYear: 0.3,
      cacheHitRate: 0.4,
      cacheWriteRate: 0.1,
      batchShare: 0.2,
      modelMix: [
        { modelId: 'big', share: 0.3 },
        { modelId: 'small', share: 0.7 },
      ],
    },
    costs: {
      buildFteMonths: 12,
      costPerFteMonth: 15000,
      buildMonths: 3,
      integrationFte: 0.5,
      platformPerMonth: 1200,
      dataOneOff: 20000,
      dataPerMonth: 800,
      dataPerQuery: 0.0004,
      evalSetup: 15000,
      evalPerMonth: 900,
      complianceOneOff: 10000,
      complianceYearly: 6000,
    },
    value: { outcomesPerQuery: 0.3, valuePerOutcome: 4.5, monthsToFullValue: 6, fixedMonthlyValue: 0, outcomeName: 'ticket deflected' },
  }
  const legacy: Initiative = {
    ...base,
    id: 'contracts',
    name: 'Contract search, "legal"',
    governance: { ...base.governance, owner: 'Legal ops', stage: 'mature', valueType: 'strategic', reviewDate: null },
    usage: { ...base.usage, launchMonth: -5, rampMonths: 0, usersAtLaunch: 300, targetUsers: 300, inputTokensPerQuery: 150000, promptGrowthPerYear: 0.5, cacheWriteRate: 0, modelMix: [{ modelId: 'big', share: 1 }] },
    costs: { ...base.costs, buildMonths: 0, buildFteMonths: 4 },
    value: { ...base.value, monthsToFullValue: 0, fixedMonthlyValue: 2500 },
  }
  const pilot: Initiative = {
    ...base,
    id: 'drafting',
    name: 'Sales email drafting',
    governance: { ...base.governance, owner: 'Sales', stage: 'pilot', valueType: 'revenue' },
    usage: { ...base.usage, launchMonth: 14, rampMonths: 3, userGrowthPerYear: -0.1, batchShare: 0, modelMix: [{ modelId: 'mystery', share: 0.25 }, { modelId: 'small', share: 0.75 }] },
    costs: { ...base.costs, buildMonths: 20, dataOneOff: 0 },
  }
  return {
    settings: {
      name: 'Fixture portfolio',
      currency: 'EUR',
      startMonth: '2026-01',
      horizonMonths: 30,
      discountRateAnnual: 0.08,
      investmentThreshold: 250000,
      annualBudget: 2000000,
      experimentationReserve: { kind: 'share', value: 0.1 },
    },
    priceBook: [
      {
        id: 'big',
        provider: 'Acme',
        name: 'Big model',
        prices: [
          {
            effectiveFrom: '2025-06-01',
            inputPerM: 3,
            cachedInputPerM: 0.3,
            cacheWritePerM: 3.75,
            outputPerM: 15,
            batchDiscount: 0.5,
            longContext: { thresholdTokens: 200000, inputPerM: 6, cachedInputPerM: 0.6, cacheWritePerM: 7.5, outputPerM: 22.5 },
            source: 'https://example.com/pricing',
          },
          {
            effectiveFrom: '2026-07-15',
            inputPerM: 2,
            cachedInputPerM: 0.2,
            cacheWritePerM: 2.5,
            outputPerM: 10,
            batchDiscount: 0.5,
            longContext: { thresholdTokens: 160000, inputPerM: 4, cachedInputPerM: 0.4, cacheWritePerM: 5, outputPerM: 15 },
            source: 'Negotiated rate',
          },
        ],
      },
      {
        id: 'small',
        provider: 'Acme',
        name: 'Small model',
        prices: [{ effectiveFrom: '2026-01-01', inputPerM: 0.25, cachedInputPerM: 0.025, cacheWritePerM: null, outputPerM: 1.25, batchDiscount: 0.5, longContext: null, source: '=cmd|' }],
      },
      { id: 'mystery', provider: 'Other', name: 'Mystery model', prices: [] },
    ],
    costPools: [
      { id: 'platform-team', name: 'AI platform team', monthlyCost: 40000, startMonth: 0, allocation: 'inference', fixedShares: {} },
      { id: 'gateway', name: 'Model gateway', monthlyCost: 5000, startMonth: 3, allocation: 'queries', fixedShares: {} },
      { id: 'eval', name: 'Evaluation cluster', monthlyCost: 3000, startMonth: 0, allocation: 'even', fixedShares: {} },
      { id: 'legal', name: 'Legal retainer', monthlyCost: 2000, startMonth: 6, allocation: 'fixed', fixedShares: { support: 0.25, contracts: 0.75 } },
    ],
    initiatives: [base, legacy, pilot],
  }
}
