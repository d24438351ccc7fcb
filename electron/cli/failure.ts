import { NonFiniteNumberError } from '../../shared/model/finiteNumber'
import { PortfolioFileError } from '../db/errors'

const codeOf = (e: unknown): string => (typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '')
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e))

const UNCHANGED = 'the files it was writing are as they were before the command'

/**
 * What stopped a command, as one sentence for stderr (never a stack): the disk is full, a file
 * may not be written, is busy or cannot be read, or our own clear message. Writes are atomic
 * (SQLite transactions, temporary files renamed into place), so a failed command changed nothing.
 */
export function describeFailure(e: unknown): string {
  if (e instanceof PortfolioFileError || e instanceof NonFiniteNumberError) return e.message
  const code = codeOf(e)
  const message = messageOf(e)
  const detail = code && !message.includes(code) ? `${message}: ${code}` : message
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT')
    return `The disk is full (${detail}): ${UNCHANGED}; free some space and try again.`
  if (/^SQLITE_(READONLY|PERM|AUTH|CANTOPEN)/.test(code) || ['EACCES', 'EPERM', 'EROFS'].includes(code))
    return `A file could not be written (${detail}): ${UNCHANGED}; check that the folder may be written to.`
  if (/^SQLITE_(BUSY|LOCKED)/.test(code))
    return `The portfolio file is busy: another program is writing to it (${detail}); ${UNCHANGED}. Try again.`
  if (/^SQLITE_(IOERR|CORRUPT|NOTADB)/.test(code) || code === 'EIO')
    return `A file could not be read or written (${detail}): ${UNCHANGED}; check the disk.`
  return `Unexpected error: ${messageOf(e)}.`
}
