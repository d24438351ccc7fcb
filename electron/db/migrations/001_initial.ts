import type { Database } from 'better-sqlite3'
import { APPLICATION_ID } from '../fileFormat'

/**
 * Version 1: settings as one JSON row; price models, cost pools and initiatives as JSON documents of the
 * full domain object, ordered by position. Documents let fields added by later issues persist without a
 * schema change. SHIPPED: never edit; add 002_... instead.
 */
export function up(db: Database): void {
  db.pragma(`application_id = ${APPLICATION_ID}`)
  db.exec(`
    CREATE TABLE settings (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      data TEXT NOT NULL CHECK (json_valid(data))
    ) STRICT;
    CREATE TABLE price_models (
      id TEXT PRIMARY KEY,
      position INTEGER NOT NULL,
      data TEXT NOT NULL CHECK (json_valid(data))
    ) STRICT;
    CREATE INDEX price_models_position ON price_models (position);
    CREATE TABLE cost_pools (
      id TEXT PRIMARY KEY,
      position INTEGER NOT NULL,
      data TEXT NOT NULL CHECK (json_valid(data))
    ) STRICT;
    CREATE INDEX cost_pools_position ON cost_pools (position);
    CREATE TABLE initiatives (
      id TEXT PRIMARY KEY,
      position INTEGER NOT NULL,
      data TEXT NOT NULL CHECK (json_valid(data))
    ) STRICT;
    CREATE INDEX initiatives_position ON initiatives (position);
  `)
}
