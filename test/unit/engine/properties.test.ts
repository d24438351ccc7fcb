import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computePortfolio, DRIVERS } from '../../../shared/engine'
import type { ModelPrice, Portfolio } from '../../../shared/model'
import type { Series } from '../../../shared/engine'
import { PRICE_FIELDS, type PriceField } from '../../../shared/model/priceBook'
import { portfolioArb } from './arbitraries'
import { allNumbers } from './resultChecks'

const RUNS = 200

/** c2 <= c1 allowing for floating-point rounding. */
function notAbove(c2: number, c1: number): boolean {
  return c2 <= c1 + 1e-9 * Math.max(1, Math.abs(c1))
}

const FIELDS = PRICE_FIELDS

/** The portfolio with one known price (base or tier) multiplied by factor (< 1), or null if none is known. */
function lowerOnePrice(p: Portfolio, pick: number, factor: number, tier: boolean): Portfolio | null {
  const slots: { m: number; k: number; f: PriceField }[] = []
  p.priceBook.forEach((model, m) =>
    model.prices.forEach((price, k) => {
      for (const f of FIELDS) {
        const v = tier ? price.longContext?.[f] : price[f]
        if (v !== null && v !== undefined && v > 0) slots.push({ m, k, f })
      }
    }),
  )
  const slot = slots[pick % Math.max(1, slots.length)]
  if (!slot) return null
  const lowered = (price: ModelPrice): ModelPrice => {
    if (tier && price.longContext) {
      return { ...price, longContext: { ...price.longContext, [slot.f]: (price.longContext[slot.f] ?? 0) * factor } }
    }
    return { ...price, [slot.f]: (price[slot.f] ?? 0) * factor }
  }
  return {
    ...p,
    priceBook: p.priceBook.map((model, m) =>
      m !== slot.m
        ? model
        : { ...model, prices: model.prices.map((price, k) => (k === slot.k ? lowered(price) : price)) },
    ),
  }
}

