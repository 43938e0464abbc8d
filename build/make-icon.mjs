#!/usr/bin/env node
// Draws build/icon.png (1024×1024), the app icon electron-builder turns into .icns/.ico/PNG
// sets: three offset columns of "text lines" on a dark rounded square — several reports of one
// story, side by side. Plain Node (zlib) so it needs nothing installed; rerun after changing it.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const SIZE = 1024;
const px = new Float32Array(SIZE * SIZE * 4); // premultiplied-free RGBA in 0..1

/** Coverage of a rounded rectangle at pixel centre (x, y), antialiased over one pixel. */
function roundRect(x, y, r) {
  const qx = Math.abs(x - r.cx) - (r.w / 2 - r.rad);
  const qy = Math.abs(y - r.cy) - (r.h / 2 - r.rad);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r.rad;
  return Math.min(1, Math.max(0, 0.5 - outside));
}

function paint(shape, [cr, cg, cb], alpha = 1) {
  const x0 = Math.max(0, Math.floor(shape.cx - shape.w / 2 - 1));
  const x1 = Math.min(SIZE, Math.ceil(shape.cx + shape.w / 2 + 1));
  const y0 = Math.max(0, Math.floor(shape.cy - shape.h / 2 - 1));
  const y1 = Math.min(SIZE, Math.ceil(shape.cy + shape.h / 2 + 1));
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const a = roundRect(x + 0.5, y + 0.5, shape) * alpha;
      if (a <= 0) continue;
      const i = (y * SIZE + x) * 4;
      const da = px[i + 3];
      const oa = a + da * (1 - a);
      for (const [k, c] of [[0, cr], [1, cg], [2, cb]]) px[i + k] = (c * a + px[i + k] * da * (1 - a)) / oa;
      px[i + 3] = oa;
    }
  }
}

const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255);
// macOS-style margin: the artwork fills about 80 % of the canvas.
paint({ cx: 512, cy: 512, w: 824, h: 824, rad: 184 }, hex('#1f2a37'));
const columns = [
  { cx: 330, top: 300, colour: hex('#8fb3d9') },
  { cx: 512, top: 250, colour: hex('#f2efe6') },
  { cx: 694, top: 340, colour: hex('#e0a458') },
];
for (const { cx, top, colour } of columns) {
  paint({ cx, cy: top + 210, w: 150, h: 460, rad: 22 }, colour, 0.16);
  for (let line = 0; line < 8; line++) {
    const w = line % 3 === 2 ? 80 : 118;
    paint({ cx: cx - (118 - w) / 2, cy: top + 40 + line * 52, w, h: 18, rad: 9 }, colour);
  }
}

// PNG: 8-bit RGBA, no interlace.
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0;
  for (let x = 0; x < SIZE * 4; x++) raw[y * (SIZE * 4 + 1) + 1 + x] = Math.round(px[y * SIZE * 4 + x] * 255);
}
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr.set([8, 6, 0, 0, 0], 8);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = fileURLToPath(new URL('icon.png', import.meta.url));
writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
