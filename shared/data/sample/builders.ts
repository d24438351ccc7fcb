import type { Costs, InitiativeStrategy } from '../../model'

/** Loaded cost of one engineer-month used across the sample (salary, benefits, overhead). */
export const SAMPLE_FTE_MONTH = 16_500

/** The cost drivers of a sample initiative: zero unless named, FTE-month at the sample rate. */
export function costs(named: Partial<Costs>): Costs {
  return {
    buildFteMonths: 0,
    costPerFteMonth: SAMPLE_FTE_MONTH,
    buildMonths: 0,
    integrationFte: 0,
    platformPerMonth: 0,
    dataOneOff: 0,
    dataPerMonth: 0,
    dataPerQuery: 0,
    evalSetup: 0,
    evalPerMonth: 0,
    complianceOneOff: 0,
    complianceYearly: 0,
    ...named,
  }
}

/** Scores on the default scoring model's criteria, in its order. */
export function scores(
  marketPosition: number,
  futureRevenue: number,
  talentBrand: number,
  differentiation: number,
): InitiativeStrategy['scores'] {
  return {
    'market-position': marketPosition,
    'future-revenue': futureRevenue,
    'talent-brand': talentBrand,
    differentiation,
  }
}
