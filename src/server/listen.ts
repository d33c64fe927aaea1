/** Listening, a clear error when the port is taken, and graceful shutdown. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Application } from 'express';

export interface ListenOptions {
  /** Port; 0 picks a free one. Default 3000. */
  port?: number;
  /** Interface to bind. Default 127.0.0.1 (never all interfaces unless asked). */
  host?: string;
}

export interface RunningServer {
  server: Server;
  url: string;
  port: number;
  /** Stop accepting connections, let open requests finish (at most `graceMs`, default 5 s), then close. */
  close(graceMs?: number): Promise<void>;
}

/** Listen, resolving once bound; a taken port rejects with a message naming it. */
export function listen(app: Application, options: ListenOptions = {}): Promise<RunningServer> {
  const port = options.port ?? 3000;
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') reject(new Error(`port ${port} on ${host} is already in use; pick another with --port`));
      else if (err.code === 'EACCES') reject(new Error(`no permission to listen on port ${port} on ${host}`));
      else reject(err);
    });
    server.once('listening', () => {
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        server,
        port: address.port,
        url: `http://${shownHost}:${address.port}/`,
        close: (graceMs = 5000) => closeServer(server, graceMs),
      });
    });
  });
}

function closeServer(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
    // Keep-alive browsers hold sockets open; after the grace period cut them.
    setTimeout(() => server.closeAllConnections(), graceMs).unref();
  });
}

/** Close the server on SIGINT/SIGTERM, then exit; a second signal exits at once. */
export function closeOnSignals(running: RunningServer, onClosed: () => void = () => process.exit(0)): () => void {
  let closing = false;
  const handler = () => {
    if (closing) process.exit(1);
    closing = true;
    void running.close().then(onClosed);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
