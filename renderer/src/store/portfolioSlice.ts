import type { PortfolioSnapshot } from '../../../shared/api/contract'
import { computePortfolio, recomputeInitiatives, type PortfolioResult } from '../../../shared/engine'
import type { Portfolio } from '../../../shared/model'
import type { Api } from '../api'
import type { SliceCreator } from './types'

type LoadStatus = 'loading' | 'ready' | 'error'

/** A notice reports a problem (an action that failed) or gives information (the file was updated). */
type NoticeTone = 'problem' | 'info'

/** What the person should know after opening a file that was migrated from an older format. */
function migrationNotice(snapshot: PortfolioSnapshot): string | null {
  const m = snapshot.migration
  if (!m) return null
  const name = snapshot.path.split(/[\\/]/).pop() ?? snapshot.path
  return (
    `“${name}” was saved by an earlier version of the app (file format ${m.fromVersion}) and has been updated ` +
    `to format ${m.toVersion}. A copy of the file as it was is kept at ${m.backupPath}.`
  )
}

export interface PortfolioSlice {
  snapshot: PortfolioSnapshot | null
  status: LoadStatus
  /** Why loading failed (status 'error'). */
  error: string | null
  /** Every figure, from the shared engine; null until a portfolio is loaded. */
  results: PortfolioResult | null
  /** A message about the last action that failed outside a cell (undo, add, delete), or information; null when none. */
  notice: string | null
  noticeTone: NoticeTone
  load(): Promise<void>
  /** Shows another portfolio (opened from a menu); history is cleared because it belongs to the old file. */
  replaceSnapshot(snapshot: PortfolioSnapshot): void
  /**
   * Takes in what another window or program saved to the open file: the file's portfolio replaces the
   * one shown, in turn with the edits in flight. View, selection and undo history stay (an undo whose
   * target was changed elsewhere is refused, see staleHistory.ts). Another file is shown afresh.
   */
  reloadFromFile(): Promise<void>
  /**
   * Puts an already-saved portfolio into the store and recomputes: only `changedIds` when the
   * price book, settings and horizon are unchanged ('all' otherwise).
   */
  applyPortfolio(portfolio: Portfolio, changedIds: readonly string[] | 'all'): void
  setNotice(notice: string | null, tone?: NoticeTone): void
}

/** Marks for the bench and for anyone profiling: how long the engine took. */
function timed<T>(name: string, run: () => T): T {
  performance.mark(`${name}:start`)
  const value = run()
  performance.measure(name, `${name}:start`)
  return value
}

export const createPortfolioSlice =
  (client: Api): SliceCreator<PortfolioSlice> =>
  (set, get) => {
    /** Computes every figure of `snapshot` and shows it; false (status 'error') when the engine fails. */
    const show = (snapshot: PortfolioSnapshot, extra: Partial<PortfolioSlice> = {}): boolean => {
      let results: PortfolioResult
      try {
        results = timed('gpp:compute', () => computePortfolio(snapshot.portfolio))
      } catch (e) {
        set({
          status: 'error',
          error: `The figures could not be computed: ${e instanceof Error ? e.message : String(e)}`,
        })
        return false
      }
      set({ snapshot, results, status: 'ready', error: null, ...extra })
      return true
    }

    return {
      snapshot: null,
      status: 'loading',
      error: null,
      results: null,
      notice: null,
      noticeTone: 'problem',
      async load() {
        set({ status: 'loading', error: null })
        const r = await client.invoke('portfolio:get', {})
        if (!r.ok) {
          set({ status: 'error', error: r.error.message })
          return
        }
        get().replaceSnapshot(r.data)
      },
      replaceSnapshot(snapshot) {
        if (show(snapshot, { notice: migrationNotice(snapshot), noticeTone: 'info' })) get().clearHistory()
      },
      reloadFromFile() {
        return get().enqueue(async () => {
          const r = await client.invoke('portfolio:get', {})
          if (!r.ok) {
            set({
              notice: `Could not show the changes saved in another window or program: ${r.error.message}`,
              noticeTone: 'problem',
            })
            return
          }
          if (get().snapshot?.path === r.data.path) show(r.data)
          else get().replaceSnapshot(r.data)
        })
      },
      applyPortfolio(portfolio, changedIds) {
        const { snapshot, results: prev } = get()
        if (!snapshot) return
        const results = timed('gpp:recompute', () =>
          prev && changedIds !== 'all'
            ? recomputeInitiatives(prev, portfolio, changedIds)
            : computePortfolio(portfolio),
        )
        set({ snapshot: { ...snapshot, portfolio }, results })
      },
      setNotice(notice, tone = 'problem') {
        set({ notice, noticeTone: tone })
      },
    }
  }
