/**
 * Model names written by sources (price files, provider and gateway exports) and the price-book models
 * they mean: one matcher (`modelMatcher`), the names the person chose once (`ModelAliases`, saved in
 * the portfolio as `modelAliases`), and the platforms that bill models.
 */
export { ModelAlias, ModelAliases, MAX_MODEL_ALIASES, withChoices } from './aliases'
export { KNOWN_ALIASES, type KnownName } from './knownAliases'
export {
  MATCH_KINDS,
  matchRank,
  modelMatcher,
  type MatchKind,
  type ModelMatcher,
  type NameMatch,
  type SourceName,
} from './matcher'
export { nameKey, withoutRelease } from './nameKey'
export { modelPartOfId, platformLabel, platformOf, platformOfId } from './platforms'
