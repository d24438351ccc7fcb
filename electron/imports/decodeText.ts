export type Decoded = { ok: true; text: string } | { ok: false; message: string }

/** Line (1-based) of a byte offset, for pointing at the first bad byte. */
function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++
  return line
}

/** Offset of the first byte that breaks UTF-8, or -1 (the whole text is valid). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i] ?? 0
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1
    if (n < 0) return i
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i
    i += n + 1
  }
  return -1
}

/**
 * Text of a CSV file. UTF-8 (with or without a byte-order mark) is read; UTF-16 with a byte-order mark
 * (Excel's "Unicode text") is read too. Anything else is refused, naming the first bad byte, rather
 * than read with replacement characters that would silently change names and numbers.
 */
export function decodeCsvBytes(bytes: Uint8Array, fileName: string): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) }
  const nul = bytes.indexOf(0)
  if (nul >= 0) {
    return {
      ok: false,
      message: `"${fileName}" is not a text file (it holds a zero byte at line ${lineOf(bytes, nul)}). Import a CSV saved as UTF-8.`,
    }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes))
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')
    return {
      ok: false,
      message:
        `"${fileName}" is not UTF-8 text: byte 0x${byte} at line ${lineOf(bytes, at)} is not valid UTF-8 ` +
        '(the file is probably in a Windows or Latin-1 encoding). Save it as "CSV UTF-8" and import it again.',
    }
  }
}
