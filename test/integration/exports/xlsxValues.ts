import { readFileSync } from 'node:fs'
import JSZip from 'jszip'

/** A cell as stored: a number, a string (text or a formula's text result), or absent. */
export type StoredValue = number | string

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

/**
 * Reads the stored values of every sheet of an xlsx straight from its XML (sheet name ->
 * address -> value), so a formula's result 0 and its empty-text result stay distinct.
 */
export async function readStoredValues(path: string): Promise<Map<string, Map<string, StoredValue>>> {
  const zip = await JSZip.loadAsync(readFileSync(path))
  const text = async (name: string): Promise<string> => (await zip.file(name)?.async('string')) ?? ''
  const workbook = await text('xl/workbook.xml')
  const rels = await text('xl/_rels/workbook.xml.rels')
  const shared = [...(await text('xl/sharedStrings.xml')).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    unescape([...(m[1] ?? '').matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1] ?? '').join('')),
  )
  const targets = new Map(
    [...rels.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1], m[2]]),
  )
  const sheets = new Map<string, Map<string, StoredValue>>()
  for (const m of workbook.matchAll(/<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)) {
    const target = (targets.get(m[2]) ?? '').replace(/^\/?(xl\/)?/, '')
    const xml = await text(`xl/${target}`)
    const cells = new Map<string, StoredValue>()
    for (const c of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[2] ?? ''
      const body = c[3] ?? ''
      const type = /t="([^"]+)"/.exec(attrs)?.[1]
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1]
      const inline = /<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1]
      const address = c[1] ?? ''
      if (type === 's' && v !== undefined) cells.set(address, shared[Number(v)] ?? '')
      else if (type === 'inlineStr' && inline !== undefined) cells.set(address, unescape(inline))
      else if (type === 'str') cells.set(address, unescape(v ?? ''))
      else if (type === 'e') cells.set(address, `#ERROR ${v ?? ''}`)
      else if (v !== undefined) cells.set(address, type === 'b' ? Number(v) : Number(v))
      else if (/<f/.test(body)) cells.set(address, '')
    }
    sheets.set(unescape(m[1] ?? ''), cells)
  }
  return sheets
}
