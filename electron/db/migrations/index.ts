import type { Database } from 'better-sqlite3'
import { up as initial } from './001_initial'
import { up as portfolioParts } from './002_portfolio_parts'
import { up as actuals } from './003_actuals'

export interface Migration {
  /** The user_version the file has after this migration. */
  id: number
  name: string
  up: (db: Database) => void
}

/** Append-only, in order: migration n brings a file from user_version n-1 to n. */
export const MIGRATIONS: readonly Migration[] = [
  { id: 1, name: 'initial', up: initial },
  { id: 2, name: 'portfolio parts', up: portfolioParts },
  { id: 3, name: 'actuals', up: actuals },
]

/** The file format this app writes; files above it come from a newer app. */
export const LATEST_VERSION = MIGRATIONS.length
