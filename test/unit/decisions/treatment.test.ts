import { describe, expect, it } from 'vitest'
import { decisionMatrix, reallocate, type Action, type Candidate, type MatrixPoint } from '../../../shared/decisions'
import { optimise } from '../../../shared/decisions/optimiser'
import { treatCandidates, type RecommendationTreatment } from '../../../shared/decisions/treatment'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { computePortfolio } from '../../../shared/engine'
import type { Portfolio } from '../../../shared/model'

const FOLLOW: RecommendationTreatment = { excludePullBack: true, proveValue: 'reserve' }
const BEFORE_BUDGET: RecommendationTreatment = { excludePullBack: true, proveValue: 'reserveThenBudget' }
const IGNORE: RecommendationTreatment = { excludePullBack: false, proveValue: 'compete' }

/** id, recommendation, cost, value, lock */
const table: [string, Action, number, number, Candidate['lock']][] = [
  ['a', 'prove_value', 300, 50, null],
  ['b', 'prove_value', 500, 80, null],
  ['c', 'pull_back', 100, 200, null],
  ['d', 'pull_back', 100, 90, 'in'],
  ['e', 'double_down', 400, 120, null],
  ['f', 'harvest', 300, 60, null],
  ['g', 'prove_value', 10, 999, 'out'],
]
const candidates: Candidate[] = table.map(([id, , cost, value, lock]) => ({ id, cost, value, lock }))
const actions = new Map(table.map(([id, action]) => [id, action]))
const actionOf = (id: string) => actions.get(id) ?? null

/** The treatment, then the optimiser at a unit of 1 on what is left: what reallocate does. */
function suggest(reserve: number, budget: number, treatment: RecommendationTreatment) {
  const treated = treatCandidates(candidates, actionOf, { reserve, budget }, treatment)
  const selection = optimise(treated.main, treated.budget, 1)
  return { treated, funded: [...treated.proveValue.funded, ...selection.funded].sort(), value: selection.value }
}

describe('how the optimiser treats the recommendations (hand-worked)', () => {
  it('follows them: Pull back left out unless locked in, Prove value funded first within the reserve', () => {
    // Reserve 600. g is locked out. b (value 80, 500) fits; a (50, 300) would make 800: it competes.
    // The optimiser gets the whole 1,000: d forced (100), c locked out; of a, e, f (1,000 together,
    // too much for 900) e + f (700, value 180) is the best pair.
    const { treated, funded, value } = suggest(600, 1000, FOLLOW)
    expect(treated.proveValue).toEqual({
      reserve: 600,
      fromReserve: 500,
      fromBudget: 0,
      value: 80,
      funded: ['b'],
      unfunded: ['a'],
    })
    expect(treated.excluded).toEqual(['c'])
    expect(treated.budget).toBe(1000)
    expect(funded).toEqual(['b', 'd', 'e', 'f'])
    expect(value).toBe(90 + 120 + 60)
  })

  it('or funds Prove value first from the reserve and then the budget, before the optimiser chooses', () => {
    // Room: reserve 600 + budget 1,000 less d's 100 promised = 1,500. b then a: 800, the reserve pays
    // 600 and the budget 200. The optimiser gets 800: d forced (100), c locked out, e 400 + f 300 fit.
    const { treated, funded, value } = suggest(600, 1000, BEFORE_BUDGET)
    expect(treated.proveValue).toEqual({
      reserve: 600,
      fromReserve: 600,
      fromBudget: 200,
      value: 130,
      funded: ['b', 'a'],
      unfunded: [],
    })
    expect(treated.budget).toBe(800)
    expect(funded).toEqual(['a', 'b', 'd', 'e', 'f'])
    expect(value + treated.proveValue.value).toBe(90 + 120 + 60 + 80 + 50)
  })

  it('switched off: every initiative competes on its objective (the old behaviour)', () => {
    // Budget 1,000, d forced (100), 900 left: c + e + f = 800 for 380 beats any set with a or b.
    const { treated, funded, value } = suggest(600, 1000, IGNORE)
    expect(treated.proveValue.funded).toEqual([])
    expect(treated.excluded).toEqual([])
    expect(funded).toEqual(['c', 'd', 'e', 'f'])
    expect(value).toBe(90 + 200 + 120 + 60)
  })

  it('each part switches alone', () => {
    expect(suggest(600, 1000, { excludePullBack: true, proveValue: 'compete' }).treated.excluded).toEqual(['c'])
    const first = suggest(600, 1000, { excludePullBack: false, proveValue: 'reserveThenBudget' })
    expect(first.treated.excluded).toEqual([])
    expect(first.treated.proveValue.funded).toEqual(['b', 'a'])
    // 800 left after b and a; d (100) is forced, so 700 for c, e, f: all three cost 800, too much.
    // Of the pairs, c + e (500, value 320) beats c + f (400, 260) and e + f (700, 180).
    expect(first.funded).toEqual(['a', 'b', 'c', 'd', 'e'])
  })

  it('a Prove value initiative that does not fit what is left competes like any other', () => {
    // No reserve, budget 400, d promised 100: room 300 before the budget. b (500) does not fit; a (300) does.
    const { treated, funded } = suggest(0, 400, BEFORE_BUDGET)
    expect(treated.proveValue.funded).toEqual(['a'])
    expect(treated.proveValue.unfunded).toEqual(['b'])
    expect(treated.proveValue.fromBudget).toBe(300)
    expect(treated.budget).toBe(100)
    expect(funded).toEqual(['a', 'd'])
    // Within a reserve of nothing, nothing is funded first.
    expect(suggest(0, 400, FOLLOW).treated.proveValue.funded).toEqual([])
  })
})

