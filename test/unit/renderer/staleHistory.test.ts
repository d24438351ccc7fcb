/**
 * When a recorded step may be replayed after changes saved elsewhere: each kind of change, on the
 * sample portfolio as it was recorded (applies) and after another program changed its target (refused).
 */
import { describe, expect, it } from 'vitest'
import { invertStep, type HistoryChange } from '../../../renderer/src/store/history'
import { staleTarget } from '../../../renderer/src/store/staleHistory'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import type { Portfolio } from '../../../shared/model'
import { DEFAULT_SCORING_MODEL } from '../../../shared/model/strategyDefaults'

const sample = samplePortfolio()
const support = sample.initiatives[0]!
const model = sample.priceBook[0]!
const pool = sample.costPools[0]!
const scenario = sample.scenarios![0]!

/** The sample with one change an other program saved. */
function elsewhere(change: (p: Portfolio) => void): Portfolio {
  const p = samplePortfolio()
  change(p)
  return p
}

interface Case {
  name: string
  /** A change whose `before` is what the sample holds now. */
  change: HistoryChange
  /** Another program's change to the same target. */
  theirs: (p: Portfolio) => void
  refusal: string
}

const cases: Case[] = [
  {
    name: 'a field of an initiative',
    change: {
      entity: 'initiative',
      id: support.id,
      field: 'usage.cacheHitRate',
      before: support.usage.cacheHitRate,
      after: 0.9,
    },
    theirs: (p) => (p.initiatives[0]!.usage.cacheHitRate = 0.11),
    refusal: `Cache hit rate of initiative “${support.name}”`,
  },
  {
    name: 'a row that exists',
    change: {
      entity: 'initiativeRow',
      id: support.id,
      field: null,
      before: { initiative: support, index: 0 },
      after: null,
    },
    theirs: (p) => (p.initiatives[0]!.name = 'Renamed there'),
    refusal: 'initiative “Renamed there”',
  },
  {
    name: 'a row that does not exist yet',
    change: {
      entity: 'initiativeRow',
      id: 'new-row',
      field: null,
      before: null,
      after: { initiative: { ...support, id: 'new-row' }, index: 0 },
    },
    theirs: (p) => p.initiatives.push({ ...support, id: 'new-row', name: 'Made there' }),
    refusal: 'initiative “Made there”',
  },
  {
    name: 'a setting',
    change: {
      entity: 'settings',
      id: 'settings',
      field: 'horizonMonths',
      before: sample.settings.horizonMonths,
      after: 12,
    },
    theirs: (p) => (p.settings.horizonMonths = 48),
    refusal: 'the setting horizonMonths',
  },
  {
    name: 'a model',
    change: { entity: 'model', id: model.id, field: null, before: model, after: null },
    theirs: (p) => (p.priceBook[0]!.name = 'Repriced there'),
    refusal: 'model “Repriced there”',
  },
  {
    name: 'a cost pool',
    change: { entity: 'pool', id: pool.id, field: null, before: pool, after: null },
    theirs: (p) => (p.costPools = p.costPools.slice(1)),
    refusal: `cost pool “${pool.name}”`,
  },
  {
    name: 'the scoring model',
    change: {
      entity: 'scoring',
      id: 'scoring',
      field: null,
      before: DEFAULT_SCORING_MODEL,
      after: DEFAULT_SCORING_MODEL,
    },
    theirs: (p) => (p.scoring = { ...DEFAULT_SCORING_MODEL, criteria: DEFAULT_SCORING_MODEL.criteria.slice(1) }),
    refusal: 'the scoring model',
  },
  {
    name: 'a scenario',
    change: { entity: 'scenario', id: scenario.id, field: null, before: { scenario, index: 0 }, after: null },
    theirs: (p) => (p.scenarios![0]!.description = 'Edited there'),
    refusal: `scenario “${scenario.name}”`,
  },
  {
    name: 'the rows of an import',
    change: {
      entity: 'import',
      id: 'rows.csv',
      field: null,
      before: { initiatives: [support], index: 0 },
      after: null,
    },
    theirs: (p) => (p.initiatives = p.initiatives.slice(1)),
    refusal: 'the imported initiatives',
  },
  {
    name: 'the models of a price update',
    change: {
      entity: 'priceUpdate',
      id: 'prices.json',
      field: null,
      before: {
        models: [
          { id: model.id, model },
          { id: 'xai:grok-4', model: null },
        ],
        aliases: null,
      },
      after: { models: [{ id: model.id, model: { ...model, name: 'After' } }], aliases: [] },
    },
    theirs: (p) => (p.priceBook[0]!.name = 'Renamed there'),
    refusal: 'model “Renamed there”',
  },
  {
    name: 'the saved model names of a price update',
    change: {
      entity: 'priceUpdate',
      id: 'prices.json',
      field: null,
      before: { models: [], aliases: null },
      after: { models: [], aliases: [{ name: 'gpt-5', modelId: null }] },
    },
    theirs: (p) => (p.modelAliases = [{ name: 'gpt-4.1', modelId: 'openai:gpt-4.1' }]),
    refusal: 'the saved model names',
  },
]

describe('staleTarget', () => {
  it.each(cases)('$name: applies as recorded, refused once changed elsewhere', ({ change, theirs, refusal }) => {
    const step = { label: 'Step', changes: [change] }
    expect(staleTarget(step, samplePortfolio())).toBeNull()
    expect(staleTarget(step, elsewhere(theirs))).toBe(refusal)
  })

  it('judges a target the step changes twice by its first change only', () => {
    const first = { entity: 'initiative', id: support.id, field: 'name', before: support.name, after: 'A' } as const
    const second = { entity: 'initiative', id: support.id, field: 'name', before: 'A', after: 'B' } as const
    expect(staleTarget({ label: 'Two', changes: [first, second] }, samplePortfolio())).toBeNull()
    expect(
      staleTarget(
        invertStep({ label: 'Two', changes: [first, second] }),
        elsewhere((p) => (p.initiatives[0]!.name = 'B')),
      ),
    ).toBeNull()
  })
})
