/**
 * The store's one persistence, on real handlers and a real file: a write applies the file's saved
 * data to the store only once the API answers ok; a refusal is the API's own error and changes
 * nothing; a write answered after the portfolio is gone applies nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApi } from '../../../electron/api/createApi'
import { PortfolioSession } from '../../../electron/db/session'
import type { Api } from '../../../renderer/src/api'
import { createAppStore } from '../../../renderer/src/store'
import { createPersistence, NO_PORTFOLIO } from '../../../renderer/src/store/persistence'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'

let dir: string
let session: PortfolioSession
let client: Api
let store: ReturnType<typeof createAppStore>

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gpp-persist-'))
  session = new PortfolioSession({ userDataDir: dir, samplePortfolio })
  await session.openDefault()
  const server = createApi({ session })
  client = { invoke: server.invoke as Api['invoke'], on: () => () => undefined }
  store = createAppStore(client)
  await store.getState().load()
})

afterEach(() => {
  session.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('persistence', () => {
  it('applies what the file saved, with the portfolio open, and returns what apply gives', async () => {
    const persist = createPersistence(client, store.getState)
    const before = store.getState().snapshot?.portfolio.settings.name
    const r = await persist.write('settings:update', { patch: { name: 'Renamed' } }, (saved, portfolio) => {
      expect(portfolio.settings.name).toBe(before)
      return saved.name
    })
    expect(r).toEqual({ ok: true, data: 'Renamed' })
  })

  it('returns the API refusal and never calls apply', async () => {
    const persist = createPersistence(client, store.getState)
    let applied = false
    const r = await persist.write('initiative:delete', { id: 'no-such-initiative' }, () => {
      applied = true
    })
    expect(r.ok).toBe(false)
    expect(r.ok ? '' : r.error.code).toBe('not_found')
    expect(r.ok ? '' : r.error.message).not.toBe(NO_PORTFOLIO.message)
    expect(applied).toBe(false)
  })

  it('applies nothing when no portfolio is open by the time the file answers', async () => {
    const persist = createPersistence(client, () => ({ ...store.getState(), snapshot: null }))
    let applied = false
    const r = await persist.write('settings:update', { patch: { name: 'Late' } }, () => {
      applied = true
    })
    expect(r).toEqual({ ok: false, error: NO_PORTFOLIO })
    expect(applied).toBe(false)
  })
})
