import { compilePortfolio, computePortfolio, evaluate, recomputeInitiatives } from '../../shared/engine'
import type { CompiledPortfolio, PortfolioResult } from '../../shared/engine'
import type { Portfolio } from '../../shared/model'
import type { BenchSuite } from './harness'
import { syntheticPortfolio, variantOf } from './syntheticPortfolio'

const SIZE = { seed: 20_261_128, initiatives: 1_000, months: 60, models: 15, pools: 4 }
const VARIANTS = 8

let variants: Portfolio[] = []
let compiled: CompiledPortfolio[] = []
let baseline: PortfolioResult | null = null
let editCount = 0

function setup(): void {
  if (variants.length > 0) return
  const base = syntheticPortfolio(SIZE)
  variants = Array.from({ length: VARIANTS }, (_, v) => variantOf(base, v))
  compiled = variants.map(compilePortfolio)
  baseline = computePortfolio(base)
}

/** Edits one initiative (its users), as the grid does, and returns the edited portfolio. */
function editOne(p: Portfolio, n: number): { portfolio: Portfolio; id: string } {
  const index = (n * 37) % p.initiatives.length
  const initiatives = p.initiatives.slice()
  const init = initiatives[index]
  if (!init) throw new RangeError('no initiative to edit')
  initiatives[index] = { ...init, usage: { ...init.usage, targetUsers: init.usage.targetUsers + 1 + (n % 7) } }
  return { portfolio: { ...p, initiatives }, id: init.id }
}

export const suites: BenchSuite[] = [
  {
    name: 'engine: full recompute 1,000 x 60 x 8 variants (compile + evaluate)',
    targetMs: 30,
    setup,
    run: () => {
      for (const p of variants) computePortfolio(p)
    },
  },
  {
    name: 'engine: evaluate only 1,000 x 60 x 8 (compiled inputs, as scenarios do)',
    targetMs: 30,
    setup,
    run: () => {
      for (const c of compiled) evaluate(c)
    },
  },
  {
    name: 'engine: one-initiative recompute + portfolio totals (1,000 x 60)',
    targetMs: 2,
    samples: 200,
    warmup: 50,
    setup,
    // Results are immutable, so every sample edits the same baseline: one edit, one recompute.
    run: () => {
      const base = variants[0]
      if (!base || !baseline) throw new RangeError('setup did not run')
      const { portfolio, id } = editOne(base, editCount++)
      recomputeInitiatives(baseline, portfolio, [id])
    },
  },
]
