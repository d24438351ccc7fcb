import type { Database } from 'better-sqlite3'
import { PortfolioFileError, UNCHANGED } from './errors'
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations'

export function fileVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

export function newerVersionError(path: string, version: number): PortfolioFileError {
  return new PortfolioFileError(
    'newer_version',
    `Cannot open "${path}": it was saved by a newer version of Gen AI Portfolio Planner ` +
      `(file format ${version}; this app reads up to ${LATEST_VERSION}). Update the app to open it. ${UNCHANGED}`,
  )
}

/** Brings the file up to LATEST_VERSION, each migration in its own transaction so a failure leaves the file as it was. */
export function migrate(db: Database, path: string, migrations: readonly Migration[] = MIGRATIONS): void {
  const version = fileVersion(db)
  if (version > migrations.length) throw newerVersionError(path, version)
  for (const m of migrations.slice(version)) {
    db.transaction(() => {
      m.up(db)
      db.pragma(`user_version = ${m.id}`)
    })()
  }
}
