import type { PriceUpdateParams } from '../../../../shared/api/methods/prices'
import type { ApiError, ApiResult } from '../../../../shared/api/result'
import { withPriceBookState } from '../../../../shared/prices/priceBookState'
import type { PriceBookState, PriceUpdateApplied } from '../../../../shared/prices/preview'
import type { Api } from '../../api'
import type { GetState } from '../../store/types'

type Outcome<T> = { ok: true; data: T } | { ok: false; error: ApiError }

const noPortfolio: ApiError = { code: 'not_found', message: 'No portfolio is open' }

/**
 * An update of the price book from a price file and its undo and redo, each ONE transaction on the
 * file, put into the store once the file holds them. Prices change every initiative's figures, so
 * all are recomputed.
 */
export function createPriceUpdateMutations(client: Api, get: GetState) {
  async function call<T>(pending: Promise<ApiResult<T>>, stateOf: (data: T) => PriceBookState): Promise<Outcome<T>> {
    const result = await pending
    if (!result.ok) return result
    const p = get().snapshot?.portfolio
    if (!p) return { ok: false, error: noPortfolio }
    get().applyPortfolio(withPriceBookState(p, stateOf(result.data)), 'all')
    return { ok: true, data: result.data }
  }
  return {
    updatePrices(params: PriceUpdateParams): Promise<Outcome<PriceUpdateApplied>> {
      return call(client.invoke('prices:update', params), (applied) => applied.after)
    },
    restorePrices(state: PriceBookState): Promise<Outcome<PriceBookState>> {
      return call(client.invoke('prices:restore', { state }), (restored) => restored)
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
): Promise<Outcome<PriceUpdateApplied>> {
  const m = createPriceUpdateMutations(client, get)
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
