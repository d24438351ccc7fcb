/**
 * The store's mutation queue on real handlers and a real file: with nothing in flight an edit's
 * API call leaves at once (in the same task, before the grid moves its focus), and edits made
 * while one is in flight still reach the file and the store one after another, in order.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApi } from '../../../electron/api/createApi'
import { PortfolioSession } from '../../../electron/db/session'
import type { Api } from '../../../renderer/src/api'
import { createAppStore } from '../../../renderer/src/store'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import type { Portfolio } from '../../../shared/model'

let dir: string
let session: PortfolioSession
let calls: string[]
let store: ReturnType<typeof createAppStore>
let server: ReturnType<typeof createApi>

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gpp-queue-'))
  session = new PortfolioSession({ userDataDir: dir, samplePortfolio })
  await session.openDefault()
  server = createApi({ session })
  calls = []
  const client: Api = {
    invoke: ((method: string, params: unknown) => {
      calls.push(method)
      return server.invoke(method, params)
    }) as Api['invoke'],
    on: () => () => undefined,
  }
  store = createAppStore(client)
  await store.getState().load()
  calls = []
})

afterEach(() => {
  session.close()
  rmSync(dir, { recursive: true, force: true })
})

const tokensIn = (p: Portfolio | undefined, id: string) =>
  p?.initiatives.find((i) => i.id === id)?.usage.inputTokensPerQuery

async function fileTokens(id: string): Promise<number | undefined> {
  const r = await server.invoke('portfolio:get', {})
  if (!r.ok) throw new Error(r.error.message)
  return tokensIn((r.data as { portfolio: Portfolio }).portfolio, id)
}

describe('the mutation queue', () => {
  it('sends an edit to the API in the same task when nothing is in flight', async () => {
    const id = samplePortfolio().initiatives[0]?.id ?? ''
    const done = store.getState().editInitiatives([{ id, field: 'usage.inputTokensPerQuery', value: 4321 }])
    expect(calls).toEqual(['initiative:edit'])
    expect(await done).toBeNull()
    expect(tokensIn(store.getState().snapshot?.portfolio, id)).toBe(4321)
    expect(await fileTokens(id)).toBe(4321)
  })

  it('runs edits made while one is in flight after it, in order, each one undo step', async () => {
    const id = samplePortfolio().initiatives[1]?.id ?? ''
    const edit = (value: number) =>
      store.getState().editInitiatives([{ id, field: 'usage.inputTokensPerQuery', value }])
    const a = edit(1111)
    const b = edit(2222)
    const c = edit(3333)
    // Only the first has left; the others wait for the answers before them.
    expect(calls).toEqual(['initiative:edit'])
    expect(await Promise.all([a, b, c])).toEqual([null, null, null])
    expect(calls).toEqual(['initiative:edit', 'initiative:edit', 'initiative:edit'])
    expect(tokensIn(store.getState().snapshot?.portfolio, id)).toBe(3333)
    expect(await fileTokens(id)).toBe(3333)
    expect(store.getState().past.map((s) => s.changes[0]?.after)).toEqual([1111, 2222, 3333])
    // Undo walks back through the same order.
    await store.getState().undo()
    expect(await fileTokens(id)).toBe(2222)
  })

  it('starts at once again once the queue has drained, and after a refused edit', async () => {
    const id = samplePortfolio().initiatives[2]?.id ?? ''
    const refused = await store.getState().editInitiatives([{ id, field: 'usage.inputTokensPerQuery', value: -5 }])
    expect(refused).not.toBeNull()
    calls = []
    const next = store.getState().editInitiatives([{ id, field: 'usage.inputTokensPerQuery', value: 777 }])
    expect(calls).toEqual(['initiative:edit'])
    expect(await next).toBeNull()
    expect(await fileTokens(id)).toBe(777)
  })
})
