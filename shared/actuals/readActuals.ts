import type { SheetRow } from '../imports/table'
import { cellText } from '../imports/table'
import { CsvRecordStream } from './csvRecords'
import { normaliseName, ObjectFields, RowFields } from './fields'
import { FORMAT_SPECS, specOf } from './formats/registry'
import type { FormatSpec, RecordFormat, RecordReader } from './formats/spec'
import { IssueList, WarningList, type ActualsIssue } from './issues'
import { readJsonDocument } from './jsonInput'
import type { ActualLine, ActualsFormat, Coverage } from './line'
import { MAX_ACTUALS_BYTES, MAX_ACTUALS_JSON_BYTES, MAX_ACTUALS_SOURCE_ROWS, megabytes } from './limits'
import type { ActualsReadOptions, ReadContext } from './readContext'
import { Rollup } from './rollup'
import type { SourceRow } from './sourceRow'
import { currenciesByMonth, modelsSeen, type ModelSeen, type MonthCurrency } from './summary'

export interface ActualsRead {
  ok: true
  format: ActualsFormat
  label: string
  grade: FormatSpec['grade']
  /** True when the format was found from the file, false when the caller named it. */
  detected: boolean
  lines: ActualLine[]
  /** The days the file speaks for, per scope: an import replaces what was stored for them. */
  coverage: Coverage[]
  currencies: MonthCurrency[]
  models: ModelSeen[]
  sourceRows: number
  warnings: string[]
}

export interface ActualsRefusal {
  ok: false
  format: ActualsFormat | null
  /** One sentence for the whole refusal; `issues` lists each problem with its row. */
  message: string
  issues: ActualsIssue[]
  issueCount: number
  warnings: string[]
}

export type ActualsReadResult = ActualsRead | ActualsRefusal

export interface ActualsReader {
  /** The next piece of the file's text, of any size. */
  push(text: string): void
  /** Ends the file: the lines, or every problem found (nothing partial). */
  finish(): ActualsReadResult
}

const KNOWN = FORMAT_SPECS.map((s) => s.label).join(', ')

/**
 * Reads an actuals export given as text in chunks (CSV or JSON, detected from its first
 * character). CSV rows are rolled up as they arrive; a JSON document is read whole, within
 * MAX_ACTUALS_JSON_BYTES. All or nothing: any problem refuses the file with every problem listed.
 */
export function createActualsReader(options: ActualsReadOptions = {}): ActualsReader {
  return new Reading(options)
}

export function readActualsText(text: string, options: ActualsReadOptions = {}): ActualsReadResult {
  const reader = createActualsReader(options)
  reader.push(text)
  return reader.finish()
}

/** Reads a sheet's rows (an XLSX read by the caller): the first non-blank row is the header. */
export function readActualsRows(rows: readonly SheetRow[], options: ActualsReadOptions = {}): ActualsReadResult {
  const reading = new Reading(options)
  reading.rows(rows)
  return reading.finish()
}

class Reading implements ActualsReader {
  private readonly issues = new IssueList()
  private readonly warnings = new WarningList()
  private mode: 'start' | 'csv' | 'json' = 'start'
  private chars = 0
  private readonly json: string[] = []
  private readonly csv: CsvRecordStream
  private spec: FormatSpec | null = null
  private reader: RecordReader | null = null
  private fields: RowFields | null = null
  private rollup: Rollup | null = null
  private fatal: string | null = null
  private sourceRows = 0

  constructor(private readonly options: ActualsReadOptions) {
    this.csv = new CsvRecordStream(
      (cells, row) => this.header(cells, row),
      (cells, row) => this.record(cells, row),
    )
  }

  push(text: string): void {
    if (this.fatal) return
    this.chars += text.length
    if (this.chars > MAX_ACTUALS_BYTES) {
      this.fatal = `The file is larger than ${megabytes(MAX_ACTUALS_BYTES)}, the most an actuals import reads. Export fewer months at a time.`
      return
    }
    if (this.mode === 'start') {
      const first = text.replace(/^[\uFEFF\s]+/, '')[0]
      if (first === undefined) {
        this.json.push(text)
        return
      }
      this.mode = first === '{' || first === '[' ? 'json' : 'csv'
      if (this.mode === 'csv') {
        for (const earlier of this.json.splice(0)) this.csv.push(earlier)
      }
    }
    if (this.mode === 'json') {
      if (this.chars > MAX_ACTUALS_JSON_BYTES) {
        this.fatal = `The JSON file is larger than ${megabytes(MAX_ACTUALS_JSON_BYTES)}, the most read as one document. Export it in smaller date ranges, or as CSV.`
        return
      }
      this.json.push(text)
    } else this.csv.push(text)
  }

  rows(rows: readonly SheetRow[]): void {
    this.mode = 'csv'
    let headerSeen = false
    for (const r of rows) {
      if (this.fatal) return
      const cells = r.cells
      if (cells.every((c) => cellText(c).trim() === '')) continue
      if (!headerSeen) {
        headerSeen = true
        this.header(
          cells.map((c) => cellText(c).trim()),
          r.number,
        )
      } else this.record(cells, r.number)
    }
  }

