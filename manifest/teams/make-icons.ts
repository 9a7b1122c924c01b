/**
 * Draws the two Teams app icons and writes them as PNG files next to this script:
 * color.png (192x192, the letters "PS" in white on the accent colour) and
 * outline.png (32x32, white on transparent, as Teams requires for the outline icon).
 * Pure Node on purpose (zlib + a hand-computed CRC32): Node 20's zlib has no crc32 and an
 * image library is not worth a dependency for two committed files.
 * Run: npx tsx manifest/teams/make-icons.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];

const ACCENT: Rgba = [0x0f, 0x6c, 0xbd, 255]; // manifest.json accentColor #0F6CBD
const WHITE: Rgba = [255, 255, 255, 255];

/** 5x7 glyphs; '#' is ink. */
const GLYPHS: Record<'P' | 'S', readonly string[]> = {
  P: ['####.', '#...#', '#...#', '####.', '#....', '#....', '#....'],
  S: ['.####', '#....', '#....', '.###.', '....#', '....#', '####.'],
};

interface Canvas {
  readonly width: number;
  readonly height: number;
  /** RGBA, row-major, starts fully transparent. */
  readonly pixels: Uint8Array;
}

function createCanvas(width: number, height: number): Canvas {
  return { width, height, pixels: new Uint8Array(width * height * 4) };
}

function paint(canvas: Canvas, x: number, y: number, colour: Rgba): void {
  if (x < 0 || y < 0 || x >= canvas.width || y >= canvas.height) return;
  canvas.pixels.set(colour, (y * canvas.width + x) * 4);
}

interface Box { left: number; top: number; size: number; radius: number }

/** Whether the centre of pixel (x, y) lies inside a rounded square. */
function insideRounded(box: Box, x: number, y: number): boolean {
  const px = x + 0.5 - box.left;
  const py = y + 0.5 - box.top;
  if (px < 0 || py < 0 || px > box.size || py > box.size) return false;
  const dx = Math.max(box.radius - px, px - (box.size - box.radius), 0);
  const dy = Math.max(box.radius - py, py - (box.size - box.radius), 0);
  return dx * dx + dy * dy <= box.radius * box.radius;
}

function fillRounded(canvas: Canvas, box: Box, colour: Rgba): void {
  for (let y = 0; y < canvas.height; y += 1) {
    for (let x = 0; x < canvas.width; x += 1) {
      if (insideRounded(box, x, y)) paint(canvas, x, y, colour);
    }
  }
}

/** A ring: inside `outer`, outside the same square inset by `thickness`. */
function strokeRounded(canvas: Canvas, outer: Box, thickness: number): void {
  const inner: Box = {
    left: outer.left + thickness,
    top: outer.top + thickness,
    size: outer.size - 2 * thickness,
    radius: Math.max(outer.radius - thickness, 0),
  };
  for (let y = 0; y < canvas.height; y += 1) {
    for (let x = 0; x < canvas.width; x += 1) {
      if (insideRounded(outer, x, y) && !insideRounded(inner, x, y)) paint(canvas, x, y, WHITE);
    }
  }
}

/** Writes "PS" centred, each font cell drawn as a `scale`-sized block. */
function drawInitials(canvas: Canvas, scale: number, colour: Rgba): void {
  const glyphWidth = 5 * scale;
  const gap = scale;
  const left = Math.floor((canvas.width - (2 * glyphWidth + gap)) / 2);
  const top = Math.floor((canvas.height - 7 * scale) / 2);
  (['P', 'S'] as const).forEach((letter, index) => {
    const originX = left + index * (glyphWidth + gap);
    GLYPHS[letter].forEach((row, gy) => {
      [...row].forEach((cell, gx) => {
        if (cell !== '#') return;
        for (let dy = 0; dy < scale; dy += 1) {
          for (let dx = 0; dx < scale; dx += 1) paint(canvas, originX + gx * scale + dx, top + gy * scale + dy, colour);
        }
      });
    });
  });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (ISO 3309, as the PNG spec requires) of the given bytes. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** Encodes a canvas as an 8-bit RGBA PNG (colour type 6), every scanline with filter 0. */
function encodePng(canvas: Canvas): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(canvas.width, 0);
  header.writeUInt32BE(canvas.height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth, colour type, compression, filter, interlace
  const stride = canvas.width * 4;
  const raw = Buffer.alloc((stride + 1) * canvas.height);
  for (let y = 0; y < canvas.height; y += 1) {
    raw[y * (stride + 1)] = 0;
    raw.set(canvas.pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function drawColourIcon(): Canvas {
  const canvas = createCanvas(192, 192);
  fillRounded(canvas, { left: 0, top: 0, size: 192, radius: 36 }, ACCENT);
  drawInitials(canvas, 12, WHITE);
  return canvas;
}

function drawOutlineIcon(): Canvas {
  const canvas = createCanvas(32, 32);
  strokeRounded(canvas, { left: 0, top: 0, size: 32, radius: 6 }, 2);
  drawInitials(canvas, 2, WHITE);
  return canvas;
}

function main(): void {
  const dir = path.dirname(fileURLToPath(import.meta.url));
  writeFileSync(path.join(dir, 'color.png'), encodePng(drawColourIcon()));
  writeFileSync(path.join(dir, 'outline.png'), encodePng(drawOutlineIcon()));
  console.log(`wrote color.png and outline.png to ${dir}`);
}

main();
