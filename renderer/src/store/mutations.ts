import type { FieldEdit } from '../../../shared/api/contract'
import type { ApiResult } from '../../../shared/api/result'
import type { CostPool, Initiative, PortfolioSettings, PriceBookModel } from '../../../shared/model'
import { createActualsMutations } from '../features/actuals/actualsMutations'
import { createImportMutations } from '../features/exportImport/importMutations'
import { createPriceUpdateMutations } from '../features/priceBook/priceUpdateMutations'
import { createScenarioMutations } from './scenarioMutations'
import type { Persistence } from './persistence'
import { createScoringMutations } from './scoringMutations'
import type { GetState } from './types'

function replaceById<T extends { id: string }>(list: readonly T[], item: T): T[] {
  const i = list.findIndex((x) => x.id === item.id)
  return i < 0 ? [...list, item] : list.map((x) => (x.id === item.id ? item : x))
}

/**
 * API calls that, once the main side has written the change, apply it to the store and
 * recompute, through the store's one persistence (persistence.ts). History is recorded by the callers, not here, so undo and redo
 * replay through these same functions.
 */
export function createMutations(persist: Persistence, get: GetState) {
  return {
    ...createScoringMutations(persist, get),
    ...createScenarioMutations(persist, get),
    ...createImportMutations(persist, get),
    ...createPriceUpdateMutations(persist, get),
    ...createActualsMutations(persist, get),
    editInitiatives(edits: FieldEdit[]): Promise<ApiResult<Initiative[]>> {
      return persist.write('initiative:edit', { edits }, (updated, p) => {
        const byId = new Map(updated.map((i) => [i.id, i]))
        const initiatives = p.initiatives.map((i) => byId.get(i.id) ?? i)
        get().applyPortfolio({ ...p, initiatives }, [...byId.keys()])
        return updated
      })
    },
    createInitiative(
      initiative: Initiative,
      index?: number,
    ): Promise<ApiResult<{ initiative: Initiative; index: number }>> {
      const params = index === undefined ? { initiative } : { initiative, index }
      return persist.write('initiative:create', params, (created, p) => {
        const at = index === undefined ? p.initiatives.length : Math.min(index, p.initiatives.length)
        const initiatives = [...p.initiatives.slice(0, at), created, ...p.initiatives.slice(at)]
        get().applyPortfolio({ ...p, initiatives }, [created.id])
        return { initiative: created, index: at }
      })
    },
    deleteInitiative(id: string): Promise<ApiResult<{ initiative: Initiative; index: number }>> {
      return persist.write('initiative:delete', { id }, (removed, p) => {
        const initiatives = p.initiatives.filter((i) => i.id !== id)
        get().applyPortfolio({ ...p, initiatives }, [])
        return removed
      })
    },
    updateSettings(patch: Partial<PortfolioSettings>): Promise<ApiResult<PortfolioSettings>> {
      return persist.write('settings:update', { patch }, (settings, p) => {
        get().applyPortfolio({ ...p, settings }, 'all')
        return settings
      })
    },
    upsertModel(model: PriceBookModel): Promise<ApiResult<PriceBookModel>> {
      return persist.write('priceBook:upsert', { model }, (saved, p) => {
        get().applyPortfolio({ ...p, priceBook: replaceById(p.priceBook, saved) }, 'all')
        return saved
      })
    },
    deleteModel(id: string): Promise<ApiResult<PriceBookModel>> {
      return persist.write('priceBook:delete', { id }, (removed, p) => {
        get().applyPortfolio({ ...p, priceBook: p.priceBook.filter((m) => m.id !== id) }, 'all')
        return removed.model
      })
    },
    upsertPool(pool: CostPool): Promise<ApiResult<CostPool>> {
      return persist.write('costPool:upsert', { pool }, (saved, p) => {
        // Pools are re-allocated for every initiative anyway; no initiative's own figures change.
        get().applyPortfolio({ ...p, costPools: replaceById(p.costPools, saved) }, [])
        return saved
      })
    },
    deletePool(id: string): Promise<ApiResult<CostPool>> {
      return persist.write('costPool:delete', { id }, (removed, p) => {
        get().applyPortfolio({ ...p, costPools: p.costPools.filter((c) => c.id !== id) }, [])
        return removed.pool
      })
    },
  }
}

export type Mutations = ReturnType<typeof createMutations>
