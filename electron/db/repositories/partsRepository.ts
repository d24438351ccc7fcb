import type { Db } from '../connection'

interface PartRow {
  key: string
  data: string
}

/** Top-level portfolio parts other than the four core ones, one JSON document per key. */
export class PartsRepository {
  private readonly allStmt
  private readonly upsertStmt
  private readonly deleteStmt

  constructor(db: Db) {
    this.allStmt = db.prepare<[], PartRow>('SELECT key, data FROM portfolio_parts ORDER BY key')
    this.upsertStmt = db.prepare<[string, string]>(
      'INSERT INTO portfolio_parts (key, data) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET data = excluded.data',
    )
    this.deleteStmt = db.prepare<[string]>('DELETE FROM portfolio_parts WHERE key = ?')
  }

  /** Every stored part as parsed JSON (validated by the caller with the Portfolio schema). */
  all(): Record<string, unknown> {
    const parts: Record<string, unknown> = {}
    for (const row of this.allStmt.all()) parts[row.key] = JSON.parse(row.data) as unknown
    return parts
  }

  /** Stores a part; undefined removes it (an optional part that is absent). */
  put(key: string, value: unknown): void {
    if (value === undefined) this.deleteStmt.run(key)
    else this.upsertStmt.run(key, JSON.stringify(value))
  }
}
