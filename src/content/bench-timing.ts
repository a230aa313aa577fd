// Timings for `npm run bench`, compiled only into bench builds (__BENCH__): in a normal build
// every call here is removed, so no page can see that Backstory is present from its timeline.
const scriptStart = __BENCH__ ? performance.now() : 0;
let mainThread = 0;
const steps: Record<string, number> = {};

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
  }
}

/** Marks the highlights as registered: the page reads the figures from its timeline. */
export function reportMarked(mentions: number, textLength: number): void {
  if (!__BENCH__) return;
  const detail = JSON.stringify({
    mainThreadMs: mainThread,
    endToEndMs: performance.now() - scriptStart,
    mentions,
    textLength,
    steps,
  });
  performance.mark('backstory:marked', { detail });
}
