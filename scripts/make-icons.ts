/**
 * Draws the add-in's icons (npm run icons): a red flag (cờ thi đua) with a gold star on a white tile,
 * at the sizes Office asks for. A tiny PNG encoder on node:zlib — no image tool needed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

export const iconSizes = [16, 32, 64, 80, 128] as const;

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const body = Buffer.concat([head.subarray(4), Buffer.from(data)]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([head.subarray(0, 4), body, crc]);
}

/** RGBA pixels → PNG file bytes. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
}

function inStar(x: number, y: number, cx: number, cy: number, r: number): boolean {
  // Point-in-polygon for a five-pointed star (outer radius r, inner 0.4 r).
  const points: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.4;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
  }
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i] ?? [0, 0];
    const [xj, yj] = points[j] ?? [0, 0];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function drawIcon(size: number): Buffer {
  const px = new Uint8Array(size * size * 4);
  const s = size / 16;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const u = (x + 0.5) / s;
      const v = (y + 0.5) / s;
      let color: [number, number, number, number] = [0, 0, 0, 0];
      const pole = u >= 2 && u < 3.2 && v >= 1.5 && v < 15;
      const flag = u >= 3.2 && u < 14.5 && v >= 2 && v < 10 - (u - 3.2) * 0.05;
      if (pole) color = [96, 96, 96, 255];
      if (flag) color = [218, 37, 29, 255];
      if (flag && inStar(u, v, 8.6, 5.9, 3.1)) color = [255, 205, 0, 255];
      px.set(color, (y * size + x) * 4);
    }
  }
  return encodePng(size, size, px);
}

if (require.main === module) {
  const dir = resolve(__dirname, '../assets');
  mkdirSync(dir, { recursive: true });
  for (const size of iconSizes) writeFileSync(resolve(dir, `icon-${size}.png`), drawIcon(size));
  console.log(`Đã vẽ ${iconSizes.length} biểu tượng vào ${dir}`);
}
