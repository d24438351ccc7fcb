/**
 * An update of the price book through the renderer store, on the real API handlers and a real file:
 * one call, one undo step (one transaction each way), figures recomputed; an undo whose models were
 * changed elsewhere meanwhile is refused rather than overwriting them.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PortfolioFile } from '../../../../electron/db/portfolioFile'
import type { Api } from '../../../../renderer/src/api'
import { updatePricesFromFile } from '../../../../renderer/src/features/priceBook/priceUpdateMutations'
import { samplePortfolio } from '../../../../shared/data/samplePortfolio'
import type { Portfolio } from '../../../../shared/model'
import { openRealStore, type RealStore } from '../realStore'

const LITELLM = readFileSync(
  resolve(import.meta.dirname, '../../../fixtures/prices/litellm-model_prices_and_context_window.json'),
)
const MINI = 'openai:gpt-4.1-mini'

function olderMini(): Portfolio {
  const p = samplePortfolio()
  return {
    ...p,
    priceBook: p.priceBook.map((m) =>
      m.id === MINI ? { ...m, prices: m.prices.map((price) => ({ ...price, inputPerM: 0.8, outputPerM: 3.2 })) } : m,
    ),
  }
}

const params = {
  fileName: 'model_prices_and_context_window.json',
  contentBase64: LITELLM.toString('base64'),
  effectiveFrom: '2026-01-01',
  readOn: '2026-12-07',
  choices: [{ name: 'deepseek-chat', modelId: 'deepseek:deepseek-chat' }],
  add: ['xai/grok-4'],
}

let real: RealStore
let client: Api
beforeEach(async () => {
  real = await openRealStore('gpp-price-update-', olderMini)
  client = {
    invoke: ((method: string, p: unknown) => real.server.invoke(method, p)) as Api['invoke'],
    on: () => () => undefined,
  }
})
afterEach(() => real.close())

const state = () => real.store.getState()
const storeModel = (id: string) => state().snapshot?.portfolio.priceBook.find((m) => m.id === id)
/** GPT-4.1 mini's inference cost in the horizon's last month, summed over the initiatives using it. */
const lastMonthInference = () => {
  const s = state()
  const users = s.snapshot?.portfolio.initiatives.filter((i) => i.usage.modelMix.some((m) => m.modelId === MINI)) ?? []
  return users.reduce((sum, i) => sum + (s.results?.byId.get(i.id)?.series.cost.inference.at(-1) ?? 0), 0)
}

describe('updating prices through the store', () => {
  it('one step: prices, models and names in the store and the file, figures recomputed; undo and redo as one', async () => {
    const costBefore = lastMonthInference()
    const r = await updatePricesFromFile(client, state, params)
    expect(r.ok).toBe(true)
    expect(storeModel(MINI)?.prices.map((p) => p.effectiveFrom)).toEqual(['2025-04-14', '2026-01-01'])
    expect(storeModel('xai:grok-4')?.name).toBe('grok-4')
    expect(state().snapshot?.portfolio.modelAliases).toEqual([
      { name: 'deepseek-chat', modelId: 'deepseek:deepseek-chat' },
      { name: 'xai/grok-4', modelId: 'xai:grok-4' },
    ])
    // 0.8/3.2 → 0.4/1.6: every initiative using GPT-4.1 mini is cheaper once the new price is in force.
    expect(costBefore).toBeGreaterThan(0)
    expect(lastMonthInference()).toBeLessThan(costBefore)
    expect(state().past.map((s) => s.label)).toEqual([
      'Update 1 price and 1 model from model_prices_and_context_window.json',
    ])
    expect(await real.fileContent()).toEqual(state().snapshot?.portfolio)

    expect(await state().undo()).toBeNull()
    expect(storeModel(MINI)?.prices).toHaveLength(1)
    expect(storeModel('xai:grok-4')).toBeUndefined()
    expect(state().snapshot?.portfolio.modelAliases).toBeUndefined()
    expect(lastMonthInference()).toBe(costBefore)
    expect(await real.fileContent()).toEqual(state().snapshot?.portfolio)

    expect(await state().redo()).toBeNull()
    expect(storeModel(MINI)?.prices).toHaveLength(2)
    expect(storeModel('xai:grok-4')).toBeDefined()
    expect(await real.fileContent()).toEqual(state().snapshot?.portfolio)
  })

  it('an update that changes nothing records no step', async () => {
    const first = await updatePricesFromFile(client, state, params)
    expect(first.ok).toBe(true)
    const again = await updatePricesFromFile(client, state, params)
    expect(again.ok && again.data.before.models).toEqual([])
    expect(state().past).toHaveLength(1)
  })

  it('refuses an undo whose model another program changed since, and keeps that change', async () => {
    expect((await updatePricesFromFile(client, state, params)).ok).toBe(true)
    const other = PortfolioFile.open(real.session.current.path)
    try {
      other.write((change) => {
        const mini = change.portfolio.priceBook.find((m) => m.id === MINI)
        if (mini) change.upsertModel({ ...mini, name: 'GPT-4.1 mini (contract)' })
      })
    } finally {
      other.close()
    }
    await state().reloadFromFile()
    const error = await state().undo()
    expect(error?.code).toBe('conflict')
    expect(error?.message).toContain('model “GPT-4.1 mini (contract)” was changed in another window or program since')
    expect((await real.fileContent()).priceBook.find((m) => m.id === MINI)?.name).toBe('GPT-4.1 mini (contract)')
    expect((await real.fileContent()).priceBook.find((m) => m.id === 'xai:grok-4')).toBeDefined()
  })
})
