/**
 * An orderly stop of the HTTP listener: it stops accepting, answers in full every request it has
 * already received, closes keep-alive connections after their current response, and cuts what is
 * still running when the grace period ends — and says how many requests were drained and how many
 * cut.
 *
 * Why not `fastify.close()` alone: Node's `server.close()` closes the listening socket at once, and
 * with it every connection still waiting in the listen backlog — the kernel has completed them, the
 * client has sent its request — while libuv accepts only one connection per event-loop turn, so a
 * busy process has many waiting. It also closes every connection it deems idle, and a connection is
 * idle until its request has been read from the socket. Both were reset (46 of 64 heavy requests
 * in flight at SIGTERM), and Fastify answered requests read during the close with a bare 503.
 */
import net from 'node:net';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface DrainOutcome {
  /** Requests answered after the stop began. */
  drained: number;
  /** Requests whose connection was closed under them when the grace period ended. */
  cut: number;
}

/**
 * At least one whole turn of the event loop, poll phase included (where a connection is accepted and
 * sockets are read): an immediate set from the poll phase would run before the next poll, one set
 * from the check phase after it.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));

export class RequestDrain {
  private stopping = false;
  private drained = 0;
  private accepted = 0;
  private server: Server | undefined;
  private readonly connections = new Set<net.Socket>();
  private readonly inFlight = new Set<ServerResponse>();
  /** Requests in flight per connection: a pipelined one must be answered before the connection closes. */
  private readonly perSocket = new Map<net.Socket, number>();
  private settle: (() => void) | undefined;

  /** True from the moment the stop begins: readiness answers 503, responses close their connection. */
  get isStopping(): boolean {
    return this.stopping;
  }

  get inFlightCount(): number {
    return this.inFlight.size;
  }

  /** Follows the server's connections and requests; call before it listens. */
  attach(server: Server): void {
    this.server = server;
    server.on('connection', (socket: net.Socket) => {
      this.accepted += 1;
      this.connections.add(socket);
      socket.once('close', () => {
        this.connections.delete(socket);
        if (this.stopping && this.connections.size === 0) this.settle?.();
      });
    });
    // First in line, so the request is counted before any handler can answer it.
    server.prependListener('request', (request: IncomingMessage, response: ServerResponse) =>
      this.track(request.socket, response),
    );
  }

  /**
   * Whether a response about to be sent should close its connection: during a stop, unless another
   * request on the same connection still waits for its answer.
   */
  shouldClose(socket: net.Socket): boolean {
    return this.stopping && (this.perSocket.get(socket) ?? 0) <= 1;
  }

  /**
   * Stops the server and waits for its requests, at most `graceMs` (then cuts them). Resolves when
   * no connection is left; the owner still has to run its own close (Fastify's onClose hooks).
   */
  async drain(graceMs: number): Promise<DrainOutcome> {
    const server = this.server;
    if (!server) throw new Error('RequestDrain.drain() before attach()');
    this.stopping = true;
    for (const response of this.inFlight) {
      if (!response.headersSent && this.shouldClose(response.req.socket)) response.setHeader('connection', 'close');
    }
    const deadline = Date.now() + graceMs;
    // Connections waiting in the listen backlog are accepted (one a turn, and a busy turn is slow)
    // until a turn brings none, or the grace period is over.
    let before: number;
    do {
      before = this.accepted;
      await nextTurn();
    } while (this.accepted > before && Date.now() < deadline);
    // Stops listening. net's close, not http's: http's would also close "idle" connections at once.
    net.Server.prototype.close.call(server);
    // Another turn: the connections just accepted get their bytes read, and one whose request has
    // begun to arrive is no longer idle. Only connections that have sent nothing are closed.
    await nextTurn();
    server.closeIdleConnections();

    // Every connection left carries a request, complete or still arriving: wait for all to close.
    let timer: NodeJS.Timeout | undefined;
    const allClosed = new Promise<'closed'>((resolve) => {
      this.settle = () => resolve('closed');
      if (this.connections.size === 0) resolve('closed');
    });
    const graceOver = new Promise<'cut'>((resolve) => {
      timer = setTimeout(() => resolve('cut'), Math.max(0, deadline - Date.now()));
    });
    const cutting = (await Promise.race([allClosed, graceOver])) === 'cut';
    clearTimeout(timer);
    // Requests being answered, and requests still arriving on a connection that has none yet.
    const arriving = [...this.connections].filter((socket) => !this.perSocket.has(socket)).length;
    const cut = cutting ? this.inFlight.size + arriving : 0;
    server.closeAllConnections();
    return { drained: this.drained, cut };
  }

  private track(socket: net.Socket, response: ServerResponse): void {
    this.inFlight.add(response);
    this.perSocket.set(socket, (this.perSocket.get(socket) ?? 0) + 1);
    response.once('close', () => {
      this.inFlight.delete(response);
      const left = (this.perSocket.get(socket) ?? 1) - 1;
      if (left === 0) this.perSocket.delete(socket);
      else this.perSocket.set(socket, left);
      if (!this.stopping) return;
      if (response.writableFinished) this.drained += 1;
      // A response whose headers went out before the stop kept its connection open: close it now
      // that it is idle (one that said "close" is closed by Node itself).
      setImmediate(() => this.server?.closeIdleConnections());
    });
  }
}
