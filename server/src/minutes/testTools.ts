/**
 * Outside tools for the renderers' tests: poppler-utils (pdftotext, pdfinfo, pdfimages) and
 * LibreOffice (soffice). A missing tool fails the test with what to install; it never skips.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { inflateRawSync, inflateSync } from 'node:zlib';

const INSTALL: Record<string, string> = {
  pdftotext: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdfimages: 'poppler-utils',
  soffice: 'libreoffice-writer',
};

/** Runs a tool and returns its standard output; throws "install X" if it is not there. */
export function run(tool: string, args: string[], timeoutMs = 30_000): string {
  try {
    return execFileSync(tool, args, {
      encoding: 'utf8',
      timeout: timeoutMs,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} is not installed: run \`apt-get install ${INSTALL[tool] ?? tool}\`.`);
    }
    throw error;
  }
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'cb-minutes-'));
}

/** Whitespace made single spaces, so text wrapped across lines or table cells still matches. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The PDF's text in drawing order (`-raw`), so each table cell's lines stay together. */
export function pdfText(dir: string, name: string, pdf: Buffer): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']);
}

export function pdfInfo(dir: string, name: string, pdf: Buffer): Record<string, string> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', [file]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m?.[1] && m[2] !== undefined) info[m[1]] = m[2];
  }
  return info;
}

/** The rows of `pdfimages -list` after its two header lines: one per raster image. */
export function pdfImages(dir: string, name: string, pdf: Buffer): string[] {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return run('pdfimages', ['-list', file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '');
}

/** Every Flate-compressed stream of a PDF, inflated: the page drawing operators live there. */
export function pdfStreams(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  const re = /stream\r?\n/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    try {
      out.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a Flate stream (or a font program we do not need to read).
    }
    re.lastIndex = end;
  }
  return out.join('\n');
}

/**
 * Converts Office files with LibreOffice, headless, in a profile of its own so parallel test
 * files do not clash over one; `format` as for --convert-to ("txt:Text", "pdf"). Returns the
 * converted files' paths.
 */
export function soffice(dir: string, files: string[], format: string, extension: string): string[] {
  const profile = join(tmpdir(), `lo-${randomUUID()}`);
  try {
    run(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        format,
        '--outdir',
        dir,
        ...files,
      ],
      180_000,
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return files.map((f) => {
    const out = join(dir, basename(f).replace(/\.[^.]+$/, `.${extension}`));
    if (!existsSync(out)) throw new Error(`LibreOffice did not convert ${basename(f)} to ${extension}.`);
    return out;
  });
}

/** One file out of a zip (a .docx), read from the central directory. */
export function unzipEntry(zip: Buffer, name: string): string {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('Not a zip file');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLength + extra + comment;
  }
  throw new Error(`${name} is not in the zip`);
}

/** Word's XML reduced to its text: the runs' words without the tags. */
export const xmlText = (xml: string) => xml.replace(/<[^>]+>/g, ' ');
