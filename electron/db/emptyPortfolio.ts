import { basename, extname } from 'node:path'
import { DEFAULT_HORIZON_MONTHS } from '../../shared/model/settings'
import type { Portfolio } from '../../shared/model/portfolio'

/** A portfolio with settings only, named after its file and starting in `startMonth` (YYYY-MM, the current month). */
export function emptyPortfolio(path: string, startMonth: string): Portfolio {
  return {
    settings: {
      name: basename(path, extname(path)).slice(0, 200) || 'Portfolio',
      currency: 'USD',
      startMonth,
      horizonMonths: DEFAULT_HORIZON_MONTHS,
      discountRateAnnual: 0.1,
      investmentThreshold: 0,
      annualBudget: null,
      experimentationReserve: { kind: 'share', value: 0 },
    },
    priceBook: [],
    costPools: [],
    initiatives: [],
  }
}
