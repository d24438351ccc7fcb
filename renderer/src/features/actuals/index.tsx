export { ActualsView } from './ActualsView'
