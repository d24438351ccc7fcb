import { readFileSync, statSync } from 'node:fs'
import { extname } from 'node:path'
import { MAX_IMPORT_BYTES, megabytes } from '../../shared/imports/limits'

export type ImportFormat = 'csv' | 'xlsx' | 'json'

export type SourceBytes = { ok: true; bytes: Buffer; format: ImportFormat } | { ok: false; message: string }

export interface SourceParams {
  fileName: string
  contentBase64?: string | undefined
  path?: string | undefined
}

const FORMATS: Readonly<Record<string, ImportFormat>> = {
  '.csv': 'csv',
  '.txt': 'csv',
  '.tsv': 'csv',
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsx',
  '.json': 'json',
}

/** The import format a file name says, or a message naming the formats an import reads. */
export function formatOf(fileName: string): { ok: true; format: ImportFormat } | { ok: false; message: string } {
  const ext = extname(fileName).toLowerCase()
  const format = FORMATS[ext]
  if (format) return { ok: true, format }
  const hint = ext === '.xls' ? ' The old Excel format (.xls) is not read: save it as .xlsx.' : ''
  return { ok: false, message: `"${fileName}" cannot be imported: an import reads .csv, .xlsx and .json files.${hint}` }
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/**
 * The bytes of an import, from base64 or a path, refusing more than MAX_IMPORT_BYTES before they are
 * read (the size of a path is checked with stat, so a huge file is never loaded).
 */
export function readSourceBytes(source: SourceParams): SourceBytes {
  const format = formatOf(source.fileName)
  if (!format.ok) return format
  const tooLarge = (size: number) => ({
    ok: false as const,
    message: `"${source.fileName}" is larger than ${megabytes(MAX_IMPORT_BYTES)} (${size.toLocaleString('en-US')} bytes), the most an import reads.`,
  })
  if (source.contentBase64 !== undefined) {
    const text = source.contentBase64.replace(/\s+/g, '')
    if (!BASE64.test(text) || text.length % 4 === 1)
      return { ok: false, message: `The content of "${source.fileName}" is not valid base64.` }
    const bytes = Buffer.from(text, 'base64')
    return bytes.length > MAX_IMPORT_BYTES ? tooLarge(bytes.length) : { ok: true, bytes, format: format.format }
  }
  const path = source.path ?? ''
  try {
    const stat = statSync(path)
    if (!stat.isFile()) return { ok: false, message: `Cannot import "${path}": it is not a file.` }
    if (stat.size > MAX_IMPORT_BYTES) return tooLarge(stat.size)
    return { ok: true, bytes: readFileSync(path), format: format.format }
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : ''
    return {
      ok: false,
      message: `Cannot import "${path}": ${code === 'ENOENT' ? 'no such file' : e instanceof Error ? e.message : String(e)}.`,
    }
  }
}
