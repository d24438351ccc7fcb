/** The tornado's ± percentage as typed ("20", "20%", "7.5"): a share in (0, 1], or a message naming the rule. */
export function parseTornadoPercent(text: string): { ok: true; value: number } | { ok: false; message: string } {
  const t = text.trim().replace(/%$/, '').trim()
  const n = t === '' ? Number.NaN : Number(t)
  if (!Number.isFinite(n)) return { ok: false, message: 'The ± percentage must be a number, such as 20.' }
  if (n <= 0 || n > 100) return { ok: false, message: 'The ± percentage must be above 0% and at most 100%.' }
  return { ok: true, value: n / 100 }
}
