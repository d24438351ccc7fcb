import { ACTIONS, type MatrixPoint } from '../../../../shared/decisions'

/**
 * Recommendations in the order an executive reads them: by action (double down first, pull back
 * last), then the most strategic first, then by name. Unscored importance sorts last in its action.
 */
export function byAction(points: readonly MatrixPoint[]): MatrixPoint[] {
  const rank = (p: MatrixPoint) => ACTIONS.indexOf(p.recommendation.action)
  return [...points].sort((a, b) => rank(a) - rank(b) || (b.y ?? -1) - (a.y ?? -1) || a.name.localeCompare(b.name))
}

/** Why an initiative has no bubble, or null when it has one. */
export function notPlacedReason(p: MatrixPoint): string | null {
  if (p.y === null && p.x === null) return 'no criterion scored and too few months after launch'
  if (p.y === null) return 'no criterion scored'
  if (p.x === null) return 'too few months after launch to judge scale economics'
  return null
}
