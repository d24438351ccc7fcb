import type { ApiError } from '../../../../shared/api/result'

/**
 * The API's refusal of a scenario, split for display: messages for lever `i` name the field and
 * the rule ("timing.toMonth must come after the first month of the curve"); the rest (name,
 * description, a failure with no field) are the scenario's own.
 */
export function leverMessages(error: ApiError | null, index: number): string[] {
  if (!error?.issues) return []
  return error.issues.filter((x) => x.path[0] === 'levers' && x.path[1] === index).map((x) => `${x.field} ${x.rule}`)
}

export function scenarioMessages(error: ApiError | null): string[] {
  if (!error) return []
  if (!error.issues || error.issues.length === 0) return [error.message]
  return error.issues.filter((x) => x.path[0] !== 'levers' || typeof x.path[1] !== 'number').map((x) => x.message)
}
