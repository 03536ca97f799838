// Draws the apps' PNG icons (web app manifest, home screen) without any image library: a "J" made of a stem and a
// half ring on the app's colour, 4×4 supersampled for smooth edges, written as RGBA PNG chunks with zlib.
// Run `node tools/scripts/generate-icons.mjs` after changing a colour or the shape; the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const APPS = [
  { dir: 'apps/citizen-web/public/icons', background: [0x00, 0x49, 0x93] }, // borger.dk blue, as theme_color
  { dir: 'apps/staff-web/public/icons', background: [0x1b, 0x2a, 0x3a] }, // the console's dark navy
];
const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-192.png', size: 192, maskable: true },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
};

/** RGBA pixels (width × height × 4) → PNG file bytes (colour type 6, 8 bits, no interlace, filter 0 per row). */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Coordinates in [0, 1]. The background: a rounded square, or the full square for a maskable icon (the OS masks it). */
const inBackground = (x, y, maskable) => {
  if (maskable) return true;
  const r = 0.167;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
};
/** The "J": a stem and a half ring below it. A maskable icon keeps it within the central safe zone (scaled 0.7). */
const inGlyph = (x, y, maskable) => {
  const scale = maskable ? 0.7 : 1;
  const u = (x - 0.5) / scale + 0.45;
  const v = (y - 0.5) / scale + 0.53;
  const stem = u >= 0.55 && u <= 0.67 && v >= 0.22 && v <= 0.6;
  const d = Math.hypot(u - 0.45, v - 0.6);
  const hook = v >= 0.6 && d <= 0.22 && d >= 0.1;
  const tail = u >= 0.23 && u <= 0.35 && v >= 0.54 && v <= 0.6;
  return stem || hook || tail;
};

function draw(size, background, maskable) {
  const rgba = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          if (!inBackground(x, y, maskable)) continue;
          bg++;
          if (inGlyph(x, y, maskable)) fg++;
        }
      }
      const i = (py * size + px) * 4;
      const white = bg ? fg / bg : 0;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(background[c] * (1 - white) + 255 * white);
      rgba[i + 3] = Math.round((bg / (S * S)) * 255);
    }
  }
  return encodePng(size, size, rgba);
}

for (const app of APPS) {
  mkdirSync(join(root, app.dir), { recursive: true });
  for (const icon of ICONS) {
    const file = join(root, app.dir, icon.file);
    writeFileSync(file, draw(icon.size, app.background, icon.maskable));
    console.log(`wrote ${file}`);
  }
}
