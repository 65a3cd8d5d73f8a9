/**
 * A small QR code encoder, enough for a room's join link: byte mode (UTF-8), error correction
 * level M (about 15 % of the symbol may be damaged or covered), versions 1 to 10 (up to 213
 * bytes). It follows ISO/IEC 18004 step by step: data bits, Reed–Solomon error correction per
 * block, interleaving, function patterns, placement, the mask with the lowest penalty, and the
 * format and version information. The page draws the matrix it returns as SVG.
 */

/** Data codewords and error correction of level M, per version (1–10). */
const VERSIONS: readonly {
  ecPerBlock: number;
  blocks: readonly (readonly [count: number, data: number])[];
}[] = [
  { ecPerBlock: 10, blocks: [[1, 16]] },
  { ecPerBlock: 16, blocks: [[1, 28]] },
  { ecPerBlock: 26, blocks: [[1, 44]] },
  { ecPerBlock: 18, blocks: [[2, 32]] },
  { ecPerBlock: 24, blocks: [[2, 43]] },
  { ecPerBlock: 16, blocks: [[4, 27]] },
  { ecPerBlock: 18, blocks: [[4, 31]] },
  {
    ecPerBlock: 22,
    blocks: [
      [2, 38],
      [2, 39],
    ],
  },
  {
    ecPerBlock: 22,
    blocks: [
      [3, 36],
      [2, 37],
    ],
  },
  {
    ecPerBlock: 26,
    blocks: [
      [4, 43],
      [1, 44],
    ],
  },
];

/** Centres of the alignment patterns, per version (1–10). */
const ALIGNMENT: readonly (readonly number[])[] = [
  [],
  [6, 18],
  [6, 22],
  [6, 26],
  [6, 30],
  [6, 34],
  [6, 22, 38],
  [6, 24, 42],
  [6, 26, 46],
  [6, 28, 50],
];

/** The format bits of error correction level M. */
const LEVEL_M = 0b00;

export const MAX_VERSION = VERSIONS.length;

/** A QR symbol: `modules[row][column]`, true for dark. */
export interface QrCode {
  version: number;
  mask: number;
  size: number;
  modules: boolean[][];
}

export class QrTooLongError extends Error {
  constructor(bytes: number) {
    super(`${bytes} bytes do not fit in a QR code of version ${MAX_VERSION} at level M.`);
    this.name = 'QrTooLongError';
  }
}

// ---------------------------------------------------------------------------------------------
// Reed–Solomon over GF(256), with the field's polynomial x⁸ + x⁴ + x³ + x² + 1 (0x11d).

const EXP = new Uint8Array(512);
const LOG = new Uint8Array(256);
{
  let x = 1;
  for (let i = 0; i < 255; i++) {
    EXP[i] = x;
    LOG[x] = i;
    x <<= 1;
    if (x & 0x100) x ^= 0x11d;
  }
  for (let i = 255; i < 512; i++) EXP[i] = EXP[i - 255]!;
}

const multiply = (a: number, b: number): number => (a && b ? EXP[LOG[a]! + LOG[b]!]! : 0);

/** The generator polynomial of `degree` error correction codewords, highest power first (its leading 1 left out). */
function generator(degree: number): Uint8Array {
  let poly = [1];
  for (let i = 0; i < degree; i++) {
    const next = new Array<number>(poly.length + 1).fill(0);
    for (let j = 0; j < poly.length; j++) {
      next[j]! ^= poly[j]!;
      next[j + 1]! ^= multiply(poly[j]!, EXP[i]!);
    }
    poly = next;
  }
  return Uint8Array.from(poly.slice(1));
}

/** The error correction codewords of a block of data codewords. */
export function reedSolomon(data: ArrayLike<number>, degree: number): Uint8Array {
  const gen = generator(degree);
  const rest = new Uint8Array(degree);
  for (let i = 0; i < data.length; i++) {
    const factor = data[i]! ^ rest[0]!;
    rest.copyWithin(0, 1);
    rest[degree - 1] = 0;
    for (let j = 0; j < degree; j++) rest[j]! ^= multiply(gen[j]!, factor);
  }
  return rest;
}

