// Builds Backstory for Chrome and Firefox from one source.
//
//   node build.mjs              dist/chrome and dist/firefox (unpacked, loadable)
//   node build.mjs --watch      the same, rebuilt on every change (source or glossary entry)
//   node build.mjs --package    the above, then the two store zips in dist/ (web-ext build)
//
// The glossary is compiled here from src/glossary/entries: a broken entry stops the build with
// the file and field at fault.
import * as esbuild from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { watch as watchFiles } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
// BACKSTORY_ENTRIES_DIR lets the tests prove that a broken entry fails the build.
const entriesDir = process.env.BACKSTORY_ENTRIES_DIR ?? join(root, 'src/glossary/entries');
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
export const BROWSERS = ['chrome', 'firefox'];
export const GECKO_ID = 'backstory@backstory-extension.org';

/** Per-browser manifest patches: everything else comes from manifest.json as written. */
const MANIFEST_PATCHES = {
  chrome: (m) => ({
    ...m,
    background: { service_worker: 'background.js' },
    minimum_chrome_version: '120',
  }),
  firefox: (m) => ({
    ...m,
    background: { scripts: ['background.js'] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // The CSS Custom Highlight API and data_collection_permissions both arrived in 140.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android accepts data_collection_permissions from 142.
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
};

/**
 * The project's own TypeScript glossary code (compiler and packer), bundled on the fly for Node:
 * `compileEntriesDir` and `packGlossary`.
 */
let tools = null;
function glossaryTools() {
  tools ??= loadGlossaryTools();
  return tools;
}

async function loadGlossaryTools() {
  const { outputFiles } = await esbuild.build({
    stdin: {
      contents:
        "export { compileEntriesDir } from './load-entries';\nexport { packGlossary } from './pack';",
      resolveDir: join(root, 'src/glossary'),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const url = `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`;
  return import(url);
}

async function compileGlossary() {
  const { compileEntriesDir } = await glossaryTools();
  return compileEntriesDir(entriesDir);
}

/**
 * The worker reads the glossary from these packaged files (see src/glossary/packed-format.ts):
 * glossary/index.bin, the trie and what the resolver needs, read in place without parsing; and
 * glossary/cards-N.bin, the cards in shards, read only when a scan mentions one of theirs.
 */
export async function writeGlossaryFiles(compiled, outdir) {
  const { packGlossary } = await glossaryTools();
  const { index, shards } = packGlossary(compiled);
  const dir = join(outdir, 'glossary');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'index.bin'), index);
  await Promise.all(shards.map((bytes, i) => writeFile(join(dir, `cards-${i}.bin`), bytes)));
  return { indexBytes: index.byteLength, shardCount: shards.length };
}

/**
 * Backstory never renders raw HTML: page text and glossary fields always render as text. Preact
 * still ships the code for `dangerouslySetInnerHTML`; replace its one innerHTML write with a
 * throw, so no path to it exists in our bundles (and addons-linter has nothing to warn about).
 */
const noRawHtmlPlugin = {
  name: 'no-raw-html',
  setup(build) {
    build.onLoad({ filter: /[\\/]preact[\\/]dist[\\/]preact\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const write = /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g;
      if ((source.match(write) ?? []).length !== 1) {
        throw new Error(
          `${args.path}: expected exactly one innerHTML write to disable; Preact changed, update build.mjs`,
        );
      }
      const contents = source.replace(
        write,
        '(()=>{throw Error("Backstory renders no raw HTML")})()',
      );
      return { contents, loader: 'js' };
    });
  },
};

function bundleOptions(
  browser,
  getGlossary,
  { outdir = join(root, 'dist', browser), bench = false } = {},
) {
  return {
    entryPoints: {
      background: join(root, 'src/background/index.ts'),
      content: join(root, 'src/content/index.ts'),
      popup: join(root, 'src/popup/index.tsx'),
      options: join(root, 'src/options/index.tsx'),
    },
    outdir,
    bundle: true,
    format: 'iife',
    target: browser === 'chrome' ? 'chrome120' : 'firefox140',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: {
      __BROWSER__: JSON.stringify(browser),
      __VERSION__: JSON.stringify(pkg.version),
      __BENCH__: JSON.stringify(bench),
    },
    metafile: true,
    logLevel: 'warning',
    plugins: [noRawHtmlPlugin, staticFilesPlugin(browser, outdir, getGlossary)],
  };
}

/** After each bundle: the glossary files, manifest, HTML, CSS and icons beside the scripts. */
function staticFilesPlugin(browser, outdir, getGlossary) {
  return {
    name: 'static-files',
    setup(build) {
      build.onEnd(async (result) => {
        if (result.errors.length > 0) return;
        await writeGlossaryFiles(getGlossary(), outdir);
        const source = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
        const manifest = MANIFEST_PATCHES[browser]({ ...source, version: pkg.version });
        await writeFile(join(outdir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
        await cp(join(root, 'src/popup/popup.html'), join(outdir, 'popup.html'));
        await cp(join(root, 'src/options/options.html'), join(outdir, 'options.html'));
        await cp(join(root, 'src/ui/page.css'), join(outdir, 'page.css'));
        await cp(join(root, 'src/content/content.css'), join(outdir, 'content.css'));
        await cp(join(root, 'src/_locales'), join(outdir, '_locales'), { recursive: true });
        await mkdir(join(outdir, 'icons'), { recursive: true });
        for (const size of [16, 32, 48, 96, 128]) {
          await cp(join(root, `icons/icon-${size}.png`), join(outdir, `icons/icon-${size}.png`));
        }
      });
    },
  };
}

export async function build({ watch = false } = {}) {
  let glossary = await compileGlossary();
  const getGlossary = () => glossary;
  await rm(join(root, 'dist'), { recursive: true, force: true });
  const contexts = await Promise.all(
    BROWSERS.map((browser) => esbuild.context(bundleOptions(browser, getGlossary))),
  );
  const results = await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  report(results[0].metafile, glossary);
  if (!watch) {
    await Promise.all(contexts.map((ctx) => ctx.dispose()));
    return;
  }
  await Promise.all(contexts.map((ctx) => ctx.watch()));
  // esbuild watches the sources it bundled; the glossary is read by us, so watch it here.
  let pending = null;
  watchFiles(entriesDir, { recursive: true }, () => {
    clearTimeout(pending);
    pending = setTimeout(async () => {
      try {
        glossary = await compileGlossary();
        await Promise.all(contexts.map((ctx) => ctx.rebuild()));
        console.log(`glossary rebuilt: ${glossary.ids.length} entities`);
      } catch (error) {
        console.error(error.message);
      }
    }, 100);
  });
  console.log('watching for changes (Ctrl+C to stop)');
}

function report(metafile, glossary) {
  const sizes = Object.entries(metafile.outputs)
    .map(([file, { bytes }]) => `${file.split('/').pop()} ${(bytes / 1024).toFixed(1)} KB`)
    .join(', ');
  console.log(`built dist/chrome and dist/firefox: ${glossary.ids.length} entities; ${sizes}`);
}

/**
 * A build for `npm run bench`: timing marks compiled in, and the given compiled glossary (the
 * real one, or a synthetic one of a chosen size) instead of the entries.
 */
export async function buildBench({ glossary, outdir, browser = 'chrome' }) {
  await rm(outdir, { recursive: true, force: true });
  await esbuild.build(bundleOptions(browser, () => glossary, { outdir, bench: true }));
}

export async function packageZips() {
  const { default: webExt } = await import('web-ext');
  for (const browser of BROWSERS) {
    const filename = `backstory-${browser}-${pkg.version}.zip`;
    await webExt.cmd.build(
      {
        sourceDir: join(root, 'dist', browser),
        artifactsDir: join(root, 'dist'),
        filename,
        overwriteDest: true,
      },
      { shouldExitProgram: false },
    );
    console.log(`packaged dist/${filename}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = new Set(process.argv.slice(2));
  try {
    await build({ watch: args.has('--watch') });
    if (args.has('--package')) await packageZips();
  } catch (error) {
    // esbuild already printed its own errors; a glossary error names the file and field.
    if (error.name === 'GlossaryError') console.error(`Build failed: ${error.message}`);
    else if (!error.errors) console.error(error);
    process.exit(1);
  }
}
