import type { CompiledPortfolio, PortfolioResult } from '../../../shared/engine'
import type { InputRefs, PriceRefs } from '../../../shared/exports/formulas'
import { yearSpans, type YearSpan } from '../../../shared/exports/months'
import type { Portfolio } from '../../../shared/model'
import type { Lever } from '../../../shared/model/scenario'

export const ASSUMPTIONS = 'Assumptions'
export const PRICES_SHEET = 'Prices by month'
export const SUMMARY_SHEET = 'Summary'
/** First month column of the Prices by month sheet. */
export const PRICES_MONTH_COL = 5

/** A scenario as the workbook receives it: its levers, compiled inputs (levers applied) and the engine's results. */
export interface WorkbookScenario {
  name: string
  description?: string
  /** The scenario's levers (none for the baseline): the workbook writes them as input cells. */
  levers: readonly Lever[]
  /** compileScenario(portfolio, baseline's compiled, levers); read for the cached results' layout only. */
  compiled: CompiledPortfolio
  result: PortfolioResult
}

export interface WorkbookInput {
  portfolio: Portfolio
  /** The first is the baseline: its compiled inputs must be compilePortfolio(portfolio), with no levers. */
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

/** Where every input of the formulas lives (the Assumptions and Prices by month sheets, or a scenario's levers). */
export interface ScenarioRefs {
  monthlyRate: string
  count: string
  /** The horizon's first month (a date cell). */
  startMonth: string
  /** The launch dates of every initiative (a column range), for the portfolio's payback. */
  launches: string | null
  initiatives: InputRefs[]
  /** Per initiative, per model-mix entry: the share cell. */
  mixShares: string[][]
  models: (ModelPriceRows | null)[]
  pools: PoolRefs[]
}

export interface PoolRefs {
  monthlyCost: string
  /** The pool's first month (a date cell). */
  start: string
  /** With rule 'fixed': per initiative its share cell (or null), and the cell summing the shares. */
  fixedShares: (string | null)[] | null
  fixedSum: string | null
}

/** Columns of a projection sheet: four label columns, the yearly totals and the horizon total, then the months. */
export interface ProjectionColumns {
  years: YearSpan[]
  firstYearCol: number
  totalCol: number
  monthCol: number
  months: number
}

const LABEL_COLUMNS = 4

export function projectionColumns(startMonth: string, months: number): ProjectionColumns {
  const years = yearSpans(startMonth, months)
  const firstYearCol = LABEL_COLUMNS + 1
  const totalCol = firstYearCol + years.length
  return { years, firstYearCol, totalCol, monthCol: totalCol + 1, months }
}
