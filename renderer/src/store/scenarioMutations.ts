import type { ApiError, ApiResult } from '../../../shared/api/result'
import type { Portfolio } from '../../../shared/model'
import type { Scenario } from '../../../shared/model/scenario'
import type { Api } from '../api'
import { sameValue } from './fieldPath'
import type { PlacedScenario } from './history'
import type { GetState } from './types'

type Outcome<T> = { ok: true; data: T } | { ok: false; error: ApiError }

const noPortfolio: ApiError = { code: 'not_found', message: 'No portfolio is open' }

/**
 * Scenario calls that, once the file holds the change, put the saved list into the store.
 * Scenarios change no baseline figure, so no initiative is recomputed (changed ids: none).
 * Like the other mutations they record no history: the scenario slice records, and undo/redo
 * replay through these same functions.
 */
export function createScenarioMutations(client: Api, get: GetState) {
  const list = (): readonly Scenario[] => get().snapshot?.portfolio.scenarios ?? []

  async function call<T, R>(
    pending: Promise<ApiResult<T>>,
    next: (data: T, list: readonly Scenario[]) => { list: Scenario[]; value: R },
  ): Promise<Outcome<R>> {
    const result = await pending
    if (!result.ok) return result
    const p: Portfolio | undefined = get().snapshot?.portfolio
    if (!p) return { ok: false, error: noPortfolio }
    const { list: scenarios, value } = next(result.data, p.scenarios ?? [])
    get().applyPortfolio({ ...p, scenarios }, [])
    return { ok: true, data: value }
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
    createScenario(scenario: Scenario, index?: number): Promise<Outcome<PlacedScenario>> {
      const params = index === undefined ? { scenario } : { scenario, index }
      return call(client.invoke('scenarios:create', params), insert)
    },
    updateScenario(scenario: Scenario): Promise<Outcome<Scenario>> {
      return call(client.invoke('scenarios:update', { scenario }), replace)
    },
    renameScenario(id: string, name: string): Promise<Outcome<Scenario>> {
      return call(client.invoke('scenarios:rename', { id, name }), replace)
    },
    duplicateScenario(id: string, newId: string): Promise<Outcome<PlacedScenario>> {
      return call(client.invoke('scenarios:duplicate', { id, newId }), insert)
    },
    reorderScenario(id: string, index: number): Promise<Outcome<Scenario[]>> {
      return call(client.invoke('scenarios:reorder', { id, index }), (saved) => ({ list: saved, value: saved }))
    },
    deleteScenario(id: string): Promise<Outcome<PlacedScenario>> {
      return call(client.invoke('scenarios:delete', { id }), (removed, l) => ({
        list: l.filter((s) => s.id !== id),
        value: removed,
      }))
    },
    /**
     * Makes the file hold `placed`: re-created at its index when it is gone, otherwise its
     * content replaced and moved to its index (only the calls that change something are made).
     * This is how undo and redo put a scenario back as a step recorded it.
     */
    async placeScenario(placed: PlacedScenario): Promise<Outcome<PlacedScenario>> {
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

export type ScenarioMutations = ReturnType<typeof createScenarioMutations>
