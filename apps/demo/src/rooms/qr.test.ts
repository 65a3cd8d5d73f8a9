import { describe, expect, it } from 'vitest';
import {
  dataCodewords,
  encodeQr,
  formatBits,
  qrPath,
  QrTooLongError,
  reedSolomon,
  versionBits,
  versionFor,
} from './qr.js';

describe('the QR encoder', () => {
  it('computes Reed–Solomon codewords as the standard’s worked example (HELLO WORLD, 1-M)', () => {
    // The data codewords of "HELLO WORLD" in version 1-M and their ten error correction
    // codewords, as ISO/IEC 18004's annex and the usual tutorials give them.
    const data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17];
    expect([...reedSolomon(data, 10)]).toEqual([196, 35, 39, 119, 235, 215, 231, 226, 93, 23]);
  });

  it('writes the format information of level M for each mask as the standard’s table', () => {
    const table = [
      '101010000010010',
      '101000100100101',
      '101111001111100',
      '101101101001011',
      '100010111111001',
      '100000011001110',
      '100111110010111',
      '100101010100000',
    ];
    expect(table.map((_, mask) => formatBits(mask).toString(2).padStart(15, '0'))).toEqual(table);
  });

  it('writes the version information as the standard’s table (versions 7 to 10)', () => {
    expect([7, 8, 9, 10].map(versionBits)).toEqual([0x07c94, 0x085bc, 0x09a99, 0x0a4d3]);
  });

  it('lays out byte mode data: mode, length, bytes, terminator, then 0xEC 0x11 padding', () => {
    const bytes = new TextEncoder().encode('A');
    expect([...dataCodewords(bytes, 1)]).toEqual([
      0x40, 0x14, 0x10, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11,
      0xec,
    ]);
  });

  it('chooses the smallest version that holds the bytes, up to version 10', () => {
    expect(versionFor(14)).toBe(1); // 16 codewords: 2 for mode and length
    expect(versionFor(15)).toBe(2);
    expect(versionFor(45)).toBe(4); // a join link on a venue's address
    expect(versionFor(213)).toBe(10);
    expect(() => versionFor(214)).toThrow(QrTooLongError);
  });

  it('draws a join link as a symbol a reader decodes', () => {
    // Checked when written: zbarimg (ZBar 0.23) reads this symbol back as the text.
    const code = encodeQr('https://example.org/join#code=QWERT-YUPAS');
    expect(code.version).toBe(3);
    expect(code.mask).toBe(3);
    expect(code.modules.map((row) => row.map((d) => (d ? '#' : '.')).join(''))).toEqual([
      '#######.###..########.#######',
      '#.....#.#.#.#.#.##....#.....#',
      '#.###.#....#.##...#.#.#.###.#',
      '#.###.#.###.#.#..#.#..#.###.#',
      '#.###.#...###..#...#..#.###.#',
      '#.....#..#.#.##.####..#.....#',
      '#######.#.#.#.#.#.#.#.#######',
      '........####....##.##........',
      '#.##.###.###.##..#....#..#.##',
      '##..#....##...###.###.###...#',
      '.#.#.###...##.#...........##.',
      '####.#.###.###.##.#.#.###...#',
      '#.....##.#.#..####.#.....##..',
      '##..##..#..##.#.##.##.#...###',
      '......#.#....#...#.###.#..###',
      '##.###..##....###..###..#..#.',
      '##...##..###......#.##.###.#.',
      '.##.....#..#.##..#..#..#.###.',
      '#.....##.##..#.###......#.#..',
      '...##..#....#..#######.##.#..',
      '.##.###..###.#...##########..',
      '........#.####.##.###...#####',
      '#######.##.#.#..#####.#.##.#.',
      '#.....#.###.#...#...#...##.##',
      '#.###.#..##.#.####..#####.###',
      '#.###.#.###...#.##.#....##..#',
      '#.###.#.####.#....#.#..#..#.#',
      '#.....#..########...#.####.#.',
      '#######.#......##..##.#....#.',
    ]);
  });

  it('draws the dark modules as one SVG path inside a quiet zone of four modules', () => {
    const code = encodeQr('A');
    const path = qrPath(code);
    const dark = code.modules.flat().filter(Boolean).length;
    expect(path.match(/M/g)).toHaveLength(dark);
    expect(path.startsWith('M4 4h1v1h-1z')).toBe(true); // the finder's corner
  });
});
