import type { ColumnMapping, ImportIssue, ImportPreview } from './previewSchema'
import type { Initiative } from '../model/initiative'
import { IMPORT_FIELDS, publicField } from './fields'
import { checkMapping, suggestMapping } from './headerMatch'
import { MAX_IMPORT_ROWS, MAX_LISTED_ISSUES, PREVIEW_ROWS } from './limits'
import { convertRows, type DraftContext } from './rowDrafts'
import { cellText, type Table } from './table'
import { noUsageNotes } from './usageNotes'
import { modelFinder, unmatchedModels } from './modelNames'

export interface SheetInfo {
  format: ImportPreview['format']
  sheets: string[]
  sheet: string | null
}

export interface PlanContext extends DraftContext {
  /** Initiatives in the portfolio now: with the imported ones they must not pass the portfolio's limit. */
  existingCount: number
}

export interface ImportPlan {
  preview: ImportPreview
  /** The initiatives to create, in row order; empty unless every row and the file passed. */
  initiatives: Initiative[]
  /** Every issue (file, then rows), uncapped: an apply refuses with all of them. */
  allIssues: ImportIssue[]
}

const fileIssue = (column: number | null, field: string, rule: string, message: string): ImportIssue => ({
  row: null,
  column,
  field,
  rule,
  message,
})

/**
 * Checks a table against a mapping (the suggested one when none is given) and every rule of the
 * model, and says what an apply would create. Pure: the same plan backs the preview and the apply,
 * so what the person saw is what is written.
 */
export function planImport(
  table: Table,
  info: SheetInfo,
  mapping: ColumnMapping | undefined,
  ctx: PlanContext,
): ImportPlan {
  const suggestedMapping = suggestMapping(table.headers)
  const checked = checkMapping(table.headers, mapping ?? suggestedMapping)
  const warnings = [...checked.warnings]
  if (table.blankRows > 0)
    warnings.push(`${table.blankRows} blank row${table.blankRows > 1 ? 's were' : ' was'} skipped.`)
  const extra = table.rows.filter((r) => r.cells.slice(table.headers.length).some((c) => cellText(c).trim() !== ''))
  if (extra.length > 0)
    warnings.push(
      `${extra.length} row${extra.length > 1 ? 's have' : ' has'} cells beyond the last named column; they are not imported.`,
    )

  const fileIssues = checked.problems.map((p) => fileIssue(p.column, p.field, p.rule, p.message))
  if (ctx.existingCount + table.rows.length > MAX_IMPORT_ROWS) {
    fileIssues.push(
      fileIssue(
        null,
        '',
        'too many initiatives',
        `The portfolio has ${ctx.existingCount.toLocaleString('en-US')} initiatives; adding ${table.rows.length.toLocaleString('en-US')} would pass the limit of ${MAX_IMPORT_ROWS.toLocaleString('en-US')}.`,
      ),
    )
  }
  if (table.rows.length === 0)
    fileIssues.push(fileIssue(null, '', 'no data rows', 'The file has a header row but no data rows under it.'))

  const rows = convertRows(table, checked.mapping, ctx)
  warnings.push(...noUsageNotes(rows))
  const mixColumn = checked.mapping.indexOf('usage.modelMix')
  // Listed against the price book alone, so a name keeps its place in the dialog once mapped.
  const unmatched =
    mixColumn < 0
      ? []
      : unmatchedModels(
          table.rows.map((r) => ({ row: r.number, text: cellText(r.cells[mixColumn]) })),
          modelFinder(ctx.priceBook),
        )
  const rowIssues = rows.flatMap((r) => r.issues)
  const allIssues = [...fileIssues, ...rowIssues]
  const invalid = rows.filter((r) => r.issues.length > 0).length
  const initiatives = allIssues.length === 0 ? rows.flatMap((r) => (r.initiative ? [r.initiative] : [])) : []
  const width = table.headers.length
  const preview: ImportPreview = {
    ...info,
    headers: table.headers,
    suggestedMapping,
    mapping: checked.mapping,
    fields: IMPORT_FIELDS.map(publicField),
    rows: rows.slice(0, PREVIEW_ROWS).map((r, i) => ({
      row: r.row,
      values: Array.from({ length: width }, (_, c) => cellText(table.rows[i]?.cells[c])),
      name: r.name,
      issues: r.issues,
    })),
    issues: allIssues.slice(0, MAX_LISTED_ISSUES),
    warnings,
    unmatchedModels: unmatched.map((u) => ({ name: u.name, rows: u.rows.slice(0, 20), rowCount: u.rows.length })),
    counts: { rows: rows.length, valid: rows.length - invalid, invalid, issues: allIssues.length },
  }
  return { preview, initiatives, allIssues }
}
