import type { ComponentType } from 'react'
import type { View } from '../store'

/**
 * Views live in features/<folder>/index.tsx and are written alongside the shell. They are found
 * by Vite's build-time glob, so the shell builds (with a placeholder) before a view exists.
 */
const modules = import.meta.glob<Record<string, unknown>>('../features/*/index.tsx', { eager: true })

export interface ViewEntry {
  view: View
  label: string
  folder: string
  exportName: string
  /** Shown in the navigation; the initiative detail opens from a row instead. */
  inNav: boolean
}

export const VIEWS: readonly ViewEntry[] = [
  { view: 'grid', label: 'Cost model', folder: 'costGrid', exportName: 'CostGridView', inNav: true },
  { view: 'overview', label: 'Overview', folder: 'overview', exportName: 'OverviewView', inNav: true },
  { view: 'priceBook', label: 'Price book', folder: 'priceBook', exportName: 'PriceBookView', inNav: true },
  { view: 'costPools', label: 'Cost pools', folder: 'costPools', exportName: 'CostPoolsView', inNav: true },
  { view: 'initiative', label: 'Initiative', folder: 'initiativeDetail', exportName: 'InitiativeDetailView', inNav: false },
]

function isComponent(value: unknown): value is ComponentType {
  // Function components, or memo/forwardRef objects.
  return typeof value === 'function' || (typeof value === 'object' && value !== null && '$$typeof' in value)
}

function findView(entry: ViewEntry): ComponentType | null {
  const candidate = modules[`../features/${entry.folder}/index.tsx`]?.[entry.exportName]
  return isComponent(candidate) ? candidate : null
}

/** Each view's component, resolved once at start-up; null until the view exists. */
export const VIEW_COMPONENTS: ReadonlyMap<View, ComponentType | null> = new Map(VIEWS.map((v) => [v.view, findView(v)]))
