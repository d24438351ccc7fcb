import type { PriceUpdateParams } from '../../../../shared/api/methods/prices'
import type { Portfolio } from '../../../../shared/model'
import type { ApiResult } from '../../../../shared/api/result'
import { withPriceBookState } from '../../../../shared/prices/priceBookState'
import type { PriceBookState, PriceUpdateApplied } from '../../../../shared/prices/preview'
import type { Api } from '../../api'
import { createPersistence, type Persistence } from '../../store/persistence'
import type { GetState } from '../../store/types'

/**
 * An update of the price book from a price file and its undo and redo, each ONE transaction on the
 * file, put into the store once the file holds them. Prices change every initiative's figures, so
 * all are recomputed.
 */
export function createPriceUpdateMutations(persist: Persistence, get: GetState) {
  /** Puts the price book the saved data leaves (`stateOf`) into the store; every figure is recomputed. */
  const priceBookOf =
    <T>(stateOf: (saved: T) => PriceBookState) =>
    (saved: T, p: Portfolio): T => {
      get().applyPortfolio(withPriceBookState(p, stateOf(saved)), 'all')
      return saved
    }
  return {
    updatePrices(params: PriceUpdateParams): Promise<ApiResult<PriceUpdateApplied>> {
      return persist.write(
        'prices:update',
        params,
        priceBookOf((applied: PriceUpdateApplied) => applied.after),
      )
    },
    restorePrices(state: PriceBookState): Promise<ApiResult<PriceBookState>> {
      return persist.write(
        'prices:restore',
        { state },
        priceBookOf((restored: PriceBookState) => restored),
      )
    },
  }
}

/**
 * Updates the price book from a price file as ONE undo step (Ctrl+Z takes every new dated price,
 * every model added and the names saved back out). Returns what was done, or the API's refusal.
 */
export function updatePricesFromFile(
  client: Api,
  get: GetState,
  params: PriceUpdateParams,
): Promise<ApiResult<PriceUpdateApplied>> {
  const m = createPriceUpdateMutations(createPersistence(client, get), get)
  return get().enqueue(async () => {
    const r = await m.updatePrices(params)
    if (!r.ok) return r
    const { pricesAdded, modelsAdded, before, after } = r.data
    if (before.models.length > 0 || JSON.stringify(before.aliases) !== JSON.stringify(after.aliases)) {
      const parts = [
        pricesAdded > 0 ? `${String(pricesAdded)} price${pricesAdded === 1 ? '' : 's'}` : '',
        modelsAdded > 0 ? `${String(modelsAdded)} model${modelsAdded === 1 ? '' : 's'}` : '',
      ].filter((s) => s !== '')
      get().record({
        label: `Update ${parts.length > 0 ? parts.join(' and ') : 'model names'} from ${params.fileName}`,
        changes: [{ entity: 'priceUpdate', id: params.fileName, field: null, before, after }],
      })
    }
    return r
  })
}
