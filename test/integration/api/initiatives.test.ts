import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import type { Initiative } from '../../../shared/model/initiative'
import { DEFAULT_SCORING_MODEL } from '../../../shared/model/strategyDefaults'
import { expectError, expectOk, openApi, type ApiFixture } from '../../fixtures/db/api'
import { readDocuments } from '../../fixtures/db/files'
import { initiative } from '../../fixtures/db/portfolio'
import { makeTempDir } from '../../fixtures/db/tempDir'

let t: ApiFixture
let cleanup: () => void
beforeEach(async () => {
  const tmp = makeTempDir()
  cleanup = tmp.cleanup
  t = await openApi(tmp.dir)
})
afterEach(() => {
  t.session.close()
  cleanup()
})

const stored = (id: string) => readDocuments(t.path, 'initiatives').find((r) => r.id === id)?.data as Initiative

describe('initiative:edit', () => {
  it('applies dotted field edits to several initiatives and has them on disk when it returns', async () => {
    const edited = expectOk<Initiative[]>(
      await t.api.invoke('initiative:edit', {
        edits: [
          { id: 'support', field: 'usage.inputTokensPerQuery', value: 3500 },
          { id: 'sales', field: 'name', value: 'Sales drafts' },
          {
            id: 'support',
            field: 'usage.modelMix',
            value: [
              { modelId: 'acme-large', share: 0.25 },
              { modelId: 'acme-small', share: 0.75 },
            ],
          },
          { id: 'search', field: 'governance.reviewDate', value: null },
        ],
      }),
    )
    expect(edited.map((i) => i.id)).toEqual(['support', 'sales', 'search'])
    expect(stored('support').usage.inputTokensPerQuery).toBe(3500)
    expect(stored('support').usage.modelMix).toEqual([
      { modelId: 'acme-large', share: 0.25 },
      { modelId: 'acme-small', share: 0.75 },
    ])
    expect(stored('sales').name).toBe('Sales drafts')
    expect(stored('search').governance.reviewDate).toBeNull()
    expect(stored('support').usage.outputTokensPerQuery).toBe(400)
  })

  it('edits one item of an array by index', async () => {
    await t.api.invoke('initiative:edit', {
      edits: [
        {
          id: 'support',
          field: 'usage.modelMix',
          value: [
            { modelId: 'acme-large', share: 0.5 },
            { modelId: 'acme-small', share: 0.5 },
          ],
        },
      ],
    })
    expectOk(
      await t.api.invoke('initiative:edit', {
        edits: [
          { id: 'support', field: 'usage.modelMix.0.share', value: 0.9 },
          { id: 'support', field: 'usage.modelMix.1.share', value: 0.1 },
        ],
      }),
    )
    expect(stored('support').usage.modelMix.map((m) => m.share)).toEqual([0.9, 0.1])
  })

  it('is all or nothing: one bad edit in a batch of three changes nothing', async () => {
    const before = readDocuments(t.path, 'initiatives')
    const error = expectError(
      await t.api.invoke('initiative:edit', {
        edits: [
          { id: 'support', field: 'usage.inputTokensPerQuery', value: 9000 },
          { id: 'sales', field: 'usage.cacheHitRate', value: -0.2 },
          { id: 'search', field: 'name', value: 'Search v2' },
        ],
      }),
      'validation',
    )
    expect(error.issues).toEqual([
      {
        path: ['sales', 'usage', 'cacheHitRate'],
        field: 'usage.cacheHitRate',
        entity: 'Initiative "Sales email drafts"',
        rule: 'must be between 0% and 100%',
        message: 'Initiative "Sales email drafts": usage.cacheHitRate must be between 0% and 100%',
      },
    ])
    expect(readDocuments(t.path, 'initiatives')).toEqual(before)
    const snapshot = expectOk<{ portfolio: { initiatives: Initiative[] } }>(await t.api.invoke('portfolio:get', {}))
    expect(snapshot.portfolio.initiatives.map((i) => i.usage.inputTokensPerQuery)).toEqual([2000, 2000, 2000])
  })

  it('refuses text where a number belongs, naming the field', async () => {
    const error = expectError(
      await t.api.invoke('initiative:edit', {
        edits: [{ id: 'support', field: 'usage.inputTokensPerQuery', value: 'abc' }],
      }),
      'validation',
    )
    expect(error.message).toBe('Initiative "Support assistant": usage.inputTokensPerQuery must be a number')
  })

  it('refuses unknown fields, prototype keys, the id and array items past the end, naming the field', async () => {
    const cases: [string, string][] = [
      ['usage.tokens', 'Initiative "Support assistant": usage.tokens is not a field (no "tokens" in usage)'],
      ['__proto__.polluted', 'Initiative "Support assistant": __proto__.polluted may not name "__proto__"'],
      ['usage.constructor', 'Initiative "Support assistant": usage.constructor may not name "constructor"'],
      ['id', 'Initiative "Support assistant": id cannot be edited'],
      [
        'usage.modelMix.3.share',
        'Initiative "Support assistant": usage.modelMix.3.share is not a field (usage.modelMix has no item 3; it holds 1)',
      ],
      ['name.first', 'Initiative "Support assistant": name.first is not a field (name has no parts)'],
    ]
    for (const [field, message] of cases) {
      const error = expectError(
        await t.api.invoke('initiative:edit', { edits: [{ id: 'support', field, value: 1 }] }),
        'validation',
      )
      expect(error.message).toBe(message)
      expect(error.issues?.[0]?.path).toEqual(['support', ...field.split('.')])
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('checks the rules that need the portfolio: launch within the horizon, models in the price book', async () => {
    const error = expectError(
      await t.api.invoke('initiative:edit', {
        edits: [
          { id: 'support', field: 'usage.launchMonth', value: 24 },
          { id: 'sales', field: 'usage.modelMix.0.modelId', value: 'ghost-model' },
        ],
      }),
      'validation',
    )
    expect(error.issues?.map((i) => i.message)).toEqual([
      'Initiative "Support assistant": usage.launchMonth must fall within the 24-month horizon (0 to 23)',
      'Initiative "Sales email drafts": usage.modelMix.0.modelId must name a model in the price book (unknown model "ghost-model")',
    ])
    expect(error.issues?.[1]?.path).toEqual(['sales', 'usage', 'modelMix', 0, 'modelId'])
  })

  it('edits fields other issues added to the model (strategy scores), with their rules', async () => {
    const strategy = samplePortfolio().initiatives.find((i) => i.strategy)?.strategy
    if (!strategy) throw new Error('the sample scores its initiatives')
    const criterion = DEFAULT_SCORING_MODEL.criteria[0]?.id ?? ''
    expectOk(
      await t.api.invoke('initiative:edit', {
        edits: [{ id: 'search', field: 'strategy', value: { ...strategy, scores: {} } }],
      }),
    )
    const error = expectError(
      await t.api.invoke('initiative:edit', {
        edits: [{ id: 'search', field: `strategy.scores.${criterion}`, value: 7 }],
      }),
      'validation',
    )
    expect(error.issues?.map((i) => [i.path, i.message])).toEqual([
      [
        ['search', 'strategy', 'scores', criterion],
        `Initiative "Knowledge search": strategy.scores.${criterion} must be a score from 1 to 5`,
      ],
    ])
    expectOk(
      await t.api.invoke('initiative:edit', {
        edits: [{ id: 'search', field: `strategy.scores.${criterion}`, value: 4 }],
      }),
    )
    expect(stored('search').strategy?.scores).toEqual({ [criterion]: 4 })
  })

  it('answers not_found for an unknown initiative and changes nothing', async () => {
    const before = readDocuments(t.path, 'initiatives')
    const error = expectError(
      await t.api.invoke('initiative:edit', {
        edits: [
          { id: 'support', field: 'name', value: 'X' },
          { id: 'nobody', field: 'name', value: 'Y' },
        ],
      }),
      'not_found',
    )
    expect(error.message).toContain('"nobody"')
    expect(readDocuments(t.path, 'initiatives')).toEqual(before)
  })
})

describe('initiative:create and initiative:delete', () => {
  it('insert at an index and delete returning the index, so undo puts it back where it was', async () => {
    expectOk(await t.api.invoke('initiative:create', { initiative: initiative('legal', 'Contract review'), index: 1 }))
    expect(readDocuments(t.path, 'initiatives').map((r) => r.id)).toEqual(['support', 'legal', 'sales', 'search'])
    const removed = expectOk<{ initiative: Initiative; index: number }>(
      await t.api.invoke('initiative:delete', { id: 'legal' }),
    )
    expect(removed.index).toBe(1)
    expect(readDocuments(t.path, 'initiatives').map((r) => r.id)).toEqual(['support', 'sales', 'search'])
    expectOk(await t.api.invoke('initiative:create', removed))
    expect(readDocuments(t.path, 'initiatives').map((r) => r.id)).toEqual(['support', 'legal', 'sales', 'search'])
    expectOk(await t.api.invoke('initiative:create', { initiative: initiative('last', 'Appended') }))
    expect(readDocuments(t.path, 'initiatives').map((r) => r.position)).toEqual([0, 1, 2, 3, 4])
  })

  it('refuse a duplicate id, an unknown model, and an invalid initiative', async () => {
    expect(
      expectError(await t.api.invoke('initiative:create', { initiative: initiative('sales', 'Copy') }), 'conflict')
        .message,
    ).toBe('Initiative "Sales email drafts" already has the id "sales".')
    const ghost = expectError(
      await t.api.invoke('initiative:create', { initiative: initiative('g', 'Ghost', 'ghost') }),
      'validation',
    )
    expect(ghost.issues?.[0]?.path).toEqual(['g', 'usage', 'modelMix', 0, 'modelId'])
    const bad = { ...initiative('b', 'Bad'), costs: { ...initiative('b', 'Bad').costs, platformPerMonth: -5 } }
    const invalid = expectError(await t.api.invoke('initiative:create', { initiative: bad }), 'validation')
    expect(invalid.issues?.[0]?.field).toBe('initiative.costs.platformPerMonth')
    expect(readDocuments(t.path, 'initiatives')).toHaveLength(3)
  })

  it('refuses to delete an initiative a fixed-share cost pool names, and says which pool', async () => {
    const error = expectError(await t.api.invoke('initiative:delete', { id: 'support' }), 'conflict')
    expect(error.message).toBe(
      'Cannot delete initiative "Support assistant": cost pool "LLM gateway" gives it a fixed share. Change those shares first.',
    )
    expect(readDocuments(t.path, 'initiatives')).toHaveLength(3)
    expectError(await t.api.invoke('initiative:delete', { id: 'nobody' }), 'not_found')
  })
})
