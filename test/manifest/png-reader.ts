import { inflateSync } from 'node:zlib';

/** A decoded 8-bit RGBA PNG. */
export interface DecodedPng {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colourType: number;
  /** RGBA, row-major; only filled for 8-bit RGBA images (colour type 6). */
  readonly rgba: Uint8Array | undefined;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/** Reverses the per-scanline filters (PNG spec section 9: None, Sub, Up, Average, Paeth). */
function unfilter(data: Buffer, width: number, height: number, bytesPerPixel: number): Uint8Array {
  const stride = width * bytesPerPixel;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = data[y * (stride + 1)];
    for (let i = 0; i < stride; i += 1) {
      const raw = data[y * (stride + 1) + 1 + i] ?? 0;
      const left = i >= bytesPerPixel ? out[y * stride + i - bytesPerPixel] ?? 0 : 0;
      const up = y > 0 ? out[(y - 1) * stride + i] ?? 0 : 0;
      const upLeft = y > 0 && i >= bytesPerPixel ? out[(y - 1) * stride + i - bytesPerPixel] ?? 0 : 0;
      const predictor = [0, left, up, Math.floor((left + up) / 2), paeth(left, up, upLeft)][filter ?? -1];
      if (predictor === undefined) throw new Error(`unknown PNG filter type ${String(filter)} on row ${y}`);
      out[y * stride + i] = (raw + predictor) & 0xff;
    }
  }
  return out;
}

/** Reads IHDR and, for non-interlaced 8-bit RGBA images, the pixels. Throws on anything that is not a PNG. */
export function readPng(file: Buffer): DecodedPng {
  if (!file.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  const idat: Buffer[] = [];
  let header: Buffer | undefined;
  for (let offset = 8; offset < file.length; ) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('ascii', offset + 4, offset + 8);
    const data = file.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = data;
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  if (header === undefined) throw new Error('PNG without IHDR');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const bitDepth = header[8] ?? 0;
  const colourType = header[9] ?? 0;
  const interlaced = header[12] !== 0;
  const rgba = bitDepth === 8 && colourType === 6 && !interlaced
    ? unfilter(inflateSync(Buffer.concat(idat)), width, height, 4)
    : undefined;
  return { width, height, bitDepth, colourType, rgba };
}
