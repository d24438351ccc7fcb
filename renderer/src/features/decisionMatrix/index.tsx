export { DecisionMatrixView } from './DecisionMatrixView'
