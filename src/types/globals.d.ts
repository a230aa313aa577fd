// Build-time constants, replaced by esbuild `define` (see build.mjs).
declare const __BROWSER__: 'chrome' | 'firefox';
declare const __VERSION__: string;
/** True only in `npm run bench` builds: compiles in the timing marks (content/bench-timing.ts). */
declare const __BENCH__: boolean;

declare module '@mozilla/readability/Readability-readerable.js' {
  export default function isProbablyReaderable(
    doc: Document,
    options?: {
      minContentLength?: number;
      minScore?: number;
      visibilityChecker?: (node: Node) => boolean;
    },
  ): boolean;
}
