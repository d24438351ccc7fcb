import { describe, expect, it } from 'vitest'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { parsePortfolioJson, serializePortfolio } from '../../../shared/format'
import type { Initiative, Portfolio } from '../../../shared/model'
import type { ValidationIssue } from '../../../shared/model/validation'

/** The sample with one edit to its first initiative (Support deflection assistant), read back from JSON. */
function issuesAfter(edit: (init: Initiative, p: Portfolio) => void): ValidationIssue[] {
  const p = samplePortfolio()
  const init = p.initiatives[0]
  if (!init) throw new Error('sample has no initiatives')
  edit(init, p)
  const r = parsePortfolioJson(serializePortfolio(p))
  if (r.ok) throw new Error('expected validation issues')
  return r.issues
}

const entity = 'Initiative "Support deflection assistant"'

describe('validation messages name the initiative, the field and the rule', () => {
  it('negative users', () => {
    const issues = issuesAfter((i) => (i.usage.targetUsers = -5))
    expect(issues).toEqual([
      expect.objectContaining({ entity, field: 'usage.targetUsers', rule: 'must be zero or more' }),
    ])
    expect(issues[0]?.message).toBe(`${entity}: usage.targetUsers must be zero or more`)
  })

  it('model mix not summing to 100%', () => {
    const issues = issuesAfter((i) => {
      const second = i.usage.modelMix[1]
      if (second) second.share = 0.2
    })
    expect(issues).toEqual([
      expect.objectContaining({
        entity,
        field: 'usage.modelMix',
        rule: 'shares must sum to 100% (they sum to 90.0000%)',
      }),
    ])
  })

  it('cache hit rate of 140%', () => {
    const issues = issuesAfter((i) => (i.usage.cacheHitRate = 1.4))
    expect(issues.map((x) => [x.entity, x.field, x.rule])).toEqual([
      [entity, 'usage.cacheHitRate', 'must be between 0% and 100%'],
      [entity, 'usage.cacheWriteRate', 'cache hit rate plus cache write rate must not exceed 100%'],
    ])
  })

  it('unknown model id', () => {
    const issues = issuesAfter((i) => {
      const first = i.usage.modelMix[0]
      if (first) first.modelId = 'openai:gpt-9'
    })
    expect(issues).toEqual([
      expect.objectContaining({
        entity,
        field: 'usage.modelMix.0.modelId',
        rule: 'must name a model in the price book (unknown model "openai:gpt-9")',
      }),
    ])
  })

  it('launch month past the horizon', () => {
    const issues = issuesAfter((i) => (i.usage.launchMonth = 36))
    expect(issues).toEqual([
      expect.objectContaining({
        entity,
        field: 'usage.launchMonth',
        rule: 'must fall within the 36-month horizon (0 to 35)',
      }),
    ])
  })

  it('a wrong type names the field too, and several problems are all reported', () => {
    const issues = issuesAfter((i, p) => {
      ;(i.usage as unknown as Record<string, unknown>).queriesPerUserPerMonth = 'lots'
      p.settings.currency = 'dollars'
    })
    expect(issues.map((x) => [x.entity, x.field, x.rule])).toEqual(
      expect.arrayContaining([
        [entity, 'usage.queriesPerUserPerMonth', 'must be a number'],
        ['', 'settings.currency', 'must be a three-letter ISO currency code such as USD'],
      ]),
    )
  })
})
