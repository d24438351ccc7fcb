/**
 * Picks from the engine's results for the cost pools view. The engine allocates pools and reports
 * each initiative's shared-pool cost (cost.shared); it does not report the split per pool, so the
 * view shows the allocation of all pools together.
 */
import type { PortfolioResult } from '../../../../shared/engine'
import type { Initiative } from '../../../../shared/model'

export interface AllocationRow {
  id: string
  name: string
  /** Shared-pool cost carried over the horizon (engine total of cost.shared). */
  shared: number
  /** That amount as a share of all allocated pool cost; null when no pool cost was allocated. */
  shareOfPools: number | null
}

export function allocationRows(initiatives: readonly Initiative[], results: PortfolioResult): AllocationRow[] {
  const allocated = results.initiatives.reduce((s, r) => s + r.totals.costByDriver.shared, 0)
  return initiatives.map((i) => {
    const shared = results.byId.get(i.id)?.totals.costByDriver.shared ?? 0
    return { id: i.id, name: i.name, shared, shareOfPools: allocated > 0 ? shared / allocated : null }
  })
}

/** True when some pool cost had no initiative to carry it (an empty portfolio). */
export function hasUnallocated(results: PortfolioResult): boolean {
  return results.unallocatedShared.some((v) => v !== 0)
}
