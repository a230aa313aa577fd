// Checks on the real build output in dist/ (npm test builds before it runs the tests).
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { allCards } from '../../src/glossary/compiler';
import { TRAILING_DOT } from '../../src/glossary/matcher';
import { PackedGlossary } from '../../src/glossary/packed-glossary';
import { createScanner } from '../../src/glossary/scanner';
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
          /XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts|\.innerHTML=/,
        );
        // The worker's one fetch reads its own packaged glossary (glossary-loader.ts); the
        // e2e tests check that it never asks for anything else.
        expect(code.match(/\bfetch\(/g)?.length ?? 0, `${browser}/${file}`).toBe(
          file === 'background.js' ? 1 : 0,
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

  it('keeps the glossary out of every script: the worker reads it from glossary/', () => {
    for (const file of ['content.js', 'background.js', 'popup.js', 'options.js']) {
      const code = readFileSync(join(root, 'dist/chrome', file), 'utf8');
      expect(code, file).not.toContain('Organization for Security and Co-operation in Europe');
      expect(code.length, file).toBeLessThan(100_000);
    }
    const shards = readdirSync(join(root, 'dist/chrome/glossary'))
      .filter((f) => f.startsWith('cards-'))
      .map((f) => readFileSync(join(root, 'dist/chrome/glossary', f), 'utf8'));
    expect(shards.some((s) => s.includes('Organization for Security and Co-operation'))).toBe(true);
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

describe("the worker's packed glossary (dist/*/glossary)", () => {
  const packed = (browser: string) => {
    const dir = join(root, 'dist', browser, 'glossary');
    const g = new PackedGlossary(readFileSync(join(dir, 'index.bin')));
    for (let shard = 0; shard < g.shardCount; shard++) {
      g.addShard(shard, readFileSync(join(dir, `cards-${shard}.bin`)));
    }
    return g;
  };

  it('reads back exactly the compiled glossary, non-ASCII text included', () => {
    for (const browser of ['chrome', 'firefox']) {
      const g = packed(browser);
      expect(g.entityCount).toBe(glossary.ids.length);
      const cards = allCards(glossary);
      glossary.ids.forEach((id, e) => {
        expect(g.entityId(e)).toBe(id);
        expect(g.entityIndex(id)).toBe(e);
        expect(g.card(e)).toEqual(cards[e]);
        expect([g.entityName(e), g.entityKind(e)]).toEqual([glossary.names[e], glossary.kinds[e]]);
        expect(g.contextWords(e)).toEqual(glossary.context[e]);
        expect(g.relatedEntities(e)).toEqual(glossary.related[e]);
        expect(g.isCity(e)).toBe(glossary.cities.includes(e));
        expect(g.entityCountry(e)).toBe(glossary.countries[e]);
      });
      glossary.forms.forEach((form, f) => {
        expect([g.formEntity(f), g.formShort(f), g.formAmbiguous(f)]).toEqual([
          form.entity,
          form.short,
          form.ambiguous,
        ]);
      });
      expect(g.card(g.entityIndex('recep-tayyip-erdogan')).name).toBe('Recep Tayyip Erdoğan');
    }
  });

  it('finds every form of the glossary by walking its trie', () => {
    const g = packed('chrome');
    glossary.forms.forEach((form, f) => {
      let node = 0;
      for (const key of form.path.filter((k) => k !== TRAILING_DOT)) node = g.child(node, key);
      expect(g.formsAt(node), form.text).toContain(f);
    });
  });

  it('marks the same mentions from the packed files as from the compiled glossary', () => {
    const text = readFileSync(join(root, 'tests/fixtures/seed-article.txt'), 'utf8');
    expect(createScanner(packed('firefox'))(text)).toEqual(createScanner(glossary)(text));
  });
});
