import type { Portfolio } from '../model'
import { evaluateInChunks } from './chunks'
import { compileInitiative, compilePools, compilePortfolio } from './compile'
import type { PriceTable } from './compiled'
import { evaluateDrivers, type DriverData } from './drivers'
import { internalsOf } from './internals'
import { evaluate, finishPortfolio } from './portfolio'
import { compilePriceTable } from './priceTable'
import type { PortfolioResult } from './types'

/**
 * Recomputes after edits to some initiatives: only the initiatives in `changedIds` (and
 * any not in `prev`) are evaluated again; the others keep their usage, driver and value
 * figures from `prev`, and the month sums of chunks with no change are `prev`'s (chunks.ts).
 * Pools, totals and the portfolio sums are recomputed for all, because a pool allocated by
 * inference or queries moves when any initiative does. Removed initiatives drop out. The result
 * equals computePortfolio(portfolio) exactly, provided the price book and start month are those
 * `prev` was computed with: after editing those, call computePortfolio (a change of horizon is
 * detected and falls back to it).
 */
export function recomputeInitiatives(
  prev: PortfolioResult,
  portfolio: Portfolio,
  changedIds: readonly string[],
): PortfolioResult {
  const months = portfolio.settings.horizonMonths
  const earlier = internalsOf(prev)
  if (prev.months !== months || !earlier) return evaluate(compilePortfolio(portfolio))
  const prevDrivers = earlier.drivers
  // Ids are unique (the schema's rule), so an initiative still at its index is found there; a
  // map by id is built only when the list was reordered, added to or shortened.
  let reusable: Map<string, DriverData> | null = null
  const previous = (id: string, i: number): DriverData | undefined => {
    const atIndex = prevDrivers[i]
    if (atIndex?.id === id) return atIndex
    reusable ??= new Map(prevDrivers.map((d) => [d.id, d]))
    return reusable.get(id)
  }
  const changed = new Set(changedIds)
  const inits = portfolio.initiatives
  let table: PriceTable | null = null
  const chunked = evaluateInChunks(
    inits.length,
    months,
    (i) => {
      const id = inits[i]?.id ?? ''
      return changed.has(id) ? null : (previous(id, i) ?? null)
    },
    (i, figures, tail, tailAt, sums, sumsAt) => {
      const init = inits[i]
      if (!init) throw new RangeError(`no initiative at ${i}`)
      table ??= compilePriceTable(portfolio.priceBook, portfolio.settings.startMonth, months)
      return evaluateDrivers(compileInitiative(init, table), table, figures, tail, tailAt, sums, sumsAt)
    },
    { drivers: prevDrivers, chunks: earlier.chunkSums },
  )
  const pools = compilePools(
    portfolio.costPools,
    inits.map((init) => init.id),
  )
  return finishPortfolio({ months, discountRateAnnual: portfolio.settings.discountRateAnnual, pools }, chunked)
}
