/**
 * One file, two connections in one process (as two processes would have): "here" works from what it
 * read before "there" saved, and every write must build on the file as it is, not on that copy.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApi, type Api } from '../../../electron/api/createApi'
import type { PortfolioSession } from '../../../electron/db/session'
import type { Initiative } from '../../../shared/model/initiative'
import type { Portfolio } from '../../../shared/model/portfolio'
import { expectError, expectOk } from '../../fixtures/db/api'
import { newSession, readDocuments, writePortfolioFile } from '../../fixtures/db/files'
import { initiative } from '../../fixtures/db/portfolio'
import { makeTempDir } from '../../fixtures/db/tempDir'
import { runCliProcess } from '../cli/runCliProcess'

interface Side {
  session: PortfolioSession
  api: Api
}

let dir: string
let cleanup: () => void
let path: string
let here: Side
let there: Side

function side(): Side {
  const session = newSession(dir)
  session.open(path)
  return { session, api: createApi({ session }) }
}

beforeEach(async () => {
  ;({ dir, cleanup } = makeTempDir('gpp-other-'))
  path = await writePortfolioFile(join(dir, 'shared.aiportfolio'))
  here = side()
  there = side()
})
afterEach(() => {
  here.session.close()
  there.session.close()
  cleanup()
})

const stored = (id: string) =>
  readDocuments(path, 'initiatives').find((r) => r.id === id)?.data as Initiative | undefined
const edit = (api: Api, id: string, field: string, value: unknown) =>
  api.invoke('initiative:edit', { edits: [{ id, field, value }] })

describe('a write after another connection saved', () => {
  it('builds on the other field edit of the same initiative instead of overwriting it', async () => {
    expect(here.session.snapshot().portfolio.initiatives[0]?.usage.inputTokensPerQuery).toBe(2000)
    expectOk(await edit(there.api, 'support', 'usage.inputTokensPerQuery', 3100))
    const saved = expectOk<Initiative[]>(await edit(here.api, 'support', 'usage.outputTokensPerQuery', 650))
    expect(saved[0]?.usage).toMatchObject({ inputTokensPerQuery: 3100, outputTokensPerQuery: 650 })
    expect(stored('support')?.usage).toMatchObject({ inputTokensPerQuery: 3100, outputTokensPerQuery: 650 })
  })

  it('refuses to edit or delete an initiative deleted there, and never brings it back', async () => {
    here.session.snapshot()
    expectOk(await there.api.invoke('initiative:delete', { id: 'search' }))
    expect(expectError(await edit(here.api, 'search', 'name', 'Back?'), 'not_found').message).toBe(
      'No initiative has the id "search"; nothing was changed.',
    )
    expectError(await here.api.invoke('initiative:delete', { id: 'search' }), 'not_found')
    expect(stored('search')).toBeUndefined()
  })

  it('refuses a delete that a pool saved there now forbids, and a pool naming an initiative deleted there', async () => {
    here.session.snapshot()
    const gateway = there.session.snapshot().portfolio.costPools.find((p) => p.id === 'gateway')
    if (!gateway) throw new Error('fixture has the gateway pool')
    expectOk(
      await there.api.invoke('costPool:upsert', {
        pool: { ...gateway, fixedShares: { support: 0.5, sales: 0.25, search: 0.25 } },
      }),
    )
    expectError(await here.api.invoke('initiative:delete', { id: 'search' }), 'conflict')
    expect(stored('search')).toBeDefined()

    expectOk(await there.api.invoke('initiative:create', { initiative: initiative('legal', 'Contract review') }))
    expectOk(await there.api.invoke('initiative:delete', { id: 'legal' }))
    const refused = expectError(
      await here.api.invoke('costPool:upsert', { pool: { ...gateway, fixedShares: { support: 0.5, legal: 0.5 } } }),
      'validation',
    )
    expect(refused.message).toContain('unknown initiative "legal"')
  })

  it('validates against a model deleted there: an initiative naming it is refused', async () => {
    expectOk(
      await there.api.invoke('priceBook:upsert', {
        model: { ...here.session.snapshot().portfolio.priceBook[0]!, id: 'spare', name: 'Spare' },
      }),
    )
    here.session.snapshot()
    expectOk(await there.api.invoke('priceBook:delete', { id: 'spare' }))
    const error = expectError(
      await edit(here.api, 'support', 'usage.modelMix', [{ modelId: 'spare', share: 1 }]),
      'validation',
    )
    expect(error.message).toContain('unknown model "spare"')
  })

  it('keeps both creates and puts each where the list stands when it is written', async () => {
    expectOk(
      await there.api.invoke('initiative:create', { initiative: initiative('legal', 'Contract review'), index: 0 }),
    )
    expectOk(await here.api.invoke('initiative:create', { initiative: initiative('hr', 'HR answers'), index: 1 }))
    expect(readDocuments(path, 'initiatives').map((r) => [r.id, r.position])).toEqual([
      ['legal', 0],
      ['hr', 1],
      ['support', 2],
      ['sales', 3],
      ['search', 4],
    ])
  })
})

describe('the session revision', () => {
  it('moves when another connection saved, not for this session’s own writes', async () => {
    const start = here.session.snapshot().revision
    expectOk(await edit(here.api, 'support', 'name', 'Mine'))
    expect(here.session.snapshot().revision).toBe(start)
    expectOk(await edit(there.api, 'support', 'name', 'Theirs'))
    const after = here.session.snapshot()
    expect(after.revision).toBeGreaterThan(start)
    expect(after.portfolio.initiatives[0]?.name).toBe('Theirs')
  })

  it('ends a wait for changes once another connection saved, and a wait with nothing saved after its time', async () => {
    const since = here.session.snapshot().revision
    const waiting = here.api.invoke('portfolio:waitForChange', { since, waitMs: 20_000 })
    expectOk(await edit(there.api, 'sales', 'name', 'Saved there'))
    expect(expectOk<{ revision: number }>(await waiting).revision).toBeGreaterThan(since)
    const quiet = expectOk<{ revision: number }>(
      await here.api.invoke('portfolio:waitForChange', { since: here.session.revision, waitMs: 50 }),
    )
    expect(quiet.revision).toBe(here.session.revision)
  })

  it('is in every snapshot, and a wait ends when the session closes', async () => {
    const snapshot = expectOk<{ portfolio: Portfolio; revision: number }>(await here.api.invoke('portfolio:get', {}))
    const waiting = here.api.invoke('portfolio:waitForChange', { since: snapshot.revision, waitMs: 20_000 })
    here.session.close()
    expect(expectOk<{ revision: number }>(await waiting).revision).not.toBe(snapshot.revision)
  })
})

describe('`cli import` into the file the app has open', () => {
  it('goes through the same write path: the app shows its rows and its own edits keep them', async () => {
    here.session.snapshot()
    const revision = here.session.revision
    const csv = join(dir, 'rows.csv')
    writeFileSync(csv, 'Name,Owner,Stage\nBot,Ann,pilot\nDrafts,Bo,idea\n')
    const cli = runCliProcess(['import', csv, '--into', path])
    expect(cli.stderr).toBe('')
    expect(cli.status).toBe(0)
    expectOk(await edit(here.api, 'support', 'name', 'Edited in the app'))
    const names = here.session.snapshot().portfolio.initiatives.map((i) => i.name)
    expect(names).toEqual(['Edited in the app', 'Sales email drafts', 'Knowledge search', 'Bot', 'Drafts'])
    expect(here.session.revision).toBeGreaterThan(revision)
    expect(readDocuments(path, 'initiatives').map((r) => (r.data as Initiative).name)).toEqual(names)
  })
})

describe('a file another program keeps locked', () => {
  it('refuses a write with a clear message after the busy timeout, never "database is locked"; the next one goes through', async () => {
    const holder = new Database(path)
    holder.pragma('busy_timeout = 0')
    holder.exec('BEGIN IMMEDIATE')
    const error = expectError(await edit(here.api, 'support', 'name', 'Waited'), 'conflict')
    holder.exec('ROLLBACK')
    holder.close()
    expect(error.message).toBe(
      `The portfolio file "${path}" is busy: another window or program has been saving to it for 15 seconds. ` +
        'Nothing was changed; try again in a moment.',
    )
    expect(stored('support')?.name).toBe('Support assistant')
    expectOk(await edit(here.api, 'support', 'name', 'Went through'))
    expect(stored('support')?.name).toBe('Went through')
  })
})
