// One process, one origin: the built editor, the JSON API, the published pages and the
// Hocuspocus WebSocket on a single HTTP server.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { createApi } from './api';
import { CLOSE, createCollab } from './collab';
import { createFloodLimit } from './floodLimit';
import type { ServerConfig } from './config';
import { sendJson } from './httpUtil';
import { PUBLISHED_PAGE_HEADERS, renderPublishedPage } from './publishedPage';
import { isValidId } from './secrets';
import { serveStatic } from './staticFiles';
import { openStorage } from './storage';
import { createStore } from './store';

export type RunningServer = Awaited<ReturnType<typeof startServer>>;

/** Browsers always send Origin; it must be the server's own or one allowed. Other clients send none. */
export function isOriginAllowed(req: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (allowed.includes(origin)) return true;
  const host = req.headers.host;
  return allowed.length === 0 && host !== undefined && (origin === `http://${host}` || origin === `https://${host}`);
}

export async function startServer(config: ServerConfig) {
  const storage = await openStorage(config);
  const store = createStore(storage);
  const collab = createCollab(config, store);
  const api = createApi(store, collab);

  const http = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (await api.handle(req, res, path)) return;
    const published = /^\/p\/([^/]+)$/.exec(path);
    if (published && req.method === 'GET') {
      const id = published[1];
      const row = isValidId(id) ? await store.getDocument(id).catch(() => undefined) : undefined;
      if (!row?.published) return sendJson(res, 404, { error: 'not-found' });
      res.writeHead(200, PUBLISHED_PAGE_HEADERS);
      return res.end(renderPublishedPage(await api.current(id)));
    }
    if ((req.method === 'GET' || req.method === 'HEAD') && serveStatic(res, config.distDir, path)) return;
    sendJson(res, 404, { error: 'not-found' });
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes });
  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!isOriginAllowed(req, config.allowedOrigins)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      // A message over maxPayload (or a broken frame) is an error on this socket only: close it, keep serving.
      ws.on('error', () => ws.terminate());
      // Flood limit per connection, counted before Hocuspocus reads a message: past it, nothing more is read.
      const flood = createFloodLimit(config.messagesPerSecond, config.messageBurst);
      ws.on('message', () => {
        if (flood.take()) return;
        ws.removeAllListeners('message');
        ws.close(CLOSE.flood.code, CLOSE.flood.reason);
        setTimeout(() => ws.terminate(), 1000).unref();
      });
      collab.hocuspocus.handleConnection(ws, req);
    });
  });

  await new Promise<void>((resolve) => http.listen(config.port, config.host, resolve));
  const { port } = http.address() as AddressInfo;
  return {
    port,
    url: `http://${config.host}:${port}`,
    wsUrl: `ws://${config.host}:${port}`,
    store,
    collab,
    storage,
    async stop() {
      await collab.stop();
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await storage.close();
    },
  };
}
