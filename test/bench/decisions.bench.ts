import { decisionMatrix, reallocate, type MatrixPoint } from '../../shared/decisions'
import { computePortfolio } from '../../shared/engine'
import type { PortfolioResult } from '../../shared/engine/types'
import type { Portfolio } from '../../shared/model'
import type { BenchSuite } from './harness'
import { syntheticPortfolio } from './syntheticPortfolio'

let portfolio: Portfolio | undefined
let result: PortfolioResult | undefined
let points: MatrixPoint[] = []

function setup(): void {
  if (portfolio) return
  const base = syntheticPortfolio({ seed: 20_261_128, initiatives: 1_000, months: 60, models: 15, pools: 4 })
  // A budget that funds roughly half of the portfolio, so the optimiser has real choices to make.
  portfolio = { ...base, settings: { ...base.settings, annualBudget: 0 } }
  result = computePortfolio(portfolio)
  const perYear = (result.totals.cost / 5) * 0.5
  portfolio = { ...portfolio, settings: { ...portfolio.settings, annualBudget: perYear } }
  points = decisionMatrix(portfolio, result, '2026-11-28')
}

function need<T>(x: T | undefined): T {
  if (x === undefined) throw new RangeError('setup did not run')
  return x
}

export const suites: BenchSuite[] = [
  {
    name: 'decisions: matrix (scores, scale economics, rules, flags) for 1,000 initiatives',
    targetMs: 100,
    setup,
    run: () => {
      decisionMatrix(need(portfolio), need(result), '2026-11-28')
    },
  },
  {
    name: 'decisions: optimiser + efficient frontier, 1,000 initiatives (horizon budget)',
    targetMs: 500,
    samples: 10,
    warmup: 2,
    setup,
    run: () => {
      reallocate(need(portfolio), need(result), points, { constraint: 'horizon', objective: 'npv' })
    },
  },
  {
    name: 'decisions: optimiser + efficient frontier, 1,000 initiatives (peak-year, strategic NPV)',
    targetMs: 500,
    samples: 10,
    warmup: 2,
    setup,
    run: () => {
      reallocate(need(portfolio), need(result), points, { constraint: 'peakYear', objective: 'strategicNpv' })
    },
  },
]
