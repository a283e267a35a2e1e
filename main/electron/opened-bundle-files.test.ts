import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { normaliseOpenedArgument } from './normalise-opened-argument.js';
import { bundlePathsFromArgv, collectOpenedBundles, createOpenedFileInbox, type OpenFileSource } from './opened-bundle-files.js';

describe('bundle files opened with the app', () => {
  it('finds bundle paths on a command line, not flags or the data folder', () => {
    expect(bundlePathsFromArgv(['--data-dir', '/tmp/x.draaiboek', '--inspect', 'E:\\plan-r4.DRAAIBOEK', 'notities.txt'], 'C:\\Users\\a', 'win32')).toEqual(['E:\\plan-r4.DRAAIBOEK']);
    expect(bundlePathsFromArgv(['--user-data-dir', '/tmp/y.draaiboek', '/media/stick/plan.draaiboek'], '/home/a', 'linux')).toEqual(['/media/stick/plan.draaiboek']);
  });

  it('queues the first start, a second start and macOS open-file, and tells the page each time', () => {
    const app = new EventEmitter();
    const inbox = createOpenedFileInbox();
    const announced: string[] = [];
    collectOpenedBundles(app as unknown as OpenFileSource, ['draaiboek', '/media/stick/eerste.draaiboek'], '/home/a', inbox, (path) => announced.push(path));
    let prevented = false;
    app.emit('open-file', { preventDefault: () => { prevented = true; } }, '/Volumes/STICK/tweede.draaiboek');
    app.emit('open-file', { preventDefault: () => undefined }, '/Volumes/STICK/foto.jpg');
    app.emit('second-instance', {}, ['draaiboek', '/media/stick/derde.draaiboek'], '/home/b');
    expect(prevented).toBe(true);
    expect(announced).toEqual(['/Volumes/STICK/tweede.draaiboek', '/media/stick/derde.draaiboek']);
    expect([inbox.take(), inbox.take(), inbox.take(), inbox.take()]).toEqual([
      '/media/stick/eerste.draaiboek',
      '/Volumes/STICK/tweede.draaiboek',
      '/media/stick/derde.draaiboek',
      undefined,
    ]);
  });

  it("resolves a second start's relative path against that start's working folder, not the first instance's", () => {
    const app = new EventEmitter();
    const inbox = createOpenedFileInbox();
    collectOpenedBundles(app as unknown as OpenFileSource, ['draaiboek', 'eerste.draaiboek'], '/home/a', inbox, () => undefined);
    app.emit('second-instance', {}, ['draaiboek', '--original-process-start-time=1', 'stick/tweede.draaiboek'], '/media/usb');
    expect([inbox.take(), inbox.take()]).toEqual(['/home/a/eerste.draaiboek', '/media/usb/stick/tweede.draaiboek']);
  });

  it('takes the file: URLs a Linux desktop entry passes with %U', () => {
    const app = new EventEmitter();
    const inbox = createOpenedFileInbox();
    collectOpenedBundles(app as unknown as OpenFileSource, ['draaiboek'], '/home/a', inbox, () => undefined);
    app.emit('second-instance', {}, ['draaiboek', 'file:///media/USB%20STICK/Voorbeeldstad-r4.draaiboek'], '/');
    expect(inbox.take()).toBe('/media/USB STICK/Voorbeeldstad-r4.draaiboek');
  });
});

describe('one argument the OS handed over', () => {
  it('turns a file: URL into a path on each platform', () => {
    expect(normaliseOpenedArgument('file:///home/a/plan%20r4.draaiboek', '/x', 'linux')).toBe('/home/a/plan r4.draaiboek');
    expect(normaliseOpenedArgument('file:///C:/Users/a/plan.draaiboek', 'D:\\', 'win32')).toBe('C:\\Users\\a\\plan.draaiboek');
    expect(normaliseOpenedArgument('file://elders/share/plan.draaiboek', '/x', 'linux')).toBeUndefined();
  });

  it('resolves a relative path against the given working folder', () => {
    expect(normaliseOpenedArgument('../stick/plan.draaiboek', '/home/a/docs', 'linux')).toBe('/home/a/stick/plan.draaiboek');
    expect(normaliseOpenedArgument('plan.draaiboek', 'E:\\Stick', 'win32')).toBe('E:\\Stick\\plan.draaiboek');
    expect(normaliseOpenedArgument('E:\\Stick\\plan.draaiboek', 'C:\\Users\\a', 'win32')).toBe('E:\\Stick\\plan.draaiboek');
    expect(normaliseOpenedArgument('/media/stick/./plan.draaiboek', '/home/a', 'darwin')).toBe('/media/stick/plan.draaiboek');
  });

  it('refuses other URL schemes', () => {
    expect(normaliseOpenedArgument('https://example.org/plan.draaiboek', '/home/a', 'linux')).toBeUndefined();
    expect(normaliseOpenedArgument('draaiboek://plan.draaiboek', '/home/a', 'linux')).toBeUndefined();
  });
});
