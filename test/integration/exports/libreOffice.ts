import { execFile } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * A throw-away LibreOffice profile that always recalculates OOXML and ODF files on
 * load; without it LibreOffice keeps the cached results and a recalculation test
 * would only read back what we wrote.
 */
export function makeProfile(dir: string): string {
  const user = join(dir, 'user')
  mkdirSync(user, { recursive: true })
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  )
  return `file://${dir}`
}

/** Converts files headless in one soffice call (one start-up for the whole batch). */
export async function convert(
  profileUrl: string,
  files: readonly string[],
  to: string,
  outDir: string,
): Promise<string> {
  const { stdout, stderr } = await run(
    'soffice',
    [
      `-env:UserInstallation=${profileUrl}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      to,
      '--outdir',
      outDir,
      ...files,
    ],
    { timeout: 240_000, maxBuffer: 16 * 1024 * 1024 },
  )
  return `${stdout}${stderr}`
}
