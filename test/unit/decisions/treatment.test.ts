import { describe, expect, it } from 'vitest'
import { decisionMatrix, reallocate, type Action, type Candidate, type MatrixPoint } from '../../../shared/decisions'
import { optimise } from '../../../shared/decisions/optimiser'
import { treatCandidates, type RecommendationTreatment } from '../../../shared/decisions/treatment'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { computePortfolio } from '../../../shared/engine'
import type { Portfolio } from '../../../shared/model'

const FOLLOW: RecommendationTreatment = { excludePullBack: true, proveValueFirst: true }
const IGNORE: RecommendationTreatment = { excludePullBack: false, proveValueFirst: false }

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
  it('follows them: Pull back left out unless locked in, Prove value funded first from the reserve', () => {
    // Reserve 600, budget 1,000 of which d (locked in) is promised 100: room for Prove value 600 + 900.
    // g is locked out. b (value 80) then a (50): 500 + 300 = 800, the reserve pays 600, the budget 200.
    // The optimiser gets 1,000 - 200 = 800: d forced (100), c locked out, e 400 + f 300 = 700 fit.
    const { treated, funded, value } = suggest(600, 1000, FOLLOW)
    expect(treated.proveValue).toEqual({
      reserve: 600,
      fromReserve: 600,
      fromBudget: 200,
      value: 130,
      funded: ['b', 'a'],
      unfunded: [],
    })
    expect(treated.excluded).toEqual(['c'])
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
    expect(suggest(600, 1000, { excludePullBack: true, proveValueFirst: false }).treated.excluded).toEqual(['c'])
    const first = suggest(600, 1000, { excludePullBack: false, proveValueFirst: true })
    expect(first.treated.excluded).toEqual([])
    expect(first.treated.proveValue.funded).toEqual(['b', 'a'])
    // 800 left after b and a; d (100) is forced, so 700 for c, e, f: all three cost 800, too much.
    // Of the pairs, c + e (500, value 320) beats c + f (400, 260) and e + f (700, 180).
    expect(first.funded).toEqual(['a', 'b', 'c', 'd', 'e'])
  })

  it('a Prove value initiative that does not fit what is left competes like any other', () => {
    // No reserve, budget 400, d promised 100: room 300. b (500) does not fit; a (300) does.
    const { treated, funded } = suggest(0, 400, FOLLOW)
    expect(treated.proveValue.funded).toEqual(['a'])
    expect(treated.proveValue.unfunded).toEqual(['b'])
    expect(treated.proveValue.fromBudget).toBe(300)
    expect(treated.budget).toBe(100)
    expect(funded).toEqual(['a', 'd'])
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
  const ids = (points: MatrixPoint[], action: Action) =>
    points.filter((p) => p.recommendation.action === action).map((p) => p.id)

  it('by default funds no Pull back initiative that is not locked in, and every Prove value one that fits', () => {
    const { r, points } = run(samplePortfolio())
    const pullBack = ids(points, 'pull_back')
    const proving = ids(points, 'prove_value')
    expect(pullBack.length).toBeGreaterThan(0)
    expect(proving.length).toBeGreaterThan(0)
    expect(r.treatment).toEqual(FOLLOW)
    for (const id of pullBack) expect(r.cut).toContain(id)
    expect(r.excludedIds.sort()).toEqual([...pullBack].sort())
    for (const id of proving) expect(r.funded).toContain(id)
    // The reserve is $400K a year over 3 years and is spent first.
    expect(r.proveValue.reserve).toBe(1_200_000)
    expect(r.proveValue.fromReserve).toBe(1_200_000)
    expect(r.treatmentText).toMatch(
      /^Pull back initiatives are left out unless locked in \(3 left out\); Prove value initiatives are funded first \(2 of 2\): \$1\.2M of the \$1\.2M experimentation reserve and \$[\d.]+M of the budget; 1 not scored compete on NPV alone\.$/,
    )
    // What it spends fits the budget plus the reserve.
    const spend = r.funded.reduce(
      (s, id) => s + (computePortfolio(samplePortfolio()).byId.get(id)?.totals.cost ?? 0),
      0,
    )
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
