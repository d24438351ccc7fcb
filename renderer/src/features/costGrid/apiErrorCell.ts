import type { FieldEdit } from '../../../../shared/api/contract'
import type { ApiError } from '../../../../shared/api/result'
import { INPUT_COLUMNS_BY_ID } from './columnSpecs'
import type { CellError } from './costGridSlice'

/** The column showing `field`, or the column of its nearest parent ('usage.modelMix.0.share' -> model mix). */
function columnFor(field: string): string | null {
  const parts = field.split('.')
  for (let n = parts.length; n > 0; n--) {
    const id = parts.slice(0, n).join('.')
    if (INPUT_COLUMNS_BY_ID.has(id)) return id
  }
  return null
}

/**
 * Puts the API's refusal at the cell it concerns: issue paths of an edit are
 * [initiative id, ...field segments]. The message names the initiative, the column and the rule of
 * every issue, one a line (a value can break more than one rule), then says nothing was changed.
 */
export function cellErrorFromApi(
  error: ApiError,
  edits: readonly FieldEdit[],
  nameOf: (id: string) => string,
): CellError {
  const issues = error.issues ?? []
  const lines = issues.map((issue) => {
    const rowId = issue.path.length > 1 ? String(issue.path[0]) : null
    const colId = rowId === null ? null : columnFor(issue.path.slice(1).join('.'))
    const header = colId ? (INPUT_COLUMNS_BY_ID.get(colId)?.header ?? colId) : null
    return rowId !== null && header !== null ? `“${nameOf(rowId)}” · ${header} ${issue.rule}` : issue.message
  })
  const first = issues[0]
  const firstRow = first && first.path.length > 1 ? String(first.path[0]) : null
  const firstCol = firstRow === null || !first ? null : columnFor(first.path.slice(1).join('.'))
  const fallbackEdit = edits[0]
  return {
    rowId: firstCol ? (firstRow ?? '') : (fallbackEdit?.id ?? ''),
    colId: firstCol ?? fallbackEdit?.field ?? '',
    message: [...(lines.length > 0 ? lines : [error.message]), 'Nothing was changed.'].join('\n'),
  }
}
