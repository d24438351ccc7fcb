import type { ApiError } from '../../../../shared/api/result'
import type { Scenario } from '../../../../shared/model/scenario'
import type { Persistence } from '../../store/persistence'
import { sameValue } from '../../store/fieldPath'
import type { HistoryChange, PlacedScenario } from '../../store/history'
import { createScenarioMutations } from '../../store/scenarioMutations'
import type { SliceCreator } from '../../store/types'
import { freeScenarioName, newId } from './scenarioNames'

/**
 * Scenario edits: each is written to the portfolio file through the API, then put into
 * the store, and recorded as one undo step `{ entity: 'scenario', id, before, after }` holding the
 * scenario and its place, so undo/redo replay create, rename, duplicate, move and delete in place.
 * Which scenario is open and which are compared is view state kept here so it survives navigation.
 */
export interface ScenarioSlice {
  /** The scenario whose levers are being edited, or null. */
  selectedScenarioId: string | null
  /** Scenario ids compared with the baseline; null = every scenario (new ones join automatically). */
  comparedScenarioIds: string[] | null
  selectScenario(id: string | null): void
  setComparedScenarios(ids: string[] | null): void
  /** A new empty scenario at the end, named `name` ("Scenario N" when omitted); resolves to its id or the refusal. */
  createScenario(name?: string): Promise<{ id: string } | { error: ApiError }>
  /** Saves name, description and levers at once (one undo step, labelled). */
  updateScenario(scenario: Scenario, label?: string): Promise<ApiError | null>
  renameScenario(id: string, name: string): Promise<ApiError | null>
  duplicateScenario(id: string): Promise<ApiError | null>
  moveScenario(id: string, index: number): Promise<ApiError | null>
  deleteScenario(id: string): Promise<ApiError | null>
}

export const createScenarioSlice =
  (persist: Persistence): SliceCreator<ScenarioSlice> =>
  (set, get) => {
    const m = createScenarioMutations(persist, get)
    const list = (): readonly Scenario[] => get().snapshot?.portfolio.scenarios ?? []
    const placed = (id: string): PlacedScenario | null => {
      const index = list().findIndex((s) => s.id === id)
      const scenario = list()[index]
      return scenario ? { scenario, index } : null
    }
    const change = (id: string, before: PlacedScenario | null, after: PlacedScenario | null): HistoryChange => ({
      entity: 'scenario',
      id,
      field: null,
      before,
      after,
    })

    return {
      selectedScenarioId: null,
      comparedScenarioIds: null,
      selectScenario(id) {
        set({ selectedScenarioId: id })
      },
      setComparedScenarios(ids) {
        set({ comparedScenarioIds: ids })
      },
      createScenario(name) {
        return get().enqueue(async () => {
          const fresh: Scenario = {
            id: newId('scenario'),
            name: name ?? freeScenarioName(list()),
            description: '',
            levers: [],
          }
          const r = await m.createScenario(fresh)
          if (!r.ok) return { error: r.error }
          get().record({
            label: `Add scenario “${r.data.scenario.name}”`,
            changes: [change(fresh.id, null, r.data)],
          })
          set({ selectedScenarioId: fresh.id })
          return { id: fresh.id }
        })
      },
      updateScenario(scenario, label = `Edit scenario “${scenario.name}”`) {
        return get().enqueue(async () => {
          const before = placed(scenario.id)
          const r = await m.updateScenario(scenario)
          if (!r.ok) return r.error
          // A save that changes nothing (a refused entry put back as it was) is no undo step.
          if (before && !sameValue(before.scenario, r.data))
            get().record({ label, changes: [change(scenario.id, before, { ...before, scenario: r.data })] })
          return null
        })
      },
      renameScenario(id, name) {
        return get().enqueue(async () => {
          const before = placed(id)
          if (before?.scenario.name === name.trim()) return null
          const r = await m.renameScenario(id, name)
          if (!r.ok) return r.error
          if (before)
            get().record({
              label: `Rename scenario “${before.scenario.name}” to “${r.data.name}”`,
              changes: [change(id, before, { ...before, scenario: r.data })],
            })
          return null
        })
      },
      duplicateScenario(id) {
        return get().enqueue(async () => {
          const copyId = newId('scenario')
          const r = await m.duplicateScenario(id, copyId)
          if (!r.ok) return r.error
          get().record({
            label: `Duplicate scenario as “${r.data.scenario.name}”`,
            changes: [change(copyId, null, r.data)],
          })
          set({ selectedScenarioId: copyId })
          return null
        })
      },
      moveScenario(id, index) {
        return get().enqueue(async () => {
          const before = placed(id)
          if (!before || index < 0 || index >= list().length || index === before.index) return null
          const r = await m.reorderScenario(id, index)
          if (!r.ok) return r.error
          const after = placed(id)
          get().record({ label: `Move scenario “${before.scenario.name}”`, changes: [change(id, before, after)] })
          return null
        })
      },
      deleteScenario(id) {
        return get().enqueue(async () => {
          const r = await m.deleteScenario(id)
          if (!r.ok) return r.error
          get().record({ label: `Delete scenario “${r.data.scenario.name}”`, changes: [change(id, r.data, null)] })
          if (get().selectedScenarioId === id) set({ selectedScenarioId: null })
          return null
        })
      },
    }
  }
