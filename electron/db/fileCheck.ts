import { existsSync, statSync, unlinkSync } from 'node:fs'
import { PortfolioFileError, UNCHANGED } from './errors'
import { openReadOnly } from './connection'
import { APPLICATION_ID, readFileHeader } from './fileFormat'
import { fileVersion, newerVersionError } from './migrate'
import { LATEST_VERSION } from './migrations'

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

/** Runs the SQLite checks on a read-only connection; throws PortfolioFileError when the file is not fit to open. */
function checkWithSqlite(path: string): void {
  let db
  try {
    db = openReadOnly(path)
    checkHeaderValues(path, db.pragma('application_id', { simple: true }) as number, fileVersion(db))
    const rows = db.pragma('integrity_check(20)') as { integrity_check: string }[]
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok')
    if (problems.length > 0) throw damaged(path, problems.slice(0, 3).join('; '))
  } catch (e) {
    if (e instanceof PortfolioFileError) throw e
    if (DAMAGED_CODES.has(sqliteCode(e))) throw damaged(path, e instanceof Error ? e.message : String(e))
    throw e
  } finally {
    db?.close()
  }
}

/**
 * Checks a file before anything may write to it: exists, is SQLite, is a portfolio, is not from a newer
 * app, passes integrity_check. The header is read with plain file I/O first, so text files and foreign or
 * newer files are refused without SQLite ever opening them. The read-only SQLite connection needed for
 * integrity_check creates -wal/-shm companions on WAL files; those we created are removed again.
 */
export function checkPortfolioFile(path: string): void {
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
    checkWithSqlite(path)
  } finally {
    removeEmptyCompanions(companions)
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
