export { FileActions } from './FileActions'
export { GridExportButton } from './GridExportButton'
