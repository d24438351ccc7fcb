import { describe, expect, it } from 'vitest'
import { analyseBudget, caseResult, type BudgetInputs } from '../../../../renderer/src/features/budget/analysis'
import { fundedSpend, reallocationRows } from '../../../../renderer/src/features/budget/reallocationRows'
import { samplePortfolio } from '../../../../shared/data/samplePortfolio'
import { computePortfolio } from '../../../../shared/engine'
import { FOLLOW_RECOMMENDATIONS } from '../../../../shared/decisions/treatment'
import type { Portfolio } from '../../../../shared/model'

const TODAY = '2026-11-30'

function inputs(portfolio: Portfolio, over: Partial<BudgetInputs> = {}): BudgetInputs {
  return {
    portfolio,
    baseline: computePortfolio(portfolio),
    scenarioId: null,
    objective: 'npv',
    constraint: 'horizon',
    treatment: FOLLOW_RECOMMENDATIONS,
    today: TODAY,
    ...over,
  }
}

/** Peak calendar-year spend, summed by hand (the sample starts in January). */
function peakYear(series: Float64Array): number {
  const years = [0, 0, 0]
  series.forEach((v, t) => {
    years[Math.floor(t / 12)] = (years[Math.floor(t / 12)] ?? 0) + v
  })
  return Math.max(...years)
}

describe('the case the budget view shows', () => {
  it('reuses the baseline results and falls back to them for a scenario that no longer exists', () => {
    const portfolio = samplePortfolio()
    const baseline = computePortfolio(portfolio)
    expect(caseResult(portfolio, baseline, null).result).toBe(baseline)
    const gone = caseResult(portfolio, baseline, 'deleted-scenario')
    expect(gone).toEqual({ scenarioId: null, name: 'Baseline', result: baseline })
  })

  it('evaluates a scenario: halving model prices lowers inference spend and leaves build spend alone', () => {
    const portfolio = samplePortfolio()
    const baseline = computePortfolio(portfolio)
    const shown = caseResult(portfolio, baseline, 'scenario-prices-halve')
    expect(shown.name).toBe('Model prices -50% over 12 months')
    expect(shown.result.totals.costByDriver.inference).toBeLessThan(baseline.totals.costByDriver.inference)
    expect(shown.result.totals.costByDriver.build).toBeCloseTo(baseline.totals.costByDriver.build, 6)
  })
})

describe('re-running the analysis', () => {
  it('reuses the scenario run and matrix when only the objective, constraint or treatment changed', () => {
    const first = analyseBudget(inputs(samplePortfolio(), { scenarioId: 'scenario-prices-halve' }))
    const next = {
      ...first.inputs,
      objective: 'strategicNpv' as const,
      constraint: 'peakYear' as const,
      treatment: { excludePullBack: false, proveValue: 'reserveThenBudget' as const },
    }
    const reused = analyseBudget(next, first)
    expect(reused.result).toBe(first.result)
    expect(reused.points).toBe(first.points)
    // The same suggestion as a fresh analysis.
    const fresh = analyseBudget(next)
    expect(reused.reallocation?.funded).toEqual(fresh.reallocation?.funded)
    expect(reused.reallocation?.suggestedValue).toBeCloseTo(fresh.reallocation?.suggestedValue ?? NaN, 6)
  })

  it('evaluates again when the scenario or the portfolio changed', () => {
    const first = analyseBudget(inputs(samplePortfolio()))
    const other = analyseBudget({ ...first.inputs, scenarioId: 'scenario-prices-halve' }, first)
    expect(other.result).not.toBe(first.result)
    expect(other.scenarioName).toBe('Model prices -50% over 12 months')
    const edited = { ...first.inputs.portfolio, initiatives: [...first.inputs.portfolio.initiatives] }
    expect(analyseBudget({ ...first.inputs, portfolio: edited }, first).points).not.toBe(first.points)
  })
})

