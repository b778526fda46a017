// Draws the app's own icon (a shield with a keyhole) and writes icon.png: no third-party artwork.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const size = 256;
const px = Buffer.alloc(size * size * 4);
const bg = [29, 116, 245];
const fg = [255, 255, 255];
const cover = (f) => {
  // 4x4 supersampling for smooth edges
  let n = 0;
  for (let sy = 0; sy < 4; sy++)
    for (let sx = 0; sx < 4; sx++) n += f(sx / 4 + 0.125, sy / 4 + 0.125) ? 1 : 0;
  return n / 16;
};
const roundedSquare = (x, y) => {
  const r = 56,
    m = 8,
    lo = m + r,
    hi = size - m - r;
  const cx = Math.min(Math.max(x, lo), hi),
    cy = Math.min(Math.max(y, lo), hi);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= m && y >= m && x <= size - m && y <= size - m;
};
const shield = (x, y) => {
  const top = 48,
    mid = 140,
    bottom = 214,
    half = 74,
    c = 128;
  if (y < top || y > bottom) return false;
  if (y <= mid) return Math.abs(x - c) <= half - (y < top + 14 ? (top + 14 - y) * 0.9 : 0);
  const t = (y - mid) / (bottom - mid);
  return Math.abs(x - c) <= half * Math.sqrt(Math.max(0, 1 - t * t));
};
const keyhole = (x, y) =>
  (x - 128) ** 2 + (y - 112) ** 2 <= 22 ** 2 ||
  (Math.abs(x - 128) <= 10 + (y - 112) * 0.12 && y >= 112 && y <= 168);
for (let y = 0; y < size; y++) {
  for (let x = 0; x < size; x++) {
    const a = cover((dx, dy) => roundedSquare(x + dx, y + dy));
    const s = cover((dx, dy) => shield(x + dx, y + dy) && !keyhole(x + dx, y + dy));
    const i = (y * size + x) * 4;
    for (let k = 0; k < 3; k++) px[i + k] = Math.round(bg[k] * (1 - s) + fg[k] * s);
    px[i + 3] = Math.round(255 * a);
  }
}
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(size, 0);
ihdr.writeUInt32BE(size, 4);
ihdr[8] = 8;
ihdr[9] = 6;
const raw = Buffer.alloc(size * (size * 4 + 1));
for (let y = 0; y < size; y++) px.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw)),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(resolve(import.meta.dirname, '..', 'icon.png'), png);
console.log('wrote icon.png');
