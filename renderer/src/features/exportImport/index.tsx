export { FileActions } from './FileActions'
