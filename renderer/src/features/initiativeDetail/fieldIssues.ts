import type { ApiError } from '../../../../shared/api/result'

/**
 * The message to show next to one field after the API refused a save: the rule of the issue
 * naming that field (or a field inside it), else the whole message, so a refusal is never silent.
 */
export function fieldMessage(error: ApiError, field: string): string {
  const issue = error.issues?.find((i) => i.field === field || i.field.startsWith(`${field}.`))
  return issue ? issue.rule : error.message
}
