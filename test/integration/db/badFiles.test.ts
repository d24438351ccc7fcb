import { createHash } from 'node:crypto'
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PortfolioFileError, type PortfolioFileErrorKind } from '../../../electron/db/errors'
import type { PortfolioSession } from '../../../electron/db/session'
import { bytesOf, newSession, writePortfolioFile } from '../../fixtures/db/files'
import { checkPortfolioFile } from '../../../electron/db/fileCheck'
import { LATEST_VERSION } from '../../../electron/db/migrations'
import { makeTempDir } from '../../fixtures/db/tempDir'

let dir: string
let cleanup: () => void
let session: PortfolioSession
let current: string

beforeEach(async () => {
  ;({ dir, cleanup } = makeTempDir())
  current = await writePortfolioFile(join(dir, 'current.aiportfolio'))
  session = newSession(dir)
  session.open(current)
})
afterEach(() => {
  session.close()
  cleanup()
})

function openError(path: string): PortfolioFileError {
  try {
    session.open(path)
  } catch (e) {
    if (e instanceof PortfolioFileError) return e
    throw e
  }
  throw new Error(`opening ${path} did not fail`)
}

const sha256 = (path: string): string => createHash('sha256').update(bytesOf(path)).digest('hex')

/**
 * Opening `path` fails with `kind` and a message containing `text`; the file's bytes (by hash), its
 * modification time and the folder are as before; the current portfolio stays open.
 */
function expectRefused(path: string, kind: PortfolioFileErrorKind, text: string): void {
  const isFile = existsSync(path) && statSync(path).isFile()
  const before = isFile ? { hash: sha256(path), mtime: statSync(path).mtimeMs } : undefined
  const listing = readdirSync(dir).sort()
  const error = openError(path)
  expect(error.kind).toBe(kind)
  expect(error.message).toContain(text)
  if (before) expect({ hash: sha256(path), mtime: statSync(path).mtimeMs }).toEqual(before)
  expect(readdirSync(dir).sort()).toEqual(listing)
  expect(session.snapshot().path).toBe(current)
  expect(session.snapshot().portfolio.settings.name).toBe('Test portfolio')
}

