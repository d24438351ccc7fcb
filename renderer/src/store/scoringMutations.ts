import type { ApiError } from '../../../shared/api/result'
import type { ScoringModel } from '../../../shared/model/strategy'
import type { Api } from '../api'
import type { GetState } from './types'

type Outcome<T> = { ok: true; data: T } | { ok: false; error: ApiError }

const noPortfolio: ApiError = { code: 'not_found', message: 'No portfolio is open' }

/**
 * The scoring model (criteria, matrix thresholds, recommendation rules) written through the API,
 * then put into the store. It changes no engine figure, so no initiative is recomputed; the
 * decision matrix re-derives scores from it. History is recorded by the caller, as for the others.
 */
export function createScoringMutations(client: Api, get: GetState) {
  return {
    async updateScoring(scoring: ScoringModel): Promise<Outcome<ScoringModel>> {
      const result = await client.invoke('scoring:update', { scoring })
      if (!result.ok) return result
      const p = get().snapshot?.portfolio
      if (!p) return { ok: false, error: noPortfolio }
      get().applyPortfolio({ ...p, scoring: result.data }, [])
      return { ok: true, data: result.data }
    },
  }
}
