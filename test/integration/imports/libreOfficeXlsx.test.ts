import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Initiative } from '../../../shared/model/initiative'
import { apiPerTest, expectOk } from '../../fixtures/db/api'
import { convert, makeProfile } from '../exports/libreOffice'

const fx = apiPerTest()

describe('XLSX written by LibreOffice', () => {
  it('imports a workbook LibreOffice saved: percent and date cells arrive as the share and the date', async () => {
    const csv = join(fx.dir, 'plan.csv')
    writeFileSync(csv, 'Name,Stage,Cache hit rate,Review date,Target users\nBot,Pilot,12%,2026-06-30,500\n')
    await convert(makeProfile(join(fx.dir, 'lo')), [csv], 'xlsx', fx.dir)
    const contentBase64 = readFileSync(join(fx.dir, 'plan.xlsx')).toString('base64')
    const r = expectOk<{ initiatives: Initiative[] }>(
      await fx.t.api.invoke('import:apply', { fileName: 'plan.xlsx', contentBase64 }),
    )
    const bot = r.initiatives[0]
    expect(bot?.name).toBe('Bot')
    expect(bot?.governance.stage).toBe('pilot')
    expect(bot?.usage.cacheHitRate).toBe(0.12)
    expect(bot?.governance.reviewDate).toBe('2026-06-30')
    expect(bot?.usage.targetUsers).toBe(500)
  })
})
