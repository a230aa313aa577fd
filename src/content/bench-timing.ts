// Timings for `npm run bench`, compiled only into bench builds (__BENCH__): in a normal build
// every call here is removed, so no page can see that Backstory is present from its timeline.
const scriptStart = __BENCH__ ? performance.now() : 0;
let mainThread = 0;
const steps: Record<string, number> = {};
// Backstory's own work in the current task, and the most it did in any one task.
let inThisTask = 0;
let longestTask = 0;

/** Runs a synchronous step of the content script and counts its time as main-thread work. */
export function timed<T>(name: string, step: () => T): T {
  if (!__BENCH__) return step();
  const started = performance.now();
  try {
    return step();
  } finally {
    const spent = performance.now() - started;
    mainThread += spent;
    steps[name] = (steps[name] ?? 0) + spent;
    inThisTask += spent;
    longestTask = Math.max(longestTask, inThisTask);
  }
}

const phases: Record<string, number> = {};

/** When (ms after the script started) the content script reached a point on its way. */
export function phase(name: string): void {
  if (__BENCH__) phases[name] ??= performance.now() - scriptStart;
}

/** Called after each await: the work that follows runs in a task of its own. */
export function newTask(): void {
  if (__BENCH__) inThisTask = 0;
}

/** Marks the highlights as registered: the page reads the figures from its timeline. */
export function reportMarked(mentions: number, textLength: number): void {
  if (!__BENCH__) return;
  const detail = JSON.stringify({
    mainThreadMs: mainThread,
    startedAt: scriptStart,
    endToEndMs: performance.now() - scriptStart,
    longestSliceMs: longestTask,
    mentions,
    textLength,
    steps,
    phases,
  });
  performance.mark('backstory:marked', { detail });
}

/**
 * The lower bound measured where Backstory runs: on a page opened with #backstory-lower-bound,
 * a bench build only walks the article's text nodes from the content script's own world
 * (whose DOM wrappers are made afresh, as they are for the real work) and reports the time.
 */
export function lowerBoundOnly(): boolean {
  if (!__BENCH__ || location.hash !== '#backstory-lower-bound') return false;
  const root = document.querySelector('article') ?? document.body;
  const started = performance.now();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    length += (node as Text).data.length;
  }
  const detail = JSON.stringify({ lowerBoundMs: performance.now() - started, length });
  performance.mark('backstory:lower-bound', { detail });
  return true;
}
