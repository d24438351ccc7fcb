export { FileActions } from './FileActions'
export { GridExportButton } from './GridExportButton'
export { shownCostGrid, shownGrid } from './shownGrid'
