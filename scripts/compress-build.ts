/**
 * The last step of `npm run build`: a Brotli copy (`<file>.br`, quality 10 or 11)
 * beside every text file of the build, which deploy/nginx.conf sends
 * (`brotli_static on`) to every browser that accepts Brotli, instead of gzip.
 *
 * Why: a module page is mostly the framework's script and its own text, and
 * translated text weighs more (Cyrillic is two bytes a letter in UTF-8, and a
 * page's text ships twice, in the HTML and in its script chunk). Measured with
 * `npm run bench`, the Bulgarian module page was 210 KiB with gzip, over its
 * 200 KiB budget; Brotli at quality 11 is about a sixth smaller than gzip at
 * level 9 on the same files. Compressing once at build time is what makes
 * quality 11 affordable: a server compressing on the fly uses a low level.
 *
 * Files under 1 KiB and files that are compressed already (PDF, zip, images,
 * fonts) get no copy; nor does a file whose copy would not be smaller.
 *
 *   tsx scripts/compress-build.ts [build directory]   (default: build/)
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';

const compress = promisify(brotliCompress);

/** What deploy/nginx.conf compresses (its gzip_types), by file extension. */
const PRECOMPRESSED_EXTENSIONS: readonly string[] = [
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.webmanifest',
  '.xml',
  '.txt',
  '.svg',
];
const PRECOMPRESSED_MIN_BYTES = 1024;

/**
 * Quality 11 for the scripts and styles under assets/ (every page loads them, and they are cached for good);
 * 10 for the rest (pages, search indexes), which is twice as fast for 1 % more bytes and keeps the build short.
 */
function qualityOf(file: string): number {
  return file.includes(`${path.sep}assets${path.sep}`) ? constants.BROTLI_MAX_QUALITY : 10;
}

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return textFiles(full);
    return PRECOMPRESSED_EXTENSIONS.includes(path.extname(entry.name)) &&
      statSync(full).size >= PRECOMPRESSED_MIN_BYTES
      ? [full]
      : [];
  });
}

async function main(buildDir: string): Promise<void> {
  const files = textFiles(buildDir);
  let written = 0;
  let before = 0;
  let after = 0;
  // zlib's asynchronous calls run on libuv's thread pool: a few files at a time use every core.
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const content = readFileSync(file);
      const compressed = await compress(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: qualityOf(file),
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      });
      if (compressed.length >= content.length) continue;
      writeFileSync(`${file}.br`, compressed);
      written += 1;
      before += content.length;
      after += compressed.length;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  console.log(
    `Wrote Brotli copies of ${written} of ${files.length} text files in ${buildDir} (${(before / 2 ** 20).toFixed(1)} MiB -> ${(after / 2 ** 20).toFixed(1)} MiB).`,
  );
}

const buildDir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'build'));
main(buildDir).catch((error: Error) => {
  console.error(`compress-build: ${error.message}`);
  process.exit(1);
});
