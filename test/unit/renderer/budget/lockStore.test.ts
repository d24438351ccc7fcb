/**
 * Locks set from the budget view are saved on the initiative through the real API handlers and a
 * real portfolio file, one undo step each, including for an initiative without strategy data.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openRealStore, type RealStore } from '../realStore'
import { lockEdit, parseLock } from '../../../../renderer/src/features/budget/lockEdit'
import type { Initiative, Portfolio } from '../../../../shared/model'
import { DEFAULT_STRATEGY } from '../../../../shared/model/strategyDefaults'

let h: RealStore
let store: RealStore['store']
let server: RealStore['server']

async function stored(id: string): Promise<Initiative | undefined> {
  const r = await server.invoke('portfolio:get', {})
  if (!r.ok) throw new Error(r.error.message)
  return (r.data as { portfolio: Portfolio }).portfolio.initiatives.find((i) => i.id === id)
}

function initiative(id: string): Initiative {
  const found = store.getState().snapshot?.portfolio.initiatives.find((i) => i.id === id)
  if (!found) throw new Error(`no ${id}`)
  return found
}

beforeEach(async () => {
  h = await openRealStore('gpp-budget-')
  ;({ store, server } = h)
})

afterEach(() => h.close())

describe('optimiser locks from the budget view', () => {
  it('reads the lock choices', () => {
    expect([parseLock('in'), parseLock('out'), parseLock('free'), parseLock('')]).toEqual(['in', 'out', null, null])
  })

  it('saves a lock on an initiative with strategy data and undoes it in one step', async () => {
    const before = initiative('sales-email').strategy
    expect(before?.lock).toBeNull()
    expect(lockEdit(initiative('sales-email'), 'out')).toEqual({
      id: 'sales-email',
      field: 'strategy.lock',
      value: 'out',
    })
    expect(await store.getState().editInitiatives([lockEdit(initiative('sales-email'), 'out')])).toBeNull()
    expect(await stored('sales-email')).toHaveProperty('strategy', { ...before, lock: 'out' })
    expect(initiative('sales-email').strategy?.lock).toBe('out')

    await store.getState().undo()
    expect((await stored('sales-email'))?.strategy).toEqual(before)
    expect(initiative('sales-email').strategy?.lock).toBeNull()
  })

  it('gives an initiative without strategy data the defaults with the lock, and undo removes them again', async () => {
    // Strip the strategy first, as a portfolio from before the decision matrix has none.
    expect(
      await store.getState().editInitiatives([{ id: 'hr-policy', field: 'strategy', value: undefined }]),
    ).toBeNull()
    expect((await stored('hr-policy'))?.strategy).toBeUndefined()

    const edit = lockEdit(initiative('hr-policy'), 'in')
    expect(edit).toEqual({ id: 'hr-policy', field: 'strategy', value: { ...DEFAULT_STRATEGY, lock: 'in' } })
    expect(await store.getState().editInitiatives([edit])).toBeNull()
    expect((await stored('hr-policy'))?.strategy).toEqual({ ...DEFAULT_STRATEGY, lock: 'in' })

    await store.getState().undo()
    expect((await stored('hr-policy'))?.strategy).toBeUndefined()
    expect(initiative('hr-policy').strategy).toBeUndefined()
  })
})
