import type { Portfolio } from '../../shared/model/portfolio'
import { emptyPortfolio } from './emptyPortfolio'

/**
 * The portfolio a first run starts from. Until shared/data/samplePortfolio.ts lands (another helper
 * writes it), an empty portfolio named "Sample portfolio".
 */
export function defaultSamplePortfolio(): Portfolio {
  return emptyPortfolio('Sample portfolio', new Date())
}