  private context(spec: FormatSpec): ReadContext {
    const rollup = new Rollup(spec.format, this.issues)
    this.rollup = rollup
    this.spec = spec
    return {
      emit: (row: SourceRow) => rollup.add(row),
      cover: (scope, from, to) => rollup.cover(scope, from, to),
      issues: this.issues,
      warnings: this.warnings,
      options: this.options,
    }
  }

  private header(cells: string[], row: number): void {
    const names = new Set(cells.map(normaliseName).filter((n) => n !== ''))
    const format = this.options.format ?? (this.options.mapping ? 'mapped' : undefined)
    const forced = format ? specOf(format, 'records') : null
    const spec = forced ?? FORMAT_SPECS.find((s): s is RecordFormat => s.kind === 'records' && s.detect(names))
    if (!spec) {
      this.fatal = `Row ${row} does not name the columns of an export this app reads (${KNOWN}). Map its columns to read it as a generic CSV.`
      return
    }
    if (spec.kind !== 'records') {
      this.fatal = `A ${spec.label} is a JSON file, not a table.`
      return
    }
    this.startRecords(spec, names, cells)
    this.fields = new RowFields(cells)
  }

  private startRecords(spec: RecordFormat, names: ReadonlySet<string>, headers: readonly string[]): void {
    const started = spec.start(this.context(spec), names, headers)
    if ('missing' in started) {
      for (const m of started.missing)
        this.issues.add(
          null,
          m,
          `is a column a ${spec.label} needs`,
          `The file has no "${m}" column, which a ${spec.label} needs.`,
        )
      this.fatal = `The file is read as a ${spec.label} but lacks ${started.missing.length} column${started.missing.length > 1 ? 's' : ''} it needs.`
    } else this.reader = started
  }

  private record(cells: readonly (string | number)[], row: number): void {
    if (this.fatal || !this.reader || !this.fields) return
    if (++this.sourceRows > MAX_ACTUALS_SOURCE_ROWS) {
      this.fatal = `The file has more than ${MAX_ACTUALS_SOURCE_ROWS.toLocaleString('en-US')} rows, the most an actuals import reads. Export fewer months at a time.`
      return
    }
    if (cells.every((c) => c === '')) return
    this.fields.cells = cells
    this.reader.read(this.fields, row)
  }

  finish(): ActualsReadResult {
    if (this.mode === 'json' && !this.fatal) this.readJson()
    else if (!this.fatal) {
      this.csv.end()
      if (this.csv.error) this.fatal = this.csv.error
      else if (!this.spec) this.fatal = 'The file holds no rows: the first row must name the columns.'
    }
    this.reader?.finish?.()
    const lines = this.rollup && !this.fatal ? this.rollup.finish() : []
    if (this.fatal || this.issues.count > 0 || !this.spec || !this.rollup) return this.refusal()
    if (lines.length === 0) this.warnings.add('The file holds no charges to import.')
    return {
      ok: true,
      format: this.spec.format,
      label: this.spec.label,
      grade: this.spec.grade,
      detected: this.options.format === undefined,
      lines,
      coverage: this.rollup.coverage(),
      currencies: currenciesByMonth(lines),
      models: modelsSeen(lines),
      sourceRows: this.sourceRows || this.rollup.rowsAdded,
      warnings: this.warnings.listed,
    }
  }

  private readJson(): void {
    this.issues.rowName = 'Record'
    const doc = readJsonDocument(this.json.join(''))
    this.json.length = 0
    if (!doc.ok) {
      this.fatal = doc.message
      return
    }
    const forced = this.options.format ? specOf(this.options.format, 'document') : null
    const documentSpec = forced ?? FORMAT_SPECS.find((s) => s.kind === 'document' && s.detect(doc.value))
    if (documentSpec?.kind === 'document') {
      documentSpec.read(doc.value, this.context(documentSpec))
      return
    }
    const records = doc.records
    if (records === null) {
      this.fatal = `The JSON is not an export this app reads (${KNOWN}).`
      return
    }
    const headers = [...new Set(records.slice(0, 20).flatMap((r) => Object.keys(r)))]
    const names = new Set(headers.map(normaliseName))
    const spec = documentSpec ?? FORMAT_SPECS.find((s): s is RecordFormat => s.kind === 'records' && s.detect(names))
    if (!spec || spec.kind !== 'records') {
      this.fatal = `The JSON records are not of an export this app reads (${KNOWN}).`
      return
    }
    this.startRecords(spec, names, headers)
    const reader = this.reader as RecordReader | null
    if (!reader) return
    records.forEach((r, i) => {
      if (++this.sourceRows <= MAX_ACTUALS_SOURCE_ROWS) reader.read(new ObjectFields(r), i + 1)
    })
    if (this.sourceRows > MAX_ACTUALS_SOURCE_ROWS)
      this.fatal = `The file has more than ${MAX_ACTUALS_SOURCE_ROWS.toLocaleString('en-US')} records, the most an actuals import reads.`
  }

  private refusal(): ActualsRefusal {
    const count = this.issues.count
    const message =
      this.fatal ??
      `Nothing can be imported from this file: ${count} problem${count === 1 ? '' : 's'} to fix first${count > this.issues.listed.length ? ` (the first ${this.issues.listed.length} are listed)` : ''}.`
    return {
      ok: false,
      format: this.spec?.format ?? null,
      message,
      issues: this.issues.listed,
      issueCount: count,
      warnings: this.warnings.listed,
    }
  }
}
