import type { ComponentType } from 'react'
import { ActualsView } from '../features/actuals'
import { BudgetView } from '../features/budget'
import { CostGridView } from '../features/costGrid'
import { CostPoolsView } from '../features/costPools'
import { DecisionMatrixView } from '../features/decisionMatrix'
import { GovernanceView } from '../features/governance'
import { InitiativeDetailView } from '../features/initiativeDetail'
import { OverviewView } from '../features/overview'
import { PriceBookView } from '../features/priceBook'
import { ScenariosView } from '../features/scenarios'
import type { View } from '../store'

export interface ViewEntry {
  view: View
  label: string
  component: ComponentType
  /** Shown in the navigation; the initiative detail opens from a row instead. */
  inNav: boolean
}

export const VIEWS: readonly ViewEntry[] = [
  { view: 'grid', label: 'Cost model', component: CostGridView, inNav: true },
  { view: 'overview', label: 'Overview', component: OverviewView, inNav: true },
  { view: 'scenarios', label: 'Scenarios', component: ScenariosView, inNav: true },
  { view: 'decisions', label: 'Decision matrix', component: DecisionMatrixView, inNav: true },
  { view: 'governance', label: 'Governance', component: GovernanceView, inNav: true },
  { view: 'budget', label: 'Budget', component: BudgetView, inNav: true },
  { view: 'priceBook', label: 'Price book', component: PriceBookView, inNav: true },
  { view: 'costPools', label: 'Cost pools', component: CostPoolsView, inNav: true },
  { view: 'actuals', label: 'Actuals', component: ActualsView, inNav: true },
  { view: 'initiative', label: 'Initiative', component: InitiativeDetailView, inNav: false },
]

export const VIEW_COMPONENTS: ReadonlyMap<View, ComponentType> = new Map(VIEWS.map((v) => [v.view, v.component]))