describe('reallocation rows', () => {
  it('mark exactly the funded initiatives, funded first and by NPV, with horizon spend and NPV from the engine', () => {
    const a = analyseBudget(inputs(samplePortfolio()))
    const r = a.reallocation
    if (!r) throw new Error('the sample has a budget')
    const rows = reallocationRows(a.inputs.portfolio, a.result, a.points, r, 'horizon')
    expect(new Set(rows.filter((x) => x.funded).map((x) => x.id))).toEqual(new Set(r.funded))
    expect(new Set(rows.filter((x) => !x.funded).map((x) => x.id))).toEqual(new Set(r.cut))
    const firstCut = rows.findIndex((x) => !x.funded)
    expect(rows.slice(firstCut).every((x) => !x.funded)).toBe(true)
    for (const row of rows) {
      const totals = a.result.byId.get(row.id)?.totals
      expect(row.constrainedSpend).toBe(totals?.cost)
      expect(row.npv).toBe(totals?.npv)
    }
    // What it funds fits the money available, and its NPV is the suggestion's.
    expect(fundedSpend(rows)).toBeLessThanOrEqual(r.available)
    // Each row says how the treatment handled it.
    for (const row of rows) {
      expect(row.treatment).toBe(
        r.proveValue.funded.includes(row.id) ? 'first' : r.excludedIds.includes(row.id) ? 'left_out' : null,
      )
    }
    expect(rows.filter((x) => x.treatment === 'left_out').every((x) => !x.funded)).toBe(true)
    expect(rows.filter((x) => x.treatment === 'first').every((x) => x.funded)).toBe(true)
    const npv = rows.filter((x) => x.funded).reduce((s, x) => s + x.npv, 0)
    expect(npv).toBeCloseTo(r.suggestedNpv, 4)
  })

  it('count each initiative’s peak calendar-year spend under the peak-year constraint', () => {
    const a = analyseBudget(inputs(samplePortfolio(), { constraint: 'peakYear' }))
    const r = a.reallocation
    if (!r) throw new Error('the sample has a budget')
    const rows = reallocationRows(a.inputs.portfolio, a.result, a.points, r, 'peakYear')
    for (const row of rows) {
      const series = a.result.byId.get(row.id)?.series.totalCost
      expect(row.constrainedSpend).toBeCloseTo(peakYear(series ?? new Float64Array(0)), 6)
    }
    // Peak-year: the annual budget less the 10% reserve, and the reserve of one year for Prove value.
    expect(r.available).toBe(4_000_000 * 0.9)
    expect(r.proveValue.reserve).toBe(400_000)
    expect(fundedSpend(rows)).toBeLessThanOrEqual(r.available + r.proveValue.fromReserve)
  })

  it('mark the Prove value initiatives funded first; what is funded fits the budget plus what the reserve pays', () => {
    const a = analyseBudget(
      inputs(samplePortfolio(), { treatment: { excludePullBack: true, proveValue: 'reserveThenBudget' } }),
    )
    const r = a.reallocation
    if (!r) throw new Error('the sample has a budget')
    const rows = reallocationRows(a.inputs.portfolio, a.result, a.points, r, 'horizon')
    expect(r.proveValue.funded.length).toBeGreaterThan(0)
    expect(r.proveValue.fromReserve).toBeGreaterThan(0)
    expect(
      rows
        .filter((x) => x.treatment === 'first')
        .map((x) => x.id)
        .sort(),
    ).toEqual([...r.proveValue.funded].sort())
    expect(rows.filter((x) => x.treatment === 'first').every((x) => x.funded)).toBe(true)
    expect(fundedSpend(rows)).toBeLessThanOrEqual(r.available + r.proveValue.fromReserve)
  })

  it('show the locks saved on the initiatives, and a locked-out initiative is cut', () => {
    const portfolio = samplePortfolio()
    const a = analyseBudget(inputs(portfolio))
    const r = a.reallocation
    if (!r) throw new Error('the sample has a budget')
    const fundedId = r.funded.find((id) => portfolio.initiatives.find((i) => i.id === id)?.strategy?.lock === null)
    if (!fundedId) throw new Error('the sample funds an unlocked initiative')
    const locked: Portfolio = {
      ...portfolio,
      initiatives: portfolio.initiatives.map((i) =>
        i.id === fundedId && i.strategy ? { ...i, strategy: { ...i.strategy, lock: 'out' as const } } : i,
      ),
    }
    const b = analyseBudget(inputs(locked))
    if (!b.reallocation) throw new Error('the sample has a budget')
    const rows = reallocationRows(locked, b.result, b.points, b.reallocation, 'horizon')
    const row = rows.find((x) => x.id === fundedId)
    expect(row?.lock).toBe('out')
    expect(row?.funded).toBe(false)
  })

  it('is absent without an annual budget', () => {
    const portfolio = samplePortfolio()
    const none = { ...portfolio, settings: { ...portfolio.settings, annualBudget: null } }
    expect(analyseBudget(inputs(none)).reallocation).toBeNull()
  })
})
