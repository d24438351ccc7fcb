import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { portfolioPathFromArgv } from '../../../electron/main/fileAssociation'

describe('portfolio file from the command line', () => {
  it('takes a double-clicked file (Windows and Linux pass it as an argument)', () => {
    expect(portfolioPathFromArgv(['/opt/gpp/gpp', '/home/ana/Q3 plan.aiportfolio'], '/home/ana')).toBe(
      '/home/ana/Q3 plan.aiportfolio',
    )
  })

  it('resolves a relative path against the launching directory and accepts any case of the extension', () => {
    expect(portfolioPathFromArgv(['gpp', 'plans/Board.AIPORTFOLIO'], '/home/ana')).toBe(
      resolve('/home/ana', 'plans/Board.AIPORTFOLIO'),
    )
  })

  it('ignores the executable, switches and other files; the last portfolio wins', () => {
    expect(portfolioPathFromArgv(['x.aiportfolio'], '/')).toBeUndefined()
    expect(portfolioPathFromArgv(['gpp', '--inspect=x.aiportfolio', 'notes.txt'], '/')).toBeUndefined()
    expect(portfolioPathFromArgv(['gpp', '/a.aiportfolio', '--flag', '/b.aiportfolio'], '/')).toBe('/b.aiportfolio')
  })

  it('finds nothing in a plain start (electron . in development)', () => {
    expect(portfolioPathFromArgv(['/usr/bin/electron', '.'], '/work')).toBeUndefined()
  })
})
