import Database from 'better-sqlite3'

export type Db = Database.Database

/**
 * How long a connection waits for another one's lock (SQLite retries meanwhile) before it gives up.
 * SQLite's lock is not a queue: against a program writing back to back, a waiting writer can miss
 * its turn for seconds on a loaded machine, so the wait is generous.
 */
export const BUSY_TIMEOUT_MS = 15_000

/**
 * Opens a portfolio file for reading and writing.
 * - WAL: readers never block the writer, and a crash mid-write leaves the last committed state.
 * - synchronous = FULL: with WAL this fsyncs the log at every commit, so an edit is durable even
 *   across a power cut when the API call returns ("no lost edit"). NORMAL would be faster but may
 *   roll back the last commits on power loss; edits arrive at typing speed, so one fsync each is cheap.
 * - foreign_keys ON for the tables later migrations may link; busy_timeout so a second process
 *   (app and `npm run serve` on one file) waits for a lock instead of failing at once. Writes take
 *   the lock first (BEGIN IMMEDIATE, see PortfolioFile.write), which is what lets SQLite wait and retry.
 */
export function openReadWrite(path: string, options: { create: boolean }): Db {
  const db = new Database(path, { fileMustExist: !options.create })
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    return db
  } catch (e) {
    db.close()
    throw e
  }
}

/** Opens an existing file without any right to write it, for checks before trusting it. */
export function openReadOnly(path: string): Db {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
  return db
}
