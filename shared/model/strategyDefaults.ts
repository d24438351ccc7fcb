import { DEFAULT_ECONOMIC_GATE, type InitiativeStrategy, type ScoringModel } from './strategy'

/** The scoring model a portfolio uses until the user edits its own. */
export const DEFAULT_SCORING_MODEL: ScoringModel = {
  criteria: [
    {
      id: 'market-position',
      name: 'Market position',
      description: 'Strengthens our position against competitors in markets we care about.',
      weight: 30,
    },
    {
      id: 'future-revenue',
      name: 'Unlocks future revenue',
      description: 'Builds a capability that future products or revenue streams depend on.',
      weight: 30,
    },
    {
      id: 'talent-brand',
      name: 'Talent and brand',
      description: 'Attracts and keeps talent; visibly shows the company as a capable AI adopter.',
      weight: 15,
    },
    {
      id: 'differentiation',
      name: 'Differentiation',
      description: 'Does something vendors do not sell off the shelf.',
      weight: 25,
    },
  ],
  thresholds: { scaleEconomics: 0, strategic: 50 },
  rules: {
    doubleDown: { minEvidence: 'measured', minQuality: 0.85 },
    pullBack: { costOverValueGrowthMargin: 0.1, minQuality: 0.7, commoditisedUnlessStrategic: true },
    economicGate: DEFAULT_ECONOMIC_GATE,
  },
}

/** What an initiative without strategy data counts as: unscored, no evidence, quality unmeasured. */
export const DEFAULT_STRATEGY: InitiativeStrategy = {
  scores: {},
  userValueEvidence: 'none',
  qualityPassRate: null,
  commoditised: false,
  lock: null,
  measuredValue: null,
}
