import { browser } from 'wxt/browser';

/**
 * Typed messages over `runtime.sendMessage`, for any protocol: a map from message type to its
 * request and response. It names no message itself, so a layer can declare its own messages
 * (settings/ does) without depending on the protocol file that gathers them all (messages.ts).
 */
export type Protocol = Record<string, { request: unknown; response: unknown }>;

export function ask<Map extends Protocol, K extends keyof Map & string = keyof Map & string>(
  type: K,
  data: Map[K]['request'],
): Promise<Map[K]['response']> {
  return browser.runtime.sendMessage({ type, data });
}

type Handlers<Map extends Protocol> = {
  [K in keyof Map]?: (data: Map[K]['request']) => Map[K]['response'] | Promise<Map[K]['response']>;
};

/** Answers the listed message types; other messages are left for other listeners. Returns a remover. */
export function answer<Map extends Protocol>(handlers: Handlers<Map>): () => void {
  const listener = (message: unknown) => {
    if (typeof message !== 'object' || message === null) return undefined;
    const { type, data } = message as { type?: string; data?: unknown };
    const handler = handlers[type as keyof Map] as ((data: unknown) => unknown) | undefined;
    return handler ? Promise.resolve(handler(data)) : undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
