import type { ApiErrorCode } from '../../shared/api/result'
import type { ValidationIssue } from '../../shared/model/validation'

/** A typed refusal a handler throws; the dispatcher turns it into { ok: false, error }. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly issues?: ValidationIssue[],
  ) {
    super(message)
    this.name = 'ApiFailure'
  }
}

/** A validation failure whose message names the first problems; every issue travels in `issues`. */
export function invalid(issues: ValidationIssue[]): ApiFailure {
  const shown = issues.slice(0, 3).map((i) => i.message)
  const more = issues.length > shown.length ? ` (and ${issues.length - shown.length} more)` : ''
  return new ApiFailure('validation', `${shown.join('; ')}${more}`, issues)
}

/** Lists names for a message: the first few, then how many more. */
export function nameList(names: readonly string[], max = 5): string {
  const quoted = names.slice(0, max).map((n) => `"${n}"`)
  const more = names.length > max ? ` and ${names.length - max} more` : ''
  return `${quoted.join(', ')}${more}`
}
