import { copyFileSync, existsSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PortfolioFileError } from '../../../electron/db/errors'
import { PortfolioFile } from '../../../electron/db/portfolioFile'
import { defaultPortfolioPath, userDataDir } from '../../../electron/db/paths'
import { bytesOf, newSession, readDocuments, readSettings, writePortfolioFile } from '../../fixtures/db/files'
import { initiative, testPortfolio } from '../../fixtures/db/portfolio'
import { makeTempDir } from '../../fixtures/db/tempDir'
import { DEFAULT_SCORING_MODEL } from '../../../shared/model/strategyDefaults'

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = makeTempDir()))
afterEach(() => cleanup())

function caught(fn: () => unknown): PortfolioFileError {
  try {
    fn()
  } catch (e) {
    if (e instanceof PortfolioFileError) return e
    throw e
  }
  throw new Error('did not throw')
}

async function caughtAsync(fn: () => Promise<unknown>): Promise<PortfolioFileError> {
  try {
    await fn()
  } catch (e) {
    if (e instanceof PortfolioFileError) return e
    throw e
  }
  throw new Error('did not throw')
}

describe('the default portfolio', () => {
  it('is created from the sample on first run and opened as it is afterwards', async () => {
    const first = newSession(dir)
    const snap = await first.openDefault()
    expect(snap.path).toBe(join(dir, 'userData', 'Portfolio.aiportfolio'))
    expect(snap.portfolio).toEqual(testPortfolio())
    first.current.write((w) => w.replaceSettings({ ...snap.portfolio.settings, name: 'Renamed' }))
    first.close()
    const second = newSession(dir, () => {
      throw new Error('the sample must not be used when the file exists')
    })
    expect((await second.openDefault()).portfolio.settings.name).toBe('Renamed')
    second.close()
  })

  it('lives in the platform user-data folder unless GPP_USER_DATA says otherwise', () => {
    expect(userDataDir({}, 'linux', '/home/ada')).toBe('/home/ada/.config/Gen AI Portfolio Planner')
    expect(userDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'linux', '/home/ada')).toBe('/xdg/Gen AI Portfolio Planner')
    expect(userDataDir({}, 'darwin', '/Users/ada')).toBe(
      '/Users/ada/Library/Application Support/Gen AI Portfolio Planner',
    )
    expect(userDataDir({ APPDATA: 'C:/Users/ada/AppData/Roaming' }, 'win32', 'C:/Users/ada')).toBe(
      join('C:/Users/ada/AppData/Roaming', 'Gen AI Portfolio Planner'),
    )
    expect(userDataDir({ GPP_USER_DATA: '/tmp/x' }, 'linux', '/home/ada')).toBe('/tmp/x')
    expect(defaultPortfolioPath('/data')).toBe('/data/Portfolio.aiportfolio')
  })
})

describe('edits on disk', () => {
  it('survive closing and reopening, and keep positions contiguous', async () => {
    const path = await writePortfolioFile(join(dir, 'p.aiportfolio'))
    const file = PortfolioFile.open(path)
    expect(file.write((w) => w.insertInitiatives([initiative('legal', 'Contract review')], 1))).toBe(1)
    file.write((w) =>
      w.updateInitiatives([{ ...initiative('sales', 'Sales email drafts', 'acme-small', 0), name: 'Sales drafts v2' }]),
    )
    expect(file.write((w) => w.deleteInitiatives(['search']))[0]?.index).toBe(3)
    expect(file.write((w) => w.deleteInitiatives(['legal']))[0]?.index).toBe(1)
    expect(file.write((w) => w.insertInitiatives([initiative('hr', 'HR answers')], 0))).toBe(0)
    file.close()
    expect(readDocuments(path, 'initiatives').map((r) => [r.id, r.position])).toEqual([
      ['hr', 0],
      ['support', 1],
      ['sales', 2],
    ])
    const reopened = PortfolioFile.open(path)
    expect(reopened.portfolio.initiatives.map((i) => i.name)).toEqual([
      'HR answers',
      'Support assistant',
      'Sales drafts v2',
    ])
    reopened.close()
  })

  it('are on disk when the call returns: a copy of the file and its log taken at that instant (a crash) holds the edit', async () => {
    const path = await writePortfolioFile(join(dir, 'live.aiportfolio'))
    const file = PortfolioFile.open(path)
    file.write((w) => w.replaceSettings({ ...w.portfolio.settings, name: 'Edited just before the crash' }))
    const crashed = join(dir, 'crashed.aiportfolio')
    copyFileSync(path, crashed)
    copyFileSync(`${path}-wal`, `${crashed}-wal`)
    const recovered = PortfolioFile.open(crashed)
    expect(recovered.portfolio.settings.name).toBe('Edited just before the crash')
    recovered.close()
    file.close()
  })

  it('are visible to a second open of the same file (another process) without reopening', async () => {
    const path = await writePortfolioFile(join(dir, 'shared.aiportfolio'))
    const app = PortfolioFile.open(path)
    const server = PortfolioFile.open(path)
    expect(app.portfolio.settings.horizonMonths).toBe(24)
    server.write((w) => w.replaceSettings({ ...w.portfolio.settings, horizonMonths: 30 }))
    expect(app.portfolio.settings.horizonMonths).toBe(30)
    server.close()
    app.close()
  })

  it('refuses to open a file whose stored portfolio breaks the rules, naming the initiative and field', async () => {
    const path = await writePortfolioFile(join(dir, 'broken.aiportfolio'))
    const db = new Database(path)
    db.prepare("UPDATE initiatives SET data = json_set(data, '$.usage.cacheHitRate', 1.4) WHERE id = 'sales'").run()
    db.close()
    const e = caught(() => PortfolioFile.open(path))
    expect(e.kind).toBe('invalid_content')
    expect(e.message).toContain('Initiative "Sales email drafts": usage.cacheHitRate must be between 0% and 100%')
  })
})

