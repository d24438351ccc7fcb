import { readdirSync } from 'node:fs'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { SHARED_LAYERS } from '../../../build/sharedLayers.mjs'

const eslint = new ESLint({ cwd: process.cwd() })

/** The messages of no-restricted-imports for `code` linted as if it were the file at `path`. */
async function refusals(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('lint zones', () => {
  it('lists every folder of shared/ as a layer', () => {
    const folders = readdirSync('shared', { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort()
    expect(Object.keys(SHARED_LAYERS).sort()).toEqual(folders)
    for (const allowed of Object.values(SHARED_LAYERS)) for (const layer of allowed) expect(folders).toContain(layer)
  })

  it('keeps the engine to the model, at any depth', async () => {
    expect(await refusals('shared/engine/x.ts', "import { a } from '../model/portfolio'\nexport { a }\n")).toEqual([])
    expect(await refusals('shared/engine/scenarios/x.ts', "import { a } from '../calendar'\nexport { a }\n")).toEqual(
      [],
    )
    const upward = await refusals(
      'shared/engine/scenarios/x.ts',
      "import { a } from '../../decisions/budget'\nexport { a }\n",
    )
    expect(upward).toHaveLength(1)
    expect(upward[0]).toContain('shared/engine may import only shared/model')
  })

  it('lets only the contract import shared/api', async () => {
    expect(
      await refusals('shared/imports/x.ts', "import { a } from '../api/methods/imports'\nexport { a }\n"),
    ).toHaveLength(1)
    expect(
      await refusals('shared/api/methods/x.ts', "import { a } from '../../imports/previewSchema'\nexport { a }\n"),
    ).toEqual([])
  })

  it('keeps shared/ out of electron/, the renderer and Node', async () => {
    expect(
      await refusals('shared/model/x.ts', "import { a } from '../../electron/db/session'\nexport { a }\n"),
    ).not.toEqual([])
    expect(
      await refusals('shared/display/x.ts', "import { readFileSync } from 'node:fs'\nexport { readFileSync }\n"),
    ).not.toEqual([])
  })

  it('lets only electron/main and electron/preload import electron', async () => {
    const code = "import { app } from 'electron'\nexport { app }\n"
    for (const path of ['electron/imports/x.ts', 'electron/prices/x.ts', 'electron/files/x.ts', 'electron/db/x.ts'])
      expect(await refusals(path, code)).toHaveLength(1)
    expect(await refusals('electron/main/x.ts', code)).toEqual([])
    expect(await refusals('electron/preload/x.ts', code)).toEqual([])
  })
})
