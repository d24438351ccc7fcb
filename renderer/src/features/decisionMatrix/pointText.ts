import { ACTION_LABELS, moneyText, percentText, QUADRANT_LABELS, type MatrixPoint } from '../../../../shared/decisions'
import { formatMonthIndex, formatMoneyCompact } from '../../format'

/** A yearly rate as the rules word it: 0.42 -> "+42%/yr". */
export function perYear(rate: number): string {
  const pct = Math.round(rate * 100)
  return `${pct > 0 ? '+' : pct < 0 ? '−' : ''}${String(Math.abs(pct))}%/yr`
}

/** A 0..100 or -100..100 score rounded for reading; one decimal under 10 so small moves show. */
export function scoreText(score: number): string {
  const r = Math.abs(score) < 10 ? Math.round(score * 10) / 10 : Math.round(score)
  return (r < 0 ? '−' : '') + String(Math.abs(r))
}

/** The parts of scale economics, all kept visible next to the score. */
export function economicsParts(p: MatrixPoint): string[] {
  const e = p.economics
  if (!e) return ['too few months after launch to judge']
  return [
    `value ${perYear(e.valueGrowthPerYear)} vs running cost ${perYear(e.costGrowthPerYear)}`,
    e.costPerOutcomeChangePerYear === null
      ? 'cost per outcome: no outcomes'
      : `cost per outcome ${perYear(e.costPerOutcomeChangePerYear)}`,
    `margin at scale ${percentText(e.marginAtScale)}`,
  ]
}

/** The money beside a recommendation: "NPV $2.4M · ROI 162% · payback Jul 2027". */
export function moneyLine(p: MatrixPoint, currency: string, startMonth: string): string {
  const { npv, roi, paybackMonth } = p.money
  return [
    `NPV ${moneyText(npv, currency)}`,
    `ROI ${roi === null ? 'not defined (no cost)' : percentText(roi)}`,
    paybackMonth === null ? 'no payback within the horizon' : `payback ${formatMonthIndex(startMonth, paybackMonth)}`,
  ].join(' · ')
}

/** The lines of a bubble's tooltip, plain text (escaped when turned into HTML). */
export function tooltipLines(
  p: MatrixPoint,
  currency: string,
  startMonth: string,
  baseline: MatrixPoint | null,
): string[] {
  const lines = [
    `Scale economics ${p.x === null ? 'not judged' : scoreText(p.x)}`,
    ...economicsParts(p).map((t) => `  ${t}`),
    `Strategic importance ${p.y === null ? 'not scored' : scoreText(p.y)}${p.strategic.complete ? '' : ' (not every criterion scored)'}`,
    `Horizon spend ${formatMoneyCompact(p.spend, currency)}`,
    moneyLine(p, currency, startMonth),
    `Quadrant: ${p.quadrant ? QUADRANT_LABELS[p.quadrant] : 'not placed'}`,
    `Recommendation: ${ACTION_LABELS[p.recommendation.action]}`,
  ]
  if (p.recommendation.quadrantNote) lines.push(`  ${p.recommendation.quadrantNote}`)
  if (baseline && baseline.x !== null && baseline.y !== null) {
    lines.push(
      `Baseline: economics ${scoreText(baseline.x)}, importance ${scoreText(baseline.y)}${baseline.quadrant && baseline.quadrant !== p.quadrant ? ` (${QUADRANT_LABELS[baseline.quadrant]})` : ''}`,
    )
  }
  return lines
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
}

/** Tooltip HTML: the name in bold, then the lines; indented lines are the parts of the line above. */
export function tooltipHtml(
  p: MatrixPoint,
  currency: string,
  startMonth: string,
  baseline: MatrixPoint | null,
): string {
  const body = tooltipLines(p, currency, startMonth, baseline)
    .map((l) =>
      l.startsWith('  ')
        ? `<div style="padding-left:12px;opacity:.8">${escapeHtml(l.trim())}</div>`
        : `<div>${escapeHtml(l)}</div>`,
    )
    .join('')
  return `<div style="font-weight:600;margin-bottom:2px">${escapeHtml(p.name)}</div>${body}`
}
