import { create } from 'zustand'
import { api, type Api } from '../api'
import { createActualsSlice } from '../features/actuals/actualsSlice'
import { createCostGridSlice } from '../features/costGrid/costGridSlice'
import { createComparisonSlice } from '../features/scenarios/comparisonSlice'
import { createScenarioSlice } from '../features/scenarios/scenarioSlice'
import { createCatalogSlice } from './catalogSlice'
import { createHistorySlice } from './historySlice'
import { createInitiativesSlice } from './initiativesSlice'
import { createNavigationSlice } from './navigationSlice'
import { createPersistence } from './persistence'
import { createPortfolioSlice } from './portfolioSlice'
import type { AppState } from './types'
import { createJobClient, type JobClient } from '../worker/jobClient'

export type { AppState } from './types'
export type { View } from './navigationSlice'

/**
 * Builds the store around an API client (tests pass one wired to real handlers) and the client of the
 * engine's worker (tests pass one whose worker they drive).
 */
export function createAppStore(client: Api, jobs: JobClient = createJobClient()) {
  return create<AppState>()((...a) => {
    // The one way the slices write to the file: the API call, then the saved data into the store.
    const persist = createPersistence(client, a[1])
    return {
      ...createPortfolioSlice(client)(...a),
      ...createInitiativesSlice(persist)(...a),
      ...createCatalogSlice(persist)(...a),
      ...createHistorySlice(persist)(...a),
      ...createNavigationSlice(...a),
      ...createCostGridSlice(...a),
      ...createScenarioSlice(persist)(...a),
      ...createComparisonSlice(jobs)(...a),
      ...createActualsSlice(...a),
    }
  })
}

export const useAppStore = createAppStore(api)
