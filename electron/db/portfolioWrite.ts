import type { CostPool } from '../../shared/model/costPool'
import type { Initiative } from '../../shared/model/initiative'
import type { Portfolio } from '../../shared/model/portfolio'
import type { PriceBookModel } from '../../shared/model/priceBook'
import type { PortfolioSettings } from '../../shared/model/settings'
import type { PartKey } from './portfolioParts'
import type { ActualsRepository } from './repositories/actualsRepository'
import type { DocumentRepository } from './repositories/documentRepository'
import type { PartsRepository } from './repositories/partsRepository'
import type { SettingsRepository } from './repositories/settingsRepository'

export interface PortfolioRepos {
  settings: SettingsRepository
  priceModels: DocumentRepository
  costPools: DocumentRepository
  initiatives: DocumentRepository
  parts: PartsRepository
  actuals: ActualsRepository
}

export type Removed<T> = { item: T; index: number }

function replaceOrAppend<T extends { id: string }>(list: readonly T[], item: T): T[] {
  return list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? item : x)) : [...list, item]
}

/**
 * The changes of one write, made inside its transaction (see PortfolioFile.write). `portfolio` is what
 * the file holds at this point of the transaction: the state every other writer committed before this
 * one took the lock, plus the operations made so far. Handlers compute and check against it, so an
 * edit never rests on a copy another process has since changed. Each operation writes its rows and
 * moves `portfolio` along; the caller has validated what it writes.
 */
export class PortfolioWrite {
  constructor(
    private state: Portfolio,
    private readonly repos: PortfolioRepos,
  ) {}

  get portfolio(): Portfolio {
    return this.state
  }

  /** The actuals tables (lines, rules, amounts, outcomes): not part of the portfolio held in memory. */
  get actuals(): ActualsRepository {
    return this.repos.actuals
  }

  replaceSettings(settings: PortfolioSettings): void {
    this.repos.settings.put(settings)
    this.state = { ...this.state, settings }
  }

  /** Inserts initiatives in order from `index` (clamped to the end); returns the index used. */
  insertInitiatives(initiatives: readonly Initiative[], index: number): number {
    const at = Math.min(Math.max(0, index), this.state.initiatives.length)
    initiatives.forEach((initiative, i) => this.repos.initiatives.insertAt(initiative.id, at + i, initiative))
    this.state = { ...this.state, initiatives: this.state.initiatives.toSpliced(at, 0, ...initiatives) }
    return at
  }

  /** Replaces initiatives by id; every one must exist. */
  updateInitiatives(changed: readonly Initiative[]): void {
    this.repos.initiatives.updateMany(changed.map((i) => ({ id: i.id, data: i })))
    const byId = new Map(changed.map((i) => [i.id, i]))
    this.state = { ...this.state, initiatives: this.state.initiatives.map((i) => byId.get(i.id) ?? i) }
  }

  /** Deletes initiatives by id (those that exist); returns what was removed, in list order. */
  deleteInitiatives(ids: readonly string[]): Removed<Initiative>[] {
    const gone = new Set(ids)
    const removed = this.state.initiatives.flatMap((item, index) => (gone.has(item.id) ? [{ item, index }] : []))
    // Last first: each removal renumbers only the rows after it, none of them for a block at the end (an import).
    for (const { item } of removed.toReversed()) this.repos.initiatives.remove(item.id)
    this.state = { ...this.state, initiatives: this.state.initiatives.filter((i) => !gone.has(i.id)) }
    return removed
  }

  /** Replaces the model with the same id in place, or appends it. */
  upsertModel(model: PriceBookModel): void {
    if (this.state.priceBook.some((m) => m.id === model.id))
      this.repos.priceModels.updateMany([{ id: model.id, data: model }])
    else this.repos.priceModels.insertAt(model.id, this.state.priceBook.length, model)
    this.state = { ...this.state, priceBook: replaceOrAppend(this.state.priceBook, model) }
  }

  deleteModel(id: string): Removed<PriceBookModel> | undefined {
    const index = this.state.priceBook.findIndex((m) => m.id === id)
    const item = this.state.priceBook[index]
    if (!item) return undefined
    this.repos.priceModels.remove(id)
    this.state = { ...this.state, priceBook: this.state.priceBook.toSpliced(index, 1) }
    return { item, index }
  }

  /** Replaces the pool with the same id in place, or appends it. */
  upsertPool(pool: CostPool): void {
    if (this.state.costPools.some((c) => c.id === pool.id))
      this.repos.costPools.updateMany([{ id: pool.id, data: pool }])
    else this.repos.costPools.insertAt(pool.id, this.state.costPools.length, pool)
    this.state = { ...this.state, costPools: replaceOrAppend(this.state.costPools, pool) }
  }

  deletePool(id: string): Removed<CostPool> | undefined {
    const index = this.state.costPools.findIndex((c) => c.id === id)
    const item = this.state.costPools[index]
    if (!item) return undefined
    this.repos.costPools.remove(id)
    this.state = { ...this.state, costPools: this.state.costPools.toSpliced(index, 1) }
    return { item, index }
  }

  /** Replaces one non-core part ('scoring', 'scenarios', ...) as a whole; undefined removes it. */
  replacePart<K extends PartKey>(key: K, value: Portfolio[K]): void {
    this.repos.parts.put(key, value)
    this.state = { ...this.state, [key]: value }
  }
}
