/**
 * The store of one window while another program saves to the same file: a second session on the file
 * (its own connection, as another process has) writes through the real handlers, and the window's
 * watcher must show it without a reload, keep the view, and refuse an undo that would overwrite it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApi } from '../../../electron/api/createApi'
import { PortfolioSession } from '../../../electron/db/session'
import type { Api } from '../../../renderer/src/api'
import { watchPortfolioFile } from '../../../renderer/src/store/fileWatch'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import type { Initiative } from '../../../shared/model'
import { openRealStore, type RealStore } from './realStore'

let h: RealStore
let other: { session: PortfolioSession; api: Api }
let stopWatching: () => void

beforeEach(async () => {
  h = await openRealStore('gpp-watch-')
  const session = new PortfolioSession({ userDataDir: `${h.session.defaultPath}.other`, samplePortfolio })
  session.open(h.session.defaultPath)
  const server = createApi({ session })
  other = {
    session,
    api: {
      invoke: ((method: string, params: unknown) => server.invoke(method, params)) as Api['invoke'],
      on: () => () => undefined,
    },
  }
  const client: Api = {
    invoke: ((method: string, params: unknown) => h.server.invoke(method, params)) as Api['invoke'],
    on: () => () => undefined,
  }
  stopWatching = watchPortfolioFile(client, h.store.getState)
})

afterEach(() => {
  stopWatching()
  other.session.close()
  h.close()
})

const first = () => h.store.getState().snapshot?.portfolio.initiatives[0] as Initiative
const shownIn = (id: string) => h.store.getState().snapshot?.portfolio.initiatives.find((i) => i.id === id)
const fileIn = async (id: string) => (await h.fileContent()).initiatives.find((i) => i.id === id)
const editThere = async (id: string, field: string, value: unknown) => {
  const r = await other.api.invoke('initiative:edit', { edits: [{ id, field, value }] })
  if (!r.ok) throw new Error(r.error.message)
}
/** Waits (polling, never a fixed sleep) until the window shows what `check` expects. */
const shown = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 50 })

describe('changes saved by another program', () => {
  it('appear in the open window without a reload; view, selection and undo history stay', async () => {
    const { id } = first()
    h.store.getState().navigate('initiative', id)
    expect(await h.store.getState().editInitiatives([{ id, field: 'usage.cacheHitRate', value: 0.4 }])).toBeNull()
    await editThere(id, 'name', 'Renamed elsewhere')
    await shown(() => expect(shownIn(id)?.name).toBe('Renamed elsewhere'))
    const state = h.store.getState()
    expect(state.view).toBe('initiative')
    expect(state.selectedInitiativeId).toBe(id)
    expect(state.canUndo).toBe(true)
    expect(state.results?.byId.get(id)).toBeDefined()
  })

  it('undo of an edit whose field was changed elsewhere is refused with a message and leaves their value', async () => {
    const { id } = first()
    expect(
      await h.store.getState().editInitiatives([{ id, field: 'usage.inputTokensPerQuery', value: 1234 }]),
    ).toBeNull()
    await editThere(id, 'usage.inputTokensPerQuery', 4321)
    await shown(() => expect(shownIn(id)?.usage.inputTokensPerQuery).toBe(4321))
    const refused = await h.store.getState().undo()
    expect(refused?.code).toBe('conflict')
    const { notice, canUndo } = h.store.getState()
    expect(notice).toContain('Could not undo “Edit”: Input tokens / query of initiative')
    expect(notice).toContain('was changed in another window or program since')
    expect(canUndo).toBe(false)
    expect((await fileIn(id))?.usage.inputTokensPerQuery).toBe(4321)
  })

  it('undo of an edit nobody else touched still works and keeps their other change', async () => {
    const { id } = first()
    const before = first().usage.outputTokensPerQuery
    expect(
      await h.store.getState().editInitiatives([{ id, field: 'usage.outputTokensPerQuery', value: 999 }]),
    ).toBeNull()
    await editThere(id, 'name', 'Renamed elsewhere')
    await shown(() => expect(shownIn(id)?.name).toBe('Renamed elsewhere'))
    expect(await h.store.getState().undo()).toBeNull()
    expect(await fileIn(id)).toMatchObject({ name: 'Renamed elsewhere', usage: { outputTokensPerQuery: before } })
    expect(shownIn(id)).toMatchObject({ name: 'Renamed elsewhere', usage: { outputTokensPerQuery: before } })
  })

  it('an edit here that the file took in on top of their change shows both', async () => {
    const { id } = first()
    stopWatching()
    await editThere(id, 'name', 'Renamed elsewhere')
    // The window has not looked yet: its edit is written on top of the file as it is now.
    expect(await h.store.getState().editInitiatives([{ id, field: 'usage.cacheHitRate', value: 0.35 }])).toBeNull()
    expect(await fileIn(id)).toMatchObject({ name: 'Renamed elsewhere', usage: { cacheHitRate: 0.35 } })
    stopWatching = watchPortfolioFile(
      { invoke: ((m: string, p: unknown) => h.server.invoke(m, p)) as Api['invoke'], on: () => () => undefined },
      h.store.getState,
    )
    await shown(() => expect(shownIn(id)).toMatchObject({ name: 'Renamed elsewhere', usage: { cacheHitRate: 0.35 } }))
  })

  it('an initiative deleted elsewhere leaves the grid and the undo of its edit is refused', async () => {
    const { id } = first()
    expect(await h.store.getState().editInitiatives([{ id, field: 'usage.cacheHitRate', value: 0.31 }])).toBeNull()
    const pooled = (await h.fileContent()).costPools.filter((p) => p.allocation === 'fixed' && id in p.fixedShares)
    for (const pool of pooled) {
      const r = await other.api.invoke('costPool:delete', { id: pool.id })
      if (!r.ok) throw new Error(r.error.message)
    }
    const r = await other.api.invoke('initiative:delete', { id })
    if (!r.ok) throw new Error(r.error.message)
    await shown(() => expect(shownIn(id)).toBeUndefined())
    expect((await h.store.getState().undo())?.code).toBe('conflict')
    expect(await fileIn(id)).toBeUndefined()
  })
})
