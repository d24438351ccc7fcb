import type { ComponentType } from 'react'
import { CostGridView } from '../features/costGrid'
import { CostPoolsView } from '../features/costPools'
import { InitiativeDetailView } from '../features/initiativeDetail'
import { OverviewView } from '../features/overview'
import { PriceBookView } from '../features/priceBook'
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
  { view: 'priceBook', label: 'Price book', component: PriceBookView, inNav: true },
  { view: 'costPools', label: 'Cost pools', component: CostPoolsView, inNav: true },
  { view: 'initiative', label: 'Initiative', component: InitiativeDetailView, inNav: false },
]

export const VIEW_COMPONENTS: ReadonlyMap<View, ComponentType> = new Map(VIEWS.map((v) => [v.view, v.component]))
