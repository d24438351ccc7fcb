import type { StateCreator } from 'zustand'
import type { ActualsSlice } from '../features/actuals/actualsSlice'
import type { CostGridSlice } from '../features/costGrid/costGridSlice'
import type { ComparisonSlice } from '../features/scenarios/comparisonSlice'
import type { ScenarioSlice } from '../features/scenarios/scenarioSlice'
import type { CatalogSlice } from './catalogSlice'
import type { HistorySlice } from './historySlice'
import type { InitiativesSlice } from './initiativesSlice'
import type { NavigationSlice } from './navigationSlice'
import type { PortfolioSlice } from './portfolioSlice'

/** The whole renderer state: one zustand store built from typed slices. */
export type AppState = PortfolioSlice &
  InitiativesSlice &
  CatalogSlice &
  HistorySlice &
  NavigationSlice &
  CostGridSlice &
  ScenarioSlice &
  ComparisonSlice &
  ActualsSlice

export type SliceCreator<T> = StateCreator<AppState, [], [], T>
export type GetState = () => AppState
