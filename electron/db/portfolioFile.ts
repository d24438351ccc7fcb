import { accessSync, constants } from 'node:fs'
import type { Portfolio } from '../../shared/model/portfolio'
import { limitIssues } from '../../shared/model/validation'
import { fileBusyError, isBusy } from './busy'
import { openReadWrite, type Db } from './connection'
import { PortfolioFileError } from './errors'
import { checkPortfolioFile, missingCompanions, removeEmptyCompanions } from './fileCheck'
import { backupPortfolioFile } from './fileWrite'
import { migrate } from './migrate'
import { keepBackupBeforeMigration, migrationFailed, type MigrationNote } from './migrationBackup'
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations'
import { loadPortfolio, portfolioRepos } from './portfolioRead'
import { PortfolioWrite, type PortfolioRepos } from './portfolioWrite'

function readOnlyError(path: string, why: string): PortfolioFileError {
  return new PortfolioFileError(
    'read_only',
    `Cannot open "${path}": the app may not write to it (${why}). Every edit is saved as you make it, ` +
      'so the file must be writable: copy it to a folder you can write to, or change its permissions.',
  )
}

const sqliteCode = (e: unknown): string => (typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '')

/**
 * One open portfolio file: the database, its repositories and the portfolio as last read.
 *
 * Several connections may write the file (two windows, the app and `cli import`, two servers), so
 * every write is one unit: `write` takes the write lock first (BEGIN IMMEDIATE), re-reads the
 * portfolio when another connection committed since (PRAGMA data_version), lets the caller compute
 * and check its change against that fresh state, checks the portfolio's limits, and commits (fsynced)
 * before it returns. The in-memory copy changes only after the commit, so it never holds what the
 * file does not.
 */
export class PortfolioFile {
  private readonly repos: PortfolioRepos
  private cached: Portfolio
  private dataVersion: number
  private readonly dataVersionStmt
  private readonly refreshTx
  private readonly otherWriterListeners = new Set<() => void>()

  private constructor(
    readonly path: string,
    private readonly db: Db,
    /** Set when opening migrated the file from an older format (and kept a backup of it). */
    readonly migration: MigrationNote | null = null,
  ) {
    this.repos = portfolioRepos(db)
    this.dataVersionStmt = db.prepare<[], number>('PRAGMA data_version').pluck()
    this.dataVersion = this.dataVersionStmt.get() ?? 0
    this.cached = loadPortfolio(path, this.repos)
    // One read transaction: the version and every table are read from the same committed state.
    this.refreshTx = db.transaction(() => this.reloadIfChanged()).deferred
  }

  /**
   * Checks the file completely without writing to it (a refused file is left byte for byte as it
   * was), then opens it for writing. A file of an older format is first copied beside it
   * (migrationBackup.ts), then migrated and loaded in one transaction, so a failed migration leaves
   * it as it was next to its copy. Throws PortfolioFileError. `migrations` is the app's list; a test
   * passes one that fails part-way, as a full disk would.
   */
  static open(path: string, migrations: readonly Migration[] = MIGRATIONS): PortfolioFile {
    // The -wal/-shm that checking and opening create are removed again only when the file is refused:
    // those of a file being opened may already be another process's (see checkPortfolioFile).
    const created = missingCompanions(path)
    const refuse = (e: unknown): never => {
      removeEmptyCompanions(created)
      throw e
    }
    const checked = checkPortfolioFile(path)
    try {
      accessSync(path, constants.W_OK)
    } catch (e) {
      refuse(readOnlyError(path, sqliteCode(e) || 'no write permission'))
    }
    let note: MigrationNote | null = null
    try {
      if (checked.version < LATEST_VERSION) {
        const backupPath = keepBackupBeforeMigration(path, checked.version)
        note = { fromVersion: checked.version, toVersion: LATEST_VERSION, backupPath }
      }
    } catch (e) {
      refuse(e)
    }
    let db: Db | undefined
    try {
      db = openReadWrite(path, { create: false })
      const opened = db
      const load = opened.transaction(() => {
        migrate(opened, path, migrations)
        return new PortfolioFile(path, opened, note)
      })
      // A migration takes the write lock first: two processes opening one older file migrate it once.
      return note ? load.immediate() : load()
    } catch (e) {
      db?.close()
      const code = sqliteCode(e)
      if (/^SQLITE_(READONLY|CANTOPEN|PERM|AUTH)/.test(code)) refuse(readOnlyError(path, code))
      if (note && !(e instanceof PortfolioFileError)) throw migrationFailed(path, note, e)
      throw e
    }
  }

  /** The portfolio as committed, re-read first when another connection committed to the file since. */
  get portfolio(): Portfolio {
    this.refresh()
    return this.cached
  }

  /** Re-reads the portfolio when another connection committed to the file since it was last read. */
  refresh(): void {
    try {
      this.refreshTx()
    } catch (e) {
      throw isBusy(e) ? fileBusyError(this.path) : e
    }
  }

  /** Calls `listener` each time the portfolio is re-read because another connection changed the file. */
  onOtherWriter(listener: () => void): () => void {
    this.otherWriterListeners.add(listener)
    return () => this.otherWriterListeners.delete(listener)
  }

  /**
   * Runs `work` as one write. It gets the portfolio as the file holds it once this connection has the
   * write lock, and makes its changes through the PortfolioWrite; whatever it throws rolls everything
   * back. A change that would put the portfolio over a limit is refused with the words a file over it
   * is refused with on open. Throws PortfolioFileError 'in_use' when the lock stays taken for the
   * busy timeout.
   */
  write<T>(work: (change: PortfolioWrite) => T): T {
    if (this.db.inTransaction) throw new Error('PortfolioFile.write cannot run inside another write')
    let locked = false
    const unit = this.db.transaction(() => {
      locked = true
      this.reloadIfChanged()
      const change = new PortfolioWrite(this.cached, this.repos)
      const value = work(change)
      const issues = limitIssues(change.portfolio)
      if (issues.length > 0) {
        const shown = issues.map((i) => i.message).join('; ')
        throw new PortfolioFileError('over_limit', `${shown}. Nothing was changed.`, issues)
      }
      return { value, portfolio: change.portfolio }
    })
    try {
      const { value, portfolio } = unit.immediate()
      this.cached = portfolio
      return value
    } catch (e) {
      throw !locked && isBusy(e) ? fileBusyError(this.path) : e
    }
  }

  /** Reads the actuals tables in one read transaction, so a page and its count come from one committed state. */
  readActuals<T>(work: (actuals: PortfolioRepos['actuals']) => T): T {
    try {
      return this.db.transaction(() => work(this.repos.actuals)).deferred()
    } catch (e) {
      throw isBusy(e) ? fileBusyError(this.path) : e
    }
  }

  private reloadIfChanged(): void {
    const version = this.dataVersionStmt.get() ?? 0
    if (version === this.dataVersion) return
    this.cached = loadPortfolio(this.path, this.repos)
    this.dataVersion = version
    for (const listener of this.otherWriterListeners) listener()
  }

  /** Writes a consistent copy to `target` (temp name, then rename). This file stays open. */
  async saveCopy(target: string): Promise<void> {
    await backupPortfolioFile(this.db, target)
  }

  /** Closes the connection; SQLite checkpoints the log into the file and removes -wal/-shm. */
  close(): void {
    if (this.db.open) this.db.close()
  }
}
