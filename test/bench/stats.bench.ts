import type { Distribution } from '../../shared/stats/distributions'
import { fanChart } from '../../shared/stats/fanChart'
import { histogram } from '../../shared/stats/histogram'
import { DrawSampler, sampleDraws, type RangedInput, type SamplingPlan } from '../../shared/stats/samplingPlan'
import { probabilityAbove, summarize } from '../../shared/stats/summaries'
import type { BenchSuite } from './harness'

/**
 * The statistics under the simulation's target (1,000 initiatives × 60 months × 1,000 draws ≤ 3 s,
 * first estimate ≤ 300 ms): drawing the inputs and summarising the outputs must be a small part of it.
 */

const DRAWS = 1000
const INITIATIVES = 1000
const MONTHS = 60

/**
 * Three ranges per initiative (PERT, triangular, lognormal), a third of the PERTs following a shared
 * factor; the PERTs take seven different shapes (drivers with the same relative low and high
 * share one, as in a real portfolio).
 */
function plan(): SamplingPlan {
  const inputs: RangedInput[] = []
  for (let i = 0; i < INITIATIVES; i++) {
    const scale = 1 + (i % 10)
    const users: Distribution = { kind: 'pert', low: 80 * scale, likely: (95 + 3 * (i % 7)) * scale, high: 160 * scale }
    const tokens: Distribution = { kind: 'lognormal', by: 'medianP90', median: 2000, p90: 3500 }
    const value: Distribution = { kind: 'triangular', low: 1, likely: 2, high: 3.5 }
    inputs.push(
      {
        key: `i${i}/users`,
        distribution: users,
        link: i % 3 === 0 ? { factor: 'adoption', correlation: 0.8 } : undefined,
      },
      { key: `i${i}/tokens`, distribution: tokens },
      { key: `i${i}/value`, distribution: value },
    )
  }
  return {
    seed: 20_261_207,
    draws: DRAWS,
    factors: [
      { key: 'adoption', distribution: { kind: 'pert', low: 0.5, likely: 1, high: 1.15 } },
      { key: 'price', distribution: { kind: 'pert', low: 0.6, likely: 1, high: 1.3 } },
    ],
    inputs,
  }
}

let perInitiative: Float64Array[] = []
let monthly: Float64Array[] = []

/** Outputs shaped like the engine's: an NPV per initiative per draw, and four monthly series per draw. */
function setupOutputs(): void {
  if (perInitiative.length > 0) return
  let x = 1
  const next = () => ((x = (x * 48271) % 2147483647) / 2147483647) * 2 - 0.5
  perInitiative = Array.from({ length: INITIATIVES }, () => Float64Array.from({ length: DRAWS }, next))
  monthly = Array.from({ length: 4 }, () => Float64Array.from({ length: DRAWS * MONTHS }, next))
}

const samplingPlan = plan()

export const suites: BenchSuite[] = [
  {
    name: 'stats: draw 1,000 × 3,002 ranges (nested LHS, PERT/triangular/lognormal, shared factors)',
    // A sixth of the simulation's 3 s; the engine can start after the first block (next suite).
    targetMs: 500,
    samples: 10,
    warmup: 2,
    run: () => {
      sampleDraws(samplingPlan)
    },
  },
  {
    name: 'stats: first block, 125 draws × 3,002 ranges (for the first progressive estimate)',
    targetMs: 100,
    samples: 10,
    warmup: 2,
    run: () => {
      new DrawSampler(samplingPlan).nextBlock()
    },
  },
  {
    name: 'stats: summarise 1,000 initiatives × 1,000 draws (mean, sd, P10/P50/P90, P(NPV > 0))',
    targetMs: 100,
    setup: setupOutputs,
    run: () => {
      for (const npv of perInitiative) {
        summarize(npv)
        probabilityAbove(npv, 0)
      }
    },
  },
  {
    name: 'stats: fan charts, 4 outputs × 60 months × 1,000 draws (P10/P25/P50/P75/P90)',
    targetMs: 50,
    setup: setupOutputs,
    run: () => {
      for (const series of monthly) fanChart(series, MONTHS)
    },
  },
  {
    name: 'stats: first estimate from 125 draws (summaries + fan charts)',
    targetMs: 20,
    setup: setupOutputs,
    run: () => {
      for (const npv of perInitiative) summarize(npv, 125)
      for (const series of monthly) fanChart(series, MONTHS, 125)
    },
  },
  {
    name: 'stats: histogram of 1,000 draws of portfolio NPV',
    targetMs: 2,
    setup: setupOutputs,
    run: () => {
      histogram(perInitiative[0]!)
    },
  },
]
