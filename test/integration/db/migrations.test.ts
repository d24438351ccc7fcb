import { copyFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PortfolioFileError } from '../../../electron/db/errors'
import { APPLICATION_ID } from '../../../electron/db/fileFormat'
import { migrate } from '../../../electron/db/migrate'
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../../../electron/db/migrations'
import { PortfolioFile } from '../../../electron/db/portfolioFile'
import { DEFAULT_ECONOMIC_GATE } from '../../../shared/model/strategy'
import { validatePortfolio } from '../../../shared/model/validation'
import { makeTempDir } from '../../fixtures/db/tempDir'

const FIXTURES = join(__dirname, '../../fixtures/db')

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = makeTempDir()))
afterEach(() => cleanup())

const tableNames = (db: Database.Database) =>
  db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .all()
    .map((r) => r.name)

describe('migrations', () => {
  it('bring an empty file to the latest version with the portfolio application id', () => {
    const db = new Database(join(dir, 'empty.aiportfolio'))
    migrate(db, 'empty')
    expect(db.pragma('user_version', { simple: true })).toBe(3)
    expect(LATEST_VERSION).toBe(3)
    expect(db.pragma('application_id', { simple: true })).toBe(0x47505046)
    expect(APPLICATION_ID).toBe(1196445766)
    expect(tableNames(db)).toEqual([
      'actual_amounts',
      'actual_imports',
      'actual_lines',
      'actual_outcomes',
      'actual_rules',
      'cost_pools',
      'initiatives',
      'portfolio_parts',
      'price_models',
      'settings',
    ])
    const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('initiatives')").all()
    expect(columns.map((c) => c.name)).toEqual(['id', 'position', 'data'])
    db.close()
  })

  it('run once: a second migrate changes nothing', () => {
    const db = new Database(join(dir, 'twice.aiportfolio'))
    migrate(db, 'twice')
    db.exec(`INSERT INTO initiatives VALUES ('a', 0, '{}')`)
    migrate(db, 'twice')
    expect(db.prepare('SELECT count(*) AS n FROM initiatives').get()).toEqual({ n: 1 })
    db.close()
  })

  it('roll back a failing migration completely, leaving the earlier version', () => {
    const db = new Database(join(dir, 'fail.aiportfolio'))
    const failing: Migration = {
      id: 4,
      name: 'half done',
      up: (d) => {
        d.exec('CREATE TABLE scenarios (id TEXT PRIMARY KEY) STRICT')
        throw new Error('disk full')
      },
    }
    expect(() => migrate(db, 'fail', [...MIGRATIONS, failing])).toThrow('disk full')
    expect(db.pragma('user_version', { simple: true })).toBe(3)
    expect(tableNames(db)).not.toContain('scenarios')
    db.close()
  })

  it('refuse a file from a newer app without touching it', () => {
    const path = join(dir, 'newer.aiportfolio')
    const db = new Database(path)
    migrate(db, path)
    db.pragma('user_version = 7')
    let error: unknown
    try {
      migrate(db, path)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(PortfolioFileError)
    expect((error as PortfolioFileError).kind).toBe('newer_version')
    expect((error as PortfolioFileError).message).toContain('file format 7; this app reads up to 3')
    expect(db.pragma('user_version', { simple: true })).toBe(7)
    db.close()
  })
})

/**
 * Opens a copy of a committed file of an earlier (or the current) version and compares it with its
 * JSON twin, read as the app reads it today: rules added since take their defaults in both.
 */
function openFixture(name: string): PortfolioFile {
  const path = join(dir, `${name}.aiportfolio`)
  copyFileSync(join(FIXTURES, `${name}.aiportfolio`), path)
  const expected = validatePortfolio(JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')))
  if (!expected.ok) throw new Error(`${name}.json no longer validates`)
  const file = PortfolioFile.open(path)
  expect(file.portfolio).toEqual(expected.value)
  return file
}

describe('saved files of earlier versions (test/fixtures/db/portfolio-vN.aiportfolio)', () => {
  it('version 1 opens, migrates to the latest version and holds the portfolio it was saved with', () => {
    const file = openFixture('portfolio-v1')
    expect(file.portfolio.initiatives.map((i) => i.id)).toEqual(['support', 'sales', 'search'])
    file.close()
    const db = new Database(join(dir, 'portfolio-v1.aiportfolio'), { readonly: true })
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
    db.close()
  })

  it('version 2 opens with its scoring model and scenarios', () => {
    const file = openFixture('portfolio-v2')
    expect(file.portfolio.scoring?.criteria.length).toBeGreaterThan(0)
    // Saved before the economic gate existed: it opens with the default gate.
    expect(readFileSync(join(FIXTURES, 'portfolio-v2.json'), 'utf8')).not.toContain('economicGate')
    expect(file.portfolio.scoring?.rules.economicGate).toEqual(DEFAULT_ECONOMIC_GATE)
    expect(file.portfolio.scenarios).toEqual([])
    file.close()
    // Version 3 added the actuals tables: a file of version 2 has them, empty, once opened.
    const db = new Database(join(dir, 'portfolio-v2.aiportfolio'), { readonly: true })
    expect(db.pragma('user_version', { simple: true })).toBe(3)
    for (const table of ['actual_imports', 'actual_lines', 'actual_rules', 'actual_amounts', 'actual_outcomes'])
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 })
    db.close()
  })
})
