import { defaultCosts } from './drivers'
import type { Initiative } from './initiative'

/**
 * An initiative that adds nothing until it is filled in: zero usage and costs, stage idea, all on
 * `modelId` (the first model of the price book). The grid's new row and an imported row (before
 * its cells are applied, so a column left out adds nothing) both start from it. `modelId` '' (an
 * empty price book) fails the model rule unless a model mix is given.
 */
export function blankInitiative(id: string, modelId: string): Initiative {
  return {
    id,
    name: '',
    governance: {
      owner: '',
      stage: 'idea',
      valueType: 'cost_savings',
      hypothesis: '',
      successMetric: '',
      baseline: '',
      target: '',
      measurementPlan: '',
      reviewDate: null,
      timeHorizonMonths: 12,
      strategicNarrative: '',
    },
    usage: {
      launchMonth: 0,
      usersAtLaunch: 0,
      targetUsers: 0,
      rampMonths: 0,
      userGrowthPerYear: 0,
      queriesPerUserPerMonth: 0,
      inputTokensPerQuery: 0,
      outputTokensPerQuery: 0,
      promptGrowthPerYear: 0,
      cacheHitRate: 0,
      cacheWriteRate: 0,
      batchShare: 0,
      modelMix: [{ modelId, share: 1 }],
    },
    costs: defaultCosts(),
    value: { outcomesPerQuery: 0, valuePerOutcome: 0, monthsToFullValue: 0, fixedMonthlyValue: 0, outcomeName: '' },
  }
}
