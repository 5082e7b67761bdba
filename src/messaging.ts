import { browser } from 'wxt/browser';

/**
 * Typed messages over `runtime.sendMessage`, for any protocol: a map from message type to its
 * request and response. It names no message itself, so a layer can declare its own messages
 * (settings/ does) without depending on the protocol file that gathers them all (messages.ts).
 */
export type Protocol = Record<string, { request: unknown; response: unknown }>;

export async function ask<Map extends Protocol, K extends keyof Map & string = keyof Map & string>(
  type: K,
  data: Map[K]['request'],
): Promise<Map[K]['response']> {
  return unwrap(type, await browser.runtime.sendMessage({ type, data })) as Map[K]['response'];
}

/** The value of an `answer` listener's reply, or its failure as an error. */
export function unwrap(type: string, reply: unknown): unknown {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) throw new Error(`No answer to ${type}`);
  const { ok, value, error } = reply as { ok: boolean; value?: unknown; error?: unknown };
  if (!ok) throw new Error(String(error));
  return value;
}

/**
 * What a listener sends back. Answers go through `sendResponse`, which every browser supports
 * natively, rather than a returned Promise, which only the polyfill makes work in Chrome: the
 * content script runs without the polyfill (see wxt.config.ts), and a failure still reaches the
 * asker as its message.
 */
type Reply = { ok: true; value: unknown } | { ok: false; error: string };

type Handlers<Map extends Protocol> = {
  [K in keyof Map]?: (data: Map[K]['request']) => Map[K]['response'] | Promise<Map[K]['response']>;
};

/** Answers the listed message types; other messages are left for other listeners. Returns a remover. */
export function answer<Map extends Protocol>(handlers: Handlers<Map>): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse?: (reply: Reply) => void) => {
    if (typeof message !== 'object' || message === null) return undefined;
    const { type, data } = message as { type?: string; data?: unknown };
    const handler = handlers[type as keyof Map] as ((data: unknown) => unknown) | undefined;
    if (!handler) return undefined;
    const reply: Promise<Reply> = Promise.resolve()
      .then(() => handler(data))
      .then(
        // `ok` marks the reply: Chrome's messaging drops a property whose value is `undefined`.
        (value): Reply => ({ ok: true, value }),
        (error: unknown): Reply => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    // A test double without `sendResponse` takes the promise itself.
    if (!sendResponse) return reply;
    void reply.then(sendResponse);
    // Keeps the channel open for the answer.
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
