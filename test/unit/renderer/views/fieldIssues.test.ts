import { describe, expect, it } from 'vitest'
import type { ApiError } from '../../../../shared/api/result'
import { fieldMessage } from '../../../../renderer/src/features/initiativeDetail/fieldIssues'

const issue = (field: string, rule: string) => ({ path: [], field, entity: '', rule, message: `${field} ${rule}` })
const refusal = (...issues: ReturnType<typeof issue>[]): ApiError => ({
  code: 'validation',
  message: 'whole message',
  issues,
})

describe('field messages from API refusals', () => {
  it('shows the rule of the issue naming the field, however the API prefixed it', () => {
    expect(
      fieldMessage(
        refusal(issue('governance.timeHorizonMonths', 'must be a whole number')),
        'governance.timeHorizonMonths',
      ),
    ).toBe('must be a whole number')
    expect(
      fieldMessage(refusal(issue('patch.discountRateAnnual', 'must be between 0% and 100%')), 'discountRateAnnual'),
    ).toBe('must be between 0% and 100%')
    expect(
      fieldMessage(refusal(issue('usage.modelMix.1.share', 'must be between 0% and 100%')), 'usage.modelMix'),
    ).toBe('must be between 0% and 100%')
  })

  it('falls back to the whole message when no issue names the field', () => {
    expect(fieldMessage(refusal(issue('usage.launchMonth', 'must fall within the horizon')), 'horizonMonths')).toBe(
      'whole message',
    )
    expect(fieldMessage({ code: 'internal', message: 'server unreachable' }, 'name')).toBe('server unreachable')
  })
})
