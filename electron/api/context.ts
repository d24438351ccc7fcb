import type { PortfolioSession } from '../db/session'

/** What handlers work on: the session holding the open portfolio file. */
export interface ApiContext {
  session: PortfolioSession
  /** Receives unexpected errors (a bug or an I/O failure) before they become { code: 'internal' }. */
  logError?: (method: string, error: unknown) => void
}
