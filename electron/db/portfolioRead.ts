import type { Portfolio } from '../../shared/model/portfolio'
import { validatePortfolio } from '../../shared/model/validation'
import type { Db } from './connection'
import { PortfolioFileError } from './errors'
import type { PortfolioRepos } from './portfolioWrite'
import { ActualsRepository } from './repositories/actualsRepository'
import { DocumentRepository } from './repositories/documentRepository'
import { PartsRepository } from './repositories/partsRepository'
import { SettingsRepository } from './repositories/settingsRepository'

/** The repositories of one portfolio database. */
export function portfolioRepos(db: Db): PortfolioRepos {
  return {
    settings: new SettingsRepository(db),
    priceModels: new DocumentRepository(db, 'price_models'),
    costPools: new DocumentRepository(db, 'cost_pools'),
    initiatives: new DocumentRepository(db, 'initiatives'),
    parts: new PartsRepository(db),
    actuals: new ActualsRepository(db),
  }
}

/** Reads the portfolio stored in a database of the latest format and checks it against every rule; throws 'invalid_content'. */
export function loadPortfolio(path: string, repos: PortfolioRepos): Portfolio {
  // Core tables win over a part of the same name; parts this version does not know are dropped by the schema here but stay in the file.
  const raw = {
    ...repos.parts.all(),
    settings: repos.settings.get(),
    priceBook: repos.priceModels.all().map((d) => d.data),
    costPools: repos.costPools.all().map((d) => d.data),
    initiatives: repos.initiatives.all().map((d) => d.data),
  }
  const v = validatePortfolio(raw)
  if (!v.ok) {
    const shown = v.issues.slice(0, 5).map((i) => i.message)
    const more = v.issues.length > shown.length ? ` (and ${v.issues.length - shown.length} more)` : ''
    throw new PortfolioFileError(
      'invalid_content',
      `Cannot open "${path}": the portfolio in it breaks the rules: ${shown.join('; ')}${more}. The file was not changed.`,
      v.issues,
    )
  }
  return v.value
}
