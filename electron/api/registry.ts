import { isDesktopOnly } from '../../shared/api/contract'
import { actualsHandlers } from './actuals'
import { costPoolHandlers } from './costPools'
import { exportHandlers } from './exports'
import type { HandlerMap } from './handler'
import { importHandlers } from './imports'
import { initiativeHandlers } from './initiatives'
import { portfolioHandlers } from './portfolio'
import { priceBookHandlers } from './priceBook'
import { priceHandlers } from './prices'
import { scenarioHandlers } from './scenarios'
import { scoringHandlers } from './scoring'
import { settingsHandlers } from './settings'

/** Every area's handlers; an area adds one line. */
export const registry: HandlerMap = {
  ...portfolioHandlers,
  ...settingsHandlers,
  ...initiativeHandlers,
  ...priceBookHandlers,
  ...costPoolHandlers,
  ...scoringHandlers,
  ...scenarioHandlers,
  ...exportHandlers,
  ...importHandlers,
  ...priceHandlers,
  ...actualsHandlers,
}

/**
 * What browser mode's HTTP server runs: every handler but those of DESKTOP_ONLY_METHODS, which take a
 * file path. Left out rather than refused per call, so no request can reach them.
 */
export const browserRegistry: HandlerMap = Object.fromEntries(
  Object.entries(registry).filter(([method]) => !isDesktopOnly(method)),
)
