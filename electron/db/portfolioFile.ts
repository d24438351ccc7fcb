import { accessSync, constants } from 'node:fs'
import type { CostPool } from '../../shared/model/costPool'
import type { Initiative } from '../../shared/model/initiative'
import type { Portfolio } from '../../shared/model/portfolio'
import type { PriceBookModel } from '../../shared/model/priceBook'
import type { PortfolioSettings } from '../../shared/model/settings'
import { openReadWrite, type Db } from './connection'
import { PortfolioFileError } from './errors'
import { checkPortfolioFile, missingCompanions, removeEmptyCompanions } from './fileCheck'
import { backupPortfolioFile } from './fileWrite'
import { migrate } from './migrate'
import { keepBackupBeforeMigration, migrationFailed, type MigrationNote } from './migrationBackup'
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations'
import type { PartKey } from './portfolioParts'
import { loadPortfolio, portfolioRepos } from './portfolioRead'

type Removed<T> = { item: T; index: number }

function readOnlyError(path: string, why: string): PortfolioFileError {
  return new PortfolioFileError(
    'read_only',
    `Cannot open "${path}": the app may not write to it (${why}). Every edit is saved as you make it, ` +
      'so the file must be writable: copy it to a folder you can write to, or change its permissions.',
  )
}

const sqliteCode = (e: unknown): string => (typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '')

/**
 * One open portfolio file: the database, its repositories and the portfolio as last committed.
 * Every write is one transaction, committed (and fsynced) before the method returns; the in-memory
 * copy changes only after the commit, so it never holds what the file does not.
 */
