import type { Fields } from '../fields'
import type { ActualsFormat } from '../line'
import type { ReadContext } from '../readContext'

/**
 * How far a format's cost can be trusted (the cost-of-record rule in docs/actuals.md):
 * - invoice: an invoice-grade export (FOCUS, AWS CUR);
 * - cost-report: the provider's own cost report (OpenAI costs, Anthropic cost report);
 * - usage: tokens and requests only, no cost (OpenAI and Anthropic usage reports);
 * - estimate: a gateway or observability tool pricing calls by its own price list.
 */
export type CostGrade = 'invoice' | 'cost-report' | 'usage' | 'estimate'

export interface FormatInfo {
  format: ActualsFormat
  label: string
  grade: CostGrade
}

/** Reads records (a CSV row under its header, a JSON object) at their row numbers; `finish` says what was skipped. */
export interface RecordReader {
  read(fields: Fields, row: number): void
  finish?(): void
}

/**
 * A format whose rows are flat records: a CSV/XLSX table, a JSON array or JSON Lines of objects.
 * `detect` sees the record's field names, normalised; `start` checks them (and may read the names
 * as written, such as tag columns) and returns the reader, or the required fields that are missing.
 */
export interface RecordFormat extends FormatInfo {
  kind: 'records'
  detect(names: ReadonlySet<string>): boolean
  start(ctx: ReadContext, names: ReadonlySet<string>, headers: readonly string[]): RecordReader | { missing: string[] }
}

/** A format that is one JSON document (time buckets of results): read whole, at most MAX_ACTUALS_JSON_BYTES. */
export interface DocumentFormat extends FormatInfo {
  kind: 'document'
  detect(document: unknown): boolean
  read(document: unknown, ctx: ReadContext): void
}

export type FormatSpec = RecordFormat | DocumentFormat
