// Gives the main thread back to the page between slices of work: the browser's own scheduler
// where it has one (it resumes this work ahead of other tasks), else a fresh task.

/** How long one slice of Backstory's work may hold the main thread (ms). */
export const SLICE_MS = 8;

type WithScheduler = { scheduler?: { yield?: () => Promise<void> } };

export function nextTask(): Promise<void> {
  const scheduler = (globalThis as WithScheduler).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resume) => setTimeout(resume, 0));
}
