import { emptyMonthSums, poolRates } from './allocation'
import type { CompiledPortfolio } from './compiled'
import { leanBuffer, type DriverData } from './drivers'
import { fillInitiativeMonths } from './initiativeMonths'
import { discountFactors } from './finance'
import { L_INFERENCE } from './layout'
import { TOTALS_STRIDE, T_NPV, fillTotalsRow, npvOf, portfolioNet } from './totals'

/**
 * The NPV that evaluate(compiled) reports for the portfolio (target null) or one initiative,
 * computed by the same steps in the same order (so the number is identical) without building
 * results. The portfolio's NPV needs only the month-by-month sums (the pools' bases and own net),
 * so no initiative's months are kept; one initiative's NPV keeps only that initiative's months.
 * Returns null when no initiative has the target id. `sameInference[i]`, when given, is an
 * evaluation of initiative i with the same usage, tokens, rates, mix and prices (only fixed
 * costs or value moved): its inference per month is read instead of computed again.
 */
export function evaluateNpv(
  compiled: CompiledPortfolio,
  target: string | null,
  sameInference: readonly DriverData[] | null = null,
): number | null {
  const { months, priceTable } = compiled
  const inits = compiled.initiatives
  const n = inits.length
  // The last initiative with the id, as PortfolioResult.byId keeps it.
  let row = -1
  if (target !== null) for (let i = 0; i < n; i++) if (inits[i]?.id === target) row = i
  if (target !== null && row < 0) return null
  const lean = row >= 0 ? leanBuffer(1, months) : null
  const basis = emptyMonthSums(months)
  for (let i = 0; i < n; i++) {
    const inp = inits[i]
    if (!inp) continue
    const mine = i === row ? lean : null
    const known = sameInference?.[i]
    if (known?.months === months) {
      const at = known.base + L_INFERENCE * months
      fillInitiativeMonths(inp, priceTable, null, mine, 0, basis, null, known.lean, at)
    } else fillInitiativeMonths(inp, priceTable, null, mine, 0, basis)
  }
  const rates = poolRates(compiled.pools, n, months, basis)
  const discount = discountFactors(compiled.discountRateAnnual, months)
  const inp = inits[row]
  if (lean && inp) {
    const table = new Float64Array(TOTALS_STRIDE)
    const view = { lean, base: 0, months, launchMonth: inp.launchMonth }
    fillTotalsRow(view, row, rates, discount, Math.max(0, inp.launchMonth), table, 0)
    return table[T_NPV] ?? 0
  }
  // As finishPortfolio: the initiatives' own net per month less the pools' cost, discounted.
  return npvOf(portfolioNet(basis.ownNet, rates), discount)
}
