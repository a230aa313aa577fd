// Node-side: read every entry file under a folder and compile them. Used by build.mjs and the
// CLI, never bundled into the extension.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { compileGlossary, type EntrySource } from './compiler';
import type { CompiledGlossary } from './types';

export function readEntrySources(dir: string): EntrySource[] {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.json'))
    .map((d) => join(d.parentPath, d.name));
  return files.map((file) => ({
    file: relative(dir, file).split(sep).join('/'),
    text: readFileSync(file, 'utf8'),
  }));
}

export function compileEntriesDir(dir: string): CompiledGlossary {
  return compileGlossary(readEntrySources(dir));
}