// ---------------------------------------------------------------------------------------------
// Codewords

const dataCapacity = (version: number): number =>
  VERSIONS[version - 1]!.blocks.reduce((sum, [count, data]) => sum + count * data, 0);

/** Bits of the length field in byte mode: 8 up to version 9, 16 from version 10. */
const lengthBits = (version: number): number => (version < 10 ? 8 : 16);

/** The smallest version that holds `bytes` bytes in byte mode. */
export function versionFor(bytes: number): number {
  for (let v = 1; v <= MAX_VERSION; v++) {
    if (4 + lengthBits(v) + bytes * 8 <= dataCapacity(v) * 8) return v;
  }
  throw new QrTooLongError(bytes);
}

/** The data codewords: mode, length, the bytes, a terminator, padding. */
export function dataCodewords(bytes: Uint8Array, version: number): Uint8Array {
  const capacity = dataCapacity(version);
  const bits: number[] = [];
  const push = (value: number, length: number): void => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  push(0b0100, 4); // byte mode
  push(bytes.length, lengthBits(version));
  for (const b of bytes) push(b, 8);
  push(0, Math.min(4, capacity * 8 - bits.length));
  push(0, (8 - (bits.length % 8)) % 8);
  const out = new Uint8Array(capacity);
  for (let i = 0; i < bits.length; i += 8) {
    let byte = 0;
    for (let j = 0; j < 8; j++) byte = (byte << 1) | bits[i + j]!;
    out[i / 8] = byte;
  }
  for (let i = bits.length / 8, pad = 0; i < capacity; i++, pad++) out[i] = pad % 2 ? 0x11 : 0xec;
  return out;
}

