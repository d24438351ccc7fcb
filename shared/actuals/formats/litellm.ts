import { ObjectFields, type Fields } from '../fields'
import type { ReadContext } from '../readContext'
import { noTokens } from '../sourceRow'
import { jsonObjectOf, stringListOf, ValueReader } from '../values'
import { promptIncludesCache, splitPrompt } from './gatewayTokens'
import { KeyList } from './keys'
import type { RecordFormat, RecordReader } from './spec'

/**
 * LiteLLM proxy exports: the spend logs (LiteLLM_SpendLogs, one row per request, from the database
 * or /spend/logs) and the daily spend tables (LiteLLM_DailyUserSpend, _DailyTeamSpend,
 * _DailyTagSpend, _DailyEndUserSpend). `spend` is LiteLLM's estimate in USD from its own price
 * list. LiteLLM reports every provider's usage in OpenAI's shape, where prompt_tokens include the
 * cached and cache-write tokens.
 */
const SCOPE = 'LiteLLM proxy'

/** The provider a model went to: custom_llm_provider, or the "provider/" prefix of the model. */
function providerOf(f: Fields, v: ValueReader, model: string): string {
  const given = v.text(f, 'custom_llm_provider')
  if (given !== '') return given
  const prefix = /^([a-z_]+)\//i.exec(model)?.[1]
  return prefix ?? 'unknown'
}

/** Cache counts of a spend log: in metadata.usage_object (or additional_usage_values), OpenAI or Anthropic style. */
function spendLogCache(
  metadata: Record<string, unknown> | null,
  v: ValueReader,
): { read: number | null; write: number | null } {
  const usage = jsonObjectOf(metadata?.['usage_object']) ?? jsonObjectOf(metadata?.['additional_usage_values'])
  if (!usage) return { read: null, write: null }
  const u = new ObjectFields(usage)
  const details = jsonObjectOf(usage['prompt_tokens_details'])
  const read =
    v.count(u, 'cache_read_input_tokens') ?? (details ? v.count(new ObjectFields(details), 'cached_tokens') : null)
  return { read, write: v.count(u, 'cache_creation_input_tokens') }
}

function reader(ctx: ReadContext, daily: boolean, dimension: string): RecordReader {
  const v = new ValueReader(ctx.issues)
  return {
    read(f, row) {
      v.row = row
      const day = v.day(f, daily ? 'date' : 'startTime', daily ? 'date' : 'start_time')
      const model = v.text(f, 'model')
      const provider = providerOf(f, v, model)
      const metadata = jsonObjectOf(f.get('metadata'))
      const cache = daily
        ? { read: v.count(f, 'cache_read_input_tokens'), write: v.count(f, 'cache_creation_input_tokens') }
        : spendLogCache(metadata, v)
      const includes = promptIncludesCache(ctx, () => true)
      const split = splitPrompt(v.count(f, 'prompt_tokens'), cache.read, cache.write, includes, row, ctx)
      const tokens = { ...noTokens(), ...split, output: v.count(f, 'completion_tokens') }
      const keys = new KeyList(v)
        .add('team', f.get('team_id'), 'team_id')
        .add('team', metadata?.['user_api_key_team_alias'], 'metadata.user_api_key_team_alias')
        .add('apiKey', f.get('api_key'), 'api_key')
        .add('apiKey', metadata?.['user_api_key_alias'], 'metadata.user_api_key_alias')
        .add('user', f.get('user', 'user_id'), 'user')
        .add('user', f.get('end_user', 'end_user_id'), 'end_user')
        .list(stringListOf(f.get('request_tags')), 'request_tags')
        .add('tag', f.get('tag'), 'tag')
      if (day === null) return
      ctx.emit({
        row,
        day,
        month: day.slice(0, 7),
        scope: SCOPE,
        provider,
        model,
        serviceTier: null,
        chargeCategory: 'usage',
        costBasis: 'estimated',
        currency: 'USD',
        cost: v.money(f, 'spend'),
        tokens,
        requests: daily ? v.count(f, 'api_requests') : 1,
        keys: keys.with(ctx.options.fileKeys),
        grain: [dimension, v.text(f, 'model_group'), v.text(f, 'call_type')].join('|'),
      })
    },
  }
}

/** The dimension of a daily table: user_id, team_id, tag or end_user_id. */
const dailyDimension = (n: ReadonlySet<string>): string =>
  ['teamid', 'userid', 'tag', 'enduserid'].find((d) => n.has(d)) ?? 'total'

export const litellmSpendLogs: RecordFormat = {
  kind: 'records',
  format: 'litellm',
  label: 'LiteLLM spend logs',
  grade: 'estimate',
  detect: (n) => n.has('requestid') && n.has('spend') && n.has('prompttokens') && n.has('starttime'),
  start: (ctx) => reader(ctx, false, 'request'),
}

export const litellmDailySpend: RecordFormat = {
  kind: 'records',
  format: 'litellm',
  label: 'LiteLLM daily spend table',
  grade: 'estimate',
  detect: (n) =>
    n.has('date') && n.has('spend') && n.has('prompttokens') && n.has('completiontokens') && n.has('apikey'),
  start: (ctx, n) => (n.has('date') ? reader(ctx, true, dailyDimension(n)) : { missing: ['date'] }),
}
