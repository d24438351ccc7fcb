import type { ApiResult } from '../../../shared/api/result'
import type { ScoringModel } from '../../../shared/model/strategy'
import type { Persistence } from './persistence'
import type { GetState } from './types'

/**
 * The scoring model (criteria, matrix thresholds, recommendation rules) written through the API,
 * then put into the store. It changes no engine figure, so no initiative is recomputed; the
 * decision matrix re-derives scores from it. History is recorded by the caller, as for the others.
 */
export function createScoringMutations(persist: Persistence, get: GetState) {
  return {
    updateScoring(scoring: ScoringModel): Promise<ApiResult<ScoringModel>> {
      return persist.write('scoring:update', { scoring }, (saved, p) => {
        get().applyPortfolio({ ...p, scoring: saved }, [])
        return saved
      })
    },
  }
}
