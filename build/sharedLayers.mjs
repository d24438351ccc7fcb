/**
 * The layers of shared/ and what each may import besides itself: the lint zones of eslint.config.js.
 * Lower layers never import higher ones; nothing but the API contract imports shared/api, and
 * shared/engine reads only the model. Every folder of shared/ is listed here (a unit test checks).
 */
export const SHARED_LAYERS = {
  model: ['modelNames'],
  modelNames: ['model'],
  engine: ['model'],
  display: ['model', 'engine'],
  decisions: ['model', 'engine', 'display'],
  exports: ['model', 'engine', 'decisions', 'display'],
  stats: ['model'],
  jobs: ['model', 'engine', 'decisions', 'stats'],
  format: ['model'],
  data: ['model'],
  imports: ['model', 'modelNames', 'engine', 'display', 'exports'],
  actuals: ['model', 'modelNames', 'engine', 'display', 'imports'],
  prices: ['model', 'modelNames', 'engine', 'display', 'imports'],
  api: [
    'model',
    'modelNames',
    'engine',
    'display',
    'decisions',
    'exports',
    'format',
    'data',
    'imports',
    'actuals',
    'prices',
  ],
}
