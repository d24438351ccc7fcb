import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { portfolioJsonSchema, portfolioJsonSchemaText } from '../../../shared/format'

const root = resolve(import.meta.dirname, '..', '..', '..')

describe('published JSON Schema', () => {
  it('docs/portfolio.schema.json is what the zod schemas generate now (run electron/cli/writeArtifacts.ts if not)', () => {
    const committed = readFileSync(resolve(root, 'docs/portfolio.schema.json'), 'utf8')
    expect(committed, 'stale: run npx tsx electron/cli/writeArtifacts.ts and commit the result').toBe(
      portfolioJsonSchemaText(),
    )
  })

  it('pins the envelope: format name and version 1, with the portfolio required', () => {
    const schema = portfolioJsonSchema() as {
      properties: Record<string, { const?: unknown }>
      required: string[]
    }
    expect(schema.properties.format?.const).toBe('genai-portfolio-planner')
    expect(schema.properties.version?.const).toBe(1)
    expect(schema.required).toEqual(['format', 'version', 'portfolio'])
  })
})
