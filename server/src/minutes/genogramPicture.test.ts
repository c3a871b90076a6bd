import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { marlowMinutes } from '../../../tests/fixtures/minutes/marlowMinutes.ts';
import { drawn, genogramPicture } from './genogramPicture.ts';

const darkPixels = (pixels: Buffer) => {
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4) if ((pixels[i] ?? 255) < 100) n++;
  return n;
};

describe('genogramPicture', () => {
  const svg = marlowMinutes('full').genogramSvg;

  it('is the SVG, with a PNG at twice the size it is shown, no wider than the page', () => {
    const picture = genogramPicture(svg, 600);
    if (!picture) throw new Error('no picture');
    expect(picture.width).toBeLessThanOrEqual(600);
    expect(picture.png.subarray(1, 4).toString()).toBe('PNG');
    expect(Math.abs(picture.png.readUInt32BE(16) - picture.width * 2)).toBeLessThanOrEqual(2);
    expect(picture.svg.toString()).toBe(svg);
  });

  it('draws words in the bundled font, where no system font is looked for', () => {
    const words =
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="28" ' +
      'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" font-size="20">Ada Marlow</text></svg>';
    const noFonts = new Resvg(words, { background: 'white', font: { loadSystemFonts: false } }).render();
    expect(darkPixels(noFonts.pixels)).toBe(0);
    expect(darkPixels(drawn(words, 200).pixels)).toBeGreaterThan(100);
  });

  it('gives nothing for an SVG without a size', () => {
    expect(genogramPicture('<svg xmlns="http://www.w3.org/2000/svg"></svg>', 600)).toBeNull();
  });
});
