import { emptyBasis, poolRates } from './allocation'
import type { CompiledPortfolio } from './compiled'
import { leanBuffer, type DriverData } from './drivers'
import { fillInitiativeMonths } from './initiativeMonths'
import { discountFactors } from './finance'
import { L_INFERENCE, leanStride } from './layout'
import { TOTALS_STRIDE, T_NPV, fillTotalsRow, npvOf, portfolioNet } from './totals'

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
  const basis = emptyBasis(months)
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
  if (target !== null) {
    // The last initiative with the id, as PortfolioResult.byId keeps it.
    let row = -1
    for (let i = 0; i < n; i++) if (inits[i]?.id === target) row = i
    const inp = inits[row]
    if (!inp) return { npv: null, scratch: buffers }
    const view = { lean, base: row * stride, months, launchMonth: inp.launchMonth }
    fillTotalsRow(view, row, rates, discount, Math.max(0, inp.launchMonth), table, row)
    return { npv: table[row * TOTALS_STRIDE + T_NPV] ?? 0, scratch: buffers }
  }
  // As finishPortfolio: the initiatives' own net per month less the pools' cost, discounted.
  return { npv: npvOf(portfolioNet(basis.ownNet, rates), discount), scratch: buffers }
}
