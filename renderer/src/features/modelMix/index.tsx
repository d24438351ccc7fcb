export { ModelMixEditor } from './ModelMixEditor'
