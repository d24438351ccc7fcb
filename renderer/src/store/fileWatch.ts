import type { Api } from '../api'
import type { GetState } from './types'

/** How long one wait for changes may last before it is asked again (the server caps it at 30 s). */
const CHANGE_WAIT_MS = 25_000
/** Pause before asking again after a failed wait (no portfolio open, server gone). */
const RETRY_MS = 2_000

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Keeps the shown portfolio in step with the file while other windows or programs save to it: asks the
 * main side to answer once its revision moves past the one shown ('portfolio:waitForChange', a long
 * poll that works alike over IPC and HTTP), then reloads through the mutation queue so the reload lands
 * between the user's own edits, never under one. Returns the function that stops watching.
 */
export function watchPortfolioFile(client: Api, get: GetState): () => void {
  let stopped = false
  const loop = async () => {
    while (!stopped) {
      const since = get().snapshot?.revision
      if (since === undefined) {
        await pause(RETRY_MS)
        continue
      }
      const r = await client.invoke('portfolio:waitForChange', { since, waitMs: CHANGE_WAIT_MS })
      if (stopped) return
      if (!r.ok) {
        await pause(RETRY_MS)
        continue
      }
      const shown = get().snapshot?.revision
      if (r.data.revision === shown) continue
      await get().reloadFromFile()
      // A reload that failed is not retried at once: the same failure would come straight back.
      if (get().snapshot?.revision === shown) await pause(RETRY_MS)
    }
  }
  void loop()
  return () => {
    stopped = true
  }
}
