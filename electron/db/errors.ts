import type { ValidationIssue } from '../../shared/model/validation'

export type PortfolioFileErrorKind =
  | 'missing'
  | 'not_sqlite'
  | 'not_portfolio'
  | 'corrupt'
  | 'newer_version'
  | 'migration_failed'
  | 'invalid_content'
  | 'in_use'
  | 'read_only'
  | 'none_open'
  | 'over_limit'

/** A portfolio file that cannot be opened or written, with a message meant for the person at the keyboard. */
export class PortfolioFileError extends Error {
  constructor(
    readonly kind: PortfolioFileErrorKind,
    message: string,
    readonly issues?: ValidationIssue[],
  ) {
    super(message)
    this.name = 'PortfolioFileError'
  }
}

export const UNCHANGED = 'The file was not changed.'