describe('engine properties over random valid portfolios', () => {
  it('never emits NaN or Infinity; undefined figures are null', () => {
    fc.assert(
      fc.property(portfolioArb(), (p) => {
        const bad = allNumbers(computePortfolio(p)).filter(([, v]) => v !== null && !Number.isFinite(v))
        expect(bad).toEqual([])
      }),
      { numRuns: RUNS },
    )
  })

  it('lowering any price never raises any cost, in any month, of any initiative', () => {
    fc.assert(
      fc.property(
        portfolioArb({ minInitiatives: 1 }),
        fc.nat(),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        fc.boolean(),
        (p, pick, factor, tier) => {
          const q = lowerOnePrice(p, pick, factor, tier)
          if (!q) return
          const before = computePortfolio(p)
          const after = computePortfolio(q)
          // An inference-allocated pool moves cost between initiatives when one's inference falls;
          // every other driver, and the portfolio total, must not rise.
          const inferencePools = p.costPools.some((pool) => pool.allocation === 'inference')
          after.initiatives.forEach((a, i) => {
            const b = before.initiatives[i]!
            for (const d of DRIVERS) {
              if (d === 'shared' && inferencePools) continue
              for (let t = 0; t < p.settings.horizonMonths; t++) {
                expect(notAbove(a.series.cost[d][t]!, b.series.cost[d][t]!), `${a.id} ${d}[${t}]`).toBe(true)
              }
            }
            if (!inferencePools) expect(notAbove(a.totals.cost, b.totals.cost)).toBe(true)
          })
          for (let t = 0; t < p.settings.horizonMonths; t++) {
            expect(notAbove(after.series.totalCost[t]!, before.series.totalCost[t]!), `portfolio[${t}]`).toBe(true)
          }
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('the sum of initiative costs (with allocations) equals the portfolio total', () => {
    fc.assert(
      fc.property(portfolioArb(), (p) => {
        const r = computePortfolio(p)
        const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b))
        const unallocated = Array.from(r.unallocatedShared).reduce((s, x) => s + x, 0)
        const sum = r.initiatives.reduce((s, i) => s + i.totals.cost, 0) + unallocated
        expect(close(sum, r.totals.cost), `${sum} vs ${r.totals.cost}`).toBe(true)
        for (let t = 0; t < r.months; t++) {
          const month = r.initiatives.reduce((s, i) => s + i.series.totalCost[t]!, 0) + r.unallocatedShared[t]!
          expect(close(month, r.series.totalCost[t]!)).toBe(true)
        }
        // and every pool's cost is carried in full by somebody
        for (let t = 0; t < r.months; t++) {
          const poolCost = p.costPools.reduce((s, pool) => s + (t >= pool.startMonth ? pool.monthlyCost : 0), 0)
          expect(close(r.series.cost.shared[t]!, poolCost)).toBe(true)
        }
      }),
      { numRuns: RUNS },
    )
  })

  it("the portfolio's months are its initiatives' months added in order (exactly), with every pool's cost as shared cost", () => {
    fc.assert(
      fc.property(portfolioArb(), (p) => {
        const r = computePortfolio(p)
        const add = (pick: (s: Series) => ArrayLike<number>) =>
          Array.from({ length: r.months }, (_, t) => {
            let x = 0
            for (const i of r.initiatives) x += pick(i.series)[t]!
            return x
          })
        expect(Array.from(r.series.users)).toEqual(add((s) => s.users))
        expect(Array.from(r.series.value)).toEqual(add((s) => s.value))
        for (const d of DRIVERS) if (d !== 'shared') expect(Array.from(r.series.cost[d])).toEqual(add((s) => s.cost[d]))
        // Shared cost is what the pools cost that month (added in pool order, as the engine does);
        // the initiatives' shares add up to it, plus what no initiative could carry, to rounding.
        const poolCost = Array.from({ length: r.months }, (_, t) =>
          p.costPools.reduce((s, pool) => s + (t >= pool.startMonth ? pool.monthlyCost : 0), 0),
        )
        expect(Array.from(r.series.cost.shared)).toEqual(poolCost)
        // Rounding is relative to the month's largest figures (net is value less cost, which may cancel).
        const scale = (t: number) =>
          Math.max(1, Math.abs(r.series.value[t]!), Math.abs(r.series.totalCost[t]!), Math.abs(poolCost[t]!))
        const u = r.unallocatedShared
        const shared = add((s) => s.cost.shared)
        const total = add((s) => s.totalCost)
        const net = add((s) => s.net)
        for (let t = 0; t < r.months; t++) {
          expect(Math.abs(shared[t]! + u[t]! - poolCost[t]!), `shared ${t}`).toBeLessThanOrEqual(1e-9 * scale(t))
          expect(Math.abs(total[t]! + u[t]! - r.series.totalCost[t]!), `total cost ${t}`).toBeLessThanOrEqual(
            1e-9 * scale(t),
          )
          expect(Math.abs(net[t]! - u[t]! - r.series.net[t]!), `net ${t}`).toBeLessThanOrEqual(1e-9 * scale(t))
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('doubling users never lowers inference cost', () => {
    fc.assert(
      fc.property(portfolioArb({ minInitiatives: 1 }), (p) => {
        const doubled: Portfolio = {
          ...p,
          initiatives: p.initiatives.map((init) => ({
            ...init,
            usage: {
              ...init.usage,
              usersAtLaunch: init.usage.usersAtLaunch * 2,
              targetUsers: init.usage.targetUsers * 2,
            },
          })),
        }
        const before = computePortfolio(p)
        const after = computePortfolio(doubled)
        after.initiatives.forEach((a, i) => {
          const b = before.initiatives[i]!
          for (let t = 0; t < p.settings.horizonMonths; t++) {
            expect(a.series.cost.inference[t]! >= b.series.cost.inference[t]! * (1 - 1e-12), `${a.id}[${t}]`).toBe(true)
          }
        })
      }),
      { numRuns: RUNS },
    )
  })

  it('a target of 0 computes exactly as a target equal to the users at launch; any other target is untouched', () => {
    fc.assert(
      fc.property(portfolioArb({ minInitiatives: 1 }), (p) => {
        const explicit: Portfolio = {
          ...p,
          initiatives: p.initiatives.map((init) =>
            init.usage.targetUsers > 0
              ? init
              : { ...init, usage: { ...init.usage, targetUsers: init.usage.usersAtLaunch } },
          ),
        }
        expect(allNumbers(computePortfolio(explicit))).toEqual(allNumbers(computePortfolio(p)))
      }),
      { numRuns: RUNS },
    )
  })

  it('build and one-offs before the horizon plus those in it are the whole build and one-offs', () => {
    fc.assert(
      fc.property(portfolioArb({ minInitiatives: 1 }), (p) => {
        // Without running costs, the build, data, evaluation and compliance drivers hold only the
        // build and one-offs that fall in the horizon.
        const oneOffsOnly: Portfolio = {
          ...p,
          initiatives: p.initiatives.map((i) => ({
            ...i,
            costs: {
              ...i.costs,
              integrationFte: 0,
              dataPerMonth: 0,
              dataPerQuery: 0,
              evalPerMonth: 0,
              complianceYearly: 0,
            },
          })),
        }
        const r = computePortfolio(oneOffsOnly)
        oneOffsOnly.initiatives.forEach((init, i) => {
          const t = r.initiatives[i]!.totals
          const c = init.costs
          const whole = c.buildFteMonths * c.costPerFteMonth + c.dataOneOff + c.evalSetup + c.complianceOneOff
          const inHorizon =
            t.costByDriver.build + t.costByDriver.data + t.costByDriver.evaluation + t.costByDriver.compliance
          expect(Math.abs(t.costBeforeHorizon + inHorizon - whole)).toBeLessThanOrEqual(1e-9 * Math.max(1, whole))
        })
      }),
      { numRuns: RUNS },
    )
  })
})
