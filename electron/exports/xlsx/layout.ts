import type { CompiledPortfolio, PortfolioResult } from '../../../shared/engine'
import type { InputRefs, PriceRefs } from '../../../shared/exports/formulas'
import type { Portfolio } from '../../../shared/model'

/** Column of month index 0 on every sheet with months (Assumptions price table, levers, projections). */
export const MONTH_COL = 5
export const ASSUMPTIONS = 'Assumptions'

/** A scenario as the workbook receives it: its compiled inputs (levers applied) and the engine's results. */
export interface WorkbookScenario {
  name: string
  description?: string
  compiled: CompiledPortfolio
  result: PortfolioResult
}

export interface WorkbookInput {
  portfolio: Portfolio
  /** The first is the baseline: its compiled inputs must be compilePortfolio(portfolio). */
  scenarios: readonly WorkbookScenario[]
  /** Date shown on the cover, YYYY-MM-DD (passed in: exports never read the clock). */
  exportedOn: string
}

/** Month rows of one model's prices in force (column-relative references). */
export interface ModelPriceRows {
  base: PriceRefs
  batchDiscount: string
  tier: (PriceRefs & { threshold: string }) | null
}

/** Where every input of the formulas lives, for one scenario. */
export interface ScenarioRefs {
  monthlyRate: string
  count: string
  initiatives: InputRefs[]
  /** Per initiative, per mix entry: the share cell (absolute, or a lever's month cell). */
  mixShares: string[][]
  models: (ModelPriceRows | null)[]
  /** Per initiative: month-cell references of the scenario's factors and replaced rates. */
  monthly: MonthlyLeverRefs[]
  pools: PoolRefs[]
}

export interface MonthlyLeverRefs {
  users?: string
  queriesPerUser?: string
  inputTokens?: string
  outputTokens?: string
  outcomes?: string
  value?: string
  cacheHitRate?: string
  cacheWriteRate?: string
  batchShare?: string
  cost: Partial<
    Record<'inference' | 'build' | 'integration' | 'platform' | 'data' | 'evaluation' | 'compliance', string>
  >
}

export interface PoolRefs {
  monthlyCost: string
  startMonth: string
  factor?: string
  /** With rule 'fixed': per initiative its share cell (or null), and the cell summing the shares. */
  fixedShares: (string | null)[] | null
  fixedSum: string | null
}
