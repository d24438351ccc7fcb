export { OverviewView } from './OverviewView'
