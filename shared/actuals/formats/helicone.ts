import type { Fields } from '../fields'
import type { ReadContext } from '../readContext'
import { noTokens } from '../sourceRow'
import { jsonObjectOf, ValueReader } from '../values'
import { keepsCacheApart, promptIncludesCache, splitPrompt } from './gatewayTokens'
import { KeyList } from './keys'
import type { RecordFormat, RecordReader } from './spec'

/**
 * Helicone's request export (the dashboard's export, @helicone/export, or /v1/request/query as
 * JSON, JSON Lines or CSV): one row per request with its tokens, cost in USD (Helicone's estimate)
 * and custom properties (Helicone-Property-* headers), which are the attribution keys.
 */
const SCOPE = 'Helicone organisation'

/** Custom properties: a properties map, or CSV columns named "properties.X", "property_X" or "Helicone-Property-X". */
function propertyColumns(headers: readonly string[]): { header: string; name: string }[] {
  return headers.flatMap((h) => {
    const m = /^(?:properties[._]|property[._]|helicone-property-)(.+)$/i.exec(h)
    return m ? [{ header: h, name: m[1] ?? '' }] : []
  })
}

function reader(ctx: ReadContext, headers: readonly string[]): RecordReader {
  const v = new ValueReader(ctx.issues)
  const propertyCols = propertyColumns(headers)
  return {
    read(f: Fields, row: number) {
      v.row = row
      const day = v.day(f, 'request_created_at', 'created_at')
      const model = v.text(f, 'model', 'response_model', 'request_model')
      const provider = v.text(f, 'provider') || 'unknown'
      const includes = promptIncludesCache(ctx, () => !keepsCacheApart(provider, model))
      const split = splitPrompt(
        v.count(f, 'prompt_tokens'),
        v.count(f, 'prompt_cache_read_tokens'),
        v.count(f, 'prompt_cache_write_tokens'),
        includes,
        row,
        ctx,
      )
      const keys = new KeyList(v)
        .tags(jsonObjectOf(f.get('properties', 'request_properties')), 'properties')
        .add('user', f.get('request_user_id', 'helicone_user', 'user_id'), 'request_user_id')
      for (const c of propertyCols) {
        const value = f.get(c.header)
        if (value !== undefined) keys.add('tag', `${c.name}=${String(value)}`, c.header)
      }
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
        cost: v.money(
          f,
          f.get('costUSD') !== undefined ? 'costUSD' : f.get('cost_usd') !== undefined ? 'cost_usd' : 'cost',
        ),
        tokens: { ...noTokens(), ...split, output: v.count(f, 'completion_tokens') },
        requests: 1,
        keys: keys.with(ctx.options.fileKeys),
        grain: '',
      })
    },
  }
}

export const helicone: RecordFormat = {
  kind: 'records',
  format: 'helicone',
  label: 'Helicone request export',
  grade: 'estimate',
  detect: (n) =>
    (n.has('requestcreatedat') || n.has('requestid')) &&
    n.has('prompttokens') &&
    (n.has('promptcachereadtokens') || n.has('costusd') || n.has('provider')),
  start: (ctx, _names, headers) => reader(ctx, headers),
}
