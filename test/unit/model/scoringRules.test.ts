import { describe, expect, it } from 'vitest'
import { parsePortfolioJson } from '../../../shared/format'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { DEFAULT_ECONOMIC_GATE, ScoringModel } from '../../../shared/model/strategy'
import { DEFAULT_SCORING_MODEL } from '../../../shared/model/strategyDefaults'
import { validate } from '../../../shared/model/validation'

/** The scoring model as saved before the economic gate existed. */
function withoutGate(): unknown {
  const { economicGate: _, ...rules } = DEFAULT_SCORING_MODEL.rules
  return { ...DEFAULT_SCORING_MODEL, rules }
}

describe('the economic gate in the saved rules', () => {
  it('a model saved without it reads the default: a positive NPV, or a strategic case; Harvest too', () => {
    const r = ScoringModel.safeParse(withoutGate())
    expect(r.success && r.data.rules.economicGate).toEqual({ minNpv: 0, strategicCase: true, harvest: true })
    expect(DEFAULT_ECONOMIC_GATE).toEqual({ minNpv: 0, strategicCase: true, harvest: true })
  })

  it('a JSON document of the current format without it imports with the default', () => {
    const text = JSON.stringify({
      format: 'genai-portfolio-planner',
      version: 1,
      portfolio: { ...samplePortfolio(), scoring: withoutGate() },
    })
    const r = parsePortfolioJson(text)
    expect(r.ok && r.value.scoring?.rules.economicGate).toEqual(DEFAULT_ECONOMIC_GATE)
  })

  it('refuses a gate that is not finite, out of bounds or not a switch, naming the field and the rule', () => {
    const cases: [unknown, string, string][] = [
      [{ minNpv: Number.POSITIVE_INFINITY }, 'rules.economicGate.minNpv', 'must be a number'],
      [{ minNpv: Number.NaN }, 'rules.economicGate.minNpv', 'must be a number'],
      [{ minNpv: 2e12 }, 'rules.economicGate.minNpv', 'must be between −1,000,000,000,000 and 1,000,000,000,000'],
      [{ minNpv: '0' }, 'rules.economicGate.minNpv', 'must be a number'],
      [{ strategicCase: 'yes' }, 'rules.economicGate.strategicCase', 'must be true or false'],
      [{ harvest: null }, 'rules.economicGate.harvest', 'must be true or false'],
    ]
    for (const [patch, field, rule] of cases) {
      const model = {
        ...DEFAULT_SCORING_MODEL,
        rules: { ...DEFAULT_SCORING_MODEL.rules, economicGate: { ...DEFAULT_ECONOMIC_GATE, ...(patch as object) } },
      }
      const r = validate(ScoringModel, model)
      expect(r.ok).toBe(false)
      if (r.ok) continue
      expect(r.issues.map((i) => `${i.field}: ${i.rule}`)).toEqual([`${field}: ${rule}`])
    }
    expect(validate(ScoringModel, { ...DEFAULT_SCORING_MODEL }).ok).toBe(true)
  })
})
