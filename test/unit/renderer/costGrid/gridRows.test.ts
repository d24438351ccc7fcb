/**
 * The cost grid's rows across edits (GridRows): an unchanged initiative keeps its row object, so
 * AG Grid updates only the edited row, and every row still reads the figures of the latest
 * results, checked against a full engine run of the edited portfolio.
 */
import { describe, expect, it } from 'vitest'
import { governanceFlags } from '../../../../shared/decisions'
import { samplePortfolio } from '../../../../shared/data/samplePortfolio'
import { computePortfolio, recomputeInitiatives, unitCostsAt } from '../../../../shared/engine'
import type { Initiative, Portfolio } from '../../../../shared/model'
import { ADDITIVE_INPUTS } from '../../../../shared/model/inputSums'
import { INPUT_COLUMNS_BY_ID } from '../../../../renderer/src/features/costGrid/columnSpecs'
import { buildTotalRow, GridRows, type FlagsOf } from '../../../../renderer/src/features/costGrid/rows'

const TODAY = '2026-06-15'

function withTokens(p: Portfolio, id: string, tokens: number): Portfolio {
  const initiatives = p.initiatives.map((i): Initiative =>
    i.id === id ? { ...i, usage: { ...i.usage, inputTokensPerQuery: tokens } } : i,
  )
  return { ...p, initiatives }
}

describe('GridRows', () => {
  const before = samplePortfolio()
  const edited = before.initiatives[0]?.id ?? ''
  const after = withTokens(before, edited, (before.initiatives[0]?.usage.inputTokensPerQuery ?? 0) * 20 + 5000)
  const first = computePortfolio(before)
  const next = recomputeInitiatives(first, after, [edited])
  const flagsOf: FlagsOf = (init, r) => governanceFlags(init, r.totals, after.settings, TODAY)

  it('keeps the row objects of unchanged initiatives and gives the edited one a new row', () => {
    const rows = new GridRows()
    const was = rows.update(before.initiatives, first, flagsOf)
    const now = rows.update(after.initiatives, next, flagsOf)
    expect(now).toHaveLength(was.length)
    now.forEach((row, i) => {
      if (row.id === edited) {
        expect(row).not.toBe(was[i])
        expect(row.initiative).toBe(after.initiatives[i])
      } else expect(row).toBe(was[i])
    })
  })

  it('reads every row’s figures from the latest results, also for rows it kept', () => {
    const rows = new GridRows()
    const was = rows.update(before.initiatives, first, flagsOf)
    const costsBefore = was.map((r) => r.figures?.totals.cost)
    const now = rows.update(after.initiatives, next, flagsOf)
    // Independent: the edited portfolio evaluated from scratch.
    const full = computePortfolio(after)
    for (const row of now) {
      const expected = full.byId.get(row.id)
      expect(row.figures?.totals.cost).toBeCloseTo(expected?.totals.cost ?? Number.NaN, 6)
      expect(row.figures?.totals.npv).toBeCloseTo(expected?.totals.npv ?? Number.NaN, 6)
      const init = after.initiatives.find((i) => i.id === row.id) as Initiative
      expect(row.figures?.flags.map((f) => f.message)).toEqual(
        governanceFlags(init, expected?.totals ?? full.totals, after.settings, TODAY).map((f) => f.message),
      )
    }
    // The sample has a pool shared by inference cost: the edit moved the cost of rows it did not touch.
    const moved = now.filter((row, i) => row.id !== edited && row.figures?.totals.cost !== costsBefore[i])
    expect(moved.length).toBeGreaterThan(0)
  })

  it('drops rows of removed initiatives and makes rows for added ones', () => {
    const rows = new GridRows()
    const was = rows.update(before.initiatives, first)
    const fewer = { ...before, initiatives: before.initiatives.slice(1) }
    const now = rows.update(fewer.initiatives, computePortfolio(fewer))
    expect(now.map((r) => r.id)).toEqual(fewer.initiatives.map((i) => i.id))
    expect(now[0]).toBe(was[1])
    const again = rows.update(before.initiatives, first)
    expect(again[0]).not.toBe(was[0])
    expect(again[0]?.figures?.totals.cost).toBe(first.byId.get(before.initiatives[0]?.id ?? '')?.totals.cost)
  })

  it('gives null figures when there are no results', () => {
    const rows = new GridRows()
    expect(rows.update(before.initiatives, null).every((r) => r.figures === null)).toBe(true)
  })
})

describe('the total row', () => {
  it('shows the last month’s unit costs of the whole portfolio and every unpriced model', () => {
    const p = samplePortfolio()
    const results = computePortfolio(p)
    const total = buildTotalRow(results, p.initiatives)
    expect(total.figures?.unitLast).toEqual(unitCostsAt(computePortfolio(p).series, results.months - 1))
    const unpriced = new Set(results.initiatives.flatMap((r) => r.unpricedModels))
    expect(new Set(total.figures?.unpricedModels)).toEqual(unpriced)
    expect(total.sums?.get('usage.targetUsers')).toBe(p.initiatives.reduce((s, i) => s + i.usage.targetUsers, 0))
  })

  it('sums the additive inputs, each under a column of the grid, and no other input', () => {
    const p = samplePortfolio()
    const total = buildTotalRow(null, p.initiatives)
    expect(total.sums?.get('costs.platformPerMonth')).toBe(
      p.initiatives.reduce((s, i) => s + i.costs.platformPerMonth, 0),
    )
    expect(total.sums?.has('usage.rampMonths')).toBe(false)
    expect(total.sums?.has('costs.costPerFteMonth')).toBe(false)
    for (const [field] of ADDITIVE_INPUTS) expect(INPUT_COLUMNS_BY_ID.has(field), field).toBe(true)
  })
})
