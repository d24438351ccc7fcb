import { formatMoneyCompact } from '../display/numberFormat'

/*
 * Money and rates as the recommendations word them: short, in the portfolio currency, one locale
 * (en-US) like the rest of the app. "$1.5M", "−$325K", "162%". The short form is the app's own
 * (shared/display), with a true minus sign in front.
 */

/** Money in short form, whole units, with a true minus sign: -1,529,056 USD -> "−$1.5M". */
export function moneyText(value: number, currency: string): string {
  const whole = Math.round(value)
  const text = formatMoneyCompact(Math.abs(whole), currency)
  return whole < 0 ? `−${text}` : text
}

/** A share as whole percent with a true minus sign: -0.62 -> "−62%". */
export function percentText(share: number): string {
  const rounded = Math.round(share * 100)
  return `${rounded < 0 ? '−' : ''}${String(Math.abs(rounded))}%`
}
