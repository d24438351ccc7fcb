import { inflateRawSync } from 'node:zlib'
import { MAX_XLSX_ENTRIES, MAX_XLSX_UNCOMPRESSED_BYTES, megabytes } from '../../shared/imports/limits'

export type ZipCheck =
  { ok: true; entries: number; uncompressedBytes: number; rows: number } | { ok: false; message: string }

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
/** Most sheet rows (<row> elements, all sheets together) a workbook may hold before exceljs parses it. */
const MAX_XLSX_ROWS_TOTAL = 100_000

function findEndRecord(buf: Buffer): number {
  // The end record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) return i
  }
  return -1
}

function countRows(xml: Buffer): number {
  let n = 0
  for (let at = xml.indexOf('<row'); at >= 0; at = xml.indexOf('<row', at + 4)) {
    const next = xml[at + 4]
    if (next === 0x20 || next === 0x3e || next === 0x2f) n++ // "<row " "<row>" "<row/>", not "<rowBreaks"
  }
  return n
}

/**
 * Checks an XLSX (a zip) before exceljs loads it, which would inflate every entry in memory: the
 * entry count and the sizes the central directory declares, then each entry inflated with the output
 * capped at its declared size, so an entry that lies about its size (a zip bomb) is refused when it
 * passes that size, never inflated in full. Counts sheet rows on the way, as a huge sheet costs
 * exceljs seconds per 100,000 rows.
 */
export function checkZip(buf: Buffer, fileName: string): ZipCheck {
  const refuse = (why: string): ZipCheck => ({ ok: false, message: `"${fileName}" cannot be imported: ${why}` })
  const end = buf.length >= 22 ? findEndRecord(buf) : -1
  if (end < 0)
    return refuse('it is not an XLSX workbook (no zip directory found). Save it as .xlsx from Excel or LibreOffice.')
  const count = buf.readUInt16LE(end + 10)
  const dirOffset = buf.readUInt32LE(end + 16)
  if (count === 0xffff || dirOffset === 0xffffffff)
    return refuse('it is a ZIP64 archive, which no workbook an import reads needs.')
  if (count > MAX_XLSX_ENTRIES)
    return refuse(`it holds ${count} parts; a workbook an import reads holds at most ${MAX_XLSX_ENTRIES}.`)
  let at = dirOffset
  let declared = 0
  let inflated = 0
  let rows = 0
  for (let e = 0; e < count; e++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) return refuse('its zip directory is damaged.')
    const method = buf.readUInt16LE(at + 10)
    const compressed = buf.readUInt32LE(at + 20)
    const size = buf.readUInt32LE(at + 24)
    const nameLength = buf.readUInt16LE(at + 28)
    const next = at + 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32)
    const localAt = buf.readUInt32LE(at + 42)
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength)
    at = next
    declared += size
    if (declared > MAX_XLSX_UNCOMPRESSED_BYTES) {
      return refuse(
        `it would inflate to more than ${megabytes(MAX_XLSX_UNCOMPRESSED_BYTES)} (the most an import reads).`,
      )
    }
    if (localAt + 30 > buf.length || buf.readUInt32LE(localAt) !== LOCAL)
      return refuse(`its part "${name}" is damaged.`)
    const dataAt = localAt + 30 + buf.readUInt16LE(localAt + 26) + buf.readUInt16LE(localAt + 28)
    if (dataAt + compressed > buf.length) return refuse(`its part "${name}" is cut short.`)
    const data = buf.subarray(dataAt, dataAt + compressed)
    let content: Buffer
    if (method === 0) content = data
    else if (method === 8) {
      try {
        // One byte more than declared: an entry that fills it inflates past what it declares.
        content = inflateRawSync(data, { maxOutputLength: size + 1 })
      } catch {
        return refuse(
          `its part "${name}" inflates to more than the ${size.toLocaleString('en-US')} bytes it declares, or is damaged (a zip bomb is refused this way).`,
        )
      }
    } else return refuse(`its part "${name}" uses a compression method (${method}) workbooks do not use.`)
    if (content.length !== size)
      return refuse(
        `its part "${name}" inflates to ${content.length.toLocaleString('en-US')} bytes, not the ${size.toLocaleString('en-US')} it declares.`,
      )
    inflated += content.length
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) rows += countRows(content)
    if (rows > MAX_XLSX_ROWS_TOTAL) {
      return refuse(
        `its sheets hold more than ${MAX_XLSX_ROWS_TOTAL.toLocaleString('en-US')} rows in all. Copy the initiatives to a workbook of their own, or save the sheet as CSV.`,
      )
    }
  }
  return { ok: true, entries: count, uncompressedBytes: inflated, rows }
}
