import { describe, expect, it } from 'vitest'
import { planLevers } from '../../../shared/exports/leverPlan'
import { leverText } from '../../../shared/exports/leverText'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { fixturePortfolio } from '../../integration/exports/portfolioFixture'
import { fixtureScenarios } from '../../integration/exports/scenarioFixture'

describe('levers in words on the levers sheet', () => {
  it('says what each sample lever changes, in what unit, when and where', () => {
    const portfolio = samplePortfolio()
    const texts = (portfolio.scenarios ?? []).flatMap((s) =>
      planLevers(portfolio, s.levers).map((p) => leverText(p, portfolio)),
    )
    expect(texts.map((t) => [t.kind, t.changes, t.unit, t.timing, t.scope])).toEqual([
      ['Model price change', 'Prices of every model', 'change', 'Linear', 'Whole portfolio'],
      [
        'Cache or batch rate',
        'Cache hit rate: points added',
        'points',
        'Linear',
        // Every initiative but the field-service bot, whose models publish no cache price.
        'Initiatives: Support deflection assistant, Sales email drafting, Marketing content generation, Internal code assistant, Contract intelligence: search and Q&A, Strategic R&D research agent, Claims triage summaries, HR policy assistant, Finance close commentary, Meeting notes summariser',
      ],
      [
        'Model switch / routing',
        'Traffic from every other model to GPT-4.1 mini',
        'share of traffic moved',
        'From a month',
        'Whole portfolio',
      ],
      ['Tokens per query', 'Input tokens per query', 'change a year', 'Yearly rate', 'Whole portfolio'],
      ['Volume', 'Active users', 'change', 'From a month', 'Whole portfolio'],
    ])
  })

  it('names scopes by stage, value type and initiative in words, and portfolio-only levers as such', () => {
    const portfolio = fixturePortfolio()
    const [first, second] = fixtureScenarios()
    const levers = [...(first?.levers ?? []), ...(second?.levers ?? [])]
    const texts = planLevers(portfolio, levers).map((p) => leverText(p, portfolio))
    const scopes = new Set(texts.map((t) => t.scope))
    expect(scopes).toContain('Stage: Mature, Pilot')
    expect(scopes).toContain('Value type: Cost savings, Strategic')
    expect(scopes).toContain('Initiatives: Contract search, "legal", Support deflection assistant')
    expect(scopes).toContain('Whole portfolio (always)')
    expect(texts.map((t) => t.changes)).toContain('Prices of Acme models')
    expect(texts.map((t) => t.changes)).toContain('Traffic from Big model to Small model')
    expect(texts.find((t) => t.kind === 'Ramp speed')).toMatchObject({ unit: 'months added', format: 'integer' })
  })
})