/** Data and error correction codewords, split into blocks and interleaved as the symbol holds them. */
export function interleave(data: Uint8Array, version: number): Uint8Array {
  const { ecPerBlock, blocks } = VERSIONS[version - 1]!;
  const dataBlocks: Uint8Array[] = [];
  let at = 0;
  for (const [count, size] of blocks)
    for (let i = 0; i < count; i++, at += size) dataBlocks.push(data.subarray(at, at + size));
  const ecBlocks = dataBlocks.map((block) => reedSolomon(block, ecPerBlock));
  const out: number[] = [];
  const longest = Math.max(...dataBlocks.map((b) => b.length));
  for (let i = 0; i < longest; i++)
    for (const block of dataBlocks) if (i < block.length) out.push(block[i]!);
  for (let i = 0; i < ecPerBlock; i++) for (const block of ecBlocks) out.push(block[i]!);
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------------------------------------
// Format and version information (BCH codes)

/** The 15 format bits of level M and `mask`, as placed (masked with 0x5412). */
export function formatBits(mask: number): number {
  const data = (LEVEL_M << 3) | mask;
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  return ((data << 10) | (rem & 0x3ff)) ^ 0x5412;
}

/** The 18 version bits (versions 7 and up). */
export function versionBits(version: number): number {
  let rem = version;
  for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
  return (version << 12) | (rem & 0xfff);
}

// ---------------------------------------------------------------------------------------------
// The symbol

const MASKS: readonly ((row: number, col: number) => boolean)[] = [
  (r, c) => (r + c) % 2 === 0,
  (r) => r % 2 === 0,
  (_r, c) => c % 3 === 0,
  (r, c) => (r + c) % 3 === 0,
  (r, c) => (Math.floor(r / 2) + Math.floor(c / 3)) % 2 === 0,
  (r, c) => ((r * c) % 2) + ((r * c) % 3) === 0,
  (r, c) => (((r * c) % 2) + ((r * c) % 3)) % 2 === 0,
  (r, c) => (((r + c) % 2) + ((r * c) % 3)) % 2 === 0,
];

class Matrix {
  readonly size: number;
  readonly dark: boolean[][];
  /** Modules of the function patterns (finders, timing, alignment, format, version), which data and masks skip. */
  readonly fixed: boolean[][];

  constructor(readonly version: number) {
    this.size = version * 4 + 17;
    this.dark = Array.from({ length: this.size }, () => new Array<boolean>(this.size).fill(false));
    this.fixed = Array.from({ length: this.size }, () => new Array<boolean>(this.size).fill(false));
  }

  set(row: number, col: number, dark: boolean): void {
    this.dark[row]![col] = dark;
    this.fixed[row]![col] = true;
  }

  drawFunctionPatterns(): void {
    const { size, version } = this;
    for (let i = 0; i < size; i++) {
      this.set(6, i, i % 2 === 0);
      this.set(i, 6, i % 2 === 0);
    }
    this.finder(3, 3);
    this.finder(3, size - 4);
    this.finder(size - 4, 3);
    const centres = ALIGNMENT[version - 1]!;
    const last = centres.length - 1;
    for (const [i, r] of centres.entries())
      for (const [j, c] of centres.entries()) {
        // Not over the three finders.
        if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) continue;
        for (let dr = -2; dr <= 2; dr++)
          for (let dc = -2; dc <= 2; dc++)
            this.set(r + dr, c + dc, Math.max(Math.abs(dr), Math.abs(dc)) !== 1);
      }
    // Reserve the format areas (written once the mask is chosen) and draw the version.
    this.drawFormat(0);
    if (version >= 7) {
      const bits = versionBits(version);
      for (let i = 0; i < 18; i++) {
        const dark = ((bits >>> i) & 1) === 1;
        const a = size - 11 + (i % 3);
        const b = Math.floor(i / 3);
        this.set(b, a, dark);
        this.set(a, b, dark);
      }
    }
  }

  /** A finder pattern centred on (row, col), with its light separator. */
  private finder(row: number, col: number): void {
    for (let dr = -4; dr <= 4; dr++)
      for (let dc = -4; dc <= 4; dc++) {
        const r = row + dr;
        const c = col + dc;
        if (r < 0 || c < 0 || r >= this.size || c >= this.size) continue;
        const ring = Math.max(Math.abs(dr), Math.abs(dc));
        this.set(r, c, ring !== 2 && ring !== 4);
      }
  }

  drawFormat(mask: number): void {
    const bits = formatBits(mask);
    const bit = (i: number): boolean => ((bits >>> i) & 1) === 1;
    const { size } = this;
    // Around the top-left finder.
    for (let i = 0; i <= 5; i++) this.set(i, 8, bit(i));
    this.set(7, 8, bit(6));
    this.set(8, 8, bit(7));
    this.set(8, 7, bit(8));
    for (let i = 9; i < 15; i++) this.set(8, 14 - i, bit(i));
    // Beside the top-right and bottom-left finders.
    for (let i = 0; i < 8; i++) this.set(8, size - 1 - i, bit(i));
    for (let i = 8; i < 15; i++) this.set(size - 15 + i, 8, bit(i));
    this.set(size - 8, 8, true); // the dark module
  }

  /** Places the codewords in the zigzag order, two columns at a time from the bottom right. */
  drawCodewords(codewords: Uint8Array): void {
    const { size } = this;
    let i = 0;
    for (let right = size - 1; right >= 1; right -= 2) {
      if (right === 6) right = 5; // the vertical timing pattern
      const upward = ((right + 1) & 2) === 0;
      for (let step = 0; step < size; step++) {
        const row = upward ? size - 1 - step : step;
        for (let j = 0; j < 2; j++) {
          const col = right - j;
          if (this.fixed[row]![col]) continue;
          if (i < codewords.length * 8)
            this.dark[row]![col] = ((codewords[i >>> 3]! >>> (7 - (i & 7))) & 1) === 1;
          i++;
        }
      }
    }
  }

  applyMask(mask: number): void {
    const test = MASKS[mask]!;
    for (let r = 0; r < this.size; r++)
      for (let c = 0; c < this.size; c++)
        if (!this.fixed[r]![c] && test(r, c)) this.dark[r]![c] = !this.dark[r]![c];
  }

  /** The penalty of ISO/IEC 18004 § 7.8.3: runs, blocks, finder-like patterns, balance. */
  penalty(): number {
    const { size, dark } = this;
    let score = 0;
    const lines = (vertical: boolean): boolean[][] =>
      Array.from({ length: size }, (_, i) =>
        Array.from({ length: size }, (_, j) => (vertical ? dark[j]![i]! : dark[i]![j]!)),
      );
    for (const line of [...lines(false), ...lines(true)]) {
      let run = 1;
      for (let i = 1; i <= size; i++) {
        if (i < size && line[i] === line[i - 1]) run++;
        else {
          if (run >= 5) score += 3 + run - 5;
          run = 1;
        }
      }
      // 1:1:3:1:1 with four light modules on one side (outside the symbol counts as light).
      const at = (i: number): boolean => i >= 0 && i < size && line[i]!;
      for (let i = -4; i < size; i++) {
        const core =
          at(i) && !at(i + 1) && at(i + 2) && at(i + 3) && at(i + 4) && !at(i + 5) && at(i + 6);
        if (!core) continue;
        const before = !at(i - 1) && !at(i - 2) && !at(i - 3) && !at(i - 4);
        const after = !at(i + 7) && !at(i + 8) && !at(i + 9) && !at(i + 10);
        if (before || after) score += 40;
      }
    }
    for (let r = 0; r < size - 1; r++)
      for (let c = 0; c < size - 1; c++) {
        const d = dark[r]![c];
        if (d === dark[r]![c + 1] && d === dark[r + 1]![c] && d === dark[r + 1]![c + 1]) score += 3;
      }
    const total = size * size;
    const darkCount = dark.reduce((sum, row) => sum + row.filter(Boolean).length, 0);
    score += (Math.ceil(Math.abs(darkCount * 20 - total * 10) / total) - 1) * 10;
    return score;
  }

  copy(): Matrix {
    const m = new Matrix(this.version);
    for (let r = 0; r < this.size; r++) {
      m.dark[r] = [...this.dark[r]!];
      m.fixed[r] = [...this.fixed[r]!];
    }
    return m;
  }
}

