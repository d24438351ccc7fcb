#!/usr/bin/env node
// Draws the app icon (a bar chart with a rising trend line on a rounded square) as PNGs:
// build/icon.png (512) for electron-builder, build/icons/<n>x<n>.png for Linux.
// Plain Node (zlib) so it runs anywhere without ImageMagick: `node build/icon.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

const here = dirname(fileURLToPath(import.meta.url))

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (buf) => {
  let c = 0xffffffff
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  out.write(type, 4, 'latin1')
  data.copy(out, 8)
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length)
  return out
}
/** An RGBA image as PNG bytes. */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA, no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0 // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4)
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)]
const NAVY = hex('#1f4e79')
const BARS = [
  { x0: 112, x1: 176, top: 300, color: hex('#7fc8f8') },
  { x0: 224, x1: 288, top: 220, color: hex('#a8e6a3') },
  { x0: 336, x1: 400, top: 140, color: hex('#ffd166') },
]
const LINE = [
  [96, 262],
  [206, 182],
  [306, 204],
  [420, 100],
]
const WHITE = [255, 255, 255]

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const t = Math.max(
    0,
    Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  )
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)))
}

/** The colour at a point of the 512-unit design, or null for transparent. */
function colourAt(x, y) {
  const r = 96
  const cx = Math.min(Math.max(x, 16 + r), 496 - r)
  const cy = Math.min(Math.max(y, 16 + r), 496 - r)
  if (x < 16 || x > 496 || y < 16 || y > 496 || Math.hypot(x - cx, y - cy) > r) return null
  for (let i = 0; i < LINE.length - 1; i++) if (distanceToSegment(x, y, LINE[i], LINE[i + 1]) <= 8) return WHITE
  if (Math.hypot(x - 420, y - 100) <= 18) return WHITE
  for (const bar of BARS) if (x >= bar.x0 && x <= bar.x1 && y >= bar.top && y <= 400) return bar.color
  return NAVY
}

/** Renders at `size` px with 4×4 supersampling for smooth edges. */
export function renderIcon(size) {
  const rgba = Buffer.alloc(size * size * 4)
  const n = 4
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0
      let g = 0
      let b = 0
      let a = 0
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt(((px + (sx + 0.5) / n) * 512) / size, ((py + (sy + 0.5) / n) * 512) / size)
          if (c) {
            r += c[0]
            g += c[1]
            b += c[2]
            a++
          }
        }
      }
      const o = (py * size + px) * 4
      if (a > 0) rgba.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((a * 255) / (n * n))], o)
    }
  }
  return encodePng(size, rgba)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(join(here, 'icons'), { recursive: true })
  for (const size of [512, 256]) writeFileSync(join(here, 'icons', `${size}x${size}.png`), renderIcon(size))
  writeFileSync(join(here, 'icon.png'), renderIcon(512))
  console.log('icon: wrote build/icon.png and build/icons/512x512.png, 256x256.png')
}
