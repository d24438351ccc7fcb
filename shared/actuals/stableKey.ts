/**
 * A short, stable key for a line or a day of it: 64 bits of two FNV-1a hashes over the canonical
 * text of its dimensions. The same source key always gives the same text, so it gives the same
 * key in every import; at 200,000 lines the chance of two keys meeting is about 1 in 10^9.
 */
export function stableKey(text: string): string {
  let a = 0x811c9dc5
  let b = 0x01000193 ^ 0x5bd1e995
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15)
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0')
}

/** Separator of the parts of a canonical key text: a control character no field holds. */
export const KEY_SEPARATOR = '\u001f'
