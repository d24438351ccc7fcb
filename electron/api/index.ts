export { createApi } from './createApi'
