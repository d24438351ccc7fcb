/**
 * Writes test/fixtures/engine-golden.json: the portfolios of the golden test with every figure the engine gives for
 * them now. Run it only to capture figures from a trusted engine (npx tsx test/unit/engine/golden/capture.ts).
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { figuresOf, goldenPortfolios } from './figures'

const cases = goldenPortfolios().map(({ name, portfolio, withScenarios }) => ({
  name,
  withScenarios,
  portfolio,
  figures: figuresOf(portfolio, withScenarios),
}))
writeFileSync(join(import.meta.dirname, '../../../fixtures/engine-golden.json'), JSON.stringify(cases) + '\n')
