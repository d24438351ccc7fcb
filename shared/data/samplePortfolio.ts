import type { CostPool, Portfolio } from '../model'
import { defaultPriceBook } from './defaultPriceBook'
import { withSampleRanges } from './sampleRanges'
import { sampleScenarios } from './sampleScenarios'
import { customerFacingInitiatives } from './sample/customerFacing'
import { knowledgeWorkInitiatives } from './sample/knowledgeWork'
import { operationsInitiatives } from './sample/operations'

/** Shared costs of the sample: the teams and systems every initiative leans on. */
function sampleCostPools(): CostPool[] {
  return [
    {
      id: 'pool-platform-team',
      name: 'Central AI platform team',
      monthlyCost: 65_000,
      startMonth: 0,
      allocation: 'inference',
      fixedShares: {},
    },
    {
      id: 'pool-model-gateway',
      name: 'Model gateway and observability',
      monthlyCost: 15_000,
      startMonth: 0,
      allocation: 'queries',
      fixedShares: {},
    },
    {
      id: 'pool-eval-cluster',
      name: 'Evaluation cluster',
      monthlyCost: 9_000,
      startMonth: 0,
      allocation: 'even',
      fixedShares: {},
    },
    {
      id: 'pool-legal-office',
      name: 'Legal and AI compliance office',
      monthlyCost: 18_000,
      startMonth: 0,
      allocation: 'fixed',
      fixedShares: {
        'contract-search': 0.35,
        'claims-triage': 0.25,
        'hr-policy': 0.15,
        'finance-close': 0.15,
        'rnd-agent': 0.1,
      },
    },
  ]
}

/**
 * The sample portfolio a first run opens: a mid-size company's generative-AI portfolio over
 * three years from January 2026 (so the months already over can carry actuals), with the default
 * price book and ranges on its main drivers. A fresh copy on every call.
 */
export function samplePortfolio(): Portfolio {
  return withSampleRanges({
    settings: {
      name: 'Sample: Northwind Group generative-AI portfolio',
      currency: 'USD',
      startMonth: '2026-01',
      horizonMonths: 36,
      discountRateAnnual: 0.1,
      investmentThreshold: 250_000,
      annualBudget: 4_000_000,
      experimentationReserve: { kind: 'share', value: 0.1 },
    },
    priceBook: defaultPriceBook(),
    costPools: sampleCostPools(),
    initiatives: [...customerFacingInitiatives(), ...knowledgeWorkInitiatives(), ...operationsInitiatives()],
    scenarios: sampleScenarios(),
  })
}
