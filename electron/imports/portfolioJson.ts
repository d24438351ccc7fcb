import { existsSync, mkdirSync, realpathSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import type { ApiErrorCode } from '../../shared/api/result'
import { readPortfolioJson } from '../../shared/format'
import type { Portfolio } from '../../shared/model/portfolio'
import type { ValidationIssue } from '../../shared/model/validation'
import { FILE_EXTENSION } from '../db/fileFormat'
import type { PortfolioSession, Snapshot } from '../db/session'
import { ApiFailure } from '../api/failure'
import { readSourceBytes, type SourceParams } from './readSource'

export type PortfolioRead =
  | { ok: true; portfolio: Portfolio; fromVersion: number }
  | { ok: false; code: ApiErrorCode; message: string; issues: ValidationIssue[] }

/**
 * A JSON portfolio document from an import source: strict UTF-8 (a byte-order mark is fine), then the
 * format reader, which ignores `__proto__`-style keys, migrates any older version and checks every rule.
 */
export function readPortfolioSource(source: SourceParams): PortfolioRead {
  const bytes = readSourceBytes(source)
  if (!bytes.ok) return { ok: false, code: 'bad_file', message: bytes.message, issues: [] }
  if (bytes.format !== 'json') {
    return {
      ok: false,
      code: 'bad_file',
      message: `"${source.fileName}" is not a JSON portfolio: a spreadsheet's rows are imported as initiatives into the open portfolio instead.`,
      issues: [],
    }
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.bytes)
  } catch {
    return {
      ok: false,
      code: 'bad_file',
      message: `"${source.fileName}" is not UTF-8 text, so it is not a portfolio document.`,
      issues: [],
    }
  }
  const r = readPortfolioJson(text)
  if (r.ok) return { ok: true, portfolio: r.value, fromVersion: r.fromVersion }
  const what =
    r.problem === 'invalid'
      ? 'the portfolio in it breaks the rules'
      : r.problem === 'newer_version'
        ? 'it was written by a newer version of the app'
        : 'it is not a portfolio this app can read'
  const shown = r.issues.slice(0, 3).map((i) => i.message)
  const more = r.issues.length > shown.length ? ` (and ${r.issues.length - shown.length} more)` : ''
  return {
    ok: false,
    code: r.problem === 'newer_version' ? 'newer_version' : 'bad_file',
    message: `Cannot import "${source.fileName}": ${what}: ${shown.join('; ')}${more}.`,
    issues: r.issues,
  }
}

/**
 * Where browser mode keeps a portfolio it was given by name: `<name>.aiportfolio` beside the default
 * portfolio, in the user-data folder (created if need be). The name's schema already refuses folders;
 * the result is checked again so no name can lead out of that folder.
 */
export function namedPortfolioPath(session: PortfolioSession, name: string): string {
  const folder = dirname(session.defaultPath)
  const file = `${name}${FILE_EXTENSION}`
  const path = join(folder, file)
  if (basename(path) !== file || dirname(path) !== folder)
    throw new ApiFailure('validation', `name: "${name}" is not a plain file name.`)
  mkdirSync(folder, { recursive: true })
  return path
}

const realOrResolved = (p: string): string => (existsSync(p) ? realpathSync(p) : resolve(p))

/** Refuses to write over the open file, and over any existing file unless the person confirmed it. */
export function checkTarget(target: string, openPath: string | null, replace: boolean): void {
  if (openPath !== null && realOrResolved(openPath) === realOrResolved(target)) {
    throw new ApiFailure(
      'conflict',
      `Cannot import into "${target}": it is the portfolio that is open now. Choose another name.`,
    )
  }
  if (existsSync(target) && !replace) {
    throw new ApiFailure(
      'conflict',
      `Cannot import into "${target}": a file with that name exists. Choose another name.`,
    )
  }
}

/**
 * Imports a JSON portfolio as a new portfolio file and opens it, the way Save As does: the open
 * portfolio is not changed (so there is nothing to undo; it stays in Open Recent), and the new file
 * is written under a temporary name and renamed, so a failure leaves no half-written file.
 */
export async function importPortfolioJson(
  session: PortfolioSession,
  source: SourceParams,
  target: string,
  replace: boolean,
): Promise<Snapshot & { fromVersion: number }> {
  const read = readPortfolioSource(source)
  if (!read.ok) throw new ApiFailure(read.code, read.message, read.issues)
  const path = resolve(target)
  let openPath: string | null = null
  try {
    openPath = session.current.path
  } catch {
    openPath = null
  }
  checkTarget(path, openPath, replace)
  // Loaded here, so the CLI's JSON-only commands never load the native SQLite module.
  const { writeNewPortfolioFile } = await import('../db/fileWrite')
  await writeNewPortfolioFile(path, read.portfolio)
  return { ...session.open(path), fromVersion: read.fromVersion }
}
