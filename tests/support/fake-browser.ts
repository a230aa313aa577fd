// An in-memory stand-in for the parts of the WebExtension API that the popup, the options page
// and the settings store use, for component and storage tests (vi.mock('webextension-polyfill')).
type Listener = (
  changes: Record<string, { oldValue?: unknown; newValue?: unknown }>,
  area: string,
) => void;

export class FakeStorageArea {
  data: Record<string, unknown> = {};
  failWrites = false;
  constructor(
    private readonly name: string,
    private readonly listeners: Set<Listener>,
  ) {}
  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys == null ? Object.keys(this.data) : Array.isArray(keys) ? keys : [keys];
    return Object.fromEntries(
      wanted.filter((k) => k in this.data).map((k) => [k, structuredClone(this.data[k])]),
    );
  }
  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failWrites) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const [k, v] of Object.entries(items)) {
      changes[k] = { oldValue: this.data[k], newValue: structuredClone(v) };
      this.data[k] = structuredClone(v);
    }
    for (const listener of this.listeners) listener(changes, this.name);
  }
}

export function createFakeBrowser() {
  const listeners = new Set<Listener>();
  const messages: { tabId: number; message: unknown }[] = [];
  const fake = {
    storage: {
      local: new FakeStorageArea('local', listeners),
      sync: new FakeStorageArea('sync', listeners) as FakeStorageArea | undefined,
      onChanged: {
        addListener: (l: Listener) => listeners.add(l),
        removeListener: (l: Listener) => listeners.delete(l),
      },
    },
    tabs: {
      /** What the content script of tab 1 answers to `page-state`; null: no content script. */
      pageState: null as unknown,
      url: 'https://news.example/story',
      query: async () => [{ id: 1 }],
      get: async (id: number) => ({ id, url: fake.tabs.url }),
      sendMessage: async (tabId: number, message: unknown) => {
        messages.push({ tabId, message });
        const type = (message as { type?: string }).type;
        if (type === 'page-state') {
          if (fake.tabs.pageState === null) throw new Error('no receiving end');
          return structuredClone(fake.tabs.pageState);
        }
        return true;
      },
    },
    permissions: {
      granted: false,
      contains: async () => fake.permissions.granted,
      request: async () => (fake.permissions.granted = true),
    },
    scripting: { insertCSS: async () => {}, executeScript: async () => [] },
    runtime: { id: 'backstory-test', openOptionsPage: async () => {}, getURL: (p: string) => p },
    sent: messages,
  };
  return fake;
}
