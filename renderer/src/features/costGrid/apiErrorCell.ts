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
 * [initiative id, ...field segments]. The message names the initiative, the column and the rule.
 */
export function cellErrorFromApi(
  error: ApiError,
  edits: readonly FieldEdit[],
  nameOf: (id: string) => string,
): CellError {
  const issue = error.issues?.[0]
  const more = (error.issues?.length ?? 0) > 1 ? ` (and ${(error.issues?.length ?? 1) - 1} more)` : ''
  const fallbackEdit = edits[0]
  if (issue && issue.path.length > 1) {
    const rowId = String(issue.path[0])
    const colId = columnFor(issue.path.slice(1).join('.'))
    if (colId) {
      const header = INPUT_COLUMNS_BY_ID.get(colId)?.header ?? colId
      return { rowId, colId, message: `“${nameOf(rowId)}” · ${header} ${issue.rule}${more}. Nothing was changed.` }
    }
  }
  return {
    rowId: fallbackEdit?.id ?? '',
    colId: fallbackEdit?.field ?? '',
    message: `${issue?.message ?? error.message}${more}. Nothing was changed.`,
  }
}
