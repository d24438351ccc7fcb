/**
 * Regenerates the committed JSON Schema and sample portfolio JSON:
 *   npx tsx electron/cli/writeArtifacts.ts
 * Run it after changing the model schemas or the sample, then commit the result.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { ARTIFACTS } from './artifacts'

const root = resolve(import.meta.dirname, '..', '..')
for (const artifact of ARTIFACTS) {
  writeFileSync(resolve(root, artifact.path), artifact.generate(), 'utf8')
  process.stdout.write(`wrote ${artifact.path}\n`)
}
