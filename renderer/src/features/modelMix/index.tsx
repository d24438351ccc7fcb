export { ModelMixEditor } from './ModelMixEditor'
export type { ModelMixEditorProps } from './ModelMixEditor'
