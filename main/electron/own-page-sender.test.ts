import { describe, expect, it } from 'vitest';
import { isOwnPageSender } from './own-page-sender.js';

/** Shaped like Electron's WebFrameMain and WebContents, as far as an IpcMainInvokeEvent carries them. */
interface Frame {
  url: string;
  origin: string;
  frameTreeNodeId: number;
}
interface Contents {
  id: number;
  mainFrame: Frame;
}

function frame(url: string, id = 1): Frame {
  return { url, origin: new URL(url).origin, frameTreeNodeId: id };
}

function invokeEvent(sender: Contents, senderFrame: Frame | null) {
  return { type: 'frame' as const, processId: 4, frameId: senderFrame?.frameTreeNodeId ?? 0, sender, senderFrame };
}

describe('who may call main', () => {
  const page = frame('app://draaiboek/index.html');
  const ours: Contents = { id: 1, mainFrame: page };
  const ourWindows = new Set<Contents>([ours]);
  const isOurWindow = (sender: Contents) => ourWindows.has(sender);

  it("answers the main frame of our window showing our page (with a route in the address)", () => {
    expect(isOwnPageSender(invokeEvent(ours, page), isOurWindow)).toBe(true);
    const routed = { id: 1, mainFrame: frame('app://draaiboek/index.html#/history') };
    ourWindows.add(routed);
    expect(isOwnPageSender(invokeEvent(routed, routed.mainFrame), isOurWindow)).toBe(true);
  });

  it('refuses a subframe of our own window, even one served from our origin', () => {
    expect(isOwnPageSender(invokeEvent(ours, frame('app://draaiboek/preview.html', 7)), isOurWindow)).toBe(false);
    expect(isOwnPageSender(invokeEvent(ours, frame('about:blank', 8)), isOurWindow)).toBe(false);
  });

  it('refuses a frame that is gone (a navigation or a crash in flight)', () => {
    expect(isOwnPageSender(invokeEvent(ours, null), isOurWindow)).toBe(false);
  });

  it('refuses web contents that are no window of ours (a print window, a webview)', () => {
    const stranger: Contents = { id: 9, mainFrame: frame('app://draaiboek/index.html') };
    expect(isOwnPageSender(invokeEvent(stranger, stranger.mainFrame), isOurWindow)).toBe(false);
  });

  it('refuses our window once it shows another page, including look-alike origins', () => {
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'app://draaiboek.evil/index.html', 'app://draaiboekx/', 'devtools://devtools/']) {
      const navigated: Contents = { id: 2, mainFrame: frame(url) };
      ourWindows.add(navigated);
      expect(isOwnPageSender(invokeEvent(navigated, navigated.mainFrame), isOurWindow), url).toBe(false);
    }
  });
});
