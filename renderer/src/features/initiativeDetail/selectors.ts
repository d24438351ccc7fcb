/**
 * Views of engine results for the initiative detail; they only pick figures the engine computed
 * (unitCostsAt is the engine's own unit-cost function), never compute money themselves.
 */
import { unitCostsAt, type Series, type UnitCostKey } from '../../../../shared/engine'

export type UnitBasis = 'query' | 'user' | 'outcome'

export const UNIT_BASIS_LABELS: Record<UnitBasis, string> = {
  query: 'per query',
  user: 'per active user',
  outcome: 'per outcome',
}

const KEYS: Record<UnitBasis, { inference: UnitCostKey; full: UnitCostKey }> = {
  query: { inference: 'inferencePerQuery', full: 'fullPerQuery' },
  user: { inference: 'inferencePerUser', full: 'fullPerUser' },
  outcome: { inference: 'inferencePerOutcome', full: 'fullPerOutcome' },
}

/** Monthly unit cost, inference only and fully loaded; null months (no volume) stay null. */
export function unitCostSeries(
  series: Series,
  basis: UnitBasis,
): { inference: (number | null)[]; full: (number | null)[] } {
  const inference: (number | null)[] = []
  const full: (number | null)[] = []
  const keys = KEYS[basis]
  for (let t = 0; t < series.months; t++) {
    const u = unitCostsAt(series, t)
    inference.push(u[keys.inference])
    full.push(u[keys.full])
  }
  return { inference, full }
}
