/**
 * Fonts for the PDFs: the Roboto files bundled base64 in pdfmake's build/vfs_fonts.js, decoded
 * once into Buffers. No network and no system fonts, so every machine makes the same file.
 */
import { createRequire } from 'node:module';
import PdfPrinter from 'pdfmake';

const ROBOTO_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

let printer: PdfPrinter | null = null;

/**
 * pdfkit parses each font afresh for every document (fontkit.create on the Buffer): about a
 * third of the time of a long board's PDF. Parsed fonts are read-only apart from their glyph
 * caches, and each document still makes its own subset, so parse each Buffer once and hand the
 * same font back. If the module is not where pdfmake 0.2 keeps it, do nothing: only slower.
 */
function shareParsedFonts(fromPdfmake: NodeJS.Require): void {
  try {
    const pdfkit = createRequire(fromPdfmake.resolve('@foliojs-fork/pdfkit'));
    const fontkit: unknown = pdfkit('@foliojs-fork/fontkit');
    if (typeof fontkit !== 'object' || fontkit === null || !('create' in fontkit)) return;
    const create = fontkit.create;
    if (typeof create !== 'function' || 'shared' in create) return;
    const parsed = new WeakMap<object, unknown>();
    const shared = (buffer: unknown, postscriptName?: string): unknown => {
      if (postscriptName !== undefined || typeof buffer !== 'object' || buffer === null) {
        return create.call(fontkit, buffer, postscriptName);
      }
      if (!parsed.has(buffer)) parsed.set(buffer, create.call(fontkit, buffer));
      return parsed.get(buffer);
    };
    Object.assign(fontkit, { create: Object.assign(shared, { shared: true }) });
  } catch {
    // Not found: pdfkit parses the fonts itself, as it always did.
  }
}

function bundledFont(file: string): Buffer {
  const require = createRequire(import.meta.url);
  // vfs_fonts.js is CommonJS (`module.exports = vfs`), and its published typings describe an
  // older shape, so load it with require and check what arrived.
  const vfs: unknown = require('pdfmake/build/vfs_fonts.js');
  const base64 = typeof vfs === 'object' && vfs !== null ? (vfs as Record<string, unknown>)[file] : undefined;
  if (typeof base64 !== 'string')
    throw new Error(`pdfmake's bundled font ${file} is missing: reinstall pdfmake.`);
  return Buffer.from(base64, 'base64');
}

let roboto: Buffer[] | null = null;

/** The same Roboto files as Buffers, for drawing pictures (genogramPicture.ts). */
export function robotoBuffers(): Buffer[] {
  roboto ??= Object.values(ROBOTO_FILES).map(bundledFont);
  return roboto;
}

/** One printer for the process, with the fonts decoded on first use. */
export function getPrinter(): PdfPrinter {
  if (printer) return printer;
  const require = createRequire(import.meta.url);
  const fromPdfmake = createRequire(require.resolve('pdfmake'));
  const font = bundledFont;
  shareParsedFonts(fromPdfmake);
  printer = new PdfPrinter({
    Roboto: {
      normal: font(ROBOTO_FILES.normal),
      bold: font(ROBOTO_FILES.bold),
      italics: font(ROBOTO_FILES.italics),
      bolditalics: font(ROBOTO_FILES.bolditalics),
    },
  });
  return printer;
}
