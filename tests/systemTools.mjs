// The programs the tests need from Debian: Chromium for the end-to-end tests, the readers the
// export tests check files with, and a font to upload. Missing ones are installed with apt when running as root;
// otherwise the exact command is printed. Never downloads a browser of its own.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The font file the e2e tests upload as a user's own font. */
export const uploadFontPath = '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf';
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const tools = [
  { package: 'chromium', present: () => existsSync(chromiumPath) },
  { package: 'poppler-utils', present: () => has('pdfinfo') && has('pdffonts') && has('pdftotext') },
  { package: 'librsvg2-bin', present: () => has('rsvg-convert') },
  { package: 'pngcheck', present: () => has('pngcheck') },
  // A TrueType font that is not ours, for the test that uploads one (Chromium only recommends it).
  { package: 'fonts-liberation', present: () => existsSync(uploadFontPath) },
];

export function ensureSystemTools(which = tools.map((t) => t.package)) {
  let missing = tools.filter((t) => which.includes(t.package) && !t.present()).map((t) => t.package);
  if (missing.length === 0) return;
  if (process.getuid?.() === 0 && has('apt-get')) {
    console.log(`Installing Debian packages the tests need: ${missing.join(' ')} …`);
    spawnSync(
      'sh',
      ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`],
      { stdio: 'inherit' },
    );
    missing = tools.filter((t) => missing.includes(t.package) && !t.present()).map((t) => t.package);
    if (missing.length === 0) return;
  }
  console.error(
    `The tests need these Debian packages, and they are not installed: ${missing.join(' ')}\n` +
      `Install them with:\n  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n` +
      (missing.includes('chromium')
        ? `(or point CHROMIUM_PATH at another Chromium binary; now ${chromiumPath})\n`
        : ''),
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureSystemTools();
