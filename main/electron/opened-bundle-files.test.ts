import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { bundlePathsFromArgv, collectOpenedBundles, createOpenedFileInbox, type OpenFileSource } from './opened-bundle-files.js';

describe('bundle files opened with the app', () => {
  it('finds bundle paths on a command line, not flags or the data folder', () => {
    expect(bundlePathsFromArgv(['--data-dir', '/tmp/x.draaiboek', '--inspect', 'E:\\plan-r4.DRAAIBOEK', 'notities.txt'])).toEqual(['E:\\plan-r4.DRAAIBOEK']);
  });

  it('queues the first start, a second start and macOS open-file, and tells the page each time', () => {
    const app = new EventEmitter();
    const inbox = createOpenedFileInbox();
    const announced: string[] = [];
    collectOpenedBundles(app as unknown as OpenFileSource, ['draaiboek', '/media/stick/eerste.draaiboek'], inbox, (path) => announced.push(path));
    let prevented = false;
    app.emit('open-file', { preventDefault: () => { prevented = true; } }, '/Volumes/STICK/tweede.draaiboek');
    app.emit('open-file', { preventDefault: () => undefined }, '/Volumes/STICK/foto.jpg');
    app.emit('second-instance', {}, ['draaiboek.exe', 'D:\\derde.draaiboek']);
    expect(prevented).toBe(true);
    expect(announced).toEqual(['/Volumes/STICK/tweede.draaiboek', 'D:\\derde.draaiboek']);
    expect([inbox.take(), inbox.take(), inbox.take(), inbox.take()]).toEqual([
      '/media/stick/eerste.draaiboek',
      '/Volumes/STICK/tweede.draaiboek',
      'D:\\derde.draaiboek',
      undefined,
    ]);
  });
});
