import { z } from 'zod'
import { PortfolioDocument } from './envelope'

/**
 * The JSON Schema (draft 2020-12) of the current document, generated from the zod schemas so it
 * cannot drift from what parsePortfolioJson accepts. Cross-field rules (shares summing to 100%,
 * known model ids, launch within the horizon) are not expressible in JSON Schema: the app checks them.
 * `io: 'input'` describes what a file may contain (fields with defaults are optional).
 */
export function portfolioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(PortfolioDocument, { io: 'input', unrepresentable: 'any' }),
    title: 'Gen AI Portfolio Planner portfolio document',
    description:
      'A whole portfolio in the versioned interchange format. Money is in the portfolio currency; prices are per million tokens; shares are 0..1. See docs/portfolio-format.md.',
  }
}

/** The schema as committed in docs/portfolio.schema.json. */
export function portfolioJsonSchemaText(): string {
  return `${JSON.stringify(portfolioJsonSchema(), null, 2)}\n`
}
