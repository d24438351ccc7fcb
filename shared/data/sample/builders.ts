import type { Costs, InitiativeStrategy } from '../../model'
import { blankInitiative } from '../../model/blankInitiative'

/** Loaded cost of one engineer-month used across the sample (salary, benefits, overhead). */
const SAMPLE_FTE_MONTH = 16_500

/** The cost drivers of a sample initiative: zero unless named (a blank initiative's), FTE-month at the sample rate. */
export function costs(named: Partial<Costs>): Costs {
  return { ...blankInitiative('', '').costs, costPerFteMonth: SAMPLE_FTE_MONTH, ...named }
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
