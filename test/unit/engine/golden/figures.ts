import fc from 'fast-check'
import {
  computePortfolio,
  type InitiativeResult,
  type PortfolioResult,
  type Series,
  type Totals,
} from '../../../../shared/engine'
import { compileScenario, tornado } from '../../../../shared/engine/scenarios'
import { compilePortfolio, evaluate } from '../../../../shared/engine'
import { samplePortfolio } from '../../../../shared/data/samplePortfolio'
import type { Portfolio } from '../../../../shared/model'
import { syntheticPortfolio } from '../../../bench/syntheticPortfolio'
import { portfolioArb } from '../arbitraries'

/**
 * Every figure the engine reports for a portfolio, as plain JSON: what the golden test compares
 * with the figures the engine gave before its drivers were declared (test/fixtures/engine-golden.json).
 */
export type Figures = { [key: string]: number | number[] | null | boolean | Figures | Figures[] | string }

function seriesFigures(s: Series): Figures {
  const cost: Figures = {}
  for (const [driver, months] of Object.entries(s.cost)) cost[driver] = [...months]
  return {
    users: [...s.users],
    queries: [...s.queries],
    outcomes: [...s.outcomes],
    inputTokensPerQuery: [...s.inputTokensPerQuery],
    cost,
    totalCost: [...s.totalCost],
    value: [...s.value],
    net: [...s.net],
    cumulativeNet: [...s.cumulativeNet],
    unpriced: [...s.unpriced],
  }
}

function totalsFigures(t: Totals): Figures {
  return { ...t, costByDriver: { ...t.costByDriver } }
}

function resultFigures(r: InitiativeResult | PortfolioResult): Figures {
  const figures: Figures = { totals: totalsFigures(r.totals), series: seriesFigures(r.series) }
  if ('unitFirst' in r) {
    figures.unitFirst = { ...r.unitFirst }
    figures.unitLast = { ...r.unitLast }
  }
  return figures
}

/** The figures of one portfolio: the portfolio's and every initiative's, and (with scenarios) each scenario's totals and the tornado. */
export function figuresOf(portfolio: Portfolio, withScenarios: boolean): Figures {
  const result = computePortfolio(portfolio)
  const figures: Figures = {
    portfolio: resultFigures(result),
    initiatives: result.initiatives.map((r) => ({ id: r.id, ...resultFigures(r) })),
  }
  if (!withScenarios) return figures
  const base = compilePortfolio(portfolio)
  figures.scenarios = (portfolio.scenarios ?? []).map((s) => {
    const r = evaluate(compileScenario(portfolio, base, s.levers))
    return { id: s.id, totals: totalsFigures(r.totals), totalCost: [...r.series.totalCost] }
  })
  figures.tornado = tornado(base).bars.map((b) => ({ key: b.key, low: b.low, high: b.high }))
  return figures
}

/** The portfolios of the golden test: the sample, a synthetic one and random ones from a fixed seed. */
export function goldenPortfolios(): { name: string; portfolio: Portfolio; withScenarios: boolean }[] {
  const random = fc.sample(portfolioArb({ minInitiatives: 1 }), { seed: 12, numRuns: 12 })
  return [
    { name: 'sample', portfolio: samplePortfolio(), withScenarios: true },
    {
      name: 'synthetic',
      portfolio: syntheticPortfolio({ seed: 5, initiatives: 40, months: 36, models: 6, pools: 4 }),
      withScenarios: false,
    },
    ...random.map((portfolio, i) => ({ name: `random ${i}`, portfolio, withScenarios: false })),
  ]
}
