/**
 * HTTP requests whose every step a test can see: when the request's bytes have left the client
 * (so a signal sent then finds them in the server's socket, parsed or not), and how it ended — an
 * answer with its status, Connection header and body, or a connection error.
 */
import http from 'node:http';

export interface Answer {
  status: number;
  connection: string | undefined;
  body: string;
}

export interface SentRequest {
  /** Resolves once the whole request has been written to the socket. */
  written: Promise<void>;
  /** The answer, or the connection error (ECONNRESET, ECONNREFUSED…) as a rejection. */
  answer: Promise<Answer>;
}

export function postJson(url: string, body: unknown, agent?: http.Agent): SentRequest {
  const payload = JSON.stringify(body);
  let markWritten: () => void = () => undefined;
  const written = new Promise<void>((resolve) => (markWritten = resolve));
  const answer = new Promise<Answer>((resolve, reject) => {
    const request = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            connection: response.headers.connection,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    request.on('error', reject);
    request.on('finish', markWritten);
    request.end(payload);
  });
  answer.catch(() => markWritten());
  return { written, answer };
}
