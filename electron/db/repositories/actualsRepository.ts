import type { ActualsFormat } from '../../../shared/actuals/line'
import type { ActualsImportRecord } from '../../../shared/actuals/results'
import {
  ActualAmount,
  AttributionRule,
  MeasuredOutcome,
  StoredActualLine,
  type ActualAmount as Amount,
  type MeasuredOutcome as Outcome,
} from '../../../shared/actuals/stored'
import type { Db } from '../connection'

/** A stored line with its row id (what an import marks as replaced). */
export interface StoredRow {
  id: number
  line: StoredActualLine
}

export interface MonthSpan {
  firstMonth?: string | undefined
  lastMonth?: string | undefined
}

interface LineRow {
  id: number
  data: string
}

interface ImportRow {
  id: string
  format: ActualsFormat
  file_name: string
  imported_at: string
  active: number
  lines: number
  replaced_lines: number
}

/** A line counts while its import is active and no active import replaced it. */
const VISIBLE = `
  FROM actual_lines l
  JOIN actual_imports i ON i.id = l.import_id AND i.active = 1
  LEFT JOIN actual_imports r ON r.id = l.replaced_by
  WHERE (r.id IS NULL OR r.active = 0)`

const SPAN = `AND (@firstMonth IS NULL OR l.month >= @firstMonth) AND (@lastMonth IS NULL OR l.month <= @lastMonth)`

const span = (s: MonthSpan) => ({ firstMonth: s.firstMonth ?? null, lastMonth: s.lastMonth ?? null })

const toRecord = (r: ImportRow): ActualsImportRecord => ({
  importId: r.id,
  format: r.format,
  fileName: r.file_name,
  importedAt: r.imported_at,
  lines: r.lines,
  replacedLines: r.replaced_lines,
  active: r.active === 1,
})

/**
 * The actuals of one portfolio file: imports and their lines, rules, non-token amounts and outcomes.
 * Every row read is checked against its schema (a file edited by hand cannot slip a NaN through);
 * writes happen inside PortfolioFile.write, the one write transaction.
 */
export class ActualsRepository {
  private readonly visibleStmt
  private readonly visiblePageStmt
  private readonly visibleCountStmt
  private readonly scopeStmt
  private readonly insertImportStmt
  private readonly nextSeqStmt
  private readonly insertLineStmt
  private readonly replaceStmt
  private readonly importsStmt
  private readonly importStmt
  private readonly setActiveStmt
  private readonly purgeStmt
  private readonly laterReplacedStmt
  private readonly rulesStmt
  private readonly deleteRulesStmt
  private readonly insertRuleStmt
  private readonly amountsStmt
  private readonly amountStmt
  private readonly putAmountStmt
  private readonly deleteAmountStmt
  private readonly amountCountStmt
  private readonly outcomesStmt
  private readonly outcomeStmt
  private readonly putOutcomeStmt
  private readonly deleteOutcomeStmt
  private readonly outcomeCountStmt

