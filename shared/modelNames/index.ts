/**
 * Model names written by sources (price files, provider and gateway exports) and the price-book models
 * they mean: one matcher (`modelMatcher`), the names the person chose once (`ModelAliases`, saved in
 * the portfolio as `modelAliases`), and the platforms that bill models.
 */
export { ModelAlias, ModelAliases, withChoices } from './aliases'
export { MATCH_KINDS, matchRank, modelMatcher, type MatchKind } from './matcher'
export { nameKey, withoutRelease } from './nameKey'
export { platformLabel, platformOf } from './platforms'
