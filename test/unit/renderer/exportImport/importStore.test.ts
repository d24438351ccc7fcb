/**
 * An import through the renderer store, against the real API handlers and a real portfolio file:
 * all rows arrive in one call, are ONE undo step (one transaction each way), and a refused import
 * changes neither the file nor the store nor the history.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApi } from '../../../../electron/api/createApi'
import { PortfolioSession } from '../../../../electron/db/session'
import type { Api } from '../../../../renderer/src/api'
import { importInitiatives } from '../../../../renderer/src/features/exportImport/importMutations'
import { createAppStore } from '../../../../renderer/src/store'
import { samplePortfolio } from '../../../../shared/data/samplePortfolio'
import type { Portfolio } from '../../../../shared/model'

let dir: string
let session: PortfolioSession
let server: ReturnType<typeof createApi>
let client: Api
let store: ReturnType<typeof createAppStore>

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gpp-import-store-'))
  session = new PortfolioSession({ userDataDir: dir, samplePortfolio })
  await session.openDefault()
  server = createApi({ session })
  client = {
    invoke: ((method: string, params: unknown) => server.invoke(method, params)) as Api['invoke'],
    on: () => () => undefined,
  }
  store = createAppStore(client)
  await store.getState().load()
})
afterEach(() => {
  session.close()
  rmSync(dir, { recursive: true, force: true })
})

async function fileNames(): Promise<string[]> {
  const r = await server.invoke('portfolio:get', {})
  if (!r.ok) throw new Error(r.error.message)
  return (r.data as { portfolio: Portfolio }).portfolio.initiatives.map((i) => i.name)
}
const storeNames = () => store.getState().snapshot?.portfolio.initiatives.map((i) => i.name) ?? []
const csv = (lines: string[]) => ({
  fileName: 'initiatives.csv',
  contentBase64: Buffer.from(lines.join('\r\n'), 'utf8').toString('base64'),
})
const sampleNames = samplePortfolio().initiatives.map((i) => i.name)

describe('importing initiatives through the store', () => {
  it('appends every row, recomputes them, and undo/redo move them as one step', async () => {
    const source = csv(['Name,Target users,Queries / user / mo', 'Bot A,400,30', 'Bot B,150,12'])
    const refused = await importInitiatives(client, store.getState, {
      ...source,
      mapping: ['name', 'usage.targetUsers', 'usage.queriesPerUserPerMonth'],
    })
    expect(refused).toBeNull()
    const expected = [...sampleNames, 'Bot A', 'Bot B']
    expect(storeNames()).toEqual(expected)
    expect(await fileNames()).toEqual(expected)
    const s = store.getState()
    const botA = s.snapshot?.portfolio.initiatives.find((i) => i.name === 'Bot A')
    expect(botA?.usage.targetUsers).toBe(400)
    expect(s.results?.byId.has(botA?.id ?? '')).toBe(true)
    expect(s.past.map((step) => step.label)).toEqual(['Import 2 initiatives from initiatives.csv'])

    expect(await store.getState().undo()).toBeNull()
    expect(storeNames()).toEqual(sampleNames)
    expect(await fileNames()).toEqual(sampleNames)
    expect(store.getState().results?.byId.has(botA?.id ?? '')).toBe(false)

    expect(await store.getState().redo()).toBeNull()
    expect(storeNames()).toEqual(expected)
    expect(await fileNames()).toEqual(expected)
    // Redo brings back the same initiatives, ids included, so later steps still find them.
    expect(store.getState().snapshot?.portfolio.initiatives.find((i) => i.name === 'Bot A')?.id).toBe(botA?.id)
  })

  it('refuses the whole file for one bad row: nothing written, nothing in the store or the history', async () => {
    const source = csv(['Name,Cache hit rate', 'Good bot,25%', 'Bad bot,140%'])
    const refused = await importInitiatives(client, store.getState, {
      ...source,
      mapping: ['name', 'usage.cacheHitRate'],
    })
    expect(refused?.code).toBe('validation')
    expect(refused?.issues?.map((i) => i.message).join(' ')).toMatch(/Row 3.*Cache hit rate/)
    expect(storeNames()).toEqual(sampleNames)
    expect(await fileNames()).toEqual(sampleNames)
    expect(store.getState().past).toEqual([])
  })
})
