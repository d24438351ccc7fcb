/**
 * Prices as price files write them, read as exact decimals. A per-token price of 0.000003 is 3 per
 * million, not 0.000003 × 1,000,000 = 2.9999999999999996: the decimal point is moved in the digits,
 * and only the result becomes a floating-point number (the nearest one to the exact decimal).
 */

/** digits × 10^-scale, exactly. */
export interface Decimal {
  digits: bigint
  scale: number
}

const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d{1,3}))?$/i

/** Longest decimal text read; real prices need about 25 characters. */
const MAX_DECIMAL_CHARS = 60

/** A decimal written in text ("0.000003", "3e-6", "-1"); null when it is no plain decimal number. */
export function parseDecimal(text: string): Decimal | null {
  const t = text.trim()
  if (t.length > MAX_DECIMAL_CHARS) return null
  const m = DECIMAL_TEXT.exec(t)
  if (!m) return null
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = m
  if (whole === '' && fraction === '') return null
  return { digits: BigInt(`${sign}${whole}${fraction}`), scale: fraction.length - Number(exponent) }
}

/**
 * A JSON number as the decimal it was written as. JavaScript prints a number with the fewest digits
 * that read back as the same number, so 3e-6 and 0.000003 both give "0.000003"'s digits.
 */
export function decimalOfNumber(value: number): Decimal | null {
  return Number.isFinite(value) ? parseDecimal(String(value)) : null
}

/** The decimal × 10^power, exactly. */
export function shift(d: Decimal, power: number): Decimal {
  return { digits: d.digits, scale: d.scale - power }
}

/** The nearest floating-point number. */
export function toNumber(d: Decimal): number {
  return Number(`${d.digits.toString()}e${String(-d.scale)}`)
}

export const isNegative = (d: Decimal): boolean => d.digits < 0n

/** Both decimals as integers on one scale, so they compare and subtract exactly. */
function aligned(a: Decimal, b: Decimal): [bigint, bigint] {
  const scale = Math.max(a.scale, b.scale)
  return [a.digits * 10n ** BigInt(scale - a.scale), b.digits * 10n ** BigInt(scale - b.scale)]
}

export function compareDecimals(a: Decimal, b: Decimal): number {
  const [x, y] = aligned(a, b)
  return x < y ? -1 : x > y ? 1 : 0
}

/**
 * The discount a reduced price gives on a full one, 1 − reduced / full, as [numerator, denominator]
 * in exact integers (full > 0).
 */
export function discountOf(full: Decimal, reduced: Decimal): [bigint, bigint] {
  const [f, r] = aligned(full, reduced)
  return [f - r, f]
}

/** An exact fraction as the nearest floating-point number (0.5 for 1/2). */
export function fractionToNumber([numerator, denominator]: [bigint, bigint]): number {
  // Scaled down together first when they are beyond exact doubles; the ratio keeps 15 digits.
  let n = numerator
  let d = denominator
  while (d > 2n ** 53n) {
    n /= 10n
    d /= 10n
  }
  return Number(n) / Number(d)
}

/** Whether two fractions are equal, exactly. */
export const sameFraction = (a: [bigint, bigint], b: [bigint, bigint]): boolean => a[0] * b[1] === b[0] * a[1]
