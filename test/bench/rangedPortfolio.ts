import type { Portfolio } from '../../shared/model'
import { syntheticPortfolio } from './syntheticPortfolio'

/**
 * The synthetic bench portfolio with ranges on its main drivers: target users (PERT −30 % / +40 %),
 * input tokens per query (lognormal, P90 1.5 × the median) and value per outcome (triangular
 * −40 % / +20 %) on every initiative, one price path per provider (prices a year from now: PERT
 * 0.5 / 0.8 / 1.1) and one adoption factor for the pilots (PERT 0.5 / 1 / 1.2).
 */
export function rangedPortfolio(opts: { initiatives: number; months: number; draws: number }): Portfolio {
  const base = syntheticPortfolio({ seed: 20_261_128, models: 15, pools: 4, ...opts })
  const providers = [...new Set(base.priceBook.map((m) => m.provider))]
  return {
    ...base,
    uncertainty: {
      seed: 42,
      draws: opts.draws,
      factors: [
        ...providers.map((provider) => ({
          key: `prices-${provider}`,
          label: `${provider} prices a year from now`,
          distribution: { kind: 'pert' as const, low: 0.5, likely: 0.8, high: 1.1 },
          moves: { kind: 'prices' as const, provider },
        })),
        {
          key: 'adoption-pilot',
          label: 'Adoption vs plan (pilots)',
          distribution: { kind: 'pert', low: 0.5, likely: 1, high: 1.2 },
          moves: { kind: 'adoption', stage: 'pilot' },
        },
      ],
    },
    initiatives: base.initiatives.map((init) => {
      const users = init.usage.targetUsers
      const tokens = init.usage.inputTokensPerQuery
      const perOutcome = init.value.valuePerOutcome
      return {
        ...init,
        ranges: {
          'usage.targetUsers': { distribution: { kind: 'pert', low: users * 0.7, likely: users, high: users * 1.4 } },
          'usage.inputTokensPerQuery': {
            distribution: { kind: 'lognormal', by: 'medianP90', median: tokens, p90: tokens * 1.5 },
          },
          'value.valuePerOutcome': {
            distribution: { kind: 'triangular', low: perOutcome * 0.6, likely: perOutcome, high: perOutcome * 1.2 },
          },
        },
      }
    }),
  }
}
