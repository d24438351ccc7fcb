import { CostGrid } from './CostGrid'
import './costGrid.css'

/** The "Cost model" view. */
export function CostGridView() {
  return <CostGrid />
}
