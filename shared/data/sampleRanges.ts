import type { Distribution, InitiativeRanges, Portfolio } from '../model'

/**
 * The sample's ranges (docs/uncertainty.md): every initiative's main drivers as ranges around the
 * entered numbers — target users (adoption usually disappoints more than it surprises: PERT −35 % /
 * +20 %), input tokens per query (lognormal, 1 in 10 above 1.5 × the entered median) and value per
 * outcome (PERT −40 % / +20 %) — and two shared factors: Anthropic's prices a year from now (the
 * provider most of the sample uses) and adoption versus plan for the pilots.
 */
function around(likely: number, down: number, up: number): Distribution {
  return { kind: 'pert', low: likely * (1 - down), likely, high: likely * (1 + up) }
}

export function withSampleRanges(portfolio: Portfolio): Portfolio {
  return {
    ...portfolio,
    uncertainty: {
      seed: 20_270_101,
      draws: 1000,
      factors: [
        {
          key: 'anthropic-prices',
          label: 'Anthropic prices a year from now (vs today)',
          distribution: { kind: 'pert', low: 0.5, likely: 0.8, high: 1.05 },
          moves: { kind: 'prices', provider: 'Anthropic' },
        },
        {
          key: 'pilot-adoption',
          label: 'Adoption vs plan: pilots',
          distribution: { kind: 'pert', low: 0.4, likely: 0.9, high: 1.2 },
          moves: { kind: 'adoption', stage: 'pilot' },
        },
      ],
    },
    initiatives: portfolio.initiatives.map((init) => {
      const ranges: InitiativeRanges = {
        'usage.inputTokensPerQuery': {
          distribution: {
            kind: 'lognormal',
            by: 'medianP90',
            median: init.usage.inputTokensPerQuery,
            p90: init.usage.inputTokensPerQuery * 1.5,
          },
        },
        'value.valuePerOutcome': { distribution: around(init.value.valuePerOutcome, 0.4, 0.2) },
      }
      if (init.usage.targetUsers > 0)
        ranges['usage.targetUsers'] = { distribution: around(init.usage.targetUsers, 0.35, 0.2) }
      return { ...init, ranges }
    }),
  }
}
