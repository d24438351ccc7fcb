import type { Candidate } from './optimiser'
import type { Action } from './recommendations'

/**
 * Where Prove value initiatives are funded from:
 * - 'reserve': first, within the experimentation reserve; those that do not fit compete for the budget;
 * - 'reserveThenBudget': first, from the reserve and then the budget, before the optimiser chooses;
 * - 'compete': like any other initiative; the reserve is not spent.
 */
export const PROVE_VALUE_FUNDING = ['reserve', 'reserveThenBudget', 'compete'] as const
export type ProveValueMode = (typeof PROVE_VALUE_FUNDING)[number]

/** How the optimiser treats the recommendations; the user can switch each part. */
export interface RecommendationTreatment {
  /** Initiatives recommended to pull back are left out unless locked in. */
  excludePullBack: boolean
  proveValue: ProveValueMode
}

export const FOLLOW_RECOMMENDATIONS: RecommendationTreatment = { excludePullBack: true, proveValue: 'reserve' }

export interface ProveValueFunding {
  /** The experimentation reserve in the constraint's terms (over the horizon, or per year for peak-year). */
  reserve: number
  /** What the Prove value initiatives funded first take from the reserve, and from the budget. */
  fromReserve: number
  fromBudget: number
  /** Their objective. */
  value: number
  /** Funded first, in the order they were taken. */
  funded: string[]
  /** Prove value initiatives that did not fit (they compete for the budget like any other). */
  unfunded: string[]
}

export interface TreatedCandidates {
  /** What the optimiser chooses from, within `budget`. */
  main: Candidate[]
  /** The budget left to the optimiser after the Prove value initiatives funded first. */
  budget: number
  proveValue: ProveValueFunding
  /** Pull back initiatives left out (not locked in). */
  excluded: string[]
}

/** A cent of slack: spends are sums of floating-point months. */
const SLACK = 0.005

/**
 * Applies the treatment before the optimiser runs (docs/decisions.md). Prove value initiatives not
 * locked out are taken largest objective first (then the cheaper, then in portfolio order), each
 * one that still fits the reserve ('reserve') or the reserve plus the budget not already promised
 * to locked-in initiatives ('reserveThenBudget'); the reserve pays first. Pull back initiatives not
 * locked in are locked out.
 */
export function treatCandidates(
  candidates: readonly Candidate[],
  actionOf: (id: string) => Action | null,
  money: { reserve: number; budget: number },
  treatment: RecommendationTreatment,
): TreatedCandidates {
  const reserve = Math.max(0, money.reserve)
  const budget = Math.max(0, money.budget)
  const proveValue: ProveValueFunding = { reserve, fromReserve: 0, fromBudget: 0, value: 0, funded: [], unfunded: [] }
  if (treatment.proveValue !== 'compete') {
    const proving = candidates
      .map((c, index) => ({ c, index }))
      .filter(({ c }) => c.lock !== 'out' && actionOf(c.id) === 'prove_value')
      .sort((a, b) => b.c.value - a.c.value || a.c.cost - b.c.cost || a.index - b.index)
    const provingIds = new Set(proving.map(({ c }) => c.id))
    const lockedIn = candidates
      .filter((c) => c.lock === 'in' && !provingIds.has(c.id))
      .reduce((s, c) => s + Math.max(0, c.cost), 0)
    const room = treatment.proveValue === 'reserve' ? reserve : reserve + Math.max(0, budget - lockedIn)
    let taken = 0
    for (const { c } of proving) {
      const cost = Math.max(0, c.cost)
      if (taken + cost <= room + SLACK) {
        taken += cost
        proveValue.value += c.value
        proveValue.funded.push(c.id)
      } else proveValue.unfunded.push(c.id)
    }
    proveValue.fromReserve = Math.min(reserve, taken)
    proveValue.fromBudget = Math.max(0, taken - reserve)
  }
  const first = new Set(proveValue.funded)
  const excluded: string[] = []
  const main: Candidate[] = []
  for (const c of candidates) {
    if (first.has(c.id)) continue
    if (treatment.excludePullBack && c.lock === null && actionOf(c.id) === 'pull_back') {
      excluded.push(c.id)
      main.push({ ...c, lock: 'out' })
    } else main.push(c)
  }
  return { main, budget: Math.max(0, budget - proveValue.fromBudget), proveValue, excluded }
}
