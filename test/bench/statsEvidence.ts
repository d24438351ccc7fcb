/**
 * The evidence behind the sampling method (docs/uncertainty.md, "Why Latin hypercube"): how much
 * the mean and P10/P50/P90 of NPV move between runs with different seeds, for independent draws
 * (Monte Carlo), nested Latin hypercube draws and (on the small model) a randomly shifted Halton
 * sequence. Run: `npx tsx test/bench/statsEvidence.ts` (a few minutes); prints a Markdown table.
 */
import { compileDistribution, type Distribution } from '../../shared/stats/distributions'
import { latinHypercube } from '../../shared/stats/latinHypercube'
import { randomStream } from '../../shared/stats/random'
import { meanAndSd, percentileOfSorted } from '../../shared/stats/summaries'

type Method = 'Monte Carlo' | 'nested LHS' | 'Halton (random shift)'

/** Uniforms, draw-major, for `keys` under `seed` by `method`. */
function uniforms(method: Method, seed: number, keys: string[], draws: number): Float64Array {
  if (method === 'nested LHS') return latinHypercube(seed, keys, draws).values
  const d = keys.length
  const out = new Float64Array(draws * d)
  if (method === 'Monte Carlo') {
    keys.forEach((key, j) => {
      const stream = randomStream(seed, key)
      for (let i = 0; i < draws; i++) out[i * d + j] = stream.next()
    })
    return out
  }
  const primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
  keys.forEach((key, j) => {
    const base = primes[j]!
    const shift = randomStream(seed, key).next()
    for (let i = 0; i < draws; i++) {
      let f = 1
      let r = 0
      for (let n = i + 1; n > 0; n = Math.floor(n / base)) {
        f /= base
        r += f * (n % base)
      }
      out[i * d + j] = (r + shift) % 1
    }
  })
  return out
}

const pert = (low: number, likely: number, high: number): Distribution => ({ kind: 'pert', low, likely, high })

/** Σ over 60 months of discount × adoption ramp (12 months), at 8% a year. */
const ANNUITY = Array.from({ length: 60 }, (_, m) => Math.min(1, (m + 1) / 12) / 1.08 ** (m / 12)).reduce(
  (a, b) => a + b,
)

/** One initiative, eight ranged drivers: NPV = users·queries·(value per query − cost per query)·annuity − build. */
const single = {
  keys: ['users', 'queries', 'tokens', 'price', 'outcomes', 'value', 'build', 'adoption'],
  distributions: [
    pert(800, 1000, 1500),
    pert(20, 40, 60),
    { kind: 'lognormal', by: 'medianP90', median: 3000, p90: 5000 },
    pert(0.5e-6, 1e-6, 2e-6),
    pert(0.02, 0.05, 0.06),
    { kind: 'triangular', low: 1, likely: 2, high: 4 },
    pert(200_000, 300_000, 500_000),
    pert(0.6, 1, 1.1),
  ] as Distribution[],
  npv(row: Float64Array, at: number): number {
    const [users, queries, tokens, price, outcomes, value, build, adoption] = Array.from(
      { length: 8 },
      (_, i) => row[at + i]!,
    )
    return users! * adoption! * queries! * (outcomes! * value! - tokens! * price!) * ANNUITY - build!
  },
}

/** 1,000 initiatives with three ranges each, on two shared factors (price and adoption). */
function portfolio(initiatives: number) {
  const keys = ['factor:price', 'factor:adoption']
  const distributions: Distribution[] = [pert(0.6, 1, 1.3), pert(0.5, 1, 1.15)]
  for (let i = 0; i < initiatives; i++) {
    const scale = 1 + (i % 10)
    keys.push(`i${i}/users`, `i${i}/value`, `i${i}/build`)
    distributions.push(pert(80 * scale, 100 * scale, 160 * scale), pert(1, 2, 3.5), pert(20_000, 30_000, 60_000))
  }
  return {
    keys,
    distributions,
    npv(row: Float64Array, at: number): number {
      const price = row[at]!
      const adoption = row[at + 1]!
      let total = 0
      for (let i = 0; i < initiatives; i++) {
        const base = at + 2 + 3 * i
        total += row[base]! * adoption * 40 * (row[base + 1]! * 0.05 - 3000e-6 * price) * ANNUITY - row[base + 2]!
      }
      return total
    },
  }
}

function spreadOfEstimates(model: ReturnType<typeof portfolio>, method: Method, draws: number, replications: number) {
  const compiled = model.distributions.map((d) => compileDistribution(d))
  const d = model.keys.length
  const estimates = { mean: [] as number[], p10: [] as number[], p50: [] as number[], p90: [] as number[] }
  const uniformColumn = new Float64Array(draws)
  const valueColumn = new Float64Array(draws)
  for (let r = 0; r < replications; r++) {
    const u = uniforms(method, 1000 + r, model.keys, draws)
    // Column by column, as the sampling plan does (PERT's column method wants the draws' order).
    for (let j = 0; j < d; j++) {
      for (let i = 0; i < draws; i++) uniformColumn[i] = u[i * d + j]!
      const ascending = Int32Array.from({ length: draws }, (_, i) => i).sort(
        (a, b) => uniformColumn[a]! - uniformColumn[b]!,
      )
      compiled[j]!.quantiles(uniformColumn, ascending, valueColumn)
      for (let i = 0; i < draws; i++) u[i * d + j] = valueColumn[i]!
    }
    const npv = new Float64Array(draws)
    for (let i = 0; i < draws; i++) npv[i] = model.npv(u, i * d)
    estimates.mean.push(meanAndSd(npv).mean)
    npv.sort()
    estimates.p10.push(percentileOfSorted(npv, 0.1))
    estimates.p50.push(percentileOfSorted(npv, 0.5))
    estimates.p90.push(percentileOfSorted(npv, 0.9))
  }
  return estimates
}

function main(): void {
  const rows: string[] = [
    '| model | draws | method | sd of mean | sd of P10 | sd of P50 | sd of P90 |',
    '|---|---:|---|---:|---:|---:|---:|',
  ]
  const cases: Array<[string, ReturnType<typeof portfolio>, Method[], number]> = [
    ['one initiative, 8 ranges', single, ['Monte Carlo', 'nested LHS', 'Halton (random shift)'], 200],
    ['1,000 initiatives, 3,002 ranges', portfolio(1000), ['Monte Carlo', 'nested LHS'], 30],
  ]
  for (const [name, model, methods, replications] of cases) {
    // The output's own spread, to state the estimates' sd as a share of it.
    const reference = spreadOfEstimates(model, 'nested LHS', 4000, 1)
    const scale = reference.p90[0]! - reference.p10[0]!
    for (const draws of [125, 1000]) {
      for (const method of methods) {
        const e = spreadOfEstimates(model, method, draws, replications)
        const pct = (xs: number[]) => `${((100 * meanAndSd(xs).sd) / scale).toFixed(2)}%`
        rows.push(`| ${name} | ${draws} | ${method} | ${pct(e.mean)} | ${pct(e.p10)} | ${pct(e.p50)} | ${pct(e.p90)} |`)
        process.stderr.write(`${rows[rows.length - 1]}\n`)
      }
    }
  }
  console.log('sd across replicated runs (different seeds), as a % of the P10–P90 width of NPV\n')
  console.log(rows.join('\n'))
}

main()
