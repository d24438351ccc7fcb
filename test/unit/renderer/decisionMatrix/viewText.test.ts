import { describe, expect, it } from 'vitest'
import { byAction, notPlacedReason } from '../../../../renderer/src/features/decisionMatrix/ordering'
import {
  economicsParts,
  escapeHtml,
  moneyLine,
  perYear,
  scoreText,
  tooltipLines,
} from '../../../../renderer/src/features/decisionMatrix/pointText'
import {
  parsePoints,
  parseShare,
  percentPoints,
  refusalText,
} from '../../../../renderer/src/features/decisionMatrix/ruleCommit'
import { recommendationCounts, type MatrixPoint } from '../../../../shared/decisions'
import { point } from './points'

const withAction = (p: MatrixPoint, action: MatrixPoint['recommendation']['action']): MatrixPoint => ({
  ...p,
  recommendation: { action, reasons: [], quadrantNote: null },
})

describe('texts of the matrix', () => {
  it('rates per year and scores as read', () => {
    expect(perYear(0.42)).toBe('+42%/yr')
    expect(perYear(-0.084)).toBe('−8%/yr')
    expect(perYear(0.004)).toBe('0%/yr')
    expect(scoreText(8.46)).toBe('8.5')
    expect(scoreText(-3.04)).toBe('−3')
    expect(scoreText(63.75)).toBe('64')
  })

  it('keeps both parts of scale economics visible', () => {
    const p = point('a', 30, 60, 1)
    expect(economicsParts(p)).toEqual([
      'value +42%/yr vs running cost −5%/yr',
      'cost per outcome: no outcomes',
      'margin at scale 68%',
    ])
    const withOutcomes = { ...p, economics: { ...p.economics!, costPerOutcomeChangePerYear: -0.3 } }
    expect(economicsParts(withOutcomes)[1]).toBe('cost per outcome −30%/yr')
    expect(economicsParts(point('b', null, 60, 1))).toEqual(['too few months after launch to judge'])
  })

  it('tooltip: numbers, quadrant, recommendation, and the baseline position when a scenario moved it', () => {
    const shown = point('a', 30, 60, 1_250_000, 'a', -1_529_056)
    const withNote = {
      ...shown,
      recommendation: { action: 'fix' as const, reasons: [], quadrantNote: 'Double down quadrant, but NPV −$1.5M.' },
    }
    const lines = tooltipLines(withNote, 'USD', '2027-01', point('a', -10, 60, 1))
    expect(lines).toEqual([
      'Scale economics 30',
      '  value +42%/yr vs running cost −5%/yr',
      '  cost per outcome: no outcomes',
      '  margin at scale 68%',
      'Strategic importance 60',
      'Horizon spend $1.3M',
      'NPV −$1.5M · ROI not defined (no cost) · no payback within the horizon',
      'Quadrant: Double down',
      'Recommendation: Fix the economics',
      '  Double down quadrant, but NPV −$1.5M.',
      'Baseline: economics −10, importance 60 (Fix the economics)',
    ])
    expect(escapeHtml(`R&D <"x">`)).toBe('R&amp;D &lt;&quot;x&quot;&gt;')
  })

  it('the money beside a recommendation: NPV, ROI and the payback month as a date', () => {
    const p = { ...point('a', 30, 60, 1), money: { npv: 2_389_438, roi: 1.62, paybackMonth: 6 } }
    // Month 6 of a horizon starting January 2027 is July 2027.
    expect(moneyLine(p, 'USD', '2027-01')).toBe('NPV $2.4M · ROI 162% · payback Jul 2027')
    const loss = { ...p, money: { npv: -1_529_056, roi: -0.62, paybackMonth: null } }
    expect(moneyLine(loss, 'EUR', '2027-01')).toBe('NPV −€1.5M · ROI −62% · no payback within the horizon')
  })

  it('recommendations in reading order: by action, then most strategic, then name', () => {
    const list = [
      withAction(point('p', 10, 90, 1), 'pull_back'),
      withAction(point('h2', 10, 20, 1, 'Beta'), 'harvest'),
      withAction(point('h1', 10, 20, 1, 'Alpha'), 'harvest'),
      withAction(point('d', 10, 55, 1), 'double_down'),
      withAction(point('u', 10, null, 1), 'harvest'),
      withAction(point('h3', 10, 30, 1), 'harvest'),
    ]
    expect(byAction(list).map((p) => p.id)).toEqual(['d', 'h3', 'h1', 'h2', 'u', 'p'])
    expect(recommendationCounts(list)).toEqual([
      { action: 'double_down', count: 1 },
      { action: 'harvest', count: 4 },
      { action: 'pull_back', count: 1 },
    ])
  })

  it('says why an initiative has no bubble', () => {
    expect(notPlacedReason(point('a', 1, 1, 1))).toBeNull()
    expect(notPlacedReason(point('a', 1, null, 1))).toBe('no criterion scored')
    expect(notPlacedReason(point('a', null, 1, 1))).toBe('too few months after launch to judge scale economics')
    expect(notPlacedReason(point('a', null, null, 1))).toBe('no criterion scored and too few months after launch')
  })
})

describe('parameters as typed', () => {
  it('points are plain numbers; a percent sign is refused rather than guessed', () => {
    expect(parsePoints('−20')).toEqual({ ok: true, value: -20 })
    expect(parsePoints('40%')).toEqual({ ok: false, rule: 'must be points on the score, not a percentage' })
    expect(parsePoints('abc').ok).toBe(false)
  })

  it('shares are typed as percent points, with or without the sign', () => {
    expect(parseShare('85')).toEqual({ ok: true, value: 0.85 })
    expect(parseShare('85%')).toEqual({ ok: true, value: 0.85 })
    expect(percentPoints(0.85)).toBe('85')
    expect(percentPoints(0.125)).toBe('12.5')
  })

  it('a refusal shows the rule of the first issue, else the message', () => {
    const issue = { path: [], field: 'criteria.0.weight', entity: '', rule: 'must be 100 or less', message: 'x' }
    expect(refusalText({ code: 'validation', message: 'whole', issues: [issue] })).toBe('must be 100 or less')
    expect(refusalText({ code: 'internal', message: 'whole' })).toBe('whole')
  })
})
