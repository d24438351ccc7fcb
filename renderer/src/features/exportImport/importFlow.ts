import type { ColumnMapping, ImportIssue, ImportPreview } from '../../../../shared/api/methods/imports'

/** A chosen file as the import API takes it: the name decides the format, the bytes travel as base64. */
export interface ImportSource {
  fileName: string
  contentBase64: string
}

export type ImportFileKind = 'sheet' | 'portfolio' | 'unknown'

/** CSV and XLSX add initiatives; a JSON file is a whole portfolio (opened as a new file). */
export function importKindOf(fileName: string): ImportFileKind {
  const ext = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1] ?? ''
  if (ext === 'csv' || ext === 'txt' || ext === 'xlsx') return 'sheet'
  if (ext === 'json') return 'portfolio'
  return 'unknown'
}

/**
 * Maps column `index` to `field` (null ignores the column). A field is filled from one column
 * only, so a column that held it before is set to ignored.
 */
export function remap(mapping: ColumnMapping, index: number, field: string | null): ColumnMapping {
  return mapping.map((f, i) => (i === index ? field : field !== null && f === field ? null : f))
}

export type ColumnStatus = 'matched' | 'changed' | 'ignored'

/** How a column's field came about: the automatic match, the person's choice, or not imported. */
export function columnStatus(preview: ImportPreview, mapping: ColumnMapping, index: number): ColumnStatus {
  const field = mapping[index] ?? null
  if (field === null) return 'ignored'
  return field === (preview.suggestedMapping[index] ?? null) ? 'matched' : 'changed'
}

/**
 * The column an issue points at: its own column, else the column mapped to its field (a rule
 * across fields names the field). Null for a file-level issue or a field no column fills.
 */
export function issueColumn(issue: ImportIssue, mapping: ColumnMapping): number | null {
  if (issue.column !== null) return issue.column
  if (issue.field === '') return null
  const i = mapping.indexOf(issue.field)
  return i < 0 ? null : i
}

/** A row's issues by column index, for marking the cells; issues no column owns are under -1. */
export function issuesByColumn(issues: readonly ImportIssue[], mapping: ColumnMapping): Map<number, ImportIssue[]> {
  const byColumn = new Map<number, ImportIssue[]>()
  for (const issue of issues) {
    const column = issueColumn(issue, mapping) ?? -1
    byColumn.set(column, [...(byColumn.get(column) ?? []), issue])
  }
  return byColumn
}

/** Problems of the file as a whole (a missing required column, too many rows...). */
export const fileIssues = (preview: ImportPreview): ImportIssue[] => preview.issues.filter((i) => i.row === null)

/**
 * Why the import cannot be applied yet, or null when it can. All or nothing: one bad row
 * blocks every row, so the person fixes the file or the mapping first.
 */
export function applyBlocker(preview: ImportPreview): string | null {
  const file = fileIssues(preview)
  if (file.length > 0) return file[0]?.message ?? 'The file has a problem.'
  if (preview.counts.rows === 0) return 'The file has no data rows to import.'
  const { invalid, issues } = preview.counts
  if (invalid > 0)
    return `${String(invalid)} row${invalid === 1 ? ' has' : 's have'} ${String(issues)} problem${issues === 1 ? '' : 's'}. Nothing is imported until every row is valid: fix the file or the column mapping.`
  return null
}

/** The columns the preview table shows: the mapped ones, in file order. */
export const mappedColumns = (mapping: ColumnMapping): number[] =>
  mapping.flatMap((field, i) => (field === null ? [] : [i]))

/**
 * The name proposed for a JSON portfolio where no dialog can ask (browser mode): the JSON file's
 * name; the server keeps it as `<name>.aiportfolio` in the app's user-data folder.
 */
export function proposedPortfolioName(jsonName: string): string {
  return jsonName.replace(/\.json$/i, '').trim() || 'Imported portfolio'
}
