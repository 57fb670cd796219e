/** A local HTTP test server for fetch and pipeline tests. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface TestServer {
  /** Like `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  /** Stops listening and destroys open sockets, so a stalled response cannot keep a test alive. */
  close(): Promise<void>;
}

/** A real HTTP server on loopback (`host` defaults to 127.0.0.1; other 127.x addresses work on Linux), port 0. */
export async function startServer(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  host = '127.0.0.1',
): Promise<TestServer> {
  const sockets = new Set<Socket>();
  const server = createServer(handler);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
