/**
 * How every test and benchmark starts Debian's Chromium here: headless, as root, and without the
 * background connections this machine's closed network refuses.
 */
export const CHROMIUM_PATH = process.env.CB_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
