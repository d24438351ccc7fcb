/**
 * Money and rates as the recommendations word them: short, in the portfolio currency, one locale
 * (en-US) like the rest of the app. "$1.5M", "−$325K", "162%".
 */
const formats = new Map<string, Intl.NumberFormat>()

function compactFormat(currency: string): Intl.NumberFormat {
  let f = formats.get(currency)
  if (!f) {
    f = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    })
    formats.set(currency, f)
  }
  return f
}

/** Money in short form, whole units, with a true minus sign: -1,529,056 USD -> "−$1.5M". */
export function moneyText(value: number, currency: string): string {
  const whole = Math.round(value)
  const text = compactFormat(currency).format(Math.abs(whole))
  return whole < 0 ? `−${text}` : text
}

/** A share as whole percent with a true minus sign: -0.62 -> "−62%". */
export function percentText(share: number): string {
  const rounded = Math.round(share * 100)
  return `${rounded < 0 ? '−' : ''}${String(Math.abs(rounded))}%`
}
