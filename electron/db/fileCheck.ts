import { existsSync, statSync, unlinkSync } from 'node:fs'
import Database from 'better-sqlite3'
import type { Portfolio } from '../../shared/model/portfolio'
import { PortfolioFileError, UNCHANGED } from './errors'
import { openReadOnly, type Db } from './connection'
import { APPLICATION_ID, readFileHeader } from './fileFormat'
import { fileVersion, migrate, newerVersionError } from './migrate'
import { LATEST_VERSION } from './migrations'
import { loadPortfolio, portfolioRepos } from './portfolioRead'

/** A file fit to open: its format version and the portfolio it holds (in the latest format). */
export interface CheckedFile {
  version: number
  portfolio: Portfolio
}

function notPortfolio(path: string, why: string): PortfolioFileError {
  return new PortfolioFileError(
    'not_portfolio',
    `Cannot open "${path}": it is not a Gen AI Portfolio Planner file (${why}). ${UNCHANGED}`,
  )
}

function checkHeaderValues(path: string, applicationId: number, userVersion: number): void {
  if (applicationId !== APPLICATION_ID) throw notPortfolio(path, 'it is an SQLite database of another program')
  if (userVersion > LATEST_VERSION) throw newerVersionError(path, userVersion)
}

/** SQLite error codes that mean the bytes are not a readable database. */
const DAMAGED_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE'])

function sqliteCode(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : ''
}

function damaged(path: string, detail: string): PortfolioFileError {
  return new PortfolioFileError(
    'corrupt',
    `Cannot open "${path}": the file is damaged (SQLite integrity check: ${detail}). ${UNCHANGED} ` +
      'Restore it from a backup or a Save As copy.',
  )
}

function noVersion(path: string): PortfolioFileError {
  return new PortfolioFileError(
    'corrupt',
    `Cannot open "${path}": it is marked as a Gen AI Portfolio Planner file but has no file format version ` +
      `(PRAGMA user_version is 0), so it was not written completely by this app. ${UNCHANGED} ` +
      'Restore it from a backup or a Save As copy.',
  )
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e))

/**
 * The portfolio in the file, read without writing to it: straight from the file in the latest
 * format, or from a copy in memory migrated to it, so an older file is checked completely before
 * anything migrates it. Tables that cannot be read mean a damaged file.
 */
function readContent(path: string, db: Db, version: number): Portfolio {
  try {
    if (version === LATEST_VERSION) return loadPortfolio(path, portfolioRepos(db))
    const image = db.serialize()
    // Header bytes 18-19 say WAL (2) or rollback journal (1); an in-memory database cannot be WAL.
    image[18] = 1
    image[19] = 1
    const copy = new Database(image)
    try {
      migrate(copy, path)
      return loadPortfolio(path, portfolioRepos(copy))
    } finally {
      copy.close()
    }
  } catch (e) {
    if (e instanceof PortfolioFileError) throw e
    throw new PortfolioFileError(
      'corrupt',
      `Cannot open "${path}": the file is damaged: its portfolio cannot be read (${messageOf(e)}). ${UNCHANGED} ` +
        'Restore it from a backup or a Save As copy.',
    )
  }
}

/** Runs the SQLite checks and reads the content on a read-only connection; throws PortfolioFileError when the file is not fit to open. */
function checkWithSqlite(path: string): CheckedFile {
  let db
  try {
    db = openReadOnly(path)
    const version = fileVersion(db)
    checkHeaderValues(path, db.pragma('application_id', { simple: true }) as number, version)
    if (version === 0) throw noVersion(path)
    const rows = db.pragma('integrity_check(20)') as { integrity_check: string }[]
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok')
    if (problems.length > 0) throw damaged(path, problems.slice(0, 3).join('; '))
    return { version, portfolio: readContent(path, db, version) }
  } catch (e) {
    if (e instanceof PortfolioFileError) throw e
    if (DAMAGED_CODES.has(sqliteCode(e))) throw damaged(path, messageOf(e))
    throw e
  } finally {
    db?.close()
  }
}

/**
 * Checks a file before anything may write to it: exists, is SQLite, is a portfolio with a format
 * version this app reads, passes integrity_check, and holds a portfolio that keeps every rule (an
 * older file's is migrated in memory to be checked). Returns its version and portfolio; throws
 * PortfolioFileError. Nothing here writes to the file: the header is read with plain file I/O
 * first, so text files and foreign or newer files are refused without SQLite ever opening them, and
 * the rest uses a read-only connection.
 *
 * That connection creates -wal/-shm companions on a WAL file that has none. Those of a refused file
 * are removed again (no connection of this app keeps a file it refuses). Those of an accepted file
 * stay: another process may have opened the file during the check and be using them, and deleting
 * a companion in use splits the file's writers apart and loses their edits. The caller opens the
 * file for writing next, or calls `readPortfolioFile`, which lets SQLite release them.
 */
export function checkPortfolioFile(path: string): CheckedFile {
  if (!existsSync(path)) {
    throw new PortfolioFileError('missing', `Cannot open "${path}": the file does not exist.`)
  }
  if (!statSync(path).isFile()) {
    throw new PortfolioFileError('not_portfolio', `Cannot open "${path}": it is a folder, not a portfolio file.`)
  }
  const header = readFileHeader(path)
  if (header.kind === 'empty') throw notPortfolio(path, 'the file is empty')
  if (header.kind === 'not_sqlite') throw notPortfolio(path, 'it is not an SQLite database')
  checkHeaderValues(path, header.applicationId, header.userVersion)
  const companions = missingCompanions(path)
  try {
    return checkWithSqlite(path)
  } catch (e) {
    removeEmptyCompanions(companions)
    throw e
  }
}

/**
 * Reads a portfolio file for a command that only reads it, checked as `checkPortfolioFile` does,
 * and leaves its folder as it was. The -wal/-shm the check created are released the way SQLite's
 * last connection releases them: a read-write connection closed at once checkpoints and removes
 * them only when it holds the file's exclusive lock, that is when no other connection has the file
 * open (one opening meanwhile waits for that lock). Its log is empty, so the file's bytes stay as
 * they were. When the file cannot be opened for writing they stay, as any SQLite reader leaves them.
 */
export function readPortfolioFile(path: string): CheckedFile {
  const companions = missingCompanions(path)
  const checked = checkPortfolioFile(path)
  if (companions.length > 0) releaseCompanions(path)
  return checked
}

function releaseCompanions(path: string): void {
  try {
    const db = new Database(path, { fileMustExist: true })
    try {
      // A connection that never read never opened the log, and closing it would leave the log alone.
      db.pragma('schema_version')
    } finally {
      db.close()
    }
  } catch {
    // Not writable here: the companions stay, harmless, and belong to the file.
  }
}

/** The -wal/-shm files of `path` that do not exist now. */
export function missingCompanions(path: string): string[] {
  return [`${path}-wal`, `${path}-shm`].filter((p) => !existsSync(p))
}

/** Removes -wal/-shm files that did not exist before we looked, as long as the log holds nothing. */
export function removeEmptyCompanions(created: string[]): void {
  const wal = created.find((p) => p.endsWith('-wal'))
  if (wal && existsSync(wal) && statSync(wal).size > 0) return
  for (const p of created) {
    if (existsSync(p)) unlinkSync(p)
  }
}
