import { describe, expect, it } from 'vitest'
import { samplePortfolio } from '../../../../shared/data/samplePortfolio'
import type { DecisionEntry, Initiative } from '../../../../shared/model'
import {
  apiIssues,
  decisionEdits,
  draftFieldOf,
  draftIssues,
  emptyDraft,
  insertByDate,
  nextDecisionId,
  suggestedStage,
  toEntry,
} from '../../../../renderer/src/features/governance/decisionDraft'

function sampleInitiative(id: string): Initiative {
  const found = samplePortfolio().initiatives.find((i) => i.id === id)
  if (!found) throw new Error(`sample lost ${id}`)
  return found
}

const entry = (id: string, date: string): DecisionEntry => ({
  id,
  date,
  decision: 'continue',
  rationale: 'why',
  by: 'who',
  nextReviewDate: null,
  stage: null,
})

describe('the decision draft', () => {
  it('names the field and the rule of each broken rule, and nothing when the draft is sound', () => {
    expect(draftIssues({ ...emptyDraft('2027-01-05'), date: '', rationale: '  ', by: '' })).toEqual({
      date: 'Date must be a date such as 7 Jul 2027',
      rationale: 'Rationale must say why',
      by: 'Decided by must name who decided',
    })
    expect(draftIssues({ ...emptyDraft('2027-01-05'), rationale: 'r', by: 'b', nextReviewDate: '2027-13-01' })).toEqual(
      { nextReviewDate: 'Next review date must be a date such as 7 Jul 2027' },
    )
    // Numeric day/month orders mean different dates in different countries: refused, not guessed.
    expect(draftIssues({ ...emptyDraft('2027-01-05'), rationale: 'r', by: 'b', date: '02/01/2027' })).toEqual({
      date: 'Date must be a date such as 7 Jul 2027',
    })
    expect(draftIssues({ ...emptyDraft('2027-01-05'), rationale: 'r', by: 'b' })).toEqual({})
  })

  it('shows today as the app writes dates and reads dates as people type them', () => {
    expect(emptyDraft('2027-01-05').date).toBe('5 Jan 2027')
    const d = { ...emptyDraft('2027-01-05'), rationale: 'r', by: 'b', nextReviewDate: 'June 30, 2029' }
    expect(toEntry(d, 'x-d1')).toMatchObject({ date: '2027-01-05', nextReviewDate: '2029-06-30' })
  })

  it('trims the text and reads empty review date and stage as "keep"', () => {
    const d = { ...emptyDraft('2027-01-05'), decision: 'pivot' as const, rationale: ' r ', by: ' CFO ' }
    expect(toEntry(d, 'x-d1')).toEqual({
      id: 'x-d1',
      date: '2027-01-05',
      decision: 'pivot',
      rationale: 'r',
      by: 'CFO',
      nextReviewDate: null,
      stage: null,
    })
    expect(toEntry({ ...d, nextReviewDate: '2027-06-30', stage: 'scaling' }, 'x-d1')).toMatchObject({
      nextReviewDate: '2027-06-30',
      stage: 'scaling',
    })
  })

  it('suggests the stage a decision moves to', () => {
    expect(suggestedStage('scale', 'pilot')).toBe('scaling')
    expect(suggestedStage('scale', 'idea')).toBe('scaling')
    expect(suggestedStage('scale', 'mature')).toBe('')
    expect(suggestedStage('sunset', 'scaling')).toBe('sunset')
    expect(suggestedStage('sunset', 'sunset')).toBe('')
    expect(suggestedStage('optimise', 'pilot')).toBe('')
  })

  it('gives each decision an id its initiative does not use yet', () => {
    const init = sampleInitiative('code-assistant')
    const ids = (init.decisions ?? []).map((d) => d.id)
    expect(ids).toHaveLength(2)
    const next = nextDecisionId(init)
    expect(ids).not.toContain(next)
    expect(next.startsWith('code-assistant-d')).toBe(true)
    const clash: Initiative = { ...init, id: 'x', decisions: [entry('x-d2', '2027-01-01')] }
    expect(nextDecisionId(clash)).toBe('x-d3')
    expect(nextDecisionId({ ...init, id: 'y', decisions: undefined })).toBe('y-d1')
  })

  it('keeps the log oldest first: a back-dated decision goes before later ones, after those of its date', () => {
    const log = [entry('a', '2027-01-01'), entry('b', '2027-03-01'), entry('c', '2027-05-01')]
    expect(insertByDate(log, entry('n', '2027-03-01')).map((d) => d.id)).toEqual(['a', 'b', 'n', 'c'])
    expect(insertByDate(log, entry('n', '2026-12-01')).map((d) => d.id)).toEqual(['n', 'a', 'b', 'c'])
    expect(insertByDate(log, entry('n', '2027-06-01')).map((d) => d.id)).toEqual(['a', 'b', 'c', 'n'])
    expect(log.map((d) => d.id)).toEqual(['a', 'b', 'c'])
  })

  it('writes the log, the review date and the stage in one batch; only what the decision sets', () => {
    const init = sampleInitiative('sales-email')
    const full = { ...entry('sales-email-d1', '2027-02-01'), nextReviewDate: '2027-08-31', stage: 'scaling' as const }
    expect(decisionEdits(init, full)).toEqual([
      { id: 'sales-email', field: 'decisions', value: [...(init.decisions ?? []), full] },
      { id: 'sales-email', field: 'governance.reviewDate', value: '2027-08-31' },
      { id: 'sales-email', field: 'governance.stage', value: 'scaling' },
    ])
    expect(decisionEdits(init, entry('sales-email-d1', '2027-02-01')).map((e) => e.field)).toEqual(['decisions'])
  })

  it('maps the API issues back to the form fields', () => {
    expect(draftFieldOf('decisions.3.rationale')).toBe('rationale')
    expect(draftFieldOf('sales-email.decisions.0.by')).toBe('by')
    expect(draftFieldOf('governance.reviewDate')).toBe('nextReviewDate')
    expect(draftFieldOf('governance.stage')).toBe('stage')
    expect(draftFieldOf('decisions')).toBeNull()
    const issue = (field: string, rule: string) => ({
      path: [],
      field,
      entity: 'Initiative "S"',
      rule,
      message: `S ${field} ${rule}`,
    })
    expect(
      apiIssues({
        code: 'validation',
        message: 'refused',
        issues: [
          issue('decisions.1.by', 'must name who decided'),
          issue('decisions', 'must hold 1,000 decisions or fewer'),
        ],
      }),
    ).toEqual({
      fields: { by: 'Decided by must name who decided' },
      form: 'S decisions must hold 1,000 decisions or fewer',
    })
    expect(apiIssues({ code: 'not_found', message: 'No initiative has the id "x".' })).toEqual({
      fields: {},
      form: 'No initiative has the id "x".',
    })
  })
})
