/**
 * The file store on its own: uploads hashed and counted as they stream in, stopped past the limit,
 * kept under their hash; at start, what crashed uploads left long ago is cleared and the rest kept.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { FileStore } from '../src/storage/file-store';
import { freshFilesDir, incomingFiles } from './helpers/files';

describe('the file store', () => {
  it('hashes and counts an upload as it streams, and keeps it under its hash', async () => {
    const store = new FileStore(freshFilesDir(), 1024);
    const content = Buffer.from('báo cáo thành tích');
    const received = await store.receive(Readable.from([content.subarray(0, 5), content.subarray(5)]));
    expect(received).toMatchObject({
      sha256: createHash('sha256').update(content).digest('hex'),
      sizeBytes: content.length,
      tooLarge: false,
    });
    await store.keep(received);
    expect(readFileSync(store.pathOf(received.sha256))).toEqual(content);
    expect(incomingFiles(store.dir)).toEqual([]);
  });

  it('stops writing past its limit and says the upload was too large', async () => {
    const store = new FileStore(freshFilesDir(), 10);
    const received = await store.receive(Readable.from([Buffer.alloc(8), Buffer.alloc(8)]));
    expect(received.tooLarge).toBe(true);
    expect(readFileSync(received.tempPath).length).toBeLessThanOrEqual(10);
    await store.discard(received);
    expect(incomingFiles(store.dir)).toEqual([]);
  });

  it('names files only by a SHA-256, so no name can lead out of its folder', () => {
    const store = new FileStore(freshFilesDir(), 10);
    expect(() => store.pathOf('../../etc/passwd')).toThrow(/not a SHA-256/);
    expect(store.pathOf('ab'.repeat(32))).toBe(path.join(store.dir, 'ab', 'ab'.repeat(32)));
  });

  it('clears at start what crashed uploads left more than a day ago, and keeps uploads in progress', async () => {
    const store = new FileStore(freshFilesDir(), 10);
    await store.prepare();
    const incoming = path.join(store.dir, 'incoming');
    writeFileSync(path.join(incoming, 'old'), 'x');
    writeFileSync(path.join(incoming, 'recent'), 'x');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    utimesSync(path.join(incoming, 'old'), twoDaysAgo, twoDaysAgo);
    await store.prepare();
    expect(existsSync(path.join(incoming, 'old'))).toBe(false);
    expect(incomingFiles(store.dir)).toEqual(['recent']);
  });
});
