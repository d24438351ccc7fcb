import { simulate } from '../../shared/jobs/simulation/simulate'
import type { Portfolio } from '../../shared/model'
import type { BenchSuite } from './harness'
import { rangedPortfolio } from './rangedPortfolio'

/**
 * The simulation's targets: 1,000 initiatives × 60 months × 1,000 draws in 3 s, and the first
 * usable estimate (the first nested level, 125 draws, with its summaries, fans and histogram) in
 * 300 ms. Both include compiling the case, drawing the ranges and summarising.
 */

let portfolio: Portfolio | null = null
const options = { seed: 42, draws: 1000, scenarioId: null }

function setup(): void {
  portfolio ??= rangedPortfolio({ initiatives: 1000, months: 60, draws: 1000 })
}

/** Stops a run at its first progress report. */
class FirstEstimate extends Error {}

export const suites: BenchSuite[] = [
  {
    name: 'simulation: 1,000 initiatives x 60 months x 1,000 draws (3,000 ranges, 4 price paths, adoption)',
    targetMs: 3000,
    samples: 5,
    warmup: 1,
    setup,
    run: () => {
      if (!portfolio) throw new RangeError('setup did not run')
      simulate(portfolio, options)
    },
  },
  {
    name: 'simulation: first estimate (125 draws of the same, summarised)',
    targetMs: 300,
    samples: 10,
    warmup: 2,
    setup,
    run: () => {
      if (!portfolio) throw new RangeError('setup did not run')
      const start = performance.now()
      let first = Number.NaN
      try {
        simulate(portfolio, options, () => {
          first = performance.now() - start
          throw new FirstEstimate()
        })
      } catch (e) {
        if (!(e instanceof FirstEstimate)) throw e
      }
      return first
    },
  },
]
