import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import type { Initiative, Portfolio, Scenario } from '../../../shared/model'
import { validatePortfolio } from '../../../shared/model/validation'
import { sampleLogoPng } from '../../fixtures/pngImage'

/**
 * The sample with its caching lever widened to the whole portfolio, as a user might set it: the
 * field-service bot's models publish no cache price in the default price book, so that scenario is
 * unpriced from the bot's launch (its 13th month, Jan 2028). The witness of how unpriced figures are
 * marked, while the sample itself stays fully priced.
 */
export function sampleCachingEverywhere(): Portfolio {
  const p = samplePortfolio()
  for (const lever of (p.scenarios ?? []).flatMap((s) => s.levers))
    if (lever.kind === 'rate' && lever.rate === 'cacheHitRate') lever.scope = { kind: 'portfolio' }
  return p
}

/** The sample with a full deck theme (company name, logo and two colours), caching everywhere. */
export function themedSample(): Portfolio {
  const p = sampleCachingEverywhere()
  p.settings.deckTheme = {
    companyName: 'Northwind Group plc',
    logo: sampleLogoPng().toString('base64'),
    primaryColor: '#0B3C49',
    accentColor: '#E4572E',
  }
  return p
}

const LONG_NAME_TAILS = [
  'for the EMEA retail banking contact centres, phase two, multilingual with human review',
  'across procurement, legal and finance shared services (pilot extended to the Americas)',
  'with retrieval over 40 years of engineering archives and regulatory correspondence',
]

/**
 * A portfolio that stretches every slide: 60 initiatives with names up to 200 characters (so the
 * tables continue over several slides and the matrix must shorten or number its labels), review
 * dates spread over two years (some overdue), and 13 scenarios with long names.
 */
export function stressPortfolio(): Portfolio {
  const sample = samplePortfolio()
  const initiatives: Initiative[] = []
  for (let i = 0; i < 60; i++) {
    const base = sample.initiatives[i % sample.initiatives.length] as Initiative
    const copy = structuredClone(base)
    const round = Math.floor(i / sample.initiatives.length)
    copy.id = round === 0 ? base.id : `${base.id}-${round}`
    const tail = LONG_NAME_TAILS[i % LONG_NAME_TAILS.length] ?? ''
    copy.name =
      i % 4 === 0 ? `${base.name} ${tail} ${tail}`.slice(0, 200) : round === 0 ? base.name : `${base.name} ${round + 1}`
    copy.usage.targetUsers = Math.round(copy.usage.targetUsers * (0.5 + ((i * 37) % 100) / 60))
    const month = String(1 + ((i * 5) % 12)).padStart(2, '0')
    copy.governance.reviewDate = i % 7 === 6 ? null : `${2026 + (i % 3)}-${month}-15`
    copy.decisions = []
    initiatives.push(copy)
  }
  const scenarios: Scenario[] = []
  const base = sample.scenarios ?? []
  for (let i = 0; i < 13; i++) {
    const s = structuredClone(base[i % base.length] as Scenario)
    s.id = `${s.id}-${i}`
    s.name = `${s.name}, variant ${i + 1} with a deliberately long scenario name for the deck`.slice(0, 120)
    scenarios.push(s)
  }
  const portfolio: Portfolio = {
    ...sample,
    settings: {
      ...sample.settings,
      name: `${sample.settings.name} with sixty initiatives and thirteen scenarios (stress test)`,
    },
    initiatives,
    scenarios,
  }
  const checked = validatePortfolio(portfolio)
  if (!checked.ok) throw new Error(`stress portfolio is invalid: ${JSON.stringify(checked.issues.slice(0, 3))}`)
  return checked.value
}
