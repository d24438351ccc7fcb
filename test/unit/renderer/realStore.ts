/**
 * The renderer's store wired to the real API handlers on a real portfolio file in a temporary
 * user-data folder (no mocks), as the store tests of every view use it.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createApi } from '../../../electron/api/createApi'
import { PortfolioSession } from '../../../electron/db/session'
import type { Api } from '../../../renderer/src/api'
import type { JobClient } from '../../../renderer/src/worker/jobClient'
import { createAppStore } from '../../../renderer/src/store'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import type { Portfolio } from '../../../shared/model'

export interface RealStore {
  store: ReturnType<typeof createAppStore>
  server: ReturnType<typeof createApi>
  session: PortfolioSession
  /** What the file holds now, read through the API as a fresh window would. */
  fileContent(): Promise<Portfolio>
  close(): void
}

/**
 * A loaded store on a new default portfolio file created from `portfolio` (the sample when absent).
 * With `overJson`, parameters travel as JSON, as over browser mode's HTTP bridge (undefined vanishes).
 * `jobs` runs the engine's jobs (inline by default, as there is no Worker in Node).
 */
export async function openRealStore(
  prefix: string,
  portfolio: () => Portfolio = samplePortfolio,
  overJson = false,
  jobs?: JobClient,
): Promise<RealStore> {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  const session = new PortfolioSession({ userDataDir: dir, samplePortfolio: portfolio })
  await session.openDefault()
  const server = createApi({ session })
  const client: Api = {
    invoke: ((method: string, params: unknown) =>
      server.invoke(method, overJson ? (JSON.parse(JSON.stringify(params)) as unknown) : params)) as Api['invoke'],
    on: () => () => undefined,
  }
  const store = createAppStore(client, jobs)
  await store.getState().load()
  return {
    store,
    server,
    session,
    async fileContent() {
      const r = await server.invoke('portfolio:get', {})
      if (!r.ok) throw new Error(r.error.message)
      return (r.data as { portfolio: Portfolio }).portfolio
    },
    close() {
      session.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
