import { samplePortfolio } from '../../shared/data/samplePortfolio'
import { portfolioJsonSchemaText, serializePortfolio } from '../../shared/format'

/**
 * Files generated from TypeScript sources and committed, so readers without the toolchain can use
 * them. Tests fail when a committed copy differs from what its generator produces now.
 */
export const ARTIFACTS: readonly { path: string; generate: () => string }[] = [
  { path: 'docs/portfolio.schema.json', generate: portfolioJsonSchemaText },
  { path: 'shared/data/sample-portfolio.json', generate: () => serializePortfolio(samplePortfolio()) },
]