describe('portfolio parts beyond the four core tables', () => {
  it('store the scoring model and scenarios, replace them as a whole, and keep parts this version does not know', async () => {
    const path = await writePortfolioFile(join(dir, 'parts.aiportfolio'), {
      ...testPortfolio(),
      scoring: DEFAULT_SCORING_MODEL,
    })
    const raw = new Database(path)
    raw.prepare("INSERT INTO portfolio_parts (key, data) VALUES ('fromTheFuture', '{\"x\":1}')").run()
    raw.close()
    const file = PortfolioFile.open(path)
    expect(file.portfolio.scoring).toEqual(DEFAULT_SCORING_MODEL)
    expect(Object.keys(file.portfolio)).not.toContain('fromTheFuture')
    file.write((w) => {
      w.replacePart('scenarios', [])
      w.replacePart('scoring', undefined)
    })
    file.close()
    const check = new Database(path, { readonly: true })
    const rows = check
      .prepare<[], { key: string; data: string }>('SELECT key, data FROM portfolio_parts ORDER BY key')
      .all()
    check.close()
    expect(rows).toEqual([
      { key: 'fromTheFuture', data: '{"x":1}' },
      { key: 'scenarios', data: '[]' },
    ])
    const reopened = PortfolioFile.open(path)
    expect(reopened.portfolio.scenarios).toEqual([])
    expect(reopened.portfolio.scoring).toBeUndefined()
    reopened.close()
  })
})

describe('Save As', () => {
  it('writes a consistent copy, switches to it and leaves the old file as it was', async () => {
    const session = newSession(dir)
    const oldPath = await writePortfolioFile(join(dir, 'old.aiportfolio'))
    session.open(oldPath)
    session.current.write((w) => w.replaceSettings({ ...w.portfolio.settings, name: 'Before copy' }))
    const copyPath = join(dir, 'copy.aiportfolio')
    const snap = await session.saveAs(copyPath)
    expect(snap.path).toBe(copyPath)
    expect(snap.portfolio.settings.name).toBe('Before copy')
    expect(readDocuments(copyPath, 'initiatives')).toEqual(readDocuments(oldPath, 'initiatives'))
    session.current.write((w) => w.replaceSettings({ ...w.portfolio.settings, name: 'After copy' }))
    expect((readSettings(copyPath) as { name: string }).name).toBe('After copy')
    expect((readSettings(oldPath) as { name: string }).name).toBe('Before copy')
    expect(session.recent()).toEqual([copyPath, oldPath])
    session.close()
    expect(existsSync(`${copyPath}-wal`)).toBe(false)
  })

  it('never overwrites an existing file unless asked to, nor the open file', async () => {
    const session = newSession(dir)
    const open = await writePortfolioFile(join(dir, 'open.aiportfolio'))
    session.open(open)
    const other = join(dir, 'other.aiportfolio')
    writeFileSync(other, 'precious')
    expect((await caughtAsync(() => session.saveAs(other))).message).toContain('a file with that name exists')
    expect(bytesOf(other).toString()).toBe('precious')
    expect((await caughtAsync(() => session.create(open, true))).message).toContain(
      'it is the portfolio that is open now',
    )
    await session.saveAs(other, { replace: true })
    expect(session.snapshot().path).toBe(other)
    expect(session.snapshot().portfolio.initiatives).toHaveLength(3)
    session.close()
  })
})

describe('new portfolios and recent files', () => {
  it('creates an empty portfolio named after its file, starting this month', async () => {
    const session = newSession(dir)
    const snap = await session.create(join(dir, 'Q3 bets.aiportfolio'), false)
    expect(snap.portfolio.settings).toMatchObject({
      name: 'Q3 bets',
      startMonth: '2026-03',
      horizonMonths: 36,
      currency: 'USD',
    })
    expect(snap.portfolio.initiatives).toEqual([])
    session.close()
  })

  it('lists at most 10 recent files, most recent first, dropping files that are gone', async () => {
    const session = newSession(dir)
    const paths: string[] = []
    for (let i = 0; i < 12; i++) paths.push(await writePortfolioFile(join(dir, `p${i}.aiportfolio`)))
    for (const p of paths) session.open(p)
    session.open(paths[3] ?? '')
    const expected = [3, 11, 10, 9, 8, 7, 6, 5, 4, 2].map((i) => paths[i])
    expect(session.recent()).toEqual(expected)
    session.close()
    unlinkSync(paths[11] ?? '')
    expect(newSession(dir).recent()).toEqual(expected.filter((p) => p !== paths[11]))
  })
})
