import type { ApiError } from '../../../shared/api/result'
import type { CostPool, PortfolioSettings, PriceBookModel } from '../../../shared/model'
import { DEFAULT_SCORING_MODEL } from '../../../shared/model/strategyDefaults'
import type { ScoringModel } from '../../../shared/model/strategy'
import type { Persistence } from './persistence'
import { sameValue } from './fieldPath'
import type { HistoryChange } from './history'
import { createMutations } from './mutations'
import type { SliceCreator } from './types'

/** Settings, price book and cost pools: every change is saved through the API and undoable. */
export interface CatalogSlice {
  updateSettings(patch: Partial<PortfolioSettings>): Promise<ApiError | null>
  upsertModel(model: PriceBookModel): Promise<ApiError | null>
  deleteModel(id: string): Promise<ApiError | null>
  upsertPool(pool: CostPool): Promise<ApiError | null>
  deletePool(id: string): Promise<ApiError | null>
  /** Replaces the scoring model (criteria, thresholds, rules) as one undo step named `label`. */
  updateScoring(scoring: ScoringModel, label: string): Promise<ApiError | null>
}

export const createCatalogSlice =
  (persist: Persistence): SliceCreator<CatalogSlice> =>
  (_set, get) => {
    const m = createMutations(persist, get)
    const portfolio = () => get().snapshot?.portfolio

    return {
      updateSettings(patch) {
        return get().enqueue(async () => {
          const before = portfolio()?.settings
          const r = await m.updateSettings(patch)
          if (!r.ok) return r.error
          const changes: HistoryChange[] = (Object.keys(patch) as (keyof PortfolioSettings)[])
            .filter((k) => !sameValue(before?.[k], r.data[k]))
            // An optional setting that was absent (the deck theme) is undone by sending null: undefined
            // would vanish from the request and leave the new value in place.
            .map((k) => ({
              entity: 'settings',
              id: 'settings',
              field: k,
              before: before?.[k] ?? null,
              after: r.data[k],
            }))
          get().record({ label: 'Edit settings', changes })
          return null
        })
      },
      upsertModel(model) {
        return get().enqueue(async () => {
          const before = portfolio()?.priceBook.find((x) => x.id === model.id) ?? null
          const r = await m.upsertModel(model)
          if (!r.ok) return r.error
          get().record({
            label: `Save model “${r.data.name}”`,
            changes: [{ entity: 'model', id: model.id, field: null, before, after: r.data }],
          })
          return null
        })
      },
      deleteModel(id) {
        return get().enqueue(async () => {
          const r = await m.deleteModel(id)
          if (!r.ok) return r.error
          get().record({
            label: `Delete model “${r.data.name}”`,
            changes: [{ entity: 'model', id, field: null, before: r.data, after: null }],
          })
          return null
        })
      },
      upsertPool(pool) {
        return get().enqueue(async () => {
          const before = portfolio()?.costPools.find((x) => x.id === pool.id) ?? null
          const r = await m.upsertPool(pool)
          if (!r.ok) return r.error
          get().record({
            label: `Save cost pool “${r.data.name}”`,
            changes: [{ entity: 'pool', id: pool.id, field: null, before, after: r.data }],
          })
          return null
        })
      },
      updateScoring(scoring, label) {
        return get().enqueue(async () => {
          // A portfolio without its own model uses the default: undo goes back to that.
          const before = portfolio()?.scoring ?? DEFAULT_SCORING_MODEL
          if (sameValue(before, scoring)) return null
          const r = await m.updateScoring(scoring)
          if (!r.ok) return r.error
          get().record({ label, changes: [{ entity: 'scoring', id: 'scoring', field: null, before, after: r.data }] })
          return null
        })
      },
      deletePool(id) {
        return get().enqueue(async () => {
          const r = await m.deletePool(id)
          if (!r.ok) return r.error
          get().record({
            label: `Delete cost pool “${r.data.name}”`,
            changes: [{ entity: 'pool', id, field: null, before: r.data, after: null }],
          })
          return null
        })
      },
    }
  }
