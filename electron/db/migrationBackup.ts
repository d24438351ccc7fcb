import { existsSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import { openReadOnly } from './connection'
import { PortfolioFileError, UNCHANGED } from './errors'
import { copyDatabase } from './fileWrite'
import { LATEST_VERSION } from './migrations'

/** What opening a file of an older format did: it was migrated, and a copy as it was kept beside it. */
export interface MigrationNote {
  fromVersion: number
  toVersion: number
  /** The copy of the file as it was before the migration. */
  backupPath: string
}

/**
 * Where the copy kept before migrating goes: `Budget.aiportfolio` in format 1 is kept as
 * `Budget.v1-backup.aiportfolio` beside it (then `-2`, `-3`... when that name is taken), a portfolio
 * file the app opens like any other.
 */
export function backupPathFor(path: string, version: number): string {
  const ext = extname(path)
  const stem = join(dirname(path), basename(path, ext))
  for (let n = 1; ; n++) {
    const candidate = `${stem}.v${version}-backup${n > 1 ? `-${n}` : ''}${ext}`
    if (!existsSync(candidate)) return candidate
  }
}

/** A reason for a person: the disk is full, or what SQLite or the file system said. */
function reasonOf(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : ''
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full'
  return e instanceof Error ? e.message : String(e)
}

/**
 * Keeps a consistent copy of `path` (in format `version`) beside it before it is migrated, and
 * returns where. Refuses to go on (nothing is migrated) when the copy cannot be written. The -wal/-shm
 * its read may create are the caller's (PortfolioFile.open removes them when it refuses the file).
 */
export function keepBackupBeforeMigration(path: string, version: number): string {
  const target = backupPathFor(path, version)
  try {
    const db = openReadOnly(path)
    try {
      copyDatabase(db, target)
    } finally {
      db.close()
    }
  } catch (e) {
    throw new PortfolioFileError(
      'migration_failed',
      `Cannot open "${path}": it is in file format ${version} and must be updated to format ${LATEST_VERSION}, ` +
        `but a backup copy could not be written beside it first (${reasonOf(e)}). ${UNCHANGED}`,
    )
  }
  return target
}

/** A migration that failed after its backup was kept: the file is as it was, and both files remain. */
export function migrationFailed(path: string, note: MigrationNote, e: unknown): PortfolioFileError {
  return new PortfolioFileError(
    'migration_failed',
    `Cannot open "${path}": updating it from file format ${note.fromVersion} to ${note.toVersion} failed ` +
      `(${reasonOf(e)}). The file is still in format ${note.fromVersion} as it was, and a backup copy of it is at ` +
      `"${note.backupPath}".`,
  )
}
