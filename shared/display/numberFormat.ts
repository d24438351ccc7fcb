/**
 * Display formats shared by every view. One locale (en-US) so what the grid shows is exactly
 * what its parser reads back (thousands ",", decimal "."). Money stays a plain number in the
 * portfolio currency; rounding happens here, for display only.
 */
const LOCALE = 'en-US'

const cache = new Map<string, Intl.NumberFormat>()
function nf(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = cache.get(key)
  if (!f) {
    f = new Intl.NumberFormat(LOCALE, options)
    cache.set(key, f)
  }
  return f
}

const currencyOptions = (currency: string, digits: number): Intl.NumberFormatOptions => ({
  style: 'currency',
  currency,
  currencyDisplay: 'narrowSymbol',
  minimumFractionDigits: digits,
  maximumFractionDigits: digits,
})

/** Whole currency units: "$12,345". Amounts under 100 keep cents so small costs are not shown as $0. */
export function formatMoney(value: number, currency: string): string {
  const digits = Math.abs(value) < 100 && !Number.isInteger(value) ? 2 : 0
  return nf(`m:${currency}:${digits}`, currencyOptions(currency, digits)).format(value)
}

/** Money to the cent, as actual costs are kept and invoiced: "$817.65", "−$25.00". */
export function formatMoneyCents(value: number, currency: string): string {
  return nf(`mc:${currency}`, currencyOptions(currency, 2)).format(value)
}

/** Per-unit money (cost per query, value per outcome): four significant digits, "$0.003214". */
export function formatUnitMoney(value: number, currency: string): string {
  if (value === 0) return formatMoney(0, currency)
  const abs = Math.abs(value)
  if (abs >= 100) return formatMoney(value, currency)
  const digits = Math.min(8, Math.max(2, 3 - Math.floor(Math.log10(abs))))
  const text = nf(`u:${currency}:${digits}`, currencyOptions(currency, digits)).format(value)
  // Drop trailing zeros beyond cents: "$0.003200" -> "$0.0032".
  return text.replace(/(\.\d\d\d*?)0+(?=\D*$)/, '$1')
}

/** Large money in short form for cards and axes: "$1.2M". */
export function formatMoneyCompact(value: number, currency: string): string {
  return nf(`c:${currency}`, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    notation: 'compact',
    // A currency's own two decimals would make every figure "$60.0M"; "$60M" and "$1.2M" read better.
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(value)
}

/** A share or rate as a percentage: 0.125 -> "12.5%". */
export function formatPercent(share: number, maxDigits = 2): string {
  return nf(`p:${maxDigits}`, { style: 'percent', maximumFractionDigits: maxDigits }).format(share)
}

/** A count with thousands separators and up to `maxDigits` decimals: "1,234.5". */
export function formatNumber(value: number, maxDigits = 2): string {
  return nf(`n:${maxDigits}`, { maximumFractionDigits: maxDigits }).format(value)
}

/**
 * An amount as a field shows it for editing: thousands separated and every digit the number holds
 * ("4,000,000", "0.0125"), so that the number reader reads back the very same number. Built on
 * String(), the shortest text that reads back exactly; a number it writes with an exponent stays so.
 */
export function formatAmountInput(value: number): string {
  const plain = String(Object.is(value, -0) ? 0 : value)
  const parts = /^(-?)(\d+)(\.\d+)?$/.exec(plain)
  if (!parts) return plain
  return `${parts[1] ?? ''}${(parts[2] ?? '').replace(/\B(?=(\d{3})+$)/g, ',')}${parts[3] ?? ''}`
}

/** Token counts: whole tokens with separators. */
export function formatTokens(value: number): string {
  return formatNumber(value, value < 10 ? 2 : 0)
}

/** The currency's symbol as the formats above write it: "$" for USD, "€" for EUR, the code where there is none ("CHF"). */
export function currencySymbol(currency: string): string {
  const parts = nf(`s:${currency}`, currencyOptions(currency, 0)).formatToParts(0)
  return parts.find((p) => p.type === 'currency')?.value ?? currency
}
