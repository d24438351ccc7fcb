/**
 * Exact 0/1 knapsack over whole initiatives by dynamic programming on the budget,
 * discretised in `unit`s of money: an initiative's cost is rounded UP to whole units
 * and the budget DOWN, so a chosen set never exceeds the real budget, and the result
 * is optimal at that resolution (docs/decisions.md).
 */

export interface Candidate {
  id: string
  /** Money the constraint counts for this initiative (horizon spend or peak-year spend). */
  cost: number
  /** What the optimiser maximises (NPV, or strategic-weighted NPV). */
  value: number
  lock: 'in' | 'out' | null
}

export interface Selection {
  funded: string[]
  cut: string[]
  /** Sum of value and of cost over funded initiatives. */
  value: number
  cost: number
  /** False when locked-in initiatives alone exceed the budget (they stay funded). */
  feasible: boolean
}

/** Upper bound on DP cells per row, keeping the optimiser fast for any budget. */
const MAX_UNITS = 10_000

/** The money resolution used for a budget: at least `minUnit`, coarser when the budget is huge. */
export function resolutionFor(budget: number, minUnit: number): number {
  return Math.max(minUnit, Math.ceil(Math.max(budget, 0) / MAX_UNITS))
}

const unitsUp = (x: number, unit: number): number => Math.max(0, Math.ceil(x / unit - 1e-9))

export function optimise(candidates: readonly Candidate[], budget: number, unit: number): Selection {
  const capacityAll = Math.floor(Math.max(budget, 0) / unit + 1e-9)
  const forced = candidates.filter((c) => c.lock === 'in')
  const forcedUnits = forced.reduce((s, c) => s + unitsUp(c.cost, unit), 0)
  const free = candidates.filter((c) => c.lock === null && c.value > 0)
  const capacity = capacityAll - forcedUnits
  const chosen = new Set(forced.map((c) => c.id))
  if (capacity >= 0 && free.length > 0) {
    const width = capacity + 1
    const best = new Float64Array(width)
    const keep = new Uint8Array(free.length * width)
    const weights = free.map((c) => unitsUp(c.cost, unit))
    // Only capacities up to the weight of the items seen so far can change; the rest hold the same best.
    const reach: number[] = []
    let seen = 0
    free.forEach((c, i) => {
      const w = weights[i] as number
      const before = Math.min(capacity, seen)
      seen += w
      reach.push(Math.min(capacity, seen))
      best.fill(best[before] as number, before + 1, (reach[i] as number) + 1)
      const row = i * width
      for (let cap = reach[i] as number; cap >= w; cap--) {
        const candidate = (best[cap - w] as number) + c.value
        if (candidate > (best[cap] as number)) {
          best[cap] = candidate
          keep[row + cap] = 1
        }
      }
    })
    let cap = capacity
    for (let i = free.length - 1; i >= 0; i--) {
      cap = Math.min(cap, reach[i] as number)
      if (keep[i * width + cap] === 1) {
        chosen.add((free[i] as Candidate).id)
        cap -= weights[i] as number
      }
    }
  }
  let value = 0
  let cost = 0
  for (const c of candidates) {
    if (chosen.has(c.id)) {
      value += c.value
      cost += c.cost
    }
  }
  return {
    funded: candidates.filter((c) => chosen.has(c.id)).map((c) => c.id),
    cut: candidates.filter((c) => !chosen.has(c.id)).map((c) => c.id),
    value,
    cost,
    feasible: capacity >= 0,
  }
}

export interface FrontierPoint {
  budget: number
  value: number
}

/** The frontier is solved this many times finer than it is drawn, so rounding each cost up to a step costs little. */
const FRONTIER_FINENESS = 4

/**
 * Best achievable value for each budget level from 0 to the cost of funding every
 * worthwhile initiative, in about `points` steps; locked-in initiatives are always funded.
 * Costs count rounded up (a level's value is reachable within its budget); the last point is
 * exact: everything worth funding, at what it costs.
 */
export function frontier(candidates: readonly Candidate[], points: number, minUnit: number): FrontierPoint[] {
  const forced = candidates.filter((c) => c.lock === 'in')
  const forcedCost = forced.reduce((s, c) => s + c.cost, 0)
  const forcedValue = forced.reduce((s, c) => s + c.value, 0)
  const free = candidates.filter((c) => c.lock === null && c.value > 0)
  const freeCost = free.reduce((s, c) => s + Math.max(c.cost, 0), 0)
  const steps = Math.max(points, 1)
  const unit = Math.max(minUnit, freeCost / (steps * FRONTIER_FINENESS))
  const capacity = Math.max(1, Math.ceil(freeCost / unit - 1e-9))
  const best = new Float64Array(capacity + 1)
  for (const c of free) {
    const w = unitsUp(c.cost, unit)
    for (let cap = capacity; cap >= w; cap--) {
      const candidate = (best[cap - w] ?? 0) + c.value
      if (candidate > (best[cap] ?? 0)) best[cap] = candidate
    }
  }
  const stride = Math.max(1, Math.ceil(capacity / steps))
  const levels: FrontierPoint[] = []
  for (let cap = 0; cap < capacity; cap += stride)
    levels.push({ budget: forcedCost + cap * unit, value: forcedValue + (best[cap] ?? 0) })
  levels.push({ budget: forcedCost + freeCost, value: forcedValue + free.reduce((s, c) => s + c.value, 0) })
  return levels
}
