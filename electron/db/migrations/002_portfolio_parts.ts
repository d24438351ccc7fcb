import type { Database } from 'better-sqlite3'

/**
 * Version 2: top-level portfolio parts beyond settings, price book, pools and initiatives (the scoring
 * model, the scenarios and any part a later version adds), one JSON document per key.
 * A part this app does not know stays in the file untouched. SHIPPED once released: never edit.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE portfolio_parts (
      key TEXT PRIMARY KEY,
      data TEXT NOT NULL CHECK (json_valid(data))
    ) STRICT;
  `)
}
