import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validatePortfolio } from '../../../shared/model'
import { portfolioArb } from './arbitraries'

describe('portfolioArb', () => {
  it('generates only portfolios the schema accepts', () => {
    fc.assert(
      fc.property(portfolioArb(), (p) => {
        const v = validatePortfolio(p)
        expect(v.ok ? [] : v.issues.map((i) => i.message)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })
})
