// Checks on the real build output in dist/ (npm test builds before it runs the tests).
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { allCards } from '../../src/glossary/compiler';
import type { CompiledGlossary } from '../../src/glossary/types';
import { glossary } from './glossary-fixture';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = (browser: string) =>
  JSON.parse(readFileSync(join(root, 'dist', browser, 'manifest.json'), 'utf8'));

describe('npm run build', () => {
  it('writes a Chrome manifest with a service worker and a minimum version', () => {
    const m = manifest('chrome');
    expect(m.manifest_version).toBe(3);
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m.minimum_chrome_version).toMatch(/^\d+$/);
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.version).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });

  it('writes a Firefox manifest with background scripts, a gecko id and no data collection', () => {
    const m = manifest('firefox');
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.browser_specific_settings.gecko).toMatchObject({
      id: expect.stringContaining('@'),
      strict_min_version: expect.stringMatching(/^\d+\.0$/),
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('ships every file the manifests name', () => {
    for (const browser of ['chrome', 'firefox']) {
      const m = manifest(browser);
      const files = [
        ...Object.values(m.icons as Record<string, string>),
        m.action.default_popup,
        ...m.content_scripts.flatMap((c: { js: string[]; css: string[] }) => [...c.js, ...c.css]),
        ...(m.background.scripts ?? [m.background.service_worker]),
      ];
      for (const file of files)
        expect(
          () => readFileSync(join(root, 'dist', browser, file)),
          `${browser}/${file}`,
        ).not.toThrow();
    }
  });

  it('bundles no network API and no raw-HTML write into any script', () => {
    for (const browser of ['chrome', 'firefox']) {
      for (const file of readdirSync(join(root, 'dist', browser)).filter((f) =>
        f.endsWith('.js'),
      )) {
        const code = readFileSync(join(root, 'dist', browser, file), 'utf8');
        expect(code, `${browser}/${file}`).not.toMatch(
          /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts|\.innerHTML=/,
        );
      }
    }
  });

  it('compiles no benchmark timing marks into the content script (pages could see them)', () => {
    for (const browser of ['chrome', 'firefox']) {
      expect(readFileSync(join(root, 'dist', browser, 'content.js'), 'utf8')).not.toContain(
        'backstory:marked',
      );
    }
  });

  it('keeps the glossary out of the content script', () => {
    const content = readFileSync(join(root, 'dist/chrome/content.js'), 'utf8');
    expect(content).not.toContain('Organization for Security and Co-operation in Europe');
    expect(readFileSync(join(root, 'dist/chrome/background.js'), 'utf8')).toContain(
      'Organization for Security and Co-operation in Europe',
    );
  });

  it('fails on a broken glossary entry, naming the file and the field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstory-entries-'));
    mkdirSync(join(dir, 'people'));
    const entry = JSON.parse(
      readFileSync(join(root, 'src/glossary/entries/people/antony-blinken.json'), 'utf8'),
    );
    entry.roles[0].from = '2009-02-30';
    entry.related = [];
    writeFileSync(join(dir, 'people/antony-blinken.json'), JSON.stringify(entry));
    const result = await run('node', ['build.mjs'], {
      cwd: root,
      env: { ...process.env, BACKSTORY_ENTRIES_DIR: dir },
    }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(result?.code).toBe(1);
    expect(result?.stderr).toContain(
      'people/antony-blinken.json: roles[0].from: is not a calendar date',
    );
  });
});

describe('addons-linter (web-ext lint)', () => {
  it('reports no errors, warnings or notices for the Firefox build', async () => {
    const { stdout } = await run(
      join(root, 'node_modules/.bin/web-ext'),
      ['lint', '--source-dir', join(root, 'dist/firefox'), '--output', 'json'],
      {
        cwd: root,
        maxBuffer: 16 * 1024 * 1024,
      },
    ).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
    const report = JSON.parse(stdout.slice(stdout.indexOf('{')));
    const found = [...report.errors, ...report.warnings, ...report.notices].map(
      (m: { code: string; message: string }) => `${m.code}: ${m.message}`,
    );
    expect(found).toEqual([]);
  }, 60_000);
});

describe("the worker's glossary module", () => {
  it('loads back exactly the compiled glossary, non-ASCII text included', async () => {
    const { glossaryModule } = (await import(join(root, 'build.mjs'))) as {
      glossaryModule: (g: CompiledGlossary) => string;
    };
    const module = glossaryModule(glossary);
    expect(module).toMatch(/^[\x00-\x7f]*$/); // one byte per character in the worker
    const loaded = new Function(`${module}; return glossary;`)() as CompiledGlossary;
    expect(loaded.ids).toEqual(glossary.ids);
    expect(allCards(loaded)).toEqual(allCards(glossary));
    expect(loaded.forms).toEqual(glossary.forms.map(({ text: _, ...form }) => form));
    const erdogan = allCards(loaded).find((c) => c.id === 'recep-tayyip-erdogan');
    expect(erdogan?.name).toBe('Recep Tayyip Erdoğan');
  });
});
