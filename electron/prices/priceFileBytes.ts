import { megabytes } from '../../shared/imports/limits'
import { MAX_PRICE_FILE_BYTES } from '../../shared/prices/limits'
import type { PriceFileRead } from '../../shared/prices/priceFile'
import { readPriceFile } from '../../shared/prices/readPriceFile'

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

const tooLarge = (fileName: string, size: number): PriceFileRead => ({
  ok: false,
  message: `"${fileName}" is larger than ${megabytes(MAX_PRICE_FILE_BYTES)} (${size.toLocaleString('en-US')} bytes), the most a price file may be.`,
})

/** A price file's bytes as text: strict UTF-8 (a byte-order mark is dropped), then read as LiteLLM's or OpenRouter's format. */
export function readPriceFileBytes(bytes: Uint8Array, fileName: string): PriceFileRead {
  if (bytes.length > MAX_PRICE_FILE_BYTES) return tooLarge(fileName, bytes.length)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { ok: false, message: `"${fileName}" is not UTF-8 text: a price file is JSON, which is UTF-8.` }
  }
  return readPriceFile(text, fileName)
}

/** A price file uploaded as base64 (the app's file picker in the browser and on the desktop). */
export function readPriceFileBase64(contentBase64: string, fileName: string): PriceFileRead {
  const text = contentBase64.replace(/\s+/g, '')
  if (!BASE64.test(text) || text.length % 4 === 1)
    return { ok: false, message: `The content of "${fileName}" is not valid base64.` }
  // Refused on the encoded length, before decoding.
  const size = Math.floor((text.length * 3) / 4)
  if (size > MAX_PRICE_FILE_BYTES + 2) return tooLarge(fileName, size)
  return readPriceFileBytes(Buffer.from(text, 'base64'), fileName)
}
