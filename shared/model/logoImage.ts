/**
 * The deck's logo: a PNG or JPEG image carried in the portfolio file as base64. The type is read
 * from the image's own first bytes (its magic number), never from a name or a declared type, and
 * its pixel size from its header, so the deck can keep its aspect ratio.
 */

export const MAX_LOGO_BYTES = 1024 * 1024
/** Base64 of MAX_LOGO_BYTES bytes. */
export const MAX_LOGO_BASE64_CHARS = Math.ceil(MAX_LOGO_BYTES / 3) * 4
/** A logo larger than this in either direction is refused (a decompression bomb or a mistake). */
const MAX_LOGO_PIXELS = 10_000

type LogoType = 'png' | 'jpeg'

export interface LogoInfo {
  type: LogoType
  mimeType: 'image/png' | 'image/jpeg'
  width: number
  height: number
  bytes: number
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
/** Value of each base64 digit by character code. */
const DIGIT: readonly number[] = Array.from({ length: 128 }, (_, code) => ALPHABET.indexOf(String.fromCharCode(code)))

/** Standard base64 (with padding) to bytes; null when the text is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  const out = new Uint8Array((text.length / 4) * 3 - padding)
  const digit = (i: number): number => Math.max(0, DIGIT[text.charCodeAt(i)] ?? 0)
  let o = 0
  for (let i = 0; i < text.length; i += 4) {
    const n = (digit(i) << 18) | (digit(i + 1) << 12) | (digit(i + 2) << 6) | digit(i + 3)
    out[o++] = (n >> 16) & 255
    if (o < out.length) out[o++] = (n >> 8) & 255
    if (o < out.length) out[o++] = n & 255
  }
  return out
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

const u16 = (b: Uint8Array, i: number): number => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0)
const u32 = (b: Uint8Array, i: number): number => u16(b, i) * 65536 + u16(b, i + 2)

/** Width and height from a PNG's IHDR chunk, which must come first. */
function pngSize(b: Uint8Array): { width: number; height: number } | null {
  if (b.length < 24 || String.fromCharCode(...b.subarray(12, 16)) !== 'IHDR') return null
  return { width: u32(b, 16), height: u32(b, 20) }
}

/** Start-of-frame markers: baseline, progressive, lossless and arithmetic-coded variants. */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf])

/** Width and height from a JPEG's first start-of-frame segment, walking the segments before it. */
function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  let i = 2
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null
    const marker = b[i + 1] ?? 0
    if (marker === 0xff) {
      i += 1 // fill byte
      continue
    }
    if (SOF.has(marker)) return { height: u16(b, i + 5), width: u16(b, i + 7) }
    if (marker === 0xd9 || marker === 0xda) return null // end of image, or scan data before any frame header
    i += 2 + u16(b, i + 2)
  }
  return null
}

/** What the bytes are, or a message saying why they are not a usable logo. */
export function logoInfo(bytes: Uint8Array): LogoInfo | string {
  if (bytes.length > MAX_LOGO_BYTES) return `must be ${MAX_LOGO_BYTES / 1024 / 1024} MB or smaller`
  const isPng = PNG_SIGNATURE.every((v, i) => bytes[i] === v)
  const isJpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff
  if (!isPng && !isJpeg) return 'must be a PNG or JPEG image'
  const size = isPng ? pngSize(bytes) : jpegSize(bytes)
  if (!size) return `is a damaged ${isPng ? 'PNG' : 'JPEG'} image (its size cannot be read)`
  if (size.width < 1 || size.height < 1 || size.width > MAX_LOGO_PIXELS || size.height > MAX_LOGO_PIXELS)
    return `must be between 1 and ${MAX_LOGO_PIXELS.toLocaleString('en-US')} pixels wide and high`
  return {
    type: isPng ? 'png' : 'jpeg',
    mimeType: isPng ? 'image/png' : 'image/jpeg',
    ...size,
    bytes: bytes.length,
  }
}

/** logoInfo of a base64 text. */
export function logoInfoOfBase64(base64: string): LogoInfo | string {
  if (base64.length > MAX_LOGO_BASE64_CHARS) return `must be ${MAX_LOGO_BYTES / 1024 / 1024} MB or smaller`
  const bytes = decodeBase64(base64)
  return bytes ? logoInfo(bytes) : 'must be the image as base64 text'
}
