import { openSync, readSync, closeSync } from 'node:fs'

/** Extension of a portfolio file (an SQLite database). */
export const FILE_EXTENSION = '.aiportfolio'

/**
 * `PRAGMA application_id` of every portfolio file: ASCII "GPPF". SQLite stores it in the file header,
 * so a foreign SQLite database is recognised as "not a portfolio" without reading any table.
 */
export const APPLICATION_ID = 0x47505046

const SQLITE_MAGIC = 'SQLite format 3\u0000'
const HEADER_BYTES = 100

/** What the 100-byte SQLite header says, read with plain file I/O so nothing can touch the file. */
export type FileHeader =
  { kind: 'empty' } | { kind: 'not_sqlite' } | { kind: 'sqlite'; applicationId: number; userVersion: number }

export function readFileHeader(path: string): FileHeader {
  const fd = openSync(path, 'r')
  try {
    const buf = Buffer.alloc(HEADER_BYTES)
    const read = readSync(fd, buf, 0, HEADER_BYTES, 0)
    if (read === 0) return { kind: 'empty' }
    if (read < HEADER_BYTES || buf.toString('latin1', 0, SQLITE_MAGIC.length) !== SQLITE_MAGIC) {
      return { kind: 'not_sqlite' }
    }
    // Offsets from https://www.sqlite.org/fileformat.html#the_database_header (big-endian).
    return { kind: 'sqlite', userVersion: buf.readInt32BE(60), applicationId: buf.readInt32BE(68) }
  } finally {
    closeSync(fd)
  }
}
