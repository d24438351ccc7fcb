import type { SliceCreator } from '../../store/types'

/**
 * Actuals live in their own tables of the file, outside the portfolio snapshot: the views read them
 * through the API. Every write (an import, its undo, a rule, a pasted block) bumps the revision, and
 * each actuals view reads again when it moves.
 */
export interface ActualsSlice {
  actualsRevision: number
  actualsChanged(): void
}

export const createActualsSlice: SliceCreator<ActualsSlice> = (set, get) => ({
  actualsRevision: 0,
  actualsChanged() {
    set({ actualsRevision: get().actualsRevision + 1 })
  },
})
