import type { Database } from 'better-sqlite3'

/**
 * Version 3: actuals. Imports (one row each, `active` 0 once undone), the lines they brought with
 * their lineage (format, scope, line key; the days and their row keys in `data`), the attribution
 * rules in order, monthly amounts of the drivers other than inference, and measured outcomes.
 * A line an import replaced keeps its row with `replaced_by` naming that import, so undoing the
 * import is one flag and brings it back. SHIPPED once released: never edit.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE actual_imports (
      id TEXT PRIMARY KEY,
      seq INTEGER NOT NULL UNIQUE,
      format TEXT NOT NULL,
      file_name TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      active INTEGER NOT NULL CHECK (active IN (0, 1)),
      lines INTEGER NOT NULL,
      replaced_lines INTEGER NOT NULL
    ) STRICT;
    CREATE TABLE actual_lines (
      id INTEGER PRIMARY KEY,
      import_id TEXT NOT NULL REFERENCES actual_imports (id) ON DELETE CASCADE,
      replaced_by TEXT REFERENCES actual_imports (id) ON DELETE SET NULL,
      line_key TEXT NOT NULL,
      format TEXT NOT NULL,
      scope TEXT NOT NULL,
      month TEXT NOT NULL,
      provider TEXT NOT NULL,
      model TEXT NOT NULL,
      data TEXT NOT NULL CHECK (json_valid(data))
    ) STRICT;
    CREATE INDEX actual_lines_scope ON actual_lines (format, scope, month);
    CREATE INDEX actual_lines_month ON actual_lines (month);
    CREATE INDEX actual_lines_import ON actual_lines (import_id);
    CREATE INDEX actual_lines_replaced ON actual_lines (replaced_by);
    CREATE TABLE actual_rules (
      position INTEGER PRIMARY KEY,
      data TEXT NOT NULL CHECK (json_valid(data))
    ) STRICT;
    CREATE TABLE actual_amounts (
      initiative_id TEXT NOT NULL,
      month TEXT NOT NULL,
      driver TEXT NOT NULL,
      amount REAL NOT NULL,
      source TEXT NOT NULL,
      PRIMARY KEY (initiative_id, month, driver)
    ) STRICT;
    CREATE INDEX actual_amounts_month ON actual_amounts (month);
    CREATE TABLE actual_outcomes (
      initiative_id TEXT NOT NULL,
      month TEXT NOT NULL,
      data TEXT NOT NULL CHECK (json_valid(data)),
      PRIMARY KEY (initiative_id, month)
    ) STRICT;
    CREATE INDEX actual_outcomes_month ON actual_outcomes (month);
  `)
}
