/**
 * Numbers typed into the scenarios view, read by the app's one number reader
 * (shared/imports/numberText) as the cost grid and the detail fields read them: a percentage in
 * percent points ("20", "20%" and "20 %" are all 20%), thousands separators only between groups of
 * three, so a decimal comma "1,5" is refused with its reason rather than read as 15.
 */
import { parseAmount, parsePercentText } from '../../../../shared/imports/numberText'

export type FieldNumber = { ok: true; value: number } | { ok: false; message: string }

/**
 * A lever field's number: a percentage field gives the share (0.25 for "25"), any other the amount
 * (a percentage typed as months is refused, not read as its number). A refusal names the field by
 * its label and says the reader's rule; the model's own rules (ranges, whole months) are the API's.
 */
export function readLeverNumber(label: string, text: string, percent: boolean): FieldNumber {
  const r = percent ? parsePercentText(text, 'points') : parseAmount(text)
  return r.ok ? { ok: true, value: r.value } : { ok: false, message: `${label}: ${r.rule}` }
}

/** A lever field's value as shown: a share in percent points to four decimals (0.25 shows "25"). */
export function shownLeverNumber(value: number, percent: boolean): string {
  return percent ? String(Math.round(value * 1e6) / 1e4) : String(value)
}

/** The tornado's ± percentage: a share above 0 and at most 1, or a message naming the rule. */
export function readTornadoPercent(text: string): FieldNumber {
  const r = parsePercentText(text, 'points')
  if (!r.ok) return { ok: false, message: `The ± percentage ${r.rule}.` }
  if (r.value <= 0 || r.value > 1) return { ok: false, message: 'The ± percentage must be above 0% and at most 100%.' }
  return { ok: true, value: r.value }
}
