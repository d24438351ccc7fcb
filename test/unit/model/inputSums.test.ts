import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { blankInitiative } from '../../../shared/model/blankInitiative'
import { Initiative } from '../../../shared/model/initiative'
import { ADDITIVE_INPUTS, inputSums } from '../../../shared/model/inputSums'

type Section = 'usage' | 'costs' | 'value'

/** A blank initiative with the given numbers written at their dotted paths ('costs.dataOneOff'), checked by the model's schema. */
function initiative(id: string, numbers: Readonly<Record<string, number>>): Initiative {
  const blank = blankInitiative(id, 'm')
  const sections: Record<Section, Record<string, unknown>> = {
    usage: { ...blank.usage },
    costs: { ...blank.costs },
    value: { ...blank.value },
  }
  for (const [path, value] of Object.entries(numbers)) {
    const [section, key] = path.split('.') as [Section, string]
    sections[section][key] = value
  }
  return Initiative.parse({ ...blank, name: id, ...sections })
}

describe('inputs summed over a portfolio', () => {
  it('adds up people, effort and money over the initiatives (hand-worked)', () => {
    const a = initiative('a', {
      'usage.usersAtLaunch': 100,
      'usage.targetUsers': 1200,
      'costs.buildFteMonths': 6,
      'costs.integrationFte': 0.5,
      'costs.platformPerMonth': 2500,
      'costs.dataOneOff': 10_000,
      'costs.dataPerMonth': 300,
      'costs.evalSetup': 4000,
      'costs.evalPerMonth': 250,
      'costs.complianceOneOff': 8000,
      'costs.complianceYearly': 1500,
      // Not additive: a rate, a length and a price per query, set so a sum of them would show.
      'usage.rampMonths': 6,
      'usage.userGrowthPerYear': 0.2,
      'costs.dataPerQuery': 0.01,
    })
    const b = initiative('b', {
      'usage.usersAtLaunch': 50,
      'usage.targetUsers': 800,
      'costs.buildFteMonths': 3,
      'costs.integrationFte': 0.25,
      'costs.platformPerMonth': 1000,
      'costs.dataPerMonth': 200,
      'costs.evalSetup': 1500,
      'costs.evalPerMonth': 100,
      'costs.complianceYearly': 500,
      'value.fixedMonthlyValue': 2000,
      'usage.rampMonths': 3,
    })
    const blank = initiative('c', {})
    expect(Object.fromEntries(inputSums([a, b, blank]))).toEqual({
      'usage.usersAtLaunch': 150, // 100 + 50 + 0
      'usage.targetUsers': 2000, // 1,200 + 800
      'costs.buildFteMonths': 9, // 6 + 3
      'costs.integrationFte': 0.75, // 0.5 + 0.25
      'costs.platformPerMonth': 3500, // 2,500 + 1,000
      'costs.dataOneOff': 10_000, // 10,000 + 0
      'costs.dataPerMonth': 500, // 300 + 200
      'costs.evalSetup': 5500, // 4,000 + 1,500
      'costs.evalPerMonth': 350, // 250 + 100
      'costs.complianceOneOff': 8000, // 8,000 + 0
      'costs.complianceYearly': 2000, // 1,500 + 500
      'value.fixedMonthlyValue': 2000, // 0 + 2,000
    })
  })

  it('gives 0 for every additive input of an empty portfolio', () => {
    const sums = inputSums([])
    expect([...sums.keys()]).toEqual(ADDITIVE_INPUTS.map(([field]) => field))
    expect([...sums.values()].every((v) => v === 0)).toBe(true)
  })

  it('reads each input at the path it is named by, and no other', () => {
    for (const [field] of ADDITIVE_INPUTS) {
      const sums = inputSums([initiative('x', { [field]: 7 })])
      for (const [other, sum] of sums) expect([other, sum]).toEqual([other, other === field ? 7 : 0])
    }
  })

  it('sums a portfolio as the sum of its parts, in any split', () => {
    // Whole numbers, so the sums are exact whatever the order of the additions.
    const inputs = fc.dictionary(
      fc.constantFrom(...ADDITIVE_INPUTS.map(([field]) => field)),
      fc.integer({ min: 0, max: 1_000_000 }),
    )
    fc.assert(
      fc.property(fc.array(inputs, { maxLength: 12 }), fc.nat(), (all, cut) => {
        const initiatives = all.map((numbers, i) => initiative(`i${String(i)}`, numbers))
        const at = all.length === 0 ? 0 : cut % (all.length + 1)
        const left = inputSums(initiatives.slice(0, at))
        const right = inputSums(initiatives.slice(at))
        for (const [field, sum] of inputSums(initiatives))
          expect(sum).toBe((left.get(field) ?? Number.NaN) + (right.get(field) ?? Number.NaN))
      }),
    )
  })
})
