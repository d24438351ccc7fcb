import type { SliceCreator } from './types'

/** The views of the app; extend the union when a view is added. */
export type View =
  | 'grid'
  | 'overview'
  | 'scenarios'
  | 'decisions'
  | 'governance'
  | 'budget'
  | 'initiative'
  | 'priceBook'
  | 'costPools'
  | 'actuals'

export interface NavigationSlice {
  view: View
  selectedInitiativeId: string | null
  /** Shows a view; `id` selects an initiative (kept when omitted). */
  navigate(view: View, id?: string | null): void
}

export const createNavigationSlice: SliceCreator<NavigationSlice> = (set) => ({
  view: 'grid',
  selectedInitiativeId: null,
  navigate(view, id) {
    set(id === undefined ? { view } : { view, selectedInitiativeId: id })
  },
})
