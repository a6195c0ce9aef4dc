import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

/**
 * The app icons for the manifest, drawn here so they are reproducible without an image tool:
 * a square in the app's blue with a white map pin (a ring on a point), safe for "maskable"
 * cropping (the pin stays within the central 60 %). `npx tsx tools/build/icons.ts` rewrites
 * public/icons/icon-192.png and icon-512.png.
 */
const BLUE = [0x00, 0x50, 0x7a];
const WHITE = [0xff, 0xff, 0xff];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
const chunk = (type: string, data: Buffer) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

export function iconPng(size: number): Buffer {
  const rows: Buffer[] = [];
  const cx = size / 2;
  const cy = size * 0.44;
  const r = size * 0.17;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const dx = x + 0.5 - cx;
      const dy = y + 0.5 - cy;
      const d = Math.hypot(dx, dy);
      // The pin: a ring, and a point below it that narrows to the tip.
      const ring = d <= r && d >= r * 0.45;
      const tipY = cy + r * 1.9;
      const below =
        y + 0.5 > cy &&
        y + 0.5 < tipY &&
        Math.abs(dx) <= (r * (tipY - (y + 0.5))) / (tipY - cy) &&
        d > r * 0.45;
      const c = ring || (below && d >= r * 0.45) ? WHITE : BLUE;
      row.set(c, 1 + x * 3);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const dir = resolve(import.meta.dirname, '../../public/icons');
  for (const size of [192, 512]) writeFileSync(join(dir, `icon-${size}.png`), iconPng(size));
  console.log(`Icons geschrieben nach ${dir}`);
}
