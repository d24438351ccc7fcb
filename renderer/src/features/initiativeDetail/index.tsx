export { InitiativeDetailView } from './InitiativeDetailView'
