/**
 * Exact decimal arithmetic for money and token counts read from exports. A bill is summed from
 * thousands of rows with up to 10 decimals each; summing them as binary floats drifts by cents,
 * so amounts are kept as whole multiples of 10^-12 of the currency unit (a bigint) until a line is
 * finished, then converted once to the nearest float.
 */

/** Money as a whole number of 10^-12 currency units. */
export type Money = bigint

export const MONEY_DECIMALS = 12

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,4}))?$/

/**
 * The decimal text times 10^shift as a whole number, rounded half to even when digits remain;
 * null when the text is not a plain decimal ("1,200", "$3", "NaN" and "" are not).
 */
export function scaledInteger(text: string, shift: number): bigint | null {
  const m = DECIMAL.exec(text.trim())
  if (!m) return null
  const whole = m[2] ?? ''
  const fraction = m[3] ?? ''
  if (whole === '' && fraction === '') return null
  const digits = (whole + fraction).replace(/^0+(?=\d)/, '') || '0'
  // Value = digits * 10^(exponent - fraction.length); scaled by 10^shift.
  const power = Number(m[4] ?? '0') - fraction.length + shift
  let value: bigint
  if (power >= 0) {
    if (power > 40) return null
    value = BigInt(digits) * 10n ** BigInt(power)
  } else {
    const cut = -power
    if (cut > digits.length + 1) value = 0n
    else {
      const divisor = 10n ** BigInt(cut)
      const n = BigInt(digits)
      const q = n / divisor
      const r = n % divisor
      const twice = r * 2n
      value = twice > divisor || (twice === divisor && q % 2n === 1n) ? q + 1n : q
    }
  }
  return m[1] === '-' ? -value : value
}

/** A JSON or spreadsheet number as the decimal it prints as (the shortest text that reads back the same). */
export const numberText = (value: number): string => String(value)

/** Money from decimal text in the currency unit; `shift` -2 reads an amount given in cents. */
export function moneyFromText(text: string, shift = 0): Money | null {
  return scaledInteger(text, MONEY_DECIMALS + shift)
}

export function moneyFromNumber(value: number, shift = 0): Money | null {
  return Number.isFinite(value) ? moneyFromText(numberText(value), shift) : null
}

/** The float nearest the exact amount (through its decimal text, so 1234.56 reads back as the literal 1234.56). */
export function moneyToNumber(amount: Money): number {
  const negative = amount < 0n
  const digits = (negative ? -amount : amount).toString().padStart(MONEY_DECIMALS + 1, '0')
  const cut = digits.length - MONEY_DECIMALS
  const text = `${negative ? '-' : ''}${digits.slice(0, cut)}.${digits.slice(cut)}`
  return Number(text)
}

/** Exact sum of amounts given as floats (each read as the decimal it prints as). */
export function sumMoneyNumbers(values: readonly number[]): number {
  let total = 0n
  for (const v of values) total += moneyFromNumber(v) ?? 0n
  return moneyToNumber(total)
}
