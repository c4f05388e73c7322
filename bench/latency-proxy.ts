/**
 * A TCP proxy in front of MySQL that holds every chunk it forwards, in either direction, for a
 * fixed delay: a statement then costs a network's round trip, as it does when the database runs on
 * another host (on one host a statement is nearly free, which flatters designs that send many).
 * Order is kept per direction (a chunk is never sent before the one before it). Sub-millisecond
 * delays are kept exactly by polling on each turn of the event loop once a chunk is due within a
 * millisecond (timers have millisecond resolution); it runs in a process of its own, so that cost
 * lands on the load generator's core, not the server's.
 *
 *   node latency-proxy.js <listen port> <mysql host> <mysql port> <one-way delay ms>
 */
import net from 'node:net';

interface Held {
  due: bigint;
  chunk: Buffer;
  to: net.Socket;
}

/** Forwards `from` → `to`, each chunk `delayNs` later than it arrived. */
function delayedPipe(from: net.Socket, to: net.Socket, delayNs: bigint): void {
  const queue: Held[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const now = process.hrtime.bigint();
    while (queue.length && queue[0]!.due <= now) {
      const { chunk, to: target } = queue.shift()!;
      if (!target.destroyed) target.write(chunk);
    }
    schedule();
  };
  const schedule = () => {
    if (scheduled || !queue.length) return;
    scheduled = true;
    const waitMs = Number(queue[0]!.due - process.hrtime.bigint()) / 1e6;
    if (waitMs > 1.5) setTimeout(flush, Math.floor(waitMs - 1));
    else setImmediate(flush);
  };
  from.on('data', (chunk: Buffer) => {
    queue.push({ due: process.hrtime.bigint() + delayNs, chunk, to });
    schedule();
  });
  from.on('end', () => {
    // Close after what is held has gone.
    const drain = () => (queue.length ? setTimeout(drain, 1) : to.end());
    drain();
  });
}

export function startLatencyProxy(listenPort: number, host: string, port: number, delayMs: number): net.Server {
  const delayNs = BigInt(Math.round(delayMs * 1e6));
  const server = net.createServer((client) => {
    client.setNoDelay(true);
    const upstream = net.connect({ host, port, noDelay: true });
    delayedPipe(client, upstream, delayNs);
    delayedPipe(upstream, client, delayNs);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close);
    upstream.on('error', close);
    client.on('close', close);
    upstream.on('close', close);
  });
  return server.listen(listenPort, '127.0.0.1');
}

if (require.main === module) {
  const [listenPort, host, port, delayMs] = process.argv.slice(2);
  startLatencyProxy(Number(listenPort), host!, Number(port), Number(delayMs)).on('listening', () =>
    process.send?.('listening'),
  );
}
