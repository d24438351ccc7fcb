import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { extname } from 'node:path'
import {
  createActualsReader,
  readActualsRows,
  readActualsText,
  type ActualsReadResult,
} from '../../shared/actuals/readActuals'
import type { ActualsReadOptions } from '../../shared/actuals/readContext'
import { MAX_ACTUALS_BYTES, megabytes } from '../../shared/actuals/limits'
import { MAX_IMPORT_BYTES } from '../../shared/imports/limits'
import { decodeCsvBytes } from '../imports/decodeText'
import { readXlsxRows } from '../imports/xlsxTable'

/**
 * An actuals file's bytes to lines. CSV, JSON and JSON Lines are text (UTF-8, or UTF-16 with a
 * byte-order mark); .xlsx is read as a sheet. From a path (the command line) text is streamed 1 MB at
 * a time, so a year of daily FOCUS rows is never held whole.
 */

const CHUNK_BYTES = 1 << 20

type Refusal = Extract<ActualsReadResult, { ok: false }>
const refusal = (message: string): Refusal => ({
  ok: false,
  format: null,
  message,
  issues: [],
  issueCount: 0,
  warnings: [],
})

const isXlsx = (fileName: string): boolean => ['.xlsx', '.xlsm'].includes(extname(fileName).toLowerCase())

async function readXlsx(
  bytes: Buffer,
  fileName: string,
  options: ActualsReadOptions,
  sheet?: string,
): Promise<ActualsReadResult> {
  if (bytes.length > MAX_IMPORT_BYTES)
    return refusal(
      `"${fileName}" is larger than ${megabytes(MAX_IMPORT_BYTES)}, the most a workbook import reads. Save it as CSV.`,
    )
  const sheetRows = await readXlsxRows(bytes, fileName, sheet)
  return sheetRows.ok ? readActualsRows(sheetRows.rows, options) : refusal(sheetRows.message)
}

/** A file sent as bytes (the app's upload). */
export async function readActualsBytes(
  bytes: Buffer,
  fileName: string,
  options: ActualsReadOptions,
  sheet?: string,
): Promise<ActualsReadResult> {
  if (isXlsx(fileName)) return readXlsx(bytes, fileName, options, sheet)
  const decoded = decodeCsvBytes(bytes, fileName)
  return decoded.ok ? readActualsText(decoded.text, options) : refusal(decoded.message)
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

export function bytesOfBase64(contentBase64: string, fileName: string): Buffer | Refusal {
  const text = contentBase64.replace(/\s+/g, '')
  if (!BASE64.test(text) || text.length % 4 === 1) return refusal(`The content of "${fileName}" is not valid base64.`)
  return Buffer.from(text, 'base64')
}

/** The text decoder a file's first bytes call for: UTF-16 after its byte-order mark, else UTF-8 (a BOM is dropped by the reader). */
function decoderFor(first: Buffer): { decoder: TextDecoder; utf16: boolean } {
  if (first[0] === 0xff && first[1] === 0xfe)
    return { decoder: new TextDecoder('utf-16le', { fatal: true }), utf16: true }
  if (first[0] === 0xfe && first[1] === 0xff)
    return { decoder: new TextDecoder('utf-16be', { fatal: true }), utf16: true }
  return { decoder: new TextDecoder('utf-8', { fatal: true }), utf16: false }
}

/** A file on disk, streamed (the command line). */
export async function readActualsPath(
  path: string,
  fileName: string,
  options: ActualsReadOptions,
  sheet?: string,
): Promise<ActualsReadResult> {
  let size: number
  try {
    const stat = statSync(path)
    if (!stat.isFile()) return refusal(`Cannot import "${path}": it is not a file.`)
    size = stat.size
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : 'unreadable'
    return refusal(`Cannot read "${path}" (${code}).`)
  }
  if (size > MAX_ACTUALS_BYTES)
    return refusal(
      `"${fileName}" is larger than ${megabytes(MAX_ACTUALS_BYTES)}, the most an actuals import reads. Export fewer months at a time.`,
    )
  const fd = openSync(path, 'r')
  try {
    if (isXlsx(fileName)) {
      const bytes = Buffer.alloc(Math.min(size, MAX_IMPORT_BYTES + 1))
      const n = readSync(fd, bytes, 0, bytes.length, 0)
      return await readXlsx(bytes.subarray(0, n), fileName, options, sheet)
    }
    const reader = createActualsReader(options)
    const buffer = Buffer.alloc(CHUNK_BYTES)
    let decoding: { decoder: TextDecoder; utf16: boolean } | null = null
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK_BYTES, null)
      if (n === 0) break
      const chunk = buffer.subarray(0, n)
      decoding ??= decoderFor(chunk)
      if (!decoding.utf16 && chunk.includes(0))
        return refusal(`"${fileName}" is not a text file (it holds a zero byte). Export it as UTF-8 CSV or JSON.`)
      // TextDecoder drops a byte-order mark at the start of the stream by itself.
      reader.push(decoding.decoder.decode(chunk, { stream: true }))
    }
    if (decoding) reader.push(decoding.decoder.decode())
    return reader.finish()
  } catch (e) {
    if (e instanceof TypeError) return refusal(`"${fileName}" is not UTF-8 text. Save it as UTF-8 and import it again.`)
    throw e
  } finally {
    closeSync(fd)
  }
}