export class PortfolioFile {
  readonly repos
  private cached: Portfolio
  private dataVersion: number
  private readonly dataVersionStmt

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
  }

  /**
   * Checks the file completely without writing to it (a refused file is left byte for byte as it
   * was), then opens it for writing. A file of an older format is first copied beside it
   * (migrationBackup.ts), then migrated and loaded in one transaction, so a failed migration leaves
   * it as it was next to its copy. Throws PortfolioFileError. `migrations` is the app's list; a test
   * passes one that fails part-way, as a full disk would.
   */
  static open(path: string, migrations: readonly Migration[] = MIGRATIONS): PortfolioFile {
    const checked = checkPortfolioFile(path)
    try {
      accessSync(path, constants.W_OK)
    } catch (e) {
      throw readOnlyError(path, sqliteCode(e) || 'no write permission')
    }
    const created = missingCompanions(path)
    const note: MigrationNote | null =
      checked.version < LATEST_VERSION
        ? {
            fromVersion: checked.version,
            toVersion: LATEST_VERSION,
            backupPath: keepBackupBeforeMigration(path, checked.version),
          }
        : null
    let db: Db | undefined
    try {
      db = openReadWrite(path, { create: false })
      const opened = db
      return opened.transaction(() => {
        migrate(opened, path, migrations)
        return new PortfolioFile(path, opened, note)
      })()
    } catch (e) {
      db?.close()
      const code = sqliteCode(e)
      if (/^SQLITE_(READONLY|CANTOPEN|PERM|AUTH)/.test(code)) {
        removeEmptyCompanions(created)
        throw readOnlyError(path, code)
      }
      if (note && !(e instanceof PortfolioFileError)) throw migrationFailed(path, note, e)
      throw e
    }
  }

  /** The portfolio as committed; reloaded when another process (the app and `npm run serve`) committed to the file. */
  get portfolio(): Portfolio {
    const version = this.dataVersionStmt.get() ?? 0
    if (version !== this.dataVersion) {
      this.cached = loadPortfolio(this.path, this.repos)
      this.dataVersion = version
    }
    return this.cached
  }

  private commit(write: () => void, next: (p: Portfolio) => Portfolio): void {
    const before = this.portfolio
    this.db.transaction(write)()
    this.cached = next(before)
  }

  replaceSettings(settings: PortfolioSettings): void {
    this.commit(
      () => this.repos.settings.put(settings),
      (p) => ({ ...p, settings }),
    )
  }

  insertInitiative(initiative: Initiative, index: number): number {
    let at = 0
    this.commit(
      () => {
        at = this.repos.initiatives.insertAt(initiative.id, index, initiative)
      },
      (p) => ({ ...p, initiatives: p.initiatives.toSpliced(at, 0, initiative) }),
    )
    return at
  }

  /** Inserts initiatives in order from `index` (clamped to the end) in one transaction (an import, or its redo). */
  insertInitiatives(initiatives: readonly Initiative[], index: number): number {
    const at = Math.min(Math.max(0, index), this.portfolio.initiatives.length)
    this.commit(
      () => initiatives.forEach((initiative, i) => this.repos.initiatives.insertAt(initiative.id, at + i, initiative)),
      (p) => ({ ...p, initiatives: p.initiatives.toSpliced(at, 0, ...initiatives) }),
    )
    return at
  }

  /** Deletes initiatives by id in one transaction (the undo of an import); returns how many were removed. */
  deleteInitiatives(ids: readonly string[]): number {
    const gone = new Set(ids)
    // Last first: each removal renumbers only the rows after it, none of them for a block at the end (an import).
    const at = new Map(this.portfolio.initiatives.map((i, k) => [i.id, k]))
    const lastFirst = [...gone].sort((a, b) => (at.get(b) ?? -1) - (at.get(a) ?? -1))
    let removed = 0
    this.commit(
      () => lastFirst.forEach((id) => (removed += this.repos.initiatives.remove(id) === undefined ? 0 : 1)),
      (p) => ({ ...p, initiatives: p.initiatives.filter((i) => !gone.has(i.id)) }),
    )
    return removed
  }

  updateInitiatives(changed: readonly Initiative[]): void {
    const byId = new Map(changed.map((i) => [i.id, i]))
    this.commit(
      () => this.repos.initiatives.updateMany(changed.map((i) => ({ id: i.id, data: i }))),
      (p) => ({ ...p, initiatives: p.initiatives.map((i) => byId.get(i.id) ?? i) }),
    )
  }

  deleteInitiative(id: string): Removed<Initiative> | undefined {
    const index = this.portfolio.initiatives.findIndex((i) => i.id === id)
    const item = this.portfolio.initiatives[index]
    if (!item) return undefined
    this.commit(
      () => this.repos.initiatives.remove(id),
      (p) => ({ ...p, initiatives: p.initiatives.filter((i) => i.id !== id) }),
    )
    return { item, index }
  }

  /** Replaces the model with the same id in place, or appends it. */
  upsertModel(model: PriceBookModel): void {
    const exists = this.portfolio.priceBook.some((m) => m.id === model.id)
    this.commit(
      () => {
        if (exists) this.repos.priceModels.updateMany([{ id: model.id, data: model }])
        else this.repos.priceModels.insertAt(model.id, Number.MAX_SAFE_INTEGER, model)
      },
      (p) => ({
        ...p,
        priceBook: exists ? p.priceBook.map((m) => (m.id === model.id ? model : m)) : [...p.priceBook, model],
      }),
    )
  }

  deleteModel(id: string): Removed<PriceBookModel> | undefined {
    const index = this.portfolio.priceBook.findIndex((m) => m.id === id)
    const item = this.portfolio.priceBook[index]
    if (!item) return undefined
    this.commit(
      () => this.repos.priceModels.remove(id),
      (p) => ({ ...p, priceBook: p.priceBook.filter((m) => m.id !== id) }),
    )
    return { item, index }
  }

  /** Replaces the pool with the same id in place, or appends it. */
  upsertPool(pool: CostPool): void {
    const exists = this.portfolio.costPools.some((c) => c.id === pool.id)
    this.commit(
      () => {
        if (exists) this.repos.costPools.updateMany([{ id: pool.id, data: pool }])
        else this.repos.costPools.insertAt(pool.id, Number.MAX_SAFE_INTEGER, pool)
      },
      (p) => ({
        ...p,
        costPools: exists ? p.costPools.map((c) => (c.id === pool.id ? pool : c)) : [...p.costPools, pool],
      }),
    )
  }

  deletePool(id: string): Removed<CostPool> | undefined {
    const index = this.portfolio.costPools.findIndex((c) => c.id === id)
    const item = this.portfolio.costPools[index]
    if (!item) return undefined
    this.commit(
      () => this.repos.costPools.remove(id),
      (p) => ({ ...p, costPools: p.costPools.filter((c) => c.id !== id) }),
    )
    return { item, index }
  }

  /**
   * Replaces one non-core part ('scoring', 'scenarios', ...) as a whole; undefined removes it.
   * The caller has validated the portfolio with the new part.
   */
  replacePart<K extends PartKey>(key: K, value: Portfolio[K]): void {
    this.commit(
      () => this.repos.parts.put(key, value),
      (p) => ({ ...p, [key]: value }),
    )
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
