import type { ApiError } from '../../../../shared/api/result'
import type { ValidationIssue } from '../../../../shared/model/validation'

/**
 * Whether an issue names this field. Handlers name fields within their entity ('monthlyCost');
 * the contract's parameter check names them within the call's params ('patch.discountRateAnnual',
 * 'pool.monthlyCost'); a rule on a nested part names a deeper path ('usage.modelMix.1.share').
 */
function namesField(issue: ValidationIssue, field: string): boolean {
  const f = issue.field
  return f === field || f.endsWith(`.${field}`) || f.startsWith(`${field}.`) || f.includes(`.${field}.`)
}

/**
 * The message to show next to one field after the API refused a save: the rule of the issue
 * naming that field, else the whole message, so a refusal is never silent.
 */
export function fieldMessage(error: ApiError, field: string): string {
  const issue = error.issues?.find((i) => namesField(i, field))
  return issue ? issue.rule : error.message
}
