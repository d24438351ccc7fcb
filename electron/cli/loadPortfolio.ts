import { readFileSync, statSync } from 'node:fs'
import { extname } from 'node:path'
import { MAX_JSON_CHARS, readPortfolioJson } from '../../shared/format'
import type { Portfolio } from '../../shared/model/portfolio'
import type { ValidationIssue } from '../../shared/model/validation'

export type LoadResult =
  | { ok: true; portfolio: Portfolio; kind: 'json' | 'portfolio-file' }
  | { ok: false; message: string; issues: ValidationIssue[] }

/** Portfolio files (SQLite) written by the app; everything else is read as the JSON format. */
export const PORTFOLIO_FILE_EXTENSION = '.aiportfolio'

function refused(message: string, issues: ValidationIssue[] = []): LoadResult {
  return { ok: false, message, issues }
}

/** Strict UTF-8: a file in another encoding is refused rather than read with replacement characters. */
function decodeUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

function loadJson(path: string): LoadResult {
  let size: number
  try {
    const stat = statSync(path)
    if (!stat.isFile()) return refused(`Cannot read "${path}": it is not a file.`)
    size = stat.size
  } catch {
    return refused(`Cannot read "${path}": no such file.`)
  }
  // Checked on bytes before reading, so a huge file is never loaded into memory.
  if (size > MAX_JSON_CHARS)
    return refused(`Cannot read "${path}": it is larger than ${MAX_JSON_CHARS / (1024 * 1024)} MB.`)
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (e) {
    return refused(`Cannot read "${path}": ${e instanceof Error ? e.message : String(e)}.`)
  }
  const text = decodeUtf8(bytes)
  if (text === null) return refused(`Cannot read "${path}": it is not UTF-8 text (save it as UTF-8 and try again).`)
  const r = readPortfolioJson(text)
  if (r.ok) return { ok: true, portfolio: r.value, kind: 'json' }
  const what =
    r.problem === 'invalid' ? 'the portfolio in it breaks the rules' : 'it is not a portfolio this app can read'
  return refused(`Cannot read "${path}": ${what}.`, r.issues)
}

/** Reads a portfolio file without writing to it: an older format is migrated in memory, never in place. */
async function loadPortfolioFile(path: string): Promise<LoadResult> {
  // Loaded only for portfolio files, so JSON use never needs the native SQLite module.
  const { readPortfolioFile } = await import('../db/fileCheck')
  const { PortfolioFileError } = await import('../db/errors')
  try {
    return { ok: true, portfolio: readPortfolioFile(path).portfolio, kind: 'portfolio-file' }
  } catch (e) {
    if (e instanceof PortfolioFileError) return refused(e.message, e.issues ?? [])
    throw e
  }
}

/**
 * Reads the portfolio a command works on: a `.aiportfolio` file as the app saves it, or a JSON
 * document in the interchange format (any older version is migrated in memory). Never writes to
 * the file it reads.
 */
export async function loadPortfolio(path: string): Promise<LoadResult> {
  return extname(path).toLowerCase() === PORTFOLIO_FILE_EXTENSION ? loadPortfolioFile(path) : loadJson(path)
}

/** A load failure as lines for stderr: the message, then one line per issue (entity, field, rule). */
export function describeLoadFailure(result: Extract<LoadResult, { ok: false }>): string {
  const lines = [result.message, ...result.issues.map((i) => `  - ${i.message}`)]
  return `${lines.join('\n')}\n`
}
