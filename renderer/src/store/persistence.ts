import type { Method, Params, Result } from '../../../shared/api/contract'
import type { ApiError, ApiResult } from '../../../shared/api/result'
import type { Portfolio } from '../../../shared/model'
import type { Api } from '../api'
import type { GetState } from './types'

/** The answer of a write made while no portfolio is open any more. */
export const NO_PORTFOLIO: ApiError = { code: 'not_found', message: 'No portfolio is open' }

/**
 * How the store writes to the portfolio file: one API method, then — only once the file holds the
 * change, and while a portfolio is open — `apply` puts the saved data into the store and says what
 * the caller gets back. Nothing is applied before the API answers ok, so the store never shows an
 * edit the file does not hold; a refusal is the API's own error. Every mutation writes through this.
 */
export interface Persistence {
  write<M extends Method, R>(
    method: M,
    params: Params<M>,
    apply: (saved: Result<M>, portfolio: Portfolio) => R,
  ): Promise<ApiResult<R>>
}

/** The store's persistence over an API client (the preload bridge, HTTP, or real handlers in tests). */
export function createPersistence(client: Api, get: GetState): Persistence {
  return {
    async write(method, params, apply) {
      const result = await client.invoke(method, params)
      if (!result.ok) return result
      const portfolio = get().snapshot?.portfolio
      if (!portfolio) return { ok: false, error: NO_PORTFOLIO }
      return { ok: true, data: apply(result.data, portfolio) }
    },
  }
}