/**
 * Encodes `text` (UTF-8, byte mode, level M) in the smallest version that holds it, with the
 * mask of the lowest penalty (or `options.mask`). Throws {@link QrTooLongError} past version 10.
 */
export function encodeQr(text: string, options: { mask?: number } = {}): QrCode {
  const bytes = new TextEncoder().encode(text);
  const version = versionFor(bytes.length);
  const base = new Matrix(version);
  base.drawFunctionPatterns();
  base.drawCodewords(interleave(dataCodewords(bytes, version), version));
  let best: { matrix: Matrix; mask: number; penalty: number } | null = null;
  const masks = options.mask === undefined ? [0, 1, 2, 3, 4, 5, 6, 7] : [options.mask];
  for (const mask of masks) {
    const matrix = base.copy();
    matrix.applyMask(mask);
    matrix.drawFormat(mask);
    const penalty = matrix.penalty();
    if (!best || penalty < best.penalty) best = { matrix, mask, penalty };
  }
  return { version, mask: best!.mask, size: best!.matrix.size, modules: best!.matrix.dark };
}

/**
 * The dark modules as one SVG path (a unit square per module, offset by the quiet zone of four
 * modules), for `<path d=…>` in a `viewBox` of `0 0 size+8 size+8`.
 */
export function qrPath(code: QrCode): string {
  const parts: string[] = [];
  for (let r = 0; r < code.size; r++)
    for (let c = 0; c < code.size; c++)
      if (code.modules[r]![c]) parts.push(`M${c + 4} ${r + 4}h1v1h-1z`);
  return parts.join('');
}
