export { GovernanceView } from './GovernanceView'
