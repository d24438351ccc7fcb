import { describe, expect, it } from 'vitest'
import { computePortfolio } from '../../../../shared/engine'
import { samplePortfolio } from '../../../../shared/data/samplePortfolio'
import type { DecisionEntry, Portfolio } from '../../../../shared/model'
import { filterReviews, lastDecision, reviewRows } from '../../../../renderer/src/features/governance/reviewRows'

const decision = (id: string, date: string): DecisionEntry => ({
  id,
  date,
  decision: 'continue',
  rationale: 'why',
  by: 'who',
  nextReviewDate: null,
  stage: null,
})

describe('lastDecision', () => {
  it('takes the latest date, and of one date the one logged later', () => {
    expect(lastDecision(undefined)).toBeNull()
    expect(lastDecision([])).toBeNull()
    const a = decision('a', '2027-01-10')
    const b = decision('b', '2027-03-01')
    const c = decision('c', '2027-03-01')
    expect(lastDecision([b, a])?.id).toBe('b')
    expect(lastDecision([a, b, c])?.id).toBe('c')
  })
})

describe('reviewRows on the sample portfolio', () => {
  function portfolioWith(reviews: Record<string, string | null>): Portfolio {
    const p = samplePortfolio()
    for (const init of p.initiatives) {
      if (init.id in reviews) init.governance.reviewDate = reviews[init.id] ?? null
    }
    return p
  }

  it('orders by review date, overdue first, unplanned last, ties by name; marks overdue and counts days', () => {
    const p = portfolioWith({ 'sales-email': '2027-02-01', 'hr-policy': null, 'rnd-agent': '2027-02-01' })
    const rows = reviewRows(p, computePortfolio(p), '2027-02-15')
    const dates = rows.map((r) => r.reviewDate)
    const planned = dates.filter((d): d is string => d !== null)
    expect(planned).toEqual([...planned].sort())
    expect(dates.indexOf(null)).toBe(planned.length)
    // Two reviews on 2027-02-01: "Sales email drafting" before "Strategic R&D research ...".
    const first = rows.filter((r) => r.reviewDate === '2027-02-01').map((r) => r.id)
    expect(first).toEqual(['sales-email', 'rnd-agent'])
    const sales = rows.find((r) => r.id === 'sales-email')
    expect(sales?.overdue).toBe(true)
    expect(sales?.daysToReview).toBe(-14)
    // meeting-notes is due 2027-01-31 in the sample: 15 days before 2027-02-15
    expect(rows[0]?.id).toBe('meeting-notes')
    expect(rows[0]?.daysToReview).toBe(-15)
    const hr = rows.find((r) => r.id === 'hr-policy')
    expect(hr?.overdue).toBe(false)
    expect(hr?.daysToReview).toBeNull()
  })

  it('reads the last and next 12 months around today from the engine series', () => {
    const p = samplePortfolio()
    const results = computePortfolio(p)
    // The sample starts 2026-01; on 2027-03-10 this month is index 14.
    const rows = reviewRows(p, results, '2027-03-10')
    const row = rows.find((r) => r.id === 'support-deflection')
    const s = results.byId.get('support-deflection')?.series
    if (!row || !s) throw new Error('sample lost support-deflection')
    let last = 0
    for (let t = 2; t < 14; t++) last += s.totalCost[t] ?? 0
    let next = 0
    for (let t = 14; t < 26; t++) next += s.totalCost[t] ?? 0
    expect(row.last12?.from).toBe(2)
    expect(row.last12?.cost).toBeCloseTo(last, 6)
    expect(row.next12?.from).toBe(14)
    expect(row.next12?.cost).toBeCloseTo(next, 6)
    expect(row.horizon.cost).toBeCloseTo(results.byId.get('support-deflection')?.totals.cost ?? NaN, 6)
    expect(row.horizon.outcomes).toBeCloseTo(results.byId.get('support-deflection')?.totals.outcomes ?? NaN, 6)
    expect(row.lastDecision?.decision).toBe('scale')
  })
})

describe('filterReviews', () => {
  it('keeps overdue, due within 90 days (today included), or unplanned reviews, in order', () => {
    const p = samplePortfolio()
    const set = (id: string, date: string | null) => {
      const init = p.initiatives.find((i) => i.id === id)
      if (!init) throw new Error(`sample lost ${id}`)
      init.governance.reviewDate = date
    }
    // today 2027-03-01; 90 days later is 2027-05-30
    set('sales-email', '2027-02-28') // overdue by 1 day
    set('marketing-content', '2027-03-01') // due today
    set('field-service-bot', '2027-05-30') // in 90 days
    set('contract-search', '2027-05-31') // in 91 days
    const rows = reviewRows(p, computePortfolio(p), '2027-03-01')
    const ids = (f: Parameters<typeof filterReviews>[1]) => filterReviews(rows, f).map((r) => r.id)
    expect(ids('all')).toEqual(rows.map((r) => r.id))
    // The sample's meeting-notes (2027-01-31) and code-assistant (2027-02-28) are overdue too.
    expect(ids('overdue')).toEqual(['meeting-notes', 'code-assistant', 'sales-email'])
    const soon = ids('soon')
    expect(soon).toContain('marketing-content')
    expect(soon).toContain('field-service-bot')
    expect(soon).not.toContain('contract-search')
    expect(soon).not.toContain('sales-email')
    expect(ids('unplanned')).toEqual(['hr-policy'])
  })
})
