import { describe, expect, it } from 'vitest'
import { INPUT_FIELDS } from '../../../shared/exports/inputFields'
import { IMPORT_FIELDS } from '../../../shared/imports/fields'
import { checkMapping, matchHeader, suggestMapping } from '../../../shared/imports/headerMatch'

describe('header matching', () => {
  it('matches every field by its label and by its id', () => {
    for (const f of IMPORT_FIELDS) {
      expect(matchHeader(f.label), f.label).toBe(f.id)
      expect(matchHeader(f.id), f.id).toBe(f.id)
    }
  })

  it('ignores case, spacing, punctuation and camel case', () => {
    expect(matchHeader('  CACHE   hit-rate ')).toBe('usage.cacheHitRate')
    expect(matchHeader('cache_hit_rate')).toBe('usage.cacheHitRate')
    expect(matchHeader('CacheHitRate')).toBe('usage.cacheHitRate')
    expect(matchHeader('Queries per user per month')).toBe('usage.queriesPerUserPerMonth')
    expect(matchHeader('Cost per FTE-month')).toBe('costs.costPerFteMonth')
    expect(matchHeader('Compliance / year')).toBe('costs.complianceYearly')
  })

  it('matches synonyms and the labels of the XLSX export, so an exported workbook maps back by itself', () => {
    expect(matchHeader('Initiative')).toBe('name')
    expect(matchHeader('Model')).toBe('usage.modelMix')
    expect(matchHeader('Go-live')).toBe('usage.launchMonth')
    for (const f of INPUT_FIELDS) {
      const id = matchHeader(f.label)
      expect(id?.endsWith(`.${f.key}`), f.label).toBe(true)
    }
  })

  it.each([
    ['Monthly users', 'usage.targetUsers'],
    ['Monthly active users', 'usage.targetUsers'],
    ['MAU', 'usage.targetUsers'],
    ['Estimated number of users', 'usage.targetUsers'],
    ['Initial users', 'usage.usersAtLaunch'],
    ['Prompts per user', 'usage.queriesPerUserPerMonth'],
    ['prompts/user/month', 'usage.queriesPerUserPerMonth'],
    ['Avg. queries per user (monthly)', 'usage.queriesPerUserPerMonth'],
    ['Requests per user per month', 'usage.queriesPerUserPerMonth'],
    ['Avg input tokens', 'usage.inputTokensPerQuery'],
    ['Average prompt tokens', 'usage.inputTokensPerQuery'],
    ['avg_output_tokens', 'usage.outputTokensPerQuery'],
    ['Tokens out', 'usage.outputTokensPerQuery'],
    ['Cache hit %', 'usage.cacheHitRate'],
    ['Batch %', 'usage.batchShare'],
    ['User growth rate', 'usage.userGrowthPerYear'],
    ['Ramp-up months', 'usage.rampMonths'],
    ['Launch date', 'usage.launchMonth'],
    ['Model name', 'usage.modelMix'],
    ['Use case', 'name'],
    ['Platform cost (USD) per month', 'costs.platformPerMonth'],
    ['Monthly platform cost', 'costs.platformPerMonth'],
    ['Hosting cost', 'costs.platformPerMonth'],
    ['FTE cost per month', 'costs.costPerFteMonth'],
    ['Value per outcome ($)', 'value.valuePerOutcome'],
    ['Time to value', 'value.monthsToFullValue'],
    ['Product owner', 'governance.owner'],
    ['Status', 'governance.stage'],
  ])('matches the common header "%s" to %s', (header, field) => {
    expect(matchHeader(header)).toBe(field)
  })

  it('leaves headers that name no field unmatched, however loosely read', () => {
    for (const h of ['Notes', 'Comments', 'Horizon value', 'Total cost', 'Value', 'Department', 'Average'])
      expect(matchHeader(h), h).toBeNull()
  })

  it('never maps __proto__, constructor or prototype', () => {
    expect(suggestMapping(['__proto__', 'constructor', 'prototype', 'Name'])).toEqual([null, null, null, 'name'])
  })

  it('gives a field to the first column naming it only', () => {
    expect(suggestMapping(['Name', 'Initiative', 'Owner'])).toEqual(['name', null, 'governance.owner'])
    expect(suggestMapping(['Notes', ''])).toEqual([null, null])
  })
})

describe('checkMapping', () => {
  it('asks for a Name column when none is mapped', () => {
    const r = checkMapping(['Owner'], ['governance.owner'])
    expect(r.problems.map((p) => p.message)).toEqual([
      'No column is mapped to Name, which every initiative needs. Add a "Name" column or map one to it.',
    ])
  })

  it('refuses a field mapped from two columns and an unknown field, naming the columns', () => {
    const r = checkMapping(['Name', 'Title', 'X'], ['name', 'name', 'usage.nope'])
    expect(r.problems.map((p) => p.message)).toEqual([
      'Name is mapped from two columns: column 1 ("Name") and column 2 ("Title"). Map it once.',
      'column 3 ("X") is mapped to "usage.nope", which is not a field an import can fill.',
    ])
  })

  it('ignores a forbidden header even when a mapping names it, and warns about unmapped columns', () => {
    const r = checkMapping(['Name', '__proto__', 'Notes'], ['name', 'governance.owner', null])
    expect(r.mapping).toEqual(['name', null, null])
    expect(r.problems).toEqual([])
    expect(r.warnings).toEqual([
      'column 2 ("__proto__") is ignored: "__proto__" is not allowed as a column name.',
      'column 3 ("Notes") is not imported (not mapped to a field).',
    ])
  })
})
