import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computePortfolio, recomputeInitiatives } from '../../../shared/engine'
import { CHUNK } from '../../../shared/engine/chunks'
import { internalsOf } from '../../../shared/engine/internals'
import type { Initiative, Portfolio } from '../../../shared/model'
import { portfolioArb } from './arbitraries'
import { initiative, model, pool, portfolio, price } from './fixtures'
import { snapshot } from './resultChecks'

interface Edit {
  users: number
  launchShift: number
  tokens: number
  platform: number
}

/** An edit of one initiative that keeps it valid. */
const edit: fc.Arbitrary<Edit> = fc.record({
  users: fc.double({ min: 0, max: 3, noNaN: true }),
  launchShift: fc.integer({ min: -3, max: 3 }),
  tokens: fc.double({ min: 0, max: 3, noNaN: true }),
  platform: fc.double({ min: 0, max: 10_000, noNaN: true }),
})

function applyEdit(init: Initiative, e: Edit, months: number): Initiative {
  return {
    ...init,
    usage: {
      ...init.usage,
      targetUsers: init.usage.targetUsers * e.users,
      launchMonth: Math.min(months - 1, Math.max(-240, init.usage.launchMonth + e.launchShift)),
      inputTokensPerQuery: init.usage.inputTokensPerQuery * e.tokens,
    },
    costs: { ...init.costs, platformPerMonth: e.platform },
  }
}

describe('recomputeInitiatives', () => {
  it('equals a full recompute exactly after editing one initiative', () => {
    fc.assert(
      fc.property(portfolioArb({ minInitiatives: 1 }), fc.nat(), edit, (p, pick, e) => {
        const prev = computePortfolio(p)
        const index = pick % p.initiatives.length
        const target = p.initiatives[index]!
        const next: Portfolio = {
          ...p,
          initiatives: p.initiatives.map((init, i) =>
            i === index ? applyEdit(init, e, p.settings.horizonMonths) : init,
          ),
        }
        expect(snapshot(recomputeInitiatives(prev, next, [target.id]))).toEqual(snapshot(computePortfolio(next)))
      }),
      { numRuns: 150 },
    )
  })

  it('equals a full recompute exactly with more initiatives than a chunk (edit, remove or move one)', () => {
    const change = fc.constantFrom('edit', 'remove', 'move-to-end')
    fc.assert(
      fc.property(
        portfolioArb({ minInitiatives: CHUNK + 1, maxInitiatives: 3 * CHUNK, maxMonths: 12 }),
        fc.nat(),
        edit,
        change,
        (p, pick, e, kind) => {
          const prev = computePortfolio(p)
          const index = pick % p.initiatives.length
          const target = p.initiatives[index]!
          const others = p.initiatives.filter((_, i) => i !== index)
          const initiatives =
            kind === 'edit'
              ? p.initiatives.map((init, i) => (i === index ? applyEdit(init, e, p.settings.horizonMonths) : init))
              : kind === 'remove'
                ? others
                : [...others, target]
          const next: Portfolio = { ...p, initiatives }
          const changed = kind === 'edit' ? [target.id] : []
          expect(snapshot(recomputeInitiatives(prev, next, changed))).toEqual(snapshot(computePortfolio(next)))
        },
      ),
      { numRuns: 20 },
    )
  })

  it('handles added and removed initiatives', () => {
    const m = [model('m1', [price({ inputPerM: 2, outputPerM: 6 })])]
    const make = (id: string, users: number) =>
      initiative({
        id,
        usage: { targetUsers: users, queriesPerUserPerMonth: 10, inputTokensPerQuery: 500, outputTokensPerQuery: 50 },
      })
    const pools = [
      pool({ id: 'inf', monthlyCost: 1000, allocation: 'inference' }),
      pool({ id: 'even', monthlyCost: 300, allocation: 'even' }),
    ]
    const p1 = portfolio({ months: 6, priceBook: m, costPools: pools, initiatives: [make('a', 10), make('b', 20)] })
    const p2 = portfolio({ months: 6, priceBook: m, costPools: pools, initiatives: [make('b', 20), make('c', 5)] })
    const prev = computePortfolio(p1)
    expect(snapshot(recomputeInitiatives(prev, p2, []))).toEqual(snapshot(computePortfolio(p2)))
  })

  it('reuses the figures of initiatives that did not change, and the result of a stale id is still exact', () => {
    const p = portfolio({
      months: 4,
      initiatives: [
        initiative({ id: 'a', value: { fixedMonthlyValue: 1 } }),
        initiative({ id: 'b', value: { fixedMonthlyValue: 2 } }),
      ],
    })
    const prev = computePortfolio(p)
    const next = recomputeInitiatives(prev, p, ['does-not-exist'])
    expect(internalsOf(next)?.drivers[0]).toBe(internalsOf(prev)?.drivers[0])
    expect(snapshot(next)).toEqual(snapshot(prev))
  })

  it('falls back to a full recompute when the horizon changed', () => {
    const p = portfolio({ months: 4, initiatives: [initiative({ value: { fixedMonthlyValue: 1 } })] })
    const q = portfolio({ months: 7, initiatives: [initiative({ value: { fixedMonthlyValue: 1 } })] })
    const r = recomputeInitiatives(computePortfolio(p), q, [])
    expect(r.months).toBe(7)
    expect(r.totals.value).toBe(7)
  })
})
