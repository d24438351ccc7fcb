import type { IncomingMessage, ServerResponse } from 'node:http'
import { fail, type ApiResult } from '../../shared/api/result'
import type { Api } from '../api/createApi'
import { send } from './staticFiles'

/** Largest request body accepted: a pasted block or an imported portfolio of thousands of initiatives fits. */
const MAX_BODY_BYTES = 16 * 1024 * 1024

const JSON_TYPE = 'application/json; charset=utf-8'

function sendResult(res: ServerResponse, status: number, result: ApiResult<unknown>): void {
  res.setHeader('Cache-Control', 'no-store')
  send(res, status, JSON_TYPE, JSON.stringify(result))
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) throw new BodyTooLarge()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buf = chunk as Buffer
    size += buf.length
    if (size > limit) throw new BodyTooLarge()
    chunks.push(buf)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * POST /api/<method> with the params as JSON. HTTP 200 carries every ApiResult, typed errors included,
 * so the renderer handles one shape; other statuses mean the request itself was wrong.
 */
export async function handleApiRequest(
  api: Api,
  method: string,
  req: IncomingMessage,
  res: ServerResponse,
  limit = MAX_BODY_BYTES,
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST')
    return sendResult(res, 405, fail('validation', 'API calls must use POST.'))
  }
  const type = req.headers['content-type'] ?? ''
  if (!/^application\/json\b/i.test(type)) {
    return sendResult(res, 415, fail('validation', 'API calls must send Content-Type: application/json.'))
  }
  let text: string
  try {
    text = await readBody(req, limit)
  } catch (e) {
    if (!(e instanceof BodyTooLarge)) throw e
    res.setHeader('Connection', 'close')
    return sendResult(res, 413, fail('validation', `The request is larger than ${limit / 1024 / 1024} MB.`))
  }
  let params: unknown
  try {
    params = text.trim() === '' ? {} : (JSON.parse(text) as unknown)
  } catch {
    return sendResult(res, 400, fail('validation', 'The request body is not valid JSON.'))
  }
  sendResult(res, 200, await api.invoke(method, params))
}
