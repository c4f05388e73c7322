/**
 * Dossier files on disk, named by their SHA-256 under one directory (FILES_DIR): the same content
 * is kept once, whatever documents name it. An upload is streamed to a private file under
 * `incoming/` while it is hashed and counted, and moved to its name (a rename on the same
 * filesystem, so a reader never sees half a file) only once the upload is accepted.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { access, constants, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A temporary file this old is what an upload cut short by a crash left: no upload takes a day. */
const STALE_INCOMING_MS = 24 * 60 * 60 * 1000;

/** An upload received into a temporary file, not yet kept. */
export interface ReceivedFile {
  readonly tempPath: string;
  readonly sha256: string;
  readonly sizeBytes: number;
  /** More than the store's limit was sent: what was received is only the beginning. */
  readonly tooLarge: boolean;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export class StoredFileMissingError extends Error {
  override name = 'StoredFileMissingError';
}

export class FileStore {
  constructor(
    readonly dir: string,
    readonly maxBytes: number,
  ) {}

  /**
   * At start: the folder exists and can be written (or the operator hears of it now, not at the first
   * upload), and what crashed uploads left in `incoming/` long ago is cleared. Recent files there may
   * be other replicas' uploads in progress, so they stay.
   */
  async prepare(now = Date.now()): Promise<void> {
    const incoming = path.join(this.dir, 'incoming');
    await mkdir(incoming, { recursive: true });
    await access(incoming, constants.W_OK);
    for (const name of await readdir(incoming)) {
      const file = path.join(incoming, name);
      const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: now }));
      if (now - mtimeMs > STALE_INCOMING_MS) await rm(file, { force: true });
    }
  }

  /** Where the content of this hash is kept: two levels of directories keep each one small. */
  pathOf(sha256: string): string {
    // The name is built only from a hash the service computed or read back; anything else is a bug.
    if (!SHA256_HEX.test(sha256)) throw new Error(`not a SHA-256 in hex: ${sha256}`);
    return path.join(this.dir, sha256.slice(0, 2), sha256);
  }

  /**
   * Streams `source` to a temporary file, hashing and counting it. Past `maxBytes` it stops writing
   * and reads the rest to nothing (the client is still sending), and says the file was too large.
   */
  async receive(source: Readable & { truncated?: boolean }): Promise<ReceivedFile> {
    const incoming = path.join(this.dir, 'incoming');
    await mkdir(incoming, { recursive: true });
    const tempPath = path.join(incoming, randomUUID());
    const hash = createHash('sha256');
    let sizeBytes = 0;
    const limit = this.maxBytes;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        sizeBytes += chunk.length;
        if (sizeBytes > limit) return done();
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, counter, createWriteStream(tempPath, { mode: 0o600 }));
    } catch (error) {
      await rm(tempPath, { force: true });
      throw error;
    }
    // A multipart parser stops at its own limit and marks the stream truncated.
    const tooLarge = sizeBytes > limit || source.truncated === true;
    return { tempPath, sha256: hash.digest('hex'), sizeBytes, tooLarge };
  }

  /** Moves a received file to its name (replacing a copy already there: the content is the same). */
  async keep(file: ReceivedFile): Promise<void> {
    const target = this.pathOf(file.sha256);
    await mkdir(path.dirname(target), { recursive: true });
    await rename(file.tempPath, target);
  }

  /** Removes what is left of a received file (nothing, once it was kept). */
  async discard(file: ReceivedFile): Promise<void> {
    await rm(file.tempPath, { force: true });
  }

  async remove(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }

  /** The kept content and its size; StoredFileMissingError when it is not on disk. */
  async open(sha256: string): Promise<{ stream: ReadStream; sizeBytes: number }> {
    const file = this.pathOf(sha256);
    try {
      const { size } = await stat(file);
      return { stream: createReadStream(file), sizeBytes: size };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new StoredFileMissingError(`the file ${sha256} is not in the file store (${this.dir})`);
      throw error;
    }
  }
}
