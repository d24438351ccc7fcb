export { CostPoolsView } from './CostPoolsView'
