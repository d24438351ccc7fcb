import { accessSync, constants, existsSync, realpathSync, statSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { ExportRefused } from './exportRefused'

/** The real path when the file exists (symlinks resolved), else the absolute path. */
function real(path: string): string {
  return existsSync(path) ? realpathSync(path) : resolve(path)
}

/**
 * Checks where an export may go before anything is written, and returns the absolute path.
 * Refused: a folder, a folder that does not exist or may not be written, and any of the
 * `protectedPaths` (the portfolio being exported and its SQLite side files), which an
 * export must never overwrite.
 */
export function checkOutputPath(path: string, protectedPaths: readonly string[] = []): string {
  if (path.trim() === '') throw new ExportRefused('validation', 'The export needs a file path to write to.')
  const target = resolve(path)
  if (existsSync(target) && statSync(target).isDirectory()) {
    throw new ExportRefused('validation', `Cannot write the export to "${target}": it is a folder; give a file name.`)
  }
  const folder = dirname(target)
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new ExportRefused(
      'validation',
      `Cannot write the export to "${target}": the folder "${folder}" does not exist.`,
    )
  }
  try {
    accessSync(folder, constants.W_OK)
  } catch {
    throw new ExportRefused(
      'validation',
      `Cannot write the export to "${target}": the folder "${folder}" may not be written to.`,
    )
  }
  const targetReal = real(target)
  for (const p of protectedPaths) {
    for (const side of [p, `${p}-wal`, `${p}-shm`, `${p}-journal`]) {
      if (real(side) === targetReal) {
        throw new ExportRefused(
          'validation',
          `Cannot write the export to "${target}": that is the portfolio being exported (${basename(p)}); choose another file name.`,
        )
      }
    }
  }
  return target
}

const REFUSABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOENT', 'ENOTDIR', 'EISDIR', 'ENAMETOOLONG'])

/** A write that failed because of the path (not a bug) as a clear refusal; other errors pass through. */
export function refusedWrite(path: string, error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && REFUSABLE.has(code)) {
    return new ExportRefused(
      'validation',
      `Cannot write the export to "${path}" (${code}): ${(error as Error).message}.`,
    )
  }
  return error
}
