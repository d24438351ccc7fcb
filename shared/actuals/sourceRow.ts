import type { Money } from './decimal'
import type { AttributionKey, ChargeCategory, CostBasis } from './line'

/** Token counts of one source row; null is unknown. Never overlapping, as on a line. */
export interface RowTokens {
  uncachedInput: number | null
  cacheRead: number | null
  cacheWrite: number | null
  output: number | null
  inputUnsplit: number | null
}

export const noTokens = (): RowTokens => ({
  uncachedInput: null,
  cacheRead: null,
  cacheWrite: null,
  output: null,
  inputUnsplit: null,
})

/** One source row as a reader understood it, before the roll-up to months. */
export interface SourceRow {
  /** The row as the file numbers it (a CSV record's spreadsheet row, a JSON result's position). */
  row: number
  /** UTC day of the charge, or null when the source gives months only. */
  day: string | null
  month: string
  scope: string
  provider: string
  model: string
  serviceTier: string | null
  chargeCategory: ChargeCategory
  costBasis: CostBasis | null
  currency: string | null
  cost: Money | null
  tokens: RowTokens
  requests: number | null
  keys: AttributionKey[]
  /**
   * Further dimensions that tell rows apart in the source without being kept on the line (an AWS
   * usage type, a resource id, a FOCUS ChargeClass): part of the line's key, so two rows that differ
   * only there stay two lines and a re-import matches each to its own.
   */
  grain: string
}
