/**
 * The store's scenario comparison, computed by the engine's worker: a newer request cancels the one in
 * flight, and an answer to a superseded request never reaches the store, even when it arrives last.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { createJobClient } from '../../../../renderer/src/worker/jobClient'
import { compareScenarios } from '../../../../shared/engine/scenarios'
import { openRealStore, type RealStore } from '../realStore'
import { stepWorkers } from '../stepWorker'

const IDS = ['scenario-prompt-growth', 'scenario-prices-halve']
let real: RealStore | null = null

afterEach(() => {
  real?.close()
  real = null
})

describe('comparison slice', () => {
  it('shows only the newest request: a late answer to a cancelled one is dropped', async () => {
    const { workers, make } = stepWorkers()
    real = await openRealStore('gpp-comparison-', undefined, false, createJobClient(make))
    const { store } = real
    const portfolio = store.getState().snapshot?.portfolio
    if (!portfolio) throw new Error('not loaded')
    const focus = portfolio.initiatives[0]?.id ?? ''
    const older = { portfolio, scenarioIds: IDS, focus: null }
    const newer = { portfolio, scenarioIds: IDS, focus }

    store.getState().requestComparison(older)
    expect(store.getState().comparison).toMatchObject({ status: 'running', result: null, params: older })
    store.getState().requestComparison(newer)
    expect(workers).toHaveLength(2)
    expect(workers[0]?.terminated).toBe(true)

    // The stopped worker answers anyway, after the newer request went out.
    workers[0]?.answer()
    await Promise.resolve()
    expect(store.getState().comparison).toMatchObject({ status: 'running', result: null, params: newer })

    workers[1]?.answer()
    await expect.poll(() => store.getState().comparison.status).toBe('done')
    const { result } = store.getState().comparison
    expect(result?.focus).toBe(focus)
    expect(result?.entity).toEqual(compareScenarios(portfolio, IDS).initiatives[0])

    // Asking again for what is shown starts nothing.
    store.getState().requestComparison({ portfolio, scenarioIds: [...IDS], focus })
    expect(workers[1]?.requests).toHaveLength(0)
    expect(store.getState().comparison.status).toBe('done')
  })

  it('keeps the earlier figures while a new comparison runs, and replaces them when it is in', async () => {
    real = await openRealStore('gpp-comparison-')
    const { store } = real
    const portfolio = store.getState().snapshot?.portfolio
    if (!portfolio) throw new Error('not loaded')
    store.getState().requestComparison({ portfolio, scenarioIds: [], focus: null })
    await expect.poll(() => store.getState().comparison.status).toBe('done')
    const first = store.getState().comparison.result
    expect(first?.columns).toHaveLength(1)

    store.getState().requestComparison({ portfolio, scenarioIds: IDS.slice(0, 1), focus: null })
    store.getState().requestComparison({ portfolio, scenarioIds: IDS, focus: null })
    expect(store.getState().comparison).toMatchObject({ status: 'running', result: first })
    await expect.poll(() => store.getState().comparison.status).toBe('done')
    expect(store.getState().comparison.result?.columns.map((c) => c.id)).toEqual([null, ...IDS])
  })
})