describe('opening a file that is not a usable portfolio', () => {
  it('refuses a text file', () => {
    const path = join(dir, 'notes.aiportfolio')
    writeFileSync(path, 'Quarterly notes: budget is tight.\n'.repeat(20))
    expectRefused(path, 'not_portfolio', 'it is not an SQLite database')
  })

  it('refuses an empty file and a folder', () => {
    const empty = join(dir, 'empty.aiportfolio')
    writeFileSync(empty, '')
    expectRefused(empty, 'not_portfolio', 'the file is empty')
    const folder = join(dir, 'folder.aiportfolio')
    mkdirSync(folder)
    expectRefused(folder, 'not_portfolio', 'it is a folder')
  })

  it('refuses a missing file without creating it', () => {
    const path = join(dir, 'missing.aiportfolio')
    expectRefused(path, 'missing', 'does not exist')
    expect(existsSync(path)).toBe(false)
  })

  it('refuses an SQLite database of another program, in WAL mode too, leaving no -wal/-shm behind', () => {
    const path = join(dir, 'contacts.db')
    const db = new Database(path)
    db.pragma('journal_mode = WAL')
    db.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada')")
    db.close()
    expectRefused(path, 'not_portfolio', 'it is an SQLite database of another program')
  })

  it('refuses a portfolio file from a newer app version', () => {
    const path = join(dir, 'newer.aiportfolio')
    copyFileSync(current, path)
    const db = new Database(path)
    db.pragma(`user_version = ${String(LATEST_VERSION + 1)}`)
    db.close()
    expectRefused(
      path,
      'newer_version',
      `saved by a newer version of Gen AI Portfolio Planner (file format ${String(LATEST_VERSION + 1)}; this app reads up to ${String(LATEST_VERSION)})`,
    )
  })

  it('refuses a damaged portfolio file that fails integrity_check', () => {
    const path = join(dir, 'damaged.aiportfolio')
    copyFileSync(current, path)
    const db = new Database(path, { readonly: true })
    const pageSize = db.pragma('page_size', { simple: true }) as number
    const root = db
      .prepare<[], { rootpage: number }>("SELECT rootpage FROM sqlite_schema WHERE name = 'initiatives'")
      .get()
    db.close()
    // Overwrite the b-tree page header of the initiatives table: a cell count and pointers that make no sense.
    const fd = openSync(path, 'r+')
    writeSync(fd, Buffer.alloc(12, 0xff), 0, 12, ((root?.rootpage ?? 2) - 1) * pageSize + 1)
    closeSync(fd)
    expectRefused(path, 'corrupt', 'the file is damaged (SQLite integrity check')
  })

  it('refuses a file of an earlier version whose portfolio breaks the rules without migrating it', async () => {
    const path = join(dir, 'old-and-broken.aiportfolio')
    copyFileSync(join(__dirname, '../../fixtures/db/portfolio-v1.aiportfolio'), path)
    const db = new Database(path)
    db.prepare("UPDATE initiatives SET data = json_set(data, '$.usage.batchShare', -1) WHERE id = 'search'").run()
    db.close()
    expectRefused(
      path,
      'invalid_content',
      'Initiative "Knowledge search": usage.batchShare must be between 0% and 100%',
    )
    const check = new Database(path, { readonly: true })
    expect(check.pragma('user_version', { simple: true })).toBe(1)
    check.close()
  })

  it('refuses a file whose portfolio breaks the rules without writing to it, in rollback-journal mode too', () => {
    // A file in rollback-journal mode: switching it to WAL would rewrite its header.
    for (const name of ['latest.aiportfolio', 'older.aiportfolio']) {
      const path = join(dir, name)
      copyFileSync(
        name === 'latest.aiportfolio' ? current : join(__dirname, '../../fixtures/db/portfolio-v1.aiportfolio'),
        path,
      )
      const db = new Database(path)
      db.pragma('journal_mode = DELETE')
      db.prepare("UPDATE initiatives SET data = json_set(data, '$.usage.targetUsers', 1e308)").run()
      db.close()
      expect(bytesOf(path)[18]).toBe(1)
      expectRefused(path, 'invalid_content', 'usage.targetUsers must be 10 billion or less')
      expect(bytesOf(path)[18]).toBe(1)
    }
  })

  it('refuses a file marked as a portfolio with format version 0 with a clear message', () => {
    const path = join(dir, 'zero.aiportfolio')
    copyFileSync(current, path)
    const db = new Database(path)
    db.pragma('user_version = 0')
    db.close()
    expectRefused(path, 'corrupt', 'it is marked as a Gen AI Portfolio Planner file but has no file format version')
    const empty = join(dir, 'zero-and-empty.aiportfolio')
    const bare = new Database(empty)
    bare.pragma('application_id = 1196445766')
    bare.exec('CREATE TABLE notes (text TEXT)')
    bare.close()
    expectRefused(empty, 'corrupt', 'has no file format version (PRAGMA user_version is 0)')
  })

  it('refuses a portfolio file whose tables are missing as damaged, naming what is wrong', () => {
    const path = join(dir, 'no-tables.aiportfolio')
    copyFileSync(current, path)
    const db = new Database(path)
    db.exec('DROP TABLE initiatives')
    db.close()
    expectRefused(path, 'corrupt', 'the file is damaged: its portfolio cannot be read (no such table: initiatives)')
  })

  it('checks a file without opening it for writing: its version and portfolio', () => {
    expect(checkPortfolioFile(current)).toEqual({ version: LATEST_VERSION, portfolio: session.snapshot().portfolio })
  })

  it('keeps the current portfolio editable after a refused open', () => {
    const path = join(dir, 'notes.aiportfolio')
    writeFileSync(path, 'not a database')
    openError(path)
    session.current.write((w) => w.replaceSettings({ ...w.portfolio.settings, name: 'Still here' }))
    session.close()
    session.open(current)
    expect(session.snapshot().portfolio.settings.name).toBe('Still here')
  })
})
