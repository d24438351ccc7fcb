import { formatPercent } from '../../format'

/** A ratio the engine may leave undefined (ROI of a zero cost) as a percentage, or "—". */
export function percentText(ratio: number | null): string {
  return ratio === null ? '—' : formatPercent(ratio, 1)
}
