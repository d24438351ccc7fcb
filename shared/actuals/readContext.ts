import type { IssueList, WarningList } from './issues'
import type { ActualsFormat, AttributionKey, CostBasis } from './line'
import type { ActualsMapping } from './formats/mappedColumns'
import type { SourceRow } from './sourceRow'

/**
 * Whether a gateway's prompt_tokens already count the cache reads and writes it reports beside
 * them. 'auto' follows what each gateway does per provider (see docs/actuals.md).
 */
export type PromptTokensRule = 'auto' | 'include-cache' | 'exclude-cache'

export interface ActualsReadOptions {
  /** Read as this format; detected from the headers or the JSON shape when absent. */
  format?: ActualsFormat | undefined
  /** FOCUS: which cost column is the line's cost (BilledCost by default, as the invoice has it). */
  focusCost?: Extract<CostBasis, 'billed' | 'effective' | 'list'> | undefined
  /** LiteLLM and Helicone: how prompt_tokens relate to the cache columns. */
  promptTokens?: PromptTokensRule | undefined
  /**
   * Keys every row of the file is given, for an export filtered before it was saved (a Langfuse
   * daily metrics export for one trace name carries no trace name in its rows).
   */
  fileKeys?: readonly AttributionKey[] | undefined
  /** A mapped CSV/XLSX: which column holds what. */
  mapping?: ActualsMapping | undefined
}

/** What a reader hands its rows and problems to. */
export interface ReadContext {
  emit(row: SourceRow): void
  cover(scope: string, from: string, to: string): void
  issues: IssueList
  warnings: WarningList
  options: ActualsReadOptions
}
