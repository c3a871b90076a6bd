/**
 * The family tree as a picture for the Word minutes. Word shows the SVG itself; older Word and
 * some viewers need a PNG beside it, drawn here with resvg from the same SVG and the same Roboto
 * files the PDFs use (no system fonts, so every machine makes the same picture).
 */
import { Resvg } from '@resvg/resvg-js';
import { robotoBuffers } from './pdfFonts.ts';
import { svgSize } from './pdfParts.ts';

export interface Picture {
  svg: Buffer;
  png: Buffer;
  /** The size to show it at, in pixels at 96 per inch. */
  width: number;
  height: number;
}

/**
 * The SVG drawn `pixels` wide on white, its words in the bundled Roboto. resvg-js 2.6 ignores
 * `fitTo` once `fontBuffers` is given, so the root's own width and height are set to the size
 * wanted instead (its viewBox keeps the drawing the same).
 */
export function drawn(svg: string, pixels: number) {
  const { width, height } = svgSize(svg);
  const scaled =
    width > 0 && height > 0
      ? svg.replace(/<svg\b[^>]*>/, (root) =>
          root
            .replace(/\swidth="[\d.]+"/, ` width="${pixels}"`)
            .replace(/\sheight="[\d.]+"/, ` height="${((height * pixels) / width).toFixed(2)}"`),
        )
      : svg;
  // `fontBuffers` is not in resvg-js 2.6's typings (it is in its code): passed as a variable.
  const font = { loadSystemFonts: false, fontBuffers: robotoBuffers(), defaultFontFamily: 'Roboto' };
  return new Resvg(scaled, { background: 'white', font }).render();
}

/** The picture at most `maxWidth` pixels wide (the page's text width); its PNG at twice that. */
export function genogramPicture(svg: string, maxWidth: number): Picture | null {
  const size = svgSize(svg);
  if (!(size.width > 0 && size.height > 0)) return null;
  const width = Math.min(maxWidth, size.width);
  const height = (size.height * width) / size.width;
  const png = drawn(svg, Math.round(width * 2)).asPng();
  return { svg: Buffer.from(svg, 'utf8'), png, width: Math.round(width), height: Math.round(height) };
}
