import type { ApiError } from '../../../shared/api/result'
import type { Persistence } from './persistence'
import { MAX_HISTORY_STEPS, invertStep, type HistoryStep } from './history'
import { createMutations } from './mutations'
import { replayStep } from './replay'
import { staleTarget } from './staleHistory'
import type { SliceCreator } from './types'

/**
 * A small command history rather than zundo: zundo snapshots store state, but an undo here
 * must be written to the portfolio file through the API (and may be refused), so we record
 * commands `{ entity, id, field, before, after }` and replay them.
 */
export interface HistorySlice {
  past: HistoryStep[]
  future: HistoryStep[]
  canUndo: boolean
  canRedo: boolean
  /** Tail of the mutation queue: edits are sent one after another so answers apply in order. */
  pending: Promise<unknown>
  enqueue<T>(task: () => Promise<T>): Promise<T>
  record(step: HistoryStep): void
  clearHistory(): void
  undo(): Promise<ApiError | null>
  redo(): Promise<ApiError | null>
}

export const createHistorySlice =
  (persist: Persistence): SliceCreator<HistorySlice> =>
  (set, get) => {
    const mutations = createMutations(persist, get)
    /** Tasks enqueued and not yet settled (running or waiting their turn). */
    let inFlight = 0
    const stacks = (past: HistoryStep[], future: HistoryStep[]) => ({
      past,
      future,
      canUndo: past.length > 0,
      canRedo: future.length > 0,
    })
    const move = (from: 'past' | 'future') =>
      get().enqueue(async (): Promise<ApiError | null> => {
        const stack = get()[from]
        const step = stack.at(-1)
        if (!step) return null
        const verb = from === 'past' ? 'undo' : 'redo'
        const replay = from === 'past' ? invertStep(step) : step
        const { snapshot } = get()
        const stale = snapshot && step.revision !== snapshot.revision ? staleTarget(replay, snapshot.portfolio) : null
        if (stale) {
          // Replaying would overwrite what was saved elsewhere, now and at every later try: the step goes.
          const message = `${stale} was changed in another window or program since. Nothing was changed, and this step was taken off the undo history.`
          set(
            from === 'past'
              ? stacks(get().past.slice(0, -1), get().future)
              : stacks(get().past, get().future.slice(0, -1)),
          )
          get().setNotice(`Could not ${verb} “${step.label}”: ${message}`)
          return { code: 'conflict', message }
        }
        const error = await replayStep(replay, mutations)
        if (error) {
          get().setNotice(`Could not ${verb} “${step.label}”: ${error.message}`)
          return error
        }
        const moved = { ...step, revision: get().snapshot?.revision }
        set(
          from === 'past'
            ? stacks(get().past.slice(0, -1), [...get().future, moved])
            : stacks([...get().past, moved], get().future.slice(0, -1)),
        )
        return null
      })
    return {
      past: [],
      future: [],
      canUndo: false,
      canRedo: false,
      pending: Promise.resolve(),
      enqueue<T>(task: () => Promise<T>): Promise<T> {
        // With nothing in flight the task starts now rather than a microtask later: an edit's API
        // call then leaves while the grid is still closing its editor and moving the focus.
        const run = inFlight === 0 ? new Promise<T>((resolve) => resolve(task())) : get().pending.then(task, task)
        inFlight += 1
        const settled = () => {
          inFlight -= 1
        }
        void run.then(settled, settled)
        set({ pending: run.catch(() => undefined) })
        return run
      },
      record(step) {
        if (step.changes.length === 0) return
        const past = [...get().past, { ...step, revision: get().snapshot?.revision }].slice(-MAX_HISTORY_STEPS)
        set(stacks(past, []))
      },
      clearHistory() {
        set(stacks([], []))
      },
      undo: () => move('past'),
      redo: () => move('future'),
    }
  }
