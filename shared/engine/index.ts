/**
 * The calculation engine: Portfolio in, PortfolioResult out. Pure, no I/O, no clock.
 *
 * Two steps, both exported, so scenarios reuse the baseline's code without copying the portfolio:
 *   1. compile: compilePortfolio(portfolio) -> CompiledPortfolio = a PriceTable (Float64Array per
 *      price field, [model * months + t], dated prices resolved per month) + one InitiativeInputs
 *      record per initiative + PoolInputs + the discount rate.
 *   2. evaluate: evaluate(compiled) -> PortfolioResult. Each initiative's months are computed pass by
 *      pass over typed arrays (initiativeMonths.ts: usage, inference, the drivers the declarations in
 *      shared/model/drivers schedule, value), then pools, totals and NPV.
 *
 * Scenario levers transform the compiled inputs, then call evaluate:
 *   - prices (a yearly decline, a step from month M, per model or provider): a new PriceTable
 *     whose arrays are the baseline's times a factor per model and month;
 *   - scalar levers (ramp speed, months to full value...): a copy `{ ...inputs, field: newValue }`;
 *   - levers from month M or along a curve: InitiativeInputs.adjust, per-month arrays (factors on
 *     users, queries per user, input/output tokens, outcomes, value, each driver's cost; or
 *     replacement rates for cache hit, cache write, batch share and mix shares); absent = as entered;
 *   - pools: PoolInputs.costFactor per month; discount rate: CompiledPortfolio.discountRateAnnual.
 * The baseline is evaluate(compilePortfolio(p)), which is what computePortfolio does, so a
 * scenario with no levers equals the baseline exactly. Formulas: docs/cost-model.md.
 */
import type { Portfolio } from '../model'
import { compilePortfolio } from './compile'
import { evaluate } from './portfolio'
import type { PortfolioResult } from './types'

export * from './types'
export type { CompiledPortfolio, InitiativeAdjustments, InitiativeInputs, PoolInputs, PriceTable } from './compiled'
export { PRICE_ALL, PRICE_CACHED, PRICE_CACHE_WRITE, PRICE_INPUT, PRICE_OUTPUT, TIER_SHIFT } from './compiled'
export { compileInitiative, compilePools, compilePortfolio } from './compile'
export { compilePriceTable } from './priceTable'
export { costInputPosition } from './driverPlan'
export { evaluate, finishPortfolio, totalCostMonths } from './portfolio'
export type { PortfolioFrame } from './portfolio'
export { evaluateDrivers } from './drivers'
export type { DriverData } from './drivers'
export { recomputeInitiatives } from './incremental'
export { unitCostsAt } from './unitEconomics'
export { portfolioSpend } from './portfolioSpend'
export type { PortfolioSpend } from './portfolioSpend'
export { discountFactors, discountedSum, monthlyRate, npv, paybackMonth, roi } from './finance'
export { firstDayOfMonth } from './calendar'

/** Every figure of a portfolio over its horizon. */
export function computePortfolio(portfolio: Portfolio): PortfolioResult {
  return evaluate(compilePortfolio(portfolio))
}
