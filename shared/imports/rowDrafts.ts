import type { ColumnMapping, ImportIssue } from './previewSchema'
import { Initiative } from '../model/initiative'
import { initiativeContextIssues } from '../model/portfolio'
import { blankInitiative } from '../model/blankInitiative'
import { cellValue, type CellContext } from './cellValue'
import { FIELD_BY_ID, IMPORT_FIELDS } from './fields'
import { modelFinder } from './modelNames'
import { cellText, type Table } from './table'

export interface DraftContext extends CellContext {
  horizonMonths: number
  /** Ids of the portfolio's initiatives: an imported id must not clash with them. */
  existingIds: ReadonlySet<string>
  /** A fresh initiative id for a row without one (the caller's clock/randomness, not the engine's). */
  newId: () => string
}

export interface RowResult {
  row: number
  /** The initiative when the row passes every rule. */
  initiative: Initiative | null
  name: string
  issues: ImportIssue[]
}

const labelOf = (fieldId: string): string => FIELD_BY_ID.get(fieldId)?.label ?? fieldId

/** Field ids longest first, so the issue path usage.modelMix.0.modelId names "Model mix". */
const FIELDS_LONGEST_FIRST = [...IMPORT_FIELDS].map((f) => f.id).sort((a, b) => b.length - a.length)

function fieldOfPath(path: readonly (string | number)[]): string {
  const dotted = path.join('.')
  return FIELDS_LONGEST_FIRST.find((id) => dotted === id || dotted.startsWith(`${id}.`)) ?? dotted
}

/** Rules phrased to follow the field's name ("must be…"); others (a rule across fields) follow a colon. */
const FOLLOWS_NAME = /^(must|may|is|cannot|should)\b/

function rowIssue(row: number, column: number | null, field: string, rule: string): ImportIssue {
  const joint = FOLLOWS_NAME.test(rule) ? ' ' : ': '
  return { row, column, field, rule, message: `Row ${row}: ${labelOf(field)}${joint}${rule}` }
}

/** Sets a field by its id's segments. Ids come from IMPORT_FIELDS only, never from the file. */
function setField(target: Record<string, unknown>, fieldId: string, value: unknown): void {
  const segments = fieldId.split('.')
  const last = segments.pop() ?? fieldId
  let at = target
  for (const s of segments) at = at[s] as Record<string, unknown>
  at[last] = value
}

const quoted = (text: string): string => `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`

/**
 * Turns each data row into an initiative: a blank initiative, then each mapped non-empty cell read by
 * its field's kind, then every rule of the model (the Initiative schema and the rules needing the
 * portfolio: horizon, price book) and unique ids. Issues name the row, the field and the rule.
 */
export function convertRows(table: Table, mapping: ColumnMapping, ctx: DraftContext): RowResult[] {
  const defaultModel = ctx.priceBook[0]?.id ?? ''
  const reader = { startMonth: ctx.startMonth, findModel: modelFinder(ctx.priceBook, ctx.modelChoices) }
  const modelIds = new Set(ctx.priceBook.map((m) => m.id))
  const seenIds = new Map<string, number>()
  const columnOf = new Map<string, number>()
  mapping.forEach((id, i) => id !== null && columnOf.set(id, i))
  return table.rows.map((sheetRow) => {
    const row = sheetRow.number
    const issues: ImportIssue[] = []
    const draft = blankInitiative('', defaultModel) as unknown as Record<string, unknown>
    mapping.forEach((fieldId, column) => {
      if (fieldId === null) return
      const field = FIELD_BY_ID.get(fieldId)
      const cell = sheetRow.cells[column]
      if (!field || cell === undefined || cellText(cell).trim() === '') return
      const read = cellValue(field.kind, cell, reader)
      if (read.ok) setField(draft, fieldId, read.value)
      else {
        const found = quoted(cellText(cell).trim())
        issues.push(
          rowIssue(row, column, fieldId, read.rule.includes(found) ? read.rule : `${read.rule} (found ${found})`),
        )
      }
    })
    if (draft.id === '') draft.id = ctx.newId()
    const name = typeof draft.name === 'string' ? draft.name : ''
    const checked = Initiative.safeParse(draft)
    if (!checked.success) {
      // A rule across fields (code 'custom', e.g. cache hit plus write rate) computed from a value already
      // refused, or from a default standing in for an unreadable cell, only repeats that problem.
      const own = checked.error.issues.filter((i) => i.code !== 'custom')
      const reported = issues.length > 0 || own.length > 0 ? own : checked.error.issues
      for (const i of reported) {
        const fieldId = fieldOfPath(i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)))
        // A cell that could not be read already has its issue; the blank default under it says nothing new.
        if (issues.some((x) => x.field === fieldId)) continue
        const column = columnOf.get(fieldId)
        const cell = column === undefined ? '' : cellText(sheetRow.cells[column]).trim()
        issues.push(
          rowIssue(row, column ?? null, fieldId, cell === '' ? i.message : `${i.message} (found ${quoted(cell)})`),
        )
      }
      return { row, initiative: null, name, issues }
    }
    const initiative = checked.data
    for (const i of initiativeContextIssues(initiative, ctx.horizonMonths, modelIds)) {
      const fieldId = fieldOfPath(i.path)
      issues.push(rowIssue(row, columnOf.get(fieldId) ?? null, fieldId, i.message))
    }
    const earlier = seenIds.get(initiative.id)
    if (ctx.existingIds.has(initiative.id)) {
      issues.push(
        rowIssue(
          row,
          columnOf.get('id') ?? null,
          'id',
          `must be unique ("${initiative.id}" is already an initiative of the portfolio)`,
        ),
      )
    } else if (earlier !== undefined) {
      issues.push(
        rowIssue(
          row,
          columnOf.get('id') ?? null,
          'id',
          `must be unique ("${initiative.id}" is also the id of row ${earlier})`,
        ),
      )
    }
    seenIds.set(initiative.id, row)
    return { row, initiative: issues.length === 0 ? initiative : null, name, issues }
  })
}
