import type { ApiError } from '../../../../shared/api/result'
import { parseAmount, parseNumberText, parsePercentText } from '../../../../shared/imports/numberText'

export type Parse = (text: string) => { ok: true; value: number } | { ok: false; rule: string }

/** Points on a score axis: a plain number ("50"); a percent sign is refused rather than guessed. */
export const parsePoints: Parse = (text) => {
  const r = parseNumberText(text)
  if (!r.ok) return r
  if (r.percent) return { ok: false, rule: 'must be points on the score, not a percentage' }
  return { ok: true, value: r.value }
}

/** Money as people write it ("1,500,000", "$1.5M", "-250k"); a percent sign is refused. */
export const parseMoney: Parse = (text) => parseAmount(text)

/** Percent as shown ("85" or "85%") to a share (0.85). */
export const parseShare: Parse = (text) => parsePercentText(text, 'points')

/** The rule to show next to an inline input after the API refused the model. */
export function refusalText(error: ApiError): string {
  return error.issues?.[0]?.rule ?? error.message
}

/** Shares and rates shown as whole or one-decimal percent points, as typed back: 0.85 -> "85". */
export function percentPoints(share: number): string {
  return String(Math.round(share * 1000) / 10)
}
