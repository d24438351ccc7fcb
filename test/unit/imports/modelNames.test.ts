import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../../shared/imports/csv'
import { modelFinder, readModelMix, unmatchedModels } from '../../../shared/imports/modelNames'
import { planImport, type PlanContext } from '../../../shared/imports/preview'
import { toTable } from '../../../shared/imports/table'
import { rowRanges } from '../../../shared/imports/usageNotes'

const BOOK = [
  { id: 'openai:gpt-4.1-mini', name: 'GPT-4.1 mini' },
  { id: 'anthropic:claude-sonnet-4.5', name: 'Claude Sonnet 4.5' },
  { id: 'google:gemini-2.5-flash', name: 'Gemini 2.5 Flash' },
]

describe('model names in an imported file', () => {
  const find = modelFinder(BOOK)

  it.each([
    ['openai:gpt-4.1-mini', 'openai:gpt-4.1-mini'],
    ['OPENAI:GPT-4.1-MINI', 'openai:gpt-4.1-mini'],
    ['gpt-4.1-mini', 'openai:gpt-4.1-mini'],
    ['GPT-4.1 mini', 'openai:gpt-4.1-mini'],
    ['gpt 4.1 mini', 'openai:gpt-4.1-mini'],
    ['  claude sonnet 4.5 ', 'anthropic:claude-sonnet-4.5'],
    ['claude_sonnet_4.5', 'anthropic:claude-sonnet-4.5'],
    ['Gemini 2.5 flash', 'google:gemini-2.5-flash'],
  ])('"%s" is %s (ids, ids without the provider and display names, in any case)', (name, id) => {
    expect(find(name)).toBe(id)
  })

  it('does not guess: a name close to a model but not it matches nothing', () => {
    for (const name of ['gpt-4o-mini', 'Gemini Flash', 'claude', 'Sonnet 4.5']) expect(find(name), name).toBeNull()
  })

  it('a choice from the dialog maps a name the price book does not know; a choice of no model is ignored', () => {
    const chosen = modelFinder(BOOK, [
      { name: 'GPT-4o mini', modelId: 'openai:gpt-4.1-mini' },
      { name: 'Llama', modelId: 'meta:llama' },
    ])
    expect(chosen('gpt-4o-mini')).toBe('openai:gpt-4.1-mini')
    expect(chosen('llama')).toBeNull()
    expect(readModelMix('gpt-4o-mini 60%; Gemini 2.5 Flash 40%', chosen)).toEqual({
      ok: true,
      value: [
        { modelId: 'openai:gpt-4.1-mini', share: 0.6 },
        { modelId: 'google:gemini-2.5-flash', share: 0.4 },
      ],
    })
  })

  it('lists each unknown name once, first spelling kept, with the rows naming it', () => {
    const cells = [
      { row: 2, text: 'gpt-4o-mini' },
      { row: 3, text: 'Claude Sonnet 4.5' },
      { row: 4, text: 'GPT-4o mini 70%; Llama 3 30%' },
      { row: 5, text: '' },
      { row: 6, text: 'llama 3' },
    ]
    expect(unmatchedModels(cells, find)).toEqual([
      { name: 'gpt-4o-mini', rows: [2, 4] },
      { name: 'Llama 3', rows: [4, 6] },
    ])
  })
})

describe('the import preview’s unmatched models and usage notes', () => {
  const ctx = (models: PlanContext['modelChoices'] = []): PlanContext => {
    let n = 0
    return {
      startMonth: '2026-01',
      horizonMonths: 24,
      priceBook: BOOK,
      modelChoices: models,
      existingIds: new Set(),
      existingCount: 0,
      newId: () => `new-${++n}`,
    }
  }
  const CSV =
    'Initiative,Monthly users,Prompts per user,Avg input tokens,Model\n' +
    'Claims summariser,1200,30,1800,gpt-4o-mini\n' +
    'Policy Q&A,800,12,2400,claude sonnet 4.5\n' +
    'Broker triage,,40,900,GPT-4o Mini\n'
  function plan(c: PlanContext) {
    const parsed = parseCsv(CSV)
    if (!parsed.ok) throw new Error(parsed.message)
    const table = toTable(parsed.rows)
    if (!table.ok) throw new Error(table.message)
    return planImport(table.table, { format: 'csv', sheets: [], sheet: null }, undefined, c)
  }

  it('matches the headers by themselves and lists the model the price book lacks; its rows are refused', () => {
    const p = plan(ctx())
    expect(p.preview.mapping).toEqual([
      'name',
      'usage.targetUsers',
      'usage.queriesPerUserPerMonth',
      'usage.inputTokensPerQuery',
      'usage.modelMix',
    ])
    expect(p.preview.unmatchedModels).toEqual([{ name: 'gpt-4o-mini', rows: [2, 4], rowCount: 2 }])
    expect(p.allIssues.map((i) => i.row)).toEqual([2, 4])
    expect(p.initiatives).toEqual([])
  })

  it('with the model chosen, every row imports; the name stays listed so the choice can be changed', () => {
    const p = plan(ctx([{ name: 'gpt-4o-mini', modelId: 'openai:gpt-4.1-mini' }]))
    expect(p.allIssues).toEqual([])
    expect(p.initiatives.map((i) => i.usage.modelMix[0]?.modelId)).toEqual([
      'openai:gpt-4.1-mini',
      'anthropic:claude-sonnet-4.5',
      'openai:gpt-4.1-mini',
    ])
    expect(p.initiatives[0]?.usage.targetUsers).toBe(1200)
    expect(p.preview.unmatchedModels.map((u) => u.name)).toEqual(['gpt-4o-mini'])
  })

  it('warns, without blocking, about a row that would have no users', () => {
    const p = plan(ctx([{ name: 'gpt-4o-mini', modelId: 'openai:gpt-4.1-mini' }]))
    expect(p.preview.warnings).toEqual([
      'Row 4: no users (Users at launch and Target users are empty or 0), so no queries, no inference cost and no value per outcome. Map a users column (such as "Monthly users") or fill them in later.',
    ])
  })

  it('writes row numbers as ranges', () => {
    expect(rowRanges([2, 3, 4, 7, 9, 10])).toBe('2–4, 7, 9–10')
    expect(rowRanges([5])).toBe('5')
  })
})
