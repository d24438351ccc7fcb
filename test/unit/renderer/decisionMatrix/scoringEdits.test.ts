import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addCriterion,
  criterionId,
  parameterValue,
  removeCriterion,
  updateCriterion,
  weightShares,
  withParameter,
  type RuleParameter,
  type RuleValue,
} from '../../../../renderer/src/features/decisionMatrix/scoringEdits'
import { ScoringModel } from '../../../../shared/model/strategy'
import { DEFAULT_SCORING_MODEL } from '../../../../shared/model/strategyDefaults'

const M = DEFAULT_SCORING_MODEL

describe('criteria edits', () => {
  it('a new criterion gets an id from its name, unique in the model', () => {
    expect(criterionId('Customer trust', M)).toBe('customer-trust')
    expect(criterionId('  Market position!! ', M)).toBe('market-position-2')
    const twice = addCriterion(addCriterion(M, 'Market position', 5), 'Market position', 5)
    expect(twice.criteria.map((c) => c.id).slice(-2)).toEqual(['market-position-2', 'market-position-3'])
    expect(criterionId('***', M)).toBe('criterion')
    expect(ScoringModel.safeParse(twice).success).toBe(true)
  })

  it('adds at the end, renames and re-weights one criterion, removes one; the others stay as they were', () => {
    const added = addCriterion(M, ' Customer trust ', 20)
    expect(added.criteria.at(-1)).toEqual({ id: 'customer-trust', name: 'Customer trust', description: '', weight: 20 })
    const renamed = updateCriterion(added, 'talent-brand', { name: 'Talent', weight: 60 })
    expect(renamed.criteria.find((c) => c.id === 'talent-brand')).toMatchObject({ name: 'Talent', weight: 60 })
    expect(renamed.criteria.filter((c) => c.id !== 'talent-brand')).toEqual(
      added.criteria.filter((c) => c.id !== 'talent-brand'),
    )
    expect(removeCriterion(renamed, 'customer-trust').criteria.map((c) => c.id)).toEqual(M.criteria.map((c) => c.id))
    expect(M.criteria.find((c) => c.id === 'talent-brand')?.weight).toBe(15)
  })

  it('shares: each weight over the total (30, 30, 15, 25 of 100), 0 when all are 0', () => {
    expect([...weightShares(M).values()]).toEqual([0.3, 0.3, 0.15, 0.25])
    const zero = { ...M, criteria: M.criteria.map((c) => ({ ...c, weight: 0 })) }
    expect([...weightShares(zero).values()]).toEqual([0, 0, 0, 0])
  })
})

describe('threshold and rule parameters', () => {
  const cases: [RuleParameter, RuleValue][] = [
    ['thresholds.scaleEconomics', -20],
    ['thresholds.strategic', 40],
    ['rules.doubleDown.minEvidence', 'anecdotal'],
    ['rules.doubleDown.minQuality', 0.9],
    ['rules.pullBack.costOverValueGrowthMargin', 0.25],
    ['rules.pullBack.minQuality', 0.5],
    ['rules.pullBack.commoditisedUnlessStrategic', false],
    ['rules.economicGate.minNpv', 250_000],
    ['rules.economicGate.strategicCase', false],
    ['rules.economicGate.harvest', false],
  ]

  it('each parameter changes exactly its place in the model', () => {
    for (const [parameter, value] of cases) {
      const next = withParameter(M, parameter, value)
      expect(parameterValue(next, parameter)).toBe(value)
      for (const [other] of cases)
        if (other !== parameter) expect(parameterValue(next, other)).toEqual(parameterValue(M, other))
      expect(next.criteria).toBe(M.criteria)
      expect(ScoringModel.safeParse(next).success).toBe(true)
    }
    expect(parameterValue(M, 'thresholds.strategic')).toBe(50)
  })

  it('property: setting a parameter to its current value gives an equal model', () => {
    fc.assert(
      fc.property(fc.constantFrom(...cases.map(([p]) => p)), (parameter) => {
        expect(withParameter(M, parameter, parameterValue(M, parameter))).toEqual(M)
      }),
    )
  })
})
