import type { FieldEdit } from '../../../shared/api/contract'
import type { ApiError } from '../../../shared/api/result'
import type { Initiative } from '../../../shared/model'
import type { Persistence } from './persistence'
import { readField, sameValue } from './fieldPath'
import type { HistoryChange } from './history'
import { createMutations } from './mutations'
import type { SliceCreator } from './types'

export interface InitiativesSlice {
  /**
   * Writes field edits (one cell, or a whole pasted block) in one all-or-nothing API call; the
   * store changes only once the file holds them, and only the touched initiatives are recomputed.
   * One undo step. Edits that change nothing are dropped. Returns the API's refusal, or null.
   */
  editInitiatives(edits: FieldEdit[], label?: string): Promise<ApiError | null>
  /** Inserts at `index` (the end when omitted). */
  createInitiative(initiative: Initiative, index?: number): Promise<ApiError | null>
  deleteInitiative(id: string): Promise<ApiError | null>
  /** Deletes several rows as one undo step. */
  deleteInitiatives(ids: readonly string[]): Promise<ApiError | null>
}

export const createInitiativesSlice =
  (persist: Persistence): SliceCreator<InitiativesSlice> =>
  (_set, get) => {
    const m = createMutations(persist, get)
    const initiativeById = (id: string) => get().snapshot?.portfolio.initiatives.find((i) => i.id === id)

    return {
      editInitiatives(edits, label = edits.length === 1 ? 'Edit' : `Edit ${edits.length} cells`) {
        return get().enqueue(async () => {
          const befores = edits.map((e) => readField(initiativeById(e.id), e.field))
          const real = edits.filter((e, i) => !sameValue(befores[i], e.value))
          if (real.length === 0) return null
          const r = await m.editInitiatives(real)
          if (!r.ok) return r.error
          const changes: HistoryChange[] = edits.flatMap((e, i) => {
            if (sameValue(befores[i], e.value)) return []
            const saved = r.data.find((x) => x.id === e.id)
            return [
              { entity: 'initiative', id: e.id, field: e.field, before: befores[i], after: readField(saved, e.field) },
            ]
          })
          get().record({ label, changes })
          return null
        })
      },
      createInitiative(initiative, index) {
        return get().enqueue(async () => {
          const r = await m.createInitiative(initiative, index)
          if (!r.ok) return r.error
          get().record({
            label: `Add “${r.data.initiative.name}”`,
            changes: [{ entity: 'initiativeRow', id: r.data.initiative.id, field: null, before: null, after: r.data }],
          })
          return null
        })
      },
      deleteInitiative(id) {
        return get().deleteInitiatives([id])
      },
      deleteInitiatives(ids) {
        return get().enqueue(async () => {
          const changes: HistoryChange[] = []
          const names: string[] = []
          let error: ApiError | null = null
          for (const id of ids) {
            const r = await m.deleteInitiative(id)
            if (!r.ok) {
              error = r.error
              break
            }
            changes.push({ entity: 'initiativeRow', id, field: null, before: r.data, after: null })
            names.push(r.data.initiative.name)
          }
          // Rows already deleted stay one undoable step even when a later one was refused.
          const label = names.length === 1 ? `Delete “${names[0]}”` : `Delete ${names.length} initiatives`
          get().record({ label, changes })
          return error
        })
      },
    }
  }
