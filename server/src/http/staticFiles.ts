/**
 * The built web client. Files Vite names by their content (`/assets/…-<hash>.js`) never change, so
 * they are cached for a year; everything else (index.html, the service worker, the icon) is checked
 * each time. A text file is sent as its brotli or gzip copy made at build time
 * (client/build/precompress.ts) when the browser accepts it; otherwise as it is.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, type Response } from 'express';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const ENCODINGS = [
  ['br', '.br'],
  ['gzip', '.gz'],
] as const;

function cacheFor(res: Response, urlPath: string): void {
  res.setHeader('Cache-Control', urlPath.startsWith('/assets/') ? IMMUTABLE : 'no-cache');
}

export function staticFiles(dist: string): RequestHandler[] {
  const root = path.resolve(dist);
  const precompressed: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let file: string;
    try {
      file = path.resolve(root, `.${decodeURIComponent(req.path)}`);
    } catch {
      return next();
    }
    if (!file.startsWith(root + path.sep)) return next();
    // Brotli whenever it is accepted at all: browsers list gzip first but decode both.
    const choice = ENCODINGS.find(([name]) => req.acceptsEncodings(name) === name);
    if (
      !choice ||
      !fs.statSync(file, { throwIfNoEntry: false })?.isFile() ||
      !fs.existsSync(file + choice[1])
    )
      return next();
    res.vary('Accept-Encoding');
    res.type(path.extname(file));
    res.setHeader('Content-Encoding', choice[0]);
    cacheFor(res, req.path);
    res.sendFile(file + choice[1], { cacheControl: false, dotfiles: 'deny' }, (err) => {
      if (err) next(err);
    });
  };
  return [
    precompressed,
    express.static(root, {
      index: false,
      cacheControl: false,
      setHeaders: (res, filePath) => {
        res.vary('Accept-Encoding');
        cacheFor(res, `/${path.relative(root, filePath).split(path.sep).join('/')}`);
      },
    }),
  ];
}
