import type { Db } from '../connection'

interface SettingsRow {
  data: string
}

/** The one settings row, stored as JSON so settings added later need no migration. */
export class SettingsRepository {
  private readonly selectStmt
  private readonly upsertStmt

  constructor(db: Db) {
    this.selectStmt = db.prepare<[], SettingsRow>('SELECT data FROM settings WHERE id = 1')
    this.upsertStmt = db.prepare<[string]>(
      'INSERT INTO settings (id, data) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data',
    )
  }

  /** The stored settings as parsed JSON (validated by the caller), or undefined when the row is missing. */
  get(): unknown {
    const row = this.selectStmt.get()
    return row ? (JSON.parse(row.data) as unknown) : undefined
  }

  put(settings: unknown): void {
    this.upsertStmt.run(JSON.stringify(settings))
  }
}
