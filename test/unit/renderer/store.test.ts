/**
 * The renderer's store against the real API handlers and a real portfolio file (no mocks):
 * edits reach the file before the store, undo/redo replay through the API, refusals change nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openRealStore, type RealStore } from './realStore'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { computePortfolio } from '../../../shared/engine'
import type { Portfolio } from '../../../shared/model'

let h: RealStore
let store: RealStore['store']

const fileContent = () => h.fileContent()

const usage = (p: Portfolio | undefined, id: string) => p?.initiatives.find((i) => i.id === id)?.usage

beforeEach(async () => {
  h = await openRealStore('gpp-store-')
  store = h.store
})

afterEach(() => h.close())

describe('the renderer store on a real portfolio file', () => {
  it('loads the portfolio and computes it with the engine', () => {
    const s = store.getState()
    expect(s.status).toBe('ready')
    expect(s.snapshot?.portfolio.initiatives).toHaveLength(samplePortfolio().initiatives.length)
    expect(s.results?.totals.cost).toBe(computePortfolio(samplePortfolio()).totals.cost)
  })

  it('writes a block of edits as one undo step, recomputes only what changed, and undo/redo replay it', async () => {
    const before = await fileContent()
    const error = await store.getState().editInitiatives([
      { id: 'sales-email', field: 'usage.targetUsers', value: 5000 },
      { id: 'hr-policy', field: 'usage.inputTokensPerQuery', value: 8000 },
      { id: 'hr-policy', field: 'usage.cacheHitRate', value: 0.25 },
    ])
    expect(error).toBeNull()
    const after = await fileContent()
    expect(usage(after, 'sales-email')?.targetUsers).toBe(5000)
    expect(usage(after, 'hr-policy')?.inputTokensPerQuery).toBe(8000)
    expect(usage(after, 'hr-policy')?.cacheHitRate).toBe(0.25)
    // The incremental recompute equals a full one of what the file holds.
    expect(store.getState().results?.totals).toEqual(computePortfolio(after).totals)
    expect(store.getState().past).toHaveLength(1)
    expect(store.getState().canUndo).toBe(true)

    expect(await store.getState().undo()).toBeNull()
    expect(await fileContent()).toEqual(before)
    expect(store.getState().snapshot?.portfolio).toEqual(before)
    expect(store.getState().results?.totals).toEqual(computePortfolio(before).totals)
    expect(store.getState().canRedo).toBe(true)

    expect(await store.getState().redo()).toBeNull()
    expect(usage(await fileContent(), 'hr-policy')?.inputTokensPerQuery).toBe(8000)
    expect(store.getState().canRedo).toBe(false)
  })

  it('refuses a bad value with the field and the rule, and changes neither the file, the store nor the history', async () => {
    const before = store.getState().snapshot
    const error = await store.getState().editInitiatives([{ id: 'hr-policy', field: 'usage.cacheHitRate', value: 1.4 }])
    expect(error?.code).toBe('validation')
    expect(error?.issues?.[0]?.path).toEqual(['hr-policy', 'usage', 'cacheHitRate'])
    expect(error?.issues?.[0]?.rule).toBe('must be between 0% and 100%')
    expect(store.getState().snapshot).toBe(before)
    expect(usage(await fileContent(), 'hr-policy')?.cacheHitRate).toBe(0.5)
    expect(store.getState().canUndo).toBe(false)
  })

  it('drops edits that change nothing instead of recording an empty step', async () => {
    expect(
      await store.getState().editInitiatives([{ id: 'hr-policy', field: 'usage.cacheHitRate', value: 0.5 }]),
    ).toBeNull()
    expect(store.getState().past).toHaveLength(0)
  })

  it('puts a deleted initiative back in its place on undo', async () => {
    const ids = store.getState().snapshot?.portfolio.initiatives.map((i) => i.id) ?? []
    expect(await store.getState().deleteInitiatives(['sales-email', 'marketing-content'])).toBeNull()
    expect((await fileContent()).initiatives.map((i) => i.id)).toEqual(
      ids.filter((id) => id !== 'sales-email' && id !== 'marketing-content'),
    )
    expect(store.getState().past).toHaveLength(1)
    expect(await store.getState().undo()).toBeNull()
    expect((await fileContent()).initiatives.map((i) => i.id)).toEqual(ids)
    expect(store.getState().snapshot?.portfolio.initiatives.map((i) => i.id)).toEqual(ids)
    expect(store.getState().results?.totals).toEqual(computePortfolio(samplePortfolio()).totals)
  })

  it('undoes a settings change and recomputes everything', async () => {
    expect(await store.getState().updateSettings({ discountRateAnnual: 0.2 })).toBeNull()
    const changed = await fileContent()
    expect(changed.settings.discountRateAnnual).toBe(0.2)
    expect(store.getState().results?.totals.npv).toBe(computePortfolio(changed).totals.npv)
    expect(await store.getState().undo()).toBeNull()
    expect((await fileContent()).settings.discountRateAnnual).toBe(0.1)
    expect(store.getState().results?.totals.npv).toBe(computePortfolio(samplePortfolio()).totals.npv)
  })

  it('a new edit after an undo clears the redo stack', async () => {
    await store.getState().editInitiatives([{ id: 'hr-policy', field: 'usage.targetUsers', value: 1 }])
    await store.getState().undo()
    expect(store.getState().canRedo).toBe(true)
    await store.getState().editInitiatives([{ id: 'hr-policy', field: 'usage.targetUsers', value: 2 }])
    expect(store.getState().canRedo).toBe(false)
    expect(usage(await fileContent(), 'hr-policy')?.targetUsers).toBe(2)
  })
})