  constructor(db: Db) {
    this.visibleStmt = db.prepare<Record<string, string | null>, LineRow>(
      `SELECT l.id, l.data ${VISIBLE} ${SPAN} ORDER BY l.month, l.provider, l.model, l.line_key`,
    )
    this.visiblePageStmt = db.prepare<Record<string, string | number | null>, LineRow>(
      `SELECT l.id, l.data ${VISIBLE} ${SPAN} AND (@format IS NULL OR l.format = @format)
       ORDER BY l.month, l.provider, l.model, l.line_key LIMIT @limit OFFSET @offset`,
    )
    this.visibleCountStmt = db.prepare<Record<string, string | null>, { n: number }>(
      `SELECT count(*) AS n ${VISIBLE} ${SPAN} AND (@format IS NULL OR l.format = @format)`,
    )
    this.scopeStmt = db.prepare<[string, string], LineRow>(
      `SELECT l.id, l.data ${VISIBLE} AND l.format = ? AND l.scope = ?`,
    )
    this.nextSeqStmt = db.prepare<[], { seq: number }>('SELECT coalesce(max(seq), 0) + 1 AS seq FROM actual_imports')
    this.insertImportStmt = db.prepare(
      `INSERT INTO actual_imports (id, seq, format, file_name, imported_at, active, lines, replaced_lines)
       VALUES (@importId, @seq, @format, @fileName, @importedAt, 1, @lines, @replacedLines)`,
    )
    this.insertLineStmt = db.prepare(
      `INSERT INTO actual_lines (import_id, line_key, format, scope, month, provider, model, data)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    this.replaceStmt = db.prepare<[string, number]>('UPDATE actual_lines SET replaced_by = ? WHERE id = ?')
    this.importsStmt = db.prepare<[], ImportRow>('SELECT * FROM actual_imports ORDER BY seq DESC')
    this.importStmt = db.prepare<[string], ImportRow>('SELECT * FROM actual_imports WHERE id = ?')
    this.setActiveStmt = db.prepare<[number, string]>('UPDATE actual_imports SET active = ? WHERE id = ?')
    this.purgeStmt = db.prepare('DELETE FROM actual_imports WHERE active = 0')
    // Lines of this import that a later, active import replaced: undoing this one first would count days twice.
    this.laterReplacedStmt = db.prepare<[string], { n: number }>(
      `SELECT count(*) AS n FROM actual_lines l JOIN actual_imports r ON r.id = l.replaced_by AND r.active = 1
       WHERE l.import_id = ?`,
    )
    this.rulesStmt = db.prepare<[], { data: string }>('SELECT data FROM actual_rules ORDER BY position')
    this.deleteRulesStmt = db.prepare('DELETE FROM actual_rules')
    this.insertRuleStmt = db.prepare<[number, string]>('INSERT INTO actual_rules (position, data) VALUES (?, ?)')
    this.amountsStmt = db.prepare<Record<string, string | null>, Record<string, unknown>>(
      `SELECT initiative_id AS initiativeId, month, driver, amount, source FROM actual_amounts l
       WHERE 1 = 1 ${SPAN} ORDER BY month, initiative_id, driver`,
    )
    this.amountStmt = db.prepare<[string, string, string], Record<string, unknown>>(
      `SELECT initiative_id AS initiativeId, month, driver, amount, source FROM actual_amounts
       WHERE initiative_id = ? AND month = ? AND driver = ?`,
    )
    this.putAmountStmt = db.prepare(
      `INSERT INTO actual_amounts (initiative_id, month, driver, amount, source) VALUES (@initiativeId, @month, @driver, @amount, @source)
       ON CONFLICT (initiative_id, month, driver) DO UPDATE SET amount = excluded.amount, source = excluded.source`,
    )
    this.deleteAmountStmt = db.prepare<[string, string, string]>(
      'DELETE FROM actual_amounts WHERE initiative_id = ? AND month = ? AND driver = ?',
    )
    this.amountCountStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM actual_amounts')
    this.outcomesStmt = db.prepare<Record<string, string | null>, { data: string }>(
      `SELECT data FROM actual_outcomes l WHERE 1 = 1 ${SPAN} ORDER BY month, initiative_id`,
    )
    this.outcomeStmt = db.prepare<[string, string], { data: string }>(
      'SELECT data FROM actual_outcomes WHERE initiative_id = ? AND month = ?',
    )
    this.putOutcomeStmt = db.prepare<[string, string, string]>(
      `INSERT INTO actual_outcomes (initiative_id, month, data) VALUES (?, ?, ?)
       ON CONFLICT (initiative_id, month) DO UPDATE SET data = excluded.data`,
    )
    this.deleteOutcomeStmt = db.prepare<[string, string]>(
      'DELETE FROM actual_outcomes WHERE initiative_id = ? AND month = ?',
    )
    this.outcomeCountStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM actual_outcomes')
  }

  /** Every line that counts now, oldest month first. */
  lines(s: MonthSpan = {}): StoredRow[] {
    return this.visibleStmt.all(span(s)).map((r) => ({ id: r.id, line: StoredActualLine.parse(JSON.parse(r.data)) }))
  }

  page(s: MonthSpan & { format?: ActualsFormat | undefined; offset: number; limit: number }): {
    lines: StoredActualLine[]
    total: number
  } {
    const params = { ...span(s), format: s.format ?? null }
    const rows = this.visiblePageStmt.all({ ...params, limit: s.limit, offset: s.offset })
    return {
      lines: rows.map((r) => StoredActualLine.parse(JSON.parse(r.data))),
      total: this.visibleCountStmt.get(params)?.n ?? 0,
    }
  }

  countLines(): number {
    return this.visibleCountStmt.get({ ...span({}), format: null })?.n ?? 0
  }

  /** The lines that count now of one format and scope (what an import of that source may replace). */
  linesOfScope(format: ActualsFormat, scope: string): StoredRow[] {
    return this.scopeStmt
      .all(format, scope)
      .map((r) => ({ id: r.id, line: StoredActualLine.parse(JSON.parse(r.data)) }))
  }

  /**
   * Records an import: its lines added, the rows it replaces marked as replaced by it. Imports undone
   * before it are dropped first (their redo is no longer possible once a new import is made).
   */
  addImport(record: ActualsImportRecord, lines: readonly StoredActualLine[], replacedRowIds: readonly number[]): void {
    this.purgeStmt.run()
    const seq = this.nextSeqStmt.get()?.seq ?? 1
    this.insertImportStmt.run({ ...record, seq })
    for (const l of lines)
      this.insertLineStmt.run(
        record.importId,
        l.lineage.lineKey,
        l.lineage.format,
        l.lineage.scope,
        l.month,
        l.provider,
        l.model,
        JSON.stringify(l),
      )
    for (const id of replacedRowIds) this.replaceStmt.run(record.importId, id)
  }

  imports(): ActualsImportRecord[] {
    return this.importsStmt.all().map(toRecord)
  }

  importRecord(importId: string): ActualsImportRecord | null {
    const row = this.importStmt.get(importId)
    return row ? toRecord(row) : null
  }

  /** How many of the import's lines a later active import replaced (0: it can be undone on its own). */
  replacedLater(importId: string): number {
    return this.laterReplacedStmt.get(importId)?.n ?? 0
  }

  setActive(importId: string, active: boolean): void {
    this.setActiveStmt.run(active ? 1 : 0, importId)
  }

  rules(): AttributionRule[] {
    return this.rulesStmt.all().map((r) => AttributionRule.parse(JSON.parse(r.data)))
  }

  replaceRules(rules: readonly AttributionRule[]): void {
    this.deleteRulesStmt.run()
    rules.forEach((r, i) => this.insertRuleStmt.run(i, JSON.stringify(r)))
  }

  amounts(s: MonthSpan = {}): Amount[] {
    return this.amountsStmt.all(span(s)).map((r) => ActualAmount.parse(r))
  }

  amount(initiativeId: string, month: string, driver: string): Amount | null {
    const row = this.amountStmt.get(initiativeId, month, driver)
    return row ? ActualAmount.parse(row) : null
  }

  putAmount(a: Amount): void {
    this.putAmountStmt.run(a)
  }

  deleteAmount(initiativeId: string, month: string, driver: string): void {
    this.deleteAmountStmt.run(initiativeId, month, driver)
  }

  countAmounts(): number {
    return this.amountCountStmt.get()?.n ?? 0
  }

  outcomes(s: MonthSpan = {}): Outcome[] {
    return this.outcomesStmt.all(span(s)).map((r) => MeasuredOutcome.parse(JSON.parse(r.data)))
  }

  outcome(initiativeId: string, month: string): Outcome | null {
    const row = this.outcomeStmt.get(initiativeId, month)
    return row ? MeasuredOutcome.parse(JSON.parse(row.data)) : null
  }

  putOutcome(o: Outcome): void {
    this.putOutcomeStmt.run(o.initiativeId, o.month, JSON.stringify(o))
  }

  deleteOutcome(initiativeId: string, month: string): void {
    this.deleteOutcomeStmt.run(initiativeId, month)
  }

  countOutcomes(): number {
    return this.outcomeCountStmt.get()?.n ?? 0
  }
}
