import { PER_TOKEN_PRICE_ARRAYS, type PriceTable } from '../compiled'

const COPIED = ['batchDiscount', 'tierThreshold'] as const

/**
 * A price table holding the baseline's model rows, then one copy of every row per variant,
 * each scaled by that variant's factors (models x months, at [k * months + t]).
 * With `replaceBase` and exactly one variant, the scaled rows replace the baseline's instead,
 * so a portfolio-wide price lever keeps one row per model.
 * Returns the table and, per variant, the index offset its initiatives add to their mix models.
 */
export function priceTableWithVariants(
  base: PriceTable,
  variants: readonly Float64Array[],
  replaceBase: boolean,
): { table: PriceTable; offsets: number[] } {
  const H = base.months
  const n = base.modelIds.length
  const rows = n * H
  const copies = replaceBase ? variants.length : variants.length + 1
  const first = replaceBase ? 0 : 1
  const offsets = variants.map((_, v) => (v + first) * n)
  const scaled = (source: Float64Array): Float64Array => {
    const out = new Float64Array(rows * copies)
    if (!replaceBase) out.set(source, 0)
    variants.forEach((f, v) => {
      const o = (v + first) * rows
      for (let i = 0; i < rows; i++) out[o + i] = (source[i] ?? 0) * (f[i] ?? 1)
    })
    return out
  }
  const repeated = <A extends Float64Array | Uint8Array>(source: A, make: (len: number) => A): A => {
    const out = make(rows * copies)
    for (let c = 0; c < copies; c++) out.set(source, c * rows)
    return out
  }
  const modelIds: string[] = []
  for (let c = 0; c < copies; c++) modelIds.push(...base.modelIds)
  const table: PriceTable = {
    ...base,
    // Ids repeat per copy; modelIndex keeps naming the baseline rows (lookups by id stay as entered).
    modelIds,
    modelIndex: base.modelIndex,
    unknown: repeated(base.unknown, (len) => new Uint8Array(len)),
  }
  for (const key of PER_TOKEN_PRICE_ARRAYS) table[key] = scaled(base[key])
  for (const key of COPIED) table[key] = repeated(base[key], (len) => new Float64Array(len))
  return { table, offsets }
}
