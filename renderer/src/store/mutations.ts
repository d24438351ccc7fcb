import type { FieldEdit } from '../../../shared/api/contract'
import type { ApiError, ApiResult } from '../../../shared/api/result'
import type { CostPool, Initiative, Portfolio, PortfolioSettings, PriceBookModel } from '../../../shared/model'
import type { Api } from '../api'
import { createImportMutations } from '../features/exportImport/importMutations'
import { createPriceUpdateMutations } from '../features/priceBook/priceUpdateMutations'
import { createScenarioMutations } from './scenarioMutations'
import { createScoringMutations } from './scoringMutations'
import type { GetState } from './types'

/** A successful mutation's data, or the API's error. */
export type Outcome<T> = { ok: true; data: T } | { ok: false; error: ApiError }

const noPortfolio: ApiError = { code: 'not_found', message: 'No portfolio is open' }

function replaceById<T extends { id: string }>(list: readonly T[], item: T): T[] {
  const i = list.findIndex((x) => x.id === item.id)
  return i < 0 ? [...list, item] : list.map((x) => (x.id === item.id ? item : x))
}

/**
 * API calls that, once the main side has written the change, apply it to the store and
 * recompute. Nothing is applied before the API answers ok, so the store never shows an edit
 * the file does not hold. History is recorded by the callers, not here, so undo and redo
 * replay through these same functions.
 */
export function createMutations(client: Api, get: GetState) {
  const current = (): Portfolio | null => get().snapshot?.portfolio ?? null

  async function call<T, R>(pending: Promise<ApiResult<T>>, apply: (data: T, p: Portfolio) => R): Promise<Outcome<R>> {
    const result = await pending
    if (!result.ok) return result
    const p = current()
    if (!p) return { ok: false, error: noPortfolio }
    return { ok: true, data: apply(result.data, p) }
  }

  return {
    ...createScoringMutations(client, get),
    ...createScenarioMutations(client, get),
    ...createImportMutations(client, get),
    ...createPriceUpdateMutations(client, get),
    editInitiatives(edits: FieldEdit[]): Promise<Outcome<Initiative[]>> {
      return call(client.invoke('initiative:edit', { edits }), (updated, p) => {
        const byId = new Map(updated.map((i) => [i.id, i]))
        const initiatives = p.initiatives.map((i) => byId.get(i.id) ?? i)
        get().applyPortfolio({ ...p, initiatives }, [...byId.keys()])
        return updated
      })
    },
    createInitiative(
      initiative: Initiative,
      index?: number,
    ): Promise<Outcome<{ initiative: Initiative; index: number }>> {
      const params = index === undefined ? { initiative } : { initiative, index }
      return call(client.invoke('initiative:create', params), (created, p) => {
        const at = index === undefined ? p.initiatives.length : Math.min(index, p.initiatives.length)
        const initiatives = [...p.initiatives.slice(0, at), created, ...p.initiatives.slice(at)]
        get().applyPortfolio({ ...p, initiatives }, [created.id])
        return { initiative: created, index: at }
      })
    },
    deleteInitiative(id: string): Promise<Outcome<{ initiative: Initiative; index: number }>> {
      return call(client.invoke('initiative:delete', { id }), (removed, p) => {
        const initiatives = p.initiatives.filter((i) => i.id !== id)
        get().applyPortfolio({ ...p, initiatives }, [])
        return removed
      })
    },
    updateSettings(patch: Partial<PortfolioSettings>): Promise<Outcome<PortfolioSettings>> {
      return call(client.invoke('settings:update', { patch }), (settings, p) => {
        get().applyPortfolio({ ...p, settings }, 'all')
        return settings
      })
    },
    upsertModel(model: PriceBookModel): Promise<Outcome<PriceBookModel>> {
      return call(client.invoke('priceBook:upsert', { model }), (saved, p) => {
        get().applyPortfolio({ ...p, priceBook: replaceById(p.priceBook, saved) }, 'all')
        return saved
      })
    },
    deleteModel(id: string): Promise<Outcome<PriceBookModel>> {
      return call(client.invoke('priceBook:delete', { id }), (removed, p) => {
        get().applyPortfolio({ ...p, priceBook: p.priceBook.filter((m) => m.id !== id) }, 'all')
        return removed.model
      })
    },
    upsertPool(pool: CostPool): Promise<Outcome<CostPool>> {
      return call(client.invoke('costPool:upsert', { pool }), (saved, p) => {
        // Pools are re-allocated for every initiative anyway; no initiative's own figures change.
        get().applyPortfolio({ ...p, costPools: replaceById(p.costPools, saved) }, [])
        return saved
      })
    },
    deletePool(id: string): Promise<Outcome<CostPool>> {
      return call(client.invoke('costPool:delete', { id }), (removed, p) => {
        get().applyPortfolio({ ...p, costPools: p.costPools.filter((c) => c.id !== id) }, [])
        return removed.pool
      })
    },
  }
}

export type Mutations = ReturnType<typeof createMutations>
