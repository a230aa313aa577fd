// The worker's one door: every runtime message passes through here. It answers only Backstory's
// own contexts, only requests that match the protocol, and never throws: a hostile or broken
// sender gets no answer (undefined), which the browser reports to it as "no response".
import { parseBackgroundRequest, type CardsResponse, type ScanResponse } from '../shared/messages';

/** What the browser tells a listener about who sent a message (the fields used here). */
export interface MessageSender {
  id?: string;
  tab?: { id?: number };
}

export interface BackgroundServices {
  /** This extension's id (`runtime.id`). */
  ownId: string;
  scan(text: string): Promise<ScanResponse>;
  cards(ids: readonly string[]): Promise<CardsResponse>;
  showCount(tabId: number, count: number): Promise<void>;
}

export type MessageHandler = (
  message: unknown,
  sender: MessageSender | undefined,
) => Promise<ScanResponse | CardsResponse | void> | undefined;

export function createMessageHandler(services: BackgroundServices): MessageHandler {
  return (message, sender) => {
    try {
      // Other extensions and web pages (should one ever get a channel) have another id or none.
      if (!sender || sender.id !== services.ownId) return undefined;
      const request = parseBackgroundRequest(message);
      if (!request) return undefined;
      switch (request.type) {
        case 'scan':
          return services.scan(request.text);
        case 'cards':
          // Repeated ids are asked for once: a page may list an entity many times.
          return services.cards([...new Set(request.ids)]);
        case 'page-count': {
          const tabId = sender.tab?.id;
          if (typeof tabId !== 'number') return undefined;
          return services.showCount(tabId, request.count);
        }
      }
    } catch {
      // A sender object with throwing getters, or a service that throws synchronously: the
      // message is dropped and the worker keeps serving everyone else.
      return undefined;
    }
  };
}
