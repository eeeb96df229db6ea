// Writes the app icons (public/icons/*.png) from a simple shape, so no image tool is needed.
// Run once when the icon changes: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BG = [0x2b, 0x4a, 0x6f];
const FG = [0xf6, 0xe7, 0xc8];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A house outline (roof + body) on a plain square; `inset` leaves room for maskable crops. */
function icon(size, inset) {
  const rows = [];
  const s = size * (1 - 2 * inset);
  const o = size * inset;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const u = (x - o) / s;
      const v = (y - o) / s;
      const roof = v >= 0.2 && v < 0.5 && Math.abs(u - 0.5) <= (v - 0.2) * (0.35 / 0.3);
      const body = v >= 0.5 && v <= 0.8 && u >= 0.25 && u <= 0.75;
      const door = v >= 0.62 && v <= 0.8 && u >= 0.44 && u <= 0.56;
      const c = (roof || body) && !door ? FG : BG;
      row.set(c, 1 + x * 3);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

writeFileSync('public/icons/icon-192.png', icon(192, 0));
writeFileSync('public/icons/icon-512.png', icon(512, 0));
writeFileSync('public/icons/icon-maskable-512.png', icon(512, 0.1));
