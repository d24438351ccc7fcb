/**
 * The scoring model and an initiative's strategy edited through the renderer store against the
 * real API handlers and a real portfolio file: each change is one undo step that reaches the file.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openRealStore, type RealStore } from '../realStore'
import { DEFAULT_SCORING_MODEL, DEFAULT_STRATEGY } from '../../../../shared/model/strategyDefaults'

let h: RealStore
let store: RealStore['store']

const fileContent = () => h.fileContent()

beforeEach(async () => {
  h = await openRealStore('gpp-scoring-')
  store = h.store
})

afterEach(() => h.close())

describe('scoring model in the store', () => {
  it('saves a new weight as one undo step; undo goes back to the default model, redo reapplies', async () => {
    expect((await fileContent()).scoring).toBeUndefined()
    const edited = {
      ...DEFAULT_SCORING_MODEL,
      criteria: DEFAULT_SCORING_MODEL.criteria.map((c) => (c.id === 'talent-brand' ? { ...c, weight: 60 } : c)),
    }
    expect(await store.getState().updateScoring(edited, 'Weight of Talent and brand')).toBeNull()
    expect((await fileContent()).scoring).toEqual(edited)
    expect(store.getState().snapshot?.portfolio.scoring).toEqual(edited)
    expect(store.getState().past.at(-1)?.label).toBe('Weight of Talent and brand')

    expect(await store.getState().undo()).toBeNull()
    expect((await fileContent()).scoring).toEqual(DEFAULT_SCORING_MODEL)
    expect(store.getState().snapshot?.portfolio.scoring).toEqual(DEFAULT_SCORING_MODEL)

    expect(await store.getState().redo()).toBeNull()
    expect((await fileContent()).scoring?.criteria.find((c) => c.id === 'talent-brand')?.weight).toBe(60)
  })

  it('a model the rules refuse changes nothing and records no step', async () => {
    const zero = {
      ...DEFAULT_SCORING_MODEL,
      criteria: DEFAULT_SCORING_MODEL.criteria.map((c) => ({ ...c, weight: 0 })),
    }
    const error = await store.getState().updateScoring(zero, 'Weights')
    expect(error?.message).toMatch(/weights must not all be zero/)
    expect((await fileContent()).scoring).toBeUndefined()
    expect(store.getState().past).toHaveLength(0)
  })

  it('an unchanged model is not a step', async () => {
    expect(await store.getState().updateScoring(DEFAULT_SCORING_MODEL, 'Nothing')).toBeNull()
    expect(store.getState().past).toHaveLength(0)
  })
})

describe('initiative strategy in the store', () => {
  it('a first strategy on an initiative without one is undone back to none', async () => {
    const before = (await fileContent()).initiatives.find((i) => i.id === 'hr-policy')
    expect(before?.strategy?.scores ?? {}).toEqual({})
    const strategy = { ...DEFAULT_STRATEGY, ...before?.strategy, scores: { 'market-position': 4 } }
    expect(await store.getState().editInitiatives([{ id: 'hr-policy', field: 'strategy', value: strategy }])).toBeNull()
    expect((await fileContent()).initiatives.find((i) => i.id === 'hr-policy')?.strategy).toEqual(strategy)

    expect(await store.getState().undo()).toBeNull()
    expect((await fileContent()).initiatives.find((i) => i.id === 'hr-policy')?.strategy).toEqual(before?.strategy)
  })
})
