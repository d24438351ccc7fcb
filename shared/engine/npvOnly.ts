import { monthSumsOf, poolRates } from './allocation'
import { CHUNK, addBlock } from './chunks'
import type { CompiledPortfolio } from './compiled'
import { MonthBlockReader, addDriverMonths } from './drivers'
import { MonthFigures } from './months/monthFigures'
import { discountFactors } from './finance'
import { monthBlockSize } from './layout'
import { TOTALS_STRIDE, T_NPV, fillTotalsRow, npvOf, portfolioNet } from './totals'

/**
 * The NPV that evaluate(compiled) reports for the portfolio (target null) or one initiative,
 * computed by the same steps in the same order (so the number is identical) without building
 * results: the initiatives' months added up chunk by chunk as chunks.ts does (one chunk's block
 * at a time), the pools' rates, then the portfolio's net or the target's totals row.
 * Returns null when no initiative has the target id.
 */
export function evaluateNpv(compiled: CompiledPortfolio, target: string | null): number | null {
  const { months, priceTable } = compiled
  const inits = compiled.initiatives
  const n = inits.length
  // The last initiative with the id, as PortfolioResult.byId keeps it.
  let row = -1
  if (target !== null) for (let i = 0; i < n; i++) if (inits[i]?.id === target) row = i
  if (target !== null && row < 0) return null
  const block = monthBlockSize(months)
  const chunk = new Float64Array(block)
  const total = new Float64Array(block)
  const figures = new MonthFigures(months)
  for (let from = 0; from < n; from += CHUNK) {
    chunk.fill(0)
    for (let i = from; i < Math.min(n, from + CHUNK); i++) {
      const inp = inits[i]
      if (inp) addDriverMonths({ inputs: inp, table: priceTable }, figures, chunk, 0)
    }
    addBlock(total, chunk, 0, block)
  }
  const sums = monthSumsOf(total, months)
  const rates = poolRates(compiled.pools, n, months, sums)
  const discount = discountFactors(compiled.discountRateAnnual, months)
  const inp = inits[row]
  if (row >= 0 && inp) {
    const table = new Float64Array(TOTALS_STRIDE)
    const d = { inputs: inp, table: priceTable, months, launchMonth: inp.launchMonth }
    const monthBlock = new MonthBlockReader(months).read(d)
    fillTotalsRow(monthBlock, d, row, rates, discount, Math.max(0, inp.launchMonth), table, 0)
    return table[T_NPV] ?? 0
  }
  // As finishPortfolio: the initiatives' own net per month less the pools' cost, discounted.
  return npvOf(portfolioNet(sums.ownNet, rates), discount)
}
