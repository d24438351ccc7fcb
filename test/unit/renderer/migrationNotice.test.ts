/**
 * Opening a file of an earlier format tells the person, in the app, that it was updated and where
 * the copy of it as it was is kept (an information notice, not an error); other files open quietly.
 */
import { copyFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openRealStore, type RealStore } from './realStore'

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/db')

let h: RealStore
beforeEach(async () => {
  h = await openRealStore('gpp-notice-')
})
afterEach(() => h.close())

/** Opens a copy of a committed fixture in the session and loads it as the window does. */
async function openCopy(fixture: string, name: string): Promise<string> {
  const path = join(dirname(h.session.defaultPath), name)
  copyFileSync(join(FIXTURES, `${fixture}.aiportfolio`), path)
  h.session.open(path)
  await h.store.getState().load()
  return path
}

describe('the notice after opening a migrated file', () => {
  it('says which file was updated, from which format, and where its backup is', async () => {
    const path = await openCopy('portfolio-v1', 'Budget 2025.aiportfolio')
    const s = h.store.getState()
    expect(s.status).toBe('ready')
    expect(s.noticeTone).toBe('info')
    expect(s.notice).toBe(
      '“Budget 2025.aiportfolio” was saved by an earlier version of the app (file format 1) and has been updated ' +
        `to format 3. A copy of the file as it was is kept at ${join(dirname(path), 'Budget 2025.v1-backup.aiportfolio')}.`,
    )
  })

  it('shows nothing for a file of the current format, and a problem notice is still a problem', async () => {
    await openCopy('portfolio-v3', 'Current.aiportfolio')
    expect(h.store.getState().notice).toBeNull()
    h.store.getState().setNotice('Could not add an initiative.')
    expect(h.store.getState().noticeTone).toBe('problem')
  })
})
