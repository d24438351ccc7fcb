import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compilePortfolio, computePortfolio } from '../../../shared/engine'
import { tornado } from '../../../shared/engine/scenarios'
import { portfolioArb } from '../engine/arbitraries'

describe('tornado: its centre', () => {
  it('evaluated apart (the same figures from other compiled objects) gives exactly the bars of its own', () => {
    fc.assert(
      fc.property(portfolioArb({ minInitiatives: 1, maxInitiatives: 5, maxMonths: 24 }), (p) => {
        const compiled = compilePortfolio(p)
        // computePortfolio compiles its own inputs, so the centre's figures are not reused.
        const apart = tornado(compiled, 0.2, null, computePortfolio(p))
        expect(tornado(compiled)).toEqual(apart)
        const first = p.initiatives[0]?.id ?? null
        expect(tornado(compiled, 0.3, first)).toEqual(tornado(compiled, 0.3, first, computePortfolio(p)))
      }),
      { numRuns: 80 },
    )
  })
})
