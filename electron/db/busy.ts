import { BUSY_TIMEOUT_MS } from './connection'
import { PortfolioFileError } from './errors'

/** SQLite's "database is locked": another connection held the lock for the whole busy timeout. */
export function isBusy(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : ''
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')
}

/** What a person is told instead of "database is locked". */
export function fileBusyError(path?: string): PortfolioFileError {
  return new PortfolioFileError(
    'in_use',
    `The portfolio file${path ? ` "${path}"` : ''} is busy: another window or program has been saving to it ` +
      `for ${BUSY_TIMEOUT_MS / 1000} seconds. Nothing was changed; try again in a moment.`,
  )
}
