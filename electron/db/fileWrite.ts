import { closeSync, existsSync, fsyncSync, openSync, renameSync, unlinkSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import type { Portfolio } from '../../shared/model/portfolio'
import { removeStaleTemporaries, temporaryPathFor } from '../files/temporaryFiles'
import { isBusy } from './busy'
import { openReadWrite, type Db } from './connection'
import { PortfolioFileError } from './errors'
import { migrate } from './migrate'
import { partsOf } from './portfolioParts'
import { DocumentRepository } from './repositories/documentRepository'
import { PartsRepository } from './repositories/partsRepository'
import { SettingsRepository } from './repositories/settingsRepository'

const COMPANIONS = ['-wal', '-shm', '-journal']

function removeWithCompanions(path: string): void {
  for (const p of [path, ...COMPANIONS.map((c) => path + c)]) {
    if (existsSync(p)) unlinkSync(p)
  }
}

/** Makes a rename durable across a power cut (POSIX). Windows cannot open a folder; NTFS journals the rename itself. */
function syncFolder(dir: string): void {
  let fd: number | undefined
  try {
    fd = openSync(dir, 'r')
    fsyncSync(fd)
  } catch {
    // Best effort only: the file content itself was already synced by SQLite.
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/**
 * Refuses to replace a portfolio file that another connection has open (another window, `npm run
 * serve`, a command): it would go on writing into the replaced file, and its edits would be lost.
 * Every connection to a WAL file holds a shared lock on it while it is open and has -shm beside it,
 * so an exclusive lock (not waited for) is free only when no other connection exists.
 */
function refuseIfOpenElsewhere(target: string): void {
  if (!existsSync(`${target}-shm`)) return
  let db: Db | undefined
  try {
    db = new Database(target, { fileMustExist: true, timeout: 0 })
    db.pragma('locking_mode = EXCLUSIVE')
    db.exec('BEGIN EXCLUSIVE; ROLLBACK')
  } catch (e) {
    if (isBusy(e)) {
      throw new PortfolioFileError(
        'in_use',
        `Cannot replace "${target}": it is open in another window or program, whose edits would be lost. ` +
          'Close it there first, or choose another name.',
      )
    }
    // Not a database SQLite can lock (not SQLite at all, or damaged): nothing can be writing to it.
  } finally {
    db?.close()
  }
}

/** Replaces `target` with the finished temporary file: stale -wal/-shm of a replaced target first (SQLite would replay an old log onto the new file), then the rename, made durable. */
function moveIntoPlace(temp: string, target: string): void {
  refuseIfOpenElsewhere(target)
  for (const c of COMPANIONS) {
    if (existsSync(target + c)) unlinkSync(target + c)
  }
  renameSync(temp, target)
  syncFolder(dirname(target))
}

/**
 * Builds a file under a temporary name next to the target, then renames it over the target, so the
 * target is never half-written. Temporary files that killed writes left in the folder are removed
 * first (temporaryFiles.ts).
 */
async function writeViaTemp(target: string, build: (tempPath: string) => Promise<void> | void): Promise<void> {
  removeStaleTemporaries(dirname(target))
  const temp = temporaryPathFor(target)
  try {
    await build(temp)
    moveIntoPlace(temp, target)
  } catch (e) {
    removeWithCompanions(temp)
    throw e
  }
}

/** Writes every part of a portfolio into an open, migrated database, in one transaction. */
export function writePortfolio(db: Db, portfolio: Portfolio): void {
  db.transaction(() => {
    new SettingsRepository(db).put(portfolio.settings)
    new DocumentRepository(db, 'price_models').replaceAll(portfolio.priceBook.map((m) => ({ id: m.id, data: m })))
    new DocumentRepository(db, 'cost_pools').replaceAll(portfolio.costPools.map((p) => ({ id: p.id, data: p })))
    new DocumentRepository(db, 'initiatives').replaceAll(portfolio.initiatives.map((i) => ({ id: i.id, data: i })))
    const parts = new PartsRepository(db)
    for (const [key, value] of partsOf(portfolio)) parts.put(key, value)
  })()
}

/** Creates (or replaces) a portfolio file holding `portfolio`. The caller has validated it. */
export async function writeNewPortfolioFile(target: string, portfolio: Portfolio): Promise<void> {
  await writeViaTemp(target, (temp) => {
    const db = openReadWrite(temp, { create: true })
    try {
      migrate(db, temp)
      writePortfolio(db, portfolio)
    } finally {
      db.close()
    }
  })
}

/** Writes a consistent copy of an open database with SQLite's online backup API (never a file copy). */
export async function backupPortfolioFile(db: Db, target: string): Promise<void> {
  await writeViaTemp(target, async (temp) => {
    await db.backup(temp)
  })
}

/**
 * Writes a consistent copy of the database `db` reads to `target` with SQLite's VACUUM INTO (never a
 * file copy), through a temporary file. Unlike better-sqlite3's backup API it is synchronous, so
 * opening a file stays one synchronous step, and it works on a read-only connection.
 */
export function copyDatabase(db: Db, target: string): void {
  removeStaleTemporaries(dirname(target))
  const temp = temporaryPathFor(target)
  try {
    db.prepare('VACUUM INTO ?').run(temp)
    // VACUUM INTO does not fsync its output: make the copy durable before it takes its name.
    const fd = openSync(temp, 'r+')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    moveIntoPlace(temp, target)
  } catch (e) {
    removeWithCompanions(temp)
    throw e
  }
}
