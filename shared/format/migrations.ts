/**
 * Upgrades of the JSON interchange format, oldest first. MIGRATIONS[i] turns the `portfolio`
 * of a version i+1 document into version i+2, so a file of any older version reaches the
 * current one by running the tail of this list in order.
 *
 * To ship version 2: append one function `(v1: unknown) => unknown` here (pure, tolerant of
 * anything: validation runs after it) and describe it in docs/portfolio-format.md. Never edit a
 * migration that shipped; files written by that version exist.
 */
export type FormatMigration = (portfolio: unknown) => unknown

export const MIGRATIONS: readonly FormatMigration[] = []

/** The version this code writes, and the newest it reads. */
export const FORMAT_VERSION = MIGRATIONS.length + 1

/** Runs every migration from `fromVersion` up to the newest (the chain is a parameter for tests). */
export function migrateToCurrent(
  portfolio: unknown,
  fromVersion: number,
  migrations: readonly FormatMigration[] = MIGRATIONS,
): unknown {
  return migrations.slice(fromVersion - 1).reduce((p, migrate) => migrate(p), portfolio)
}
