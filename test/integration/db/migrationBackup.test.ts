import { copyFileSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PortfolioFileError } from '../../../electron/db/errors'
import { checkPortfolioFile } from '../../../electron/db/fileCheck'
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../../../electron/db/migrations'
import { PortfolioFile } from '../../../electron/db/portfolioFile'
import { validatePortfolio } from '../../../shared/model/validation'
import { newSession, readDocuments, readSettings, versionOf } from '../../fixtures/db/files'
import { makeTempDir } from '../../fixtures/db/tempDir'

const FIXTURES = join(__dirname, '../../fixtures/db')

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = makeTempDir()))
afterEach(() => cleanup())

/** A copy of a committed file of an earlier (or the current) format, named `name`. */
function copyOf(fixture: string, name = 'Budget.aiportfolio'): string {
  const path = join(dir, name)
  copyFileSync(join(FIXTURES, `${fixture}.aiportfolio`), path)
  return path
}

/** The fixture's JSON twin, read as the app reads it today (rules added since take their defaults). */
function expected(fixture: string): unknown {
  const v = validatePortfolio(JSON.parse(readFileSync(join(FIXTURES, `${fixture}.json`), 'utf8')))
  if (!v.ok) throw new Error(`${fixture}.json no longer validates`)
  return v.value
}

/** Every stored row of a file, read with a separate connection. */
const contentOf = (path: string) => ({
  settings: readSettings(path),
  models: readDocuments(path, 'price_models'),
  pools: readDocuments(path, 'cost_pools'),
  initiatives: readDocuments(path, 'initiatives'),
})

describe('opening a file of an earlier format keeps a backup beside it first', () => {
  it('version 1: a consistent copy as it was, named for its version; the file is migrated; the snapshot says where', () => {
    const path = copyOf('portfolio-v1')
    const before = contentOf(path)
    const session = newSession(dir)
    const snapshot = session.open(path)
    const backup = join(dir, 'Budget.v1-backup.aiportfolio')
    expect(snapshot.migration).toEqual({ fromVersion: 1, toVersion: LATEST_VERSION, backupPath: backup })
    expect(snapshot.portfolio).toEqual(expected('portfolio-v1'))
    session.close()
    expect(versionOf(path)).toBe(LATEST_VERSION)
    expect(versionOf(backup)).toBe(1)
    expect(contentOf(backup)).toEqual(before)
    // The backup is a portfolio file like any other: checked read-only, it holds the same portfolio.
    expect(checkPortfolioFile(backup)).toEqual({ version: 1, portfolio: expected('portfolio-v1') })
    expect(readdirSync(dir).filter((n) => !n.startsWith('userData'))).toEqual(
      expect.arrayContaining(['Budget.aiportfolio', 'Budget.v1-backup.aiportfolio']),
    )
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('never replaces an earlier backup: the next one is numbered', () => {
    copyOf('portfolio-v1', 'Budget.v1-backup.aiportfolio')
    const path = copyOf('portfolio-v1')
    const file = PortfolioFile.open(path)
    expect(file.migration?.backupPath).toBe(join(dir, 'Budget.v1-backup-2.aiportfolio'))
    file.close()
    expect(versionOf(join(dir, 'Budget.v1-backup.aiportfolio'))).toBe(1)
    expect(versionOf(join(dir, 'Budget.v1-backup-2.aiportfolio'))).toBe(1)
  })

  it('a file of the current format is opened as it is: no backup, no migration note', () => {
    const path = copyOf('portfolio-v3')
    const listing = readdirSync(dir).sort()
    const file = PortfolioFile.open(path)
    expect(file.migration).toBeNull()
    expect(file.portfolio).toEqual(expected('portfolio-v3'))
    file.close()
    expect(readdirSync(dir).sort()).toEqual(listing)
  })

  it('a migration that fails part-way says so, leaves the file in its format and content, and keeps the backup', () => {
    const path = copyOf('portfolio-v1')
    const before = contentOf(path)
    const last = MIGRATIONS[MIGRATIONS.length - 1]
    if (!last) throw new Error('there are migrations')
    const failing: Migration = {
      ...last,
      up: (db) => {
        last.up(db)
        throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })
      },
    }
    let error: unknown
    try {
      PortfolioFile.open(path, [...MIGRATIONS.slice(0, -1), failing])
    } catch (e) {
      error = e
    }
    const backup = join(dir, 'Budget.v1-backup.aiportfolio')
    expect(error).toBeInstanceOf(PortfolioFileError)
    expect((error as PortfolioFileError).kind).toBe('migration_failed')
    expect((error as PortfolioFileError).message).toBe(
      `Cannot open "${path}": updating it from file format 1 to ${LATEST_VERSION} failed (the disk is full). ` +
        `The file is still in format 1 as it was, and a backup copy of it is at "${backup}".`,
    )
    expect(versionOf(path)).toBe(1)
    expect(contentOf(path)).toEqual(before)
    expect(versionOf(backup)).toBe(1)
    expect(contentOf(backup)).toEqual(before)
    // Once the disk has room again, opening works (and keeps another backup).
    const file = PortfolioFile.open(path)
    expect(file.portfolio).toEqual(expected('portfolio-v1'))
    expect(file.migration?.backupPath).toBe(join(dir, 'Budget.v1-backup-2.aiportfolio'))
    file.close()
  })
})
