import { poolBasisFor, poolRates } from './allocation'
import type { CompiledPortfolio } from './compiled'
import { leanBuffer, type DriverData } from './drivers'
import { fillInitiativeMonths } from './initiativeMonths'
import { discountFactors } from './finance'
import { L_INFERENCE, leanStride } from './layout'
import { TOTALS_STRIDE, T_NPV, fillTotalsRow } from './totals'

/** Buffers one NPV evaluation leaves for the next of the same size (a tornado runs two dozen). */
export interface NpvScratch {
  lean: Float64Array
  table: Float64Array
}

/**
 * The NPV that evaluate(compiled) reports for the portfolio (target null) or one initiative,
 * computed by the same steps in the same order (so the number is identical) without building
 * results: no result objects, no totals, and the lean blocks in `scratch` reused between calls.
 * Returns null when no initiative has the target id. `sameInference[i]`, when given, is an
 * evaluation of initiative i with the same usage, tokens, rates, mix and prices (only fixed
 * costs or value moved): its inference per month is read instead of computed again.
 */
export function evaluateNpv(
  compiled: CompiledPortfolio,
  target: string | null,
  scratch: NpvScratch | null = null,
  sameInference: readonly DriverData[] | null = null,
): { npv: number | null; scratch: NpvScratch } {
  const { months, priceTable } = compiled
  const n = compiled.initiatives.length
  const stride = leanStride(months)
  let buffers = scratch
  if (buffers?.lean.length !== n * stride || buffers.table.length !== n * TOTALS_STRIDE) {
    buffers = { lean: leanBuffer(n, months), table: new Float64Array(n * TOTALS_STRIDE) }
  } else {
    // The month loop writes a lean block only from each initiative's first month with any cost.
    buffers.lean.fill(0)
  }
  const { lean, table } = buffers
  const basis = poolBasisFor(compiled.pools, months)
  // No DriverData per initiative: the totals pass reads the lean block through one reused view.
  const inits = compiled.initiatives
  for (let i = 0; i < n; i++) {
    const inp = inits[i]
    if (!inp) continue
    const known = sameInference?.[i]
    if (known?.months === months) {
      const at = known.base + L_INFERENCE * months
      fillInitiativeMonths(inp, priceTable, null, lean, i * stride, basis, null, known.lean, at)
    } else fillInitiativeMonths(inp, priceTable, null, lean, i * stride, basis)
  }
  const rates = poolRates(compiled.pools, n, months, basis)
  const discount = discountFactors(compiled.discountRateAnnual, months)
  const net = new Float64Array(months)
  const view = { lean, base: 0, months, launchMonth: 0 }
  let row = -1
  for (let i = 0; i < n; i++) {
    const inp = inits[i]
    if (!inp) continue
    // The last initiative with the id, as PortfolioResult.byId keeps it.
    if (inp.id === target) row = i
    view.base = i * stride
    view.launchMonth = inp.launchMonth
    fillTotalsRow(view, i, rates, discount, Math.max(0, inp.launchMonth), net, table, i)
  }
  if (target !== null) return { npv: row < 0 ? null : (table[row * TOTALS_STRIDE + T_NPV] ?? 0), scratch: buffers }
  // As portfolioTotals: the portfolio's net per month less unallocated pool cost, discounted.
  let npv = 0
  for (let t = 0; t < months; t++) {
    const m = (net[t] ?? 0) - (rates.unallocated[t] ?? 0)
    npv += m * (discount[t] ?? 0)
  }
  return { npv, scratch: buffers }
}