describe('the treatment on the sample portfolio', () => {
  const TODAY = '2026-11-30'
  function run(portfolio: Portfolio, treatment?: RecommendationTreatment) {
    const result = computePortfolio(portfolio)
    const points = decisionMatrix(portfolio, result, TODAY)
    const r = reallocate(portfolio, result, points, { constraint: 'horizon', objective: 'npv', treatment })
    if (!r) throw new Error('the sample has a budget')
    return { r, points }
  }
  it("states the budget constraint in the portfolio's currency", () => {
    const euros = samplePortfolio()
    euros.settings.currency = 'EUR'
    const result = computePortfolio(euros)
    const points = decisionMatrix(euros, result, TODAY)
    const r = reallocate(euros, result, points, { constraint: 'peakYear', objective: 'npv' })
    expect(r?.constraintText).toBe(
      "each initiative's peak calendar-year spend, summed, ≤ €3,600,000 (annual budget €4,000,000 less the experimentation reserve)",
    )
  })
  const ids = (points: MatrixPoint[], action: Action) =>
    points.filter((p) => p.recommendation.action === action).map((p) => p.id)

  it('by default funds no Pull back initiative that is not locked in, and Prove value first within the reserve', () => {
    const { r, points } = run(samplePortfolio())
    const pullBack = ids(points, 'pull_back')
    const proving = ids(points, 'prove_value')
    expect(pullBack.length).toBeGreaterThan(0)
    expect(proving.length).toBeGreaterThan(0)
    expect(r.treatment).toEqual(FOLLOW)
    for (const id of pullBack) expect(r.cut).toContain(id)
    expect(r.excludedIds.sort()).toEqual([...pullBack].sort())
    // The reserve is $400K a year over 3 years; each Prove value initiative costs more than that.
    expect(r.proveValue.reserve).toBe(1_200_000)
    expect(r.proveValue.funded).toEqual([])
    expect(r.proveValue.unfunded.sort()).toEqual([...proving].sort())
    expect(r.treatmentText).toBe(
      'Pull back initiatives are left out unless locked in (3 left out); Prove value initiatives are funded first within the $1.2M experimentation reserve (0 of 2, $0); the rest compete for the budget; 1 not scored compete on NPV alone.',
    )
    // $4M a year less the 10% reserve, over 3 years.
    expect(r.constraintText).toBe(
      'horizon spend ≤ $10,800,000 (annual budget $4,000,000 less the experimentation reserve, × 3 years)',
    )
  })

  it('funds every Prove value initiative that fits the reserve plus the budget when asked to', () => {
    const { r, points } = run(samplePortfolio(), BEFORE_BUDGET)
    for (const id of ids(points, 'prove_value')) expect(r.funded).toContain(id)
    expect(r.proveValue.fromReserve).toBe(1_200_000)
    expect(r.treatmentText).toMatch(
      /; Prove value initiatives are funded first \(2 of 2\): \$1\.2M of the \$1\.2M experimentation reserve and \$[\d.]+M of the budget;/,
    )
    // What it spends fits the budget plus the reserve.
    const result = computePortfolio(samplePortfolio())
    const spend = r.funded.reduce((s, id) => s + (result.byId.get(id)?.totals.cost ?? 0), 0)
    expect(spend).toBeLessThanOrEqual(r.available + r.proveValue.fromReserve + 1e-6)
  })

  it('a Pull back initiative locked in stays funded; a Prove value one locked out is not funded first', () => {
    const p = samplePortfolio()
    const { points } = run(p)
    const pullBack = ids(points, 'pull_back')[0] as string
    const proving = ids(points, 'prove_value')[0] as string
    const locked: Portfolio = {
      ...p,
      initiatives: p.initiatives.map((i) =>
        i.strategy && (i.id === pullBack || i.id === proving)
          ? { ...i, strategy: { ...i.strategy, lock: i.id === pullBack ? ('in' as const) : ('out' as const) } }
          : i,
      ),
    }
    const { r } = run(locked)
    expect(r.funded).toContain(pullBack)
    expect(r.excludedIds).not.toContain(pullBack)
    expect(r.cut).toContain(proving)
    expect(r.proveValue.funded).not.toContain(proving)
  })

  it('switched off, it gives the plain NPV optimum, which funds Pull back initiatives and states so', () => {
    const { r, points } = run(samplePortfolio(), IGNORE)
    expect(r.excludedIds).toEqual([])
    expect(r.proveValue.funded).toEqual([])
    expect(ids(points, 'pull_back').some((id) => r.funded.includes(id))).toBe(true)
    expect(r.treatmentText).toBe(
      'Pull back initiatives compete like any other; Prove value initiatives compete for the budget like any other; the experimentation reserve is not spent; 1 not scored compete on NPV alone.',
    )
  })
})
