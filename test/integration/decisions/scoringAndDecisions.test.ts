import { describe, expect, it } from 'vitest'
import type { PortfolioSnapshot } from '../../../shared/api/contract'
import type { Initiative } from '../../../shared/model/initiative'
import type { DecisionEntry, InitiativeStrategy, ScoringModel } from '../../../shared/model/strategy'
import { DEFAULT_SCORING_MODEL, DEFAULT_STRATEGY } from '../../../shared/model/strategyDefaults'
import { apiPerTest, expectError, expectOk } from '../../fixtures/db/api'
import { newSession } from '../../fixtures/db/files'
import { testPortfolio } from '../../fixtures/db/portfolio'

const fx = apiPerTest()

/** Reads the file again through a fresh session, as a restart would. */
function reopen(): PortfolioSnapshot {
  fx.t.session.close()
  const session = newSession(fx.dir)
  const snap = session.open(fx.t.path)
  session.close()
  return snap
}

describe('scoring:update', () => {
  it('stores the scoring model in the file', async () => {
    const scoring: ScoringModel = {
      ...DEFAULT_SCORING_MODEL,
      criteria: DEFAULT_SCORING_MODEL.criteria.map((c) => (c.id === 'market-position' ? { ...c, weight: 60 } : c)),
      thresholds: { scaleEconomics: 10, strategic: 40 },
    }
    expect(expectOk<ScoringModel>(await fx.t.api.invoke('scoring:update', { scoring }))).toEqual(scoring)
    expect(reopen().portfolio.scoring).toEqual(scoring)
  })

  it('refuses a model whose weights are all zero, naming the field and the rule, and keeps the old one', async () => {
    const scoring = {
      ...DEFAULT_SCORING_MODEL,
      criteria: DEFAULT_SCORING_MODEL.criteria.map((c) => ({ ...c, weight: 0 })),
    }
    const error = expectError(await fx.t.api.invoke('scoring:update', { scoring }), 'validation')
    expect(error.issues?.[0]?.field).toBe('scoring.criteria')
    expect(error.issues?.[0]?.rule).toBe('weights must not all be zero')
    expect(reopen().portfolio.scoring).toEqual(testPortfolio().scoring)
  })
})

describe('strategy and decision log through initiative:edit', () => {
  it('logs a decision that sets the next review date and the stage in one all-or-nothing batch', async () => {
    const id = testPortfolio().initiatives[0]!.id
    const strategy: InitiativeStrategy = {
      ...DEFAULT_STRATEGY,
      scores: { 'market-position': 4 },
      userValueEvidence: 'measured',
    }
    const decision: DecisionEntry = {
      id: 'd1',
      date: '2027-03-01',
      decision: 'scale',
      rationale: 'Deflection measured at 31% against a 25% target.',
      by: 'COO',
      nextReviewDate: '2027-09-01',
      stage: 'scaling',
    }
    const edited = expectOk<Initiative[]>(
      await fx.t.api.invoke('initiative:edit', {
        edits: [
          { id, field: 'strategy', value: strategy },
          { id, field: 'decisions', value: [decision] },
          { id, field: 'governance.reviewDate', value: '2027-09-01' },
          { id, field: 'governance.stage', value: 'scaling' },
        ],
      }),
    )
    expect(edited[0]?.decisions).toEqual([decision])
    const saved = reopen().portfolio.initiatives.find((i) => i.id === id)
    expect(saved?.strategy).toEqual(strategy)
    expect(saved?.decisions).toEqual([decision])
    expect(saved?.governance.reviewDate).toBe('2027-09-01')
    expect(saved?.governance.stage).toBe('scaling')
  })

  it('refuses a decision without a rationale and changes nothing', async () => {
    const id = testPortfolio().initiatives[0]!.id
    const bad = {
      id: 'd1',
      date: '2027-03-01',
      decision: 'sunset',
      rationale: '',
      by: 'CFO',
      nextReviewDate: null,
      stage: 'sunset',
    }
    const error = expectError(
      await fx.t.api.invoke('initiative:edit', {
        edits: [
          { id, field: 'decisions', value: [bad] },
          { id, field: 'governance.stage', value: 'sunset' },
        ],
      }),
      'validation',
    )
    expect(error.issues?.map((i) => `${i.field} ${i.rule}`)).toEqual(['decisions.0.rationale must say why'])
    expect(reopen().portfolio.initiatives[0]).toEqual(testPortfolio().initiatives[0])
  })
})
