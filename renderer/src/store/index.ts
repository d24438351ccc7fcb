import { create } from 'zustand'
import { api, type Api } from '../api'
import { createCostGridSlice } from '../features/costGrid/costGridSlice'
import { createScenarioSlice } from '../features/scenarios/scenarioSlice'
import { createCatalogSlice } from './catalogSlice'
import { createHistorySlice } from './historySlice'
import { createInitiativesSlice } from './initiativesSlice'
import { createNavigationSlice } from './navigationSlice'
import { createPortfolioSlice } from './portfolioSlice'
import type { AppState } from './types'

export type { AppState } from './types'
export type { View } from './navigationSlice'
export type { HistoryChange, HistoryStep, PlacedScenario } from './history'

/** Builds the store around an API client (tests pass one wired to real handlers). */
export function createAppStore(client: Api) {
  return create<AppState>()((...a) => ({
    ...createPortfolioSlice(client)(...a),
    ...createInitiativesSlice(client)(...a),
    ...createCatalogSlice(client)(...a),
    ...createHistorySlice(client)(...a),
    ...createNavigationSlice(...a),
    ...createCostGridSlice(...a),
    ...createScenarioSlice(client)(...a),
  }))
}

export const useAppStore = createAppStore(api)
