import type { Method, Params, Result } from '../../../shared/api/contract'
import type { ApiResult } from '../../../shared/api/result'
import type { Scenario } from '../../../shared/model/scenario'
import { sameValue } from './fieldPath'
import type { PlacedScenario } from './history'
import type { Persistence } from './persistence'
import type { GetState } from './types'

/**
 * Scenario calls that, once the file holds the change, put the saved list into the store.
 * Scenarios change no baseline figure, so no initiative is recomputed (changed ids: none).
 * Like the other mutations they record no history: the scenario slice records, and undo/redo
 * replay through these same functions.
 */
export function createScenarioMutations(persist: Persistence, get: GetState) {
  const list = (): readonly Scenario[] => get().snapshot?.portfolio.scenarios ?? []

  /** Writes, then puts the scenario list `next` makes of the saved data into the store. */
  function write<M extends Method, R>(
    method: M,
    params: Params<M>,
    next: (saved: Result<M>, list: readonly Scenario[]) => { list: Scenario[]; value: R },
  ): Promise<ApiResult<R>> {
    return persist.write(method, params, (saved, p) => {
      const { list: scenarios, value } = next(saved, p.scenarios ?? [])
      get().applyPortfolio({ ...p, scenarios }, [])
      return value
    })
  }

  const insert = (placed: PlacedScenario, l: readonly Scenario[]) => ({
    list: l.toSpliced(placed.index, 0, placed.scenario),
    value: placed,
  })
  const replace = (saved: Scenario, l: readonly Scenario[]) => ({
    list: l.map((s) => (s.id === saved.id ? saved : s)),
    value: saved,
  })

  const m = {
    createScenario(scenario: Scenario, index?: number): Promise<ApiResult<PlacedScenario>> {
      const params = index === undefined ? { scenario } : { scenario, index }
      return write('scenarios:create', params, insert)
    },
    updateScenario(scenario: Scenario): Promise<ApiResult<Scenario>> {
      return write('scenarios:update', { scenario }, replace)
    },
    renameScenario(id: string, name: string): Promise<ApiResult<Scenario>> {
      return write('scenarios:rename', { id, name }, replace)
    },
    duplicateScenario(id: string, newId: string): Promise<ApiResult<PlacedScenario>> {
      return write('scenarios:duplicate', { id, newId }, insert)
    },
    reorderScenario(id: string, index: number): Promise<ApiResult<Scenario[]>> {
      return write('scenarios:reorder', { id, index }, (saved) => ({ list: saved, value: saved }))
    },
    deleteScenario(id: string): Promise<ApiResult<PlacedScenario>> {
      return write('scenarios:delete', { id }, (removed, l) => ({
        list: l.filter((s) => s.id !== id),
        value: removed,
      }))
    },
    /**
     * Makes the file hold `placed`: re-created at its index when it is gone, otherwise its
     * content replaced and moved to its index (only the calls that change something are made).
     * This is how undo and redo put a scenario back as a step recorded it.
     */
    async placeScenario(placed: PlacedScenario): Promise<ApiResult<PlacedScenario>> {
      const i = list().findIndex((s) => s.id === placed.scenario.id)
      if (i < 0) return m.createScenario(placed.scenario, placed.index)
      if (!sameValue(list()[i], placed.scenario)) {
        const r = await m.updateScenario(placed.scenario)
        if (!r.ok) return r
      }
      if (list().findIndex((s) => s.id === placed.scenario.id) !== placed.index) {
        const r = await m.reorderScenario(placed.scenario.id, placed.index)
        if (!r.ok) return r
      }
      return { ok: true, data: placed }
    },
  }
  return m
}
