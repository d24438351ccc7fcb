import type { Db } from '../connection'

/** Tables holding one JSON document per row, ordered by position. */
export type DocumentTable = 'price_models' | 'cost_pools' | 'initiatives'

interface DocumentRow {
  id: string
  position: number
  data: string
}

export interface StoredDocument {
  id: string
  /** Parsed JSON; the caller validates it against the domain schema. */
  data: unknown
}

/**
 * Ordered JSON documents of one table. Positions are kept contiguous (0..n-1) so a position is the
 * index in the list the UI shows; inserts and deletes shift the rows after them in one transaction.
 * That transaction reads before it writes, so on its own it takes the write lock first (IMMEDIATE:
 * a deferred one could not be retried when another connection wrote in between); inside a
 * PortfolioFile.write it is a savepoint of that write.
 */
export class DocumentRepository {
  private readonly db: Db
  private readonly allStmt
  private readonly positionStmt
  private readonly countStmt
  private readonly shiftUpStmt
  private readonly shiftDownStmt
  private readonly insertStmt
  private readonly updateStmt
  private readonly deleteStmt
  private readonly deleteAllStmt

  constructor(db: Db, table: DocumentTable) {
    this.db = db
    this.allStmt = db.prepare<[], DocumentRow>(`SELECT id, position, data FROM ${table} ORDER BY position, id`)
    this.positionStmt = db.prepare<[string], { position: number }>(`SELECT position FROM ${table} WHERE id = ?`)
    this.countStmt = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`)
    this.shiftUpStmt = db.prepare<[number]>(`UPDATE ${table} SET position = position + 1 WHERE position >= ?`)
    this.shiftDownStmt = db.prepare<[number]>(`UPDATE ${table} SET position = position - 1 WHERE position > ?`)
    this.insertStmt = db.prepare<[string, number, string]>(`INSERT INTO ${table} (id, position, data) VALUES (?, ?, ?)`)
    this.updateStmt = db.prepare<[string, string]>(`UPDATE ${table} SET data = ? WHERE id = ?`)
    this.deleteStmt = db.prepare<[string]>(`DELETE FROM ${table} WHERE id = ?`)
    this.deleteAllStmt = db.prepare(`DELETE FROM ${table}`)
  }

  all(): StoredDocument[] {
    return this.allStmt.all().map((r) => ({ id: r.id, data: JSON.parse(r.data) as unknown }))
  }

  /** Inserts at index (clamped to the end); returns the index used. */
  insertAt(id: string, index: number, doc: unknown): number {
    return this.db
      .transaction(() => {
        const at = Math.min(Math.max(0, index), this.countStmt.get()?.n ?? 0)
        this.shiftUpStmt.run(at)
        this.insertStmt.run(id, at, JSON.stringify(doc))
        return at
      })
      .immediate()
  }

  /** Replaces the documents of existing rows; throws when an id is missing so the transaction rolls back. */
  updateMany(docs: readonly { id: string; data: unknown }[]): void {
    this.db
      .transaction(() => {
        for (const d of docs) {
          if (this.updateStmt.run(JSON.stringify(d.data), d.id).changes !== 1)
            throw new Error(`no row ${d.id} to update`)
        }
      })
      .immediate()
  }

  /** Deletes a row; returns its former position, or undefined when there was none. */
  remove(id: string): number | undefined {
    return this.db
      .transaction(() => {
        const row = this.positionStmt.get(id)
        if (!row) return undefined
        this.deleteStmt.run(id)
        this.shiftDownStmt.run(row.position)
        return row.position
      })
      .immediate()
  }

  replaceAll(docs: readonly { id: string; data: unknown }[]): void {
    this.db
      .transaction(() => {
        this.deleteAllStmt.run()
        docs.forEach((d, i) => this.insertStmt.run(d.id, i, JSON.stringify(d.data)))
      })
      .immediate()
  }
}
