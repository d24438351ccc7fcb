import { describe, expect, it } from 'vitest'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import {
  MAX_JSON_CHARS,
  MIGRATIONS,
  parsePortfolioJson,
  readPortfolioJson,
  serializePortfolio,
} from '../../../shared/format'

const sampleText = () => serializePortfolio(samplePortfolio())

function document(portfolio: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'genai-portfolio-planner', version: 1, portfolio, ...extra })
}

describe('parsePortfolioJson: hostile and foreign input', () => {
  it('accepts a UTF-8 byte-order mark in front of the document', () => {
    const r = parsePortfolioJson(`\uFEFF${sampleText()}`)
    expect(r.ok).toBe(true)
  })

  it('refuses text that is not JSON, naming the rule', () => {
    const r = readPortfolioJson('{"format": "genai-portfolio-planner", ')
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problem).toBe('not_json')
    expect(r.issues[0]?.rule).toMatch(/^must be valid JSON/)
  })

  it('refuses an unknown format with a clear message', () => {
    const r = readPortfolioJson(JSON.stringify({ format: 'some-other-tool', version: 1, portfolio: {} }))
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problem).toBe('not_portfolio')
    expect(r.issues[0]?.message).toBe('File: format must be "genai-portfolio-planner" (found "some-other-tool")')
  })

  it('refuses a bare portfolio without the envelope', () => {
    const r = readPortfolioJson(JSON.stringify(samplePortfolio()))
    expect(!r.ok && r.issues[0]?.field).toBe('format')
  })

  it('refuses a document from a newer version and says to update the app', () => {
    const r = readPortfolioJson(document(samplePortfolio(), { version: MIGRATIONS.length + 2 }))
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problem).toBe('newer_version')
    expect(r.issues[0]?.message).toBe(
      'File: version is 2, newer than this app reads (up to 1): update Gen AI Portfolio Planner to open it',
    )
  })

  it('refuses a version that is not a whole number from 1', () => {
    for (const version of [0, -1, 1.5, '1', null]) {
      const r = readPortfolioJson(document(samplePortfolio(), { version }))
      expect(!r.ok && r.problem).toBe('not_portfolio')
      expect(!r.ok && r.issues[0]?.field).toBe('version')
    }
  })

  it('ignores __proto__, constructor and prototype keys anywhere, without polluting any prototype', () => {
    const p = samplePortfolio()
    const text = document(p)
      .replace('"settings":{', '"settings":{"__proto__":{"polluted":true},"constructor":{"x":1},')
      .replace('"usage":{', '"usage":{"prototype":{"y":2},"__proto__":{"launchMonth":-999},')
    expect(text).toContain('"__proto__"')
    const r = parsePortfolioJson(text)
    expect(r.ok && r.value).toEqual(p)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    if (r.ok) expect(Object.hasOwn(r.value.settings, '__proto__')).toBe(false)
  })

  it('refuses text above the size limit before parsing it', () => {
    const huge = `${' '.repeat(MAX_JSON_CHARS)}${sampleText()}`
    const r = readPortfolioJson(huge)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problem).toBe('too_large')
    expect(r.issues[0]?.rule).toBe('must be at most 50 MB of text')
  })

  it('reports the version a document was read from', () => {
    const r = readPortfolioJson(sampleText())
    expect(r.ok && r.fromVersion).toBe(1)
  })
})
