import type { ReadContext } from '../readContext'

export interface PromptSplit {
  uncachedInput: number | null
  cacheRead: number | null
  cacheWrite: number | null
}

/**
 * A gateway's prompt tokens split into uncached input, cache reads and cache writes. Whether
 * prompt_tokens already count the cache tokens beside them depends on the gateway and the provider
 * (see docs/actuals.md); when they are said to include them but are fewer, they cannot, so they
 * are read as not including them and the file says so once.
 */
export function splitPrompt(
  prompt: number | null,
  cacheRead: number | null,
  cacheWrite: number | null,
  includes: boolean,
  row: number,
  ctx: ReadContext,
): PromptSplit {
  if (prompt === null || !includes) return { uncachedInput: prompt, cacheRead, cacheWrite }
  const cached = (cacheRead ?? 0) + (cacheWrite ?? 0)
  if (prompt >= cached) return { uncachedInput: prompt - cached, cacheRead, cacheWrite }
  ctx.warnings.add(
    `Some rows' prompt tokens are fewer than their cache tokens (the first is row ${row}), so their prompt tokens were read as not including the cache tokens.`,
  )
  return { uncachedInput: prompt, cacheRead, cacheWrite }
}

/** Providers whose own usage keeps cache tokens apart from input tokens (Anthropic's API and Bedrock). */
export const keepsCacheApart = (provider: string, model: string): boolean =>
  /anthropic|bedrock|claude/i.test(`${provider} ${model}`)

/** Whether prompt_tokens include the cache tokens, by the option or by the gateway's own rule. */
export function promptIncludesCache(ctx: ReadContext, auto: () => boolean): boolean {
  const rule = ctx.options.promptTokens ?? 'auto'
  return rule === 'auto' ? auto() : rule === 'include-cache'
}
