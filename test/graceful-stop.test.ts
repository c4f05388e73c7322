/**
 * The stop itself, in-process and step by step: readiness turns 503 at once, a request that was
 * still arriving when the stop began is answered (and closes its connection), an idle keep-alive
 * connection is closed, the listener refuses new connections, and a request that outlives the
 * grace period is cut and counted.
 */
import net from 'node:net';
import type { RunningService } from '../src/main';
import { describeEachEngine } from './helpers/engines';
import { startService } from './helpers/service';

/** A raw connection to the service: what it has received, and whether the server closed it. */
function connect(url: string): Promise<{ socket: net.Socket; received: () => string; ended: Promise<void> }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    let text = '';
    const socket = net.connect(Number(port), hostname, () => resolve({ socket, received: () => text, ended }));
    const ended = new Promise<void>((done) => socket.once('close', () => done()));
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    socket.once('error', reject);
  });
}

const until = async (condition: () => boolean, what: string): Promise<void> => {
  for (let i = 0; i < 200 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
};

describeEachEngine(
  'an orderly stop',
  (ctx) => {
    let service: RunningService | undefined;
    afterEach(async () => {
      if (service?.server.server.listening) await service.stop();
      service = undefined;
    });

    it('answers a request still arriving, 503 on /readyz at once, closes idle keep-alive, refuses new', async () => {
      service = await startService(ctx, { SHUTDOWN_GRACE_SECONDS: '10' });
      const idle = await connect(service.url);
      idle.socket.write('GET /healthz HTTP/1.1\r\nHost: test\r\n\r\n');
      await until(() => idle.received().includes('"ok"'), 'the keep-alive answer');
      expect(idle.received()).toMatch(/connection: keep-alive/i);

      // Half a request: the server has read its first line, not the end of its headers.
      const arriving = await connect(service.url);
      arriving.socket.write('GET /readyz HTTP/1.1\r\nHost: test\r\n');
      await new Promise((resolve) => setTimeout(resolve, 50));

      const stopping = service.stop();
      arriving.socket.write('\r\n');
      await arriving.ended;
      expect(arriving.received()).toMatch(/^HTTP\/1\.1 503 /);
      expect(arriving.received()).toMatch(/connection: close/i);
      expect(arriving.received()).toContain('{"status":"stopping"}');
      await idle.ended;
      expect(idle.received()).not.toContain('HTTP/1.1 503');

      expect(await stopping).toEqual({ drained: 1, cut: 0 });
      await expect(connect(service.url)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    });

    it('cuts a request that outlives the grace period and counts it', async () => {
      service = await startService(ctx, { SHUTDOWN_GRACE_SECONDS: '0.3' });
      // Headers complete, body never finished: the request is in flight until the grace period ends.
      const hanging = await connect(service.url);
      hanging.socket.write(
        'POST /graphql HTTP/1.1\r\nHost: test\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"q',
      );
      await until(() => service!.inFlight() === 1, 'the request to be received');
      const started = Date.now();
      expect(await service.stop()).toEqual({ drained: 0, cut: 1 });
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      await hanging.ended;
      expect(hanging.received()).toBe('');
    });
  },
  { sqlite: 'file' },
);
