/**
 * A TCP proxy on a loopback port in front of a server (MySQL), which a test can cut — the listener
 * closed and every connection through it dropped, as when the database host goes away — and restore
 * on the same port.
 */
import net from 'node:net';

export class TcpProxy {
  private listener: net.Server | undefined;
  private readonly pipes = new Set<net.Socket>();

  private constructor(
    private readonly target: { host: string; port: number },
    public port: number,
  ) {}

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    const proxy = new TcpProxy(target, 0);
    await proxy.restore();
    return proxy;
  }

  /** Listens again (on the same port once it has one) and forwards new connections. */
  async restore(): Promise<void> {
    const listener = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.pipes.add(socket);
        socket.on('close', () => this.pipes.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      listener.once('error', reject);
      listener.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (listener.address() as net.AddressInfo).port;
    this.listener = listener;
  }

  /** New connections are refused and open ones are reset. */
  async cut(): Promise<void> {
    const listener = this.listener;
    this.listener = undefined;
    for (const socket of this.pipes) socket.resetAndDestroy();
    this.pipes.clear();
    if (listener) await new Promise<void>((resolve) => listener.close(() => resolve()));
  }

  /** `url` (a mysql:// URL) with its host and port replaced by the proxy's. */
  urlThrough(url: string): string {
    const through = new URL(url);
    through.hostname = '127.0.0.1';
    through.port = String(this.port);
    return through.toString();
  }
}
