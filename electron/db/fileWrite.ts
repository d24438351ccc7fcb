import { randomUUID } from 'node:crypto'
import { closeSync, existsSync, fsyncSync, openSync, renameSync, unlinkSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { Portfolio } from '../../shared/model/portfolio'
import { openReadWrite, type Db } from './connection'
import { migrate } from './migrate'
import { partsOf } from './portfolioParts'
import { DocumentRepository } from './repositories/documentRepository'
import { PartsRepository } from './repositories/partsRepository'
import { SettingsRepository } from './repositories/settingsRepository'

const COMPANIONS = ['-wal', '-shm', '-journal']

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomUUID().slice(0, 8)}.tmp`)
}

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
 * Builds a file under a temporary name next to the target, then renames it over the target, so the
 * target is never half-written. Stale -wal/-shm files of a replaced target are removed first: SQLite
 * would otherwise replay an old log onto the new file.
 */
async function writeViaTemp(target: string, build: (tempPath: string) => Promise<void> | void): Promise<void> {
  const temp = tempPathFor(target)
  try {
    await build(temp)
    for (const c of COMPANIONS) {
      if (existsSync(target + c)) unlinkSync(target + c)
    }
    renameSync(temp, target)
    syncFolder(dirname(target))
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
