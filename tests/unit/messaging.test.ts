import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { answer, ask, unwrap } from '../../src/messaging';

type Test = {
  'echo:void': { request: undefined; response: void };
  'echo:fail': { request: undefined; response: number };
};

/** Sends a message as a browser without the polyfill does: `sendResponse`, replies JSON-serialised. */
function sendNatively(message: unknown): Promise<unknown> {
  // The fake's trigger passes every argument on, as the browser's does: a third, `sendResponse`.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
  return new Promise((resolve) => {
    void trigger(message, {}, (reply: unknown) => resolve(JSON.parse(JSON.stringify(reply))));
  });
}

describe('answer and ask', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    answer<Test>({
      'echo:void': () => undefined,
      'echo:fail': async () => {
        throw new Error('QUOTA_BYTES quota exceeded');
      },
    });
  });

  it('an answer of nothing still arrives where the reply loses its undefined value (Chrome)', async () => {
    expect(unwrap('echo:void', await sendNatively({ type: 'echo:void' }))).toBeUndefined();
  });

  it("a failure reaches the asker as the browser's own message, natively and through a promise", async () => {
    expect(() => unwrap('echo:fail', { ok: false, error: 'QUOTA_BYTES quota exceeded' })).toThrow('QUOTA_BYTES');
    const native = await sendNatively({ type: 'echo:fail' });
    expect(() => unwrap('echo:fail', native)).toThrow('QUOTA_BYTES quota exceeded');
    await expect(ask<Test>('echo:fail', undefined)).rejects.toThrow('QUOTA_BYTES quota exceeded');
  });

  it('a reply that is not ours is an error naming the message, not a silent undefined', () => {
    expect(() => unwrap('echo:void', undefined)).toThrow('No answer to echo:void');
    expect(() => unwrap('echo:void', {})).toThrow('No answer to echo:void');
  });
});
