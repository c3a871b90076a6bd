/**
 * Builds the whole server on one HTTP server and one port: Express for HTTP, `/sync/*` upgrades
 * to the Yjs sync server, `/control` to socket.io. `startServer` is what main.ts and the tests use.
 */
import { staticFiles } from './http/staticFiles.ts';
import express from 'express';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CONTROL_PATH } from '@cb/shared/protocol';
import { AccessResolver } from './access.ts';
import type { Config } from './config.ts';
import { ControlServer } from './control/ControlServer.ts';
import { createCipher, loadDataKey } from './crypto.ts';
import type { Deps } from './deps.ts';
import { DocAudit } from './docAudit.ts';
import { LocalBus } from './bus/LocalBus.ts';
import { SoleOwner } from './bus/Ownership.ts';
import { csrfProtection } from './http/csrf.ts';
import { errorHandler, notFoundHandler } from './http/errors.ts';
import { openLimits } from './http/limitStores.ts';
import { Hub } from './hub.ts';
import { LobbyService } from './lobby.ts';
import { RoomService } from './room.ts';
import type { Logger } from './logger.ts';
import { paperworkRoutes } from './routes/paperwork.ts';
import { conferenceRoutes } from './routes/conferences.ts';
import { inviteeRoutes } from './routes/invitees.ts';
import { joinRoutes } from './routes/join.ts';
import { linkRoutes } from './routes/links.ts';
import { lobbyRoutes } from './routes/lobby.ts';
import { sessionRoutes } from './routes/session.ts';
import { exportRoutes } from './routes/exports.ts';
import { snapshotRoutes } from './routes/snapshots.ts';
import { userRoutes } from './routes/users.ts';
import { ConferenceCloser } from './snapshots/ConferenceCloser.ts';
import { RetentionJob } from './snapshots/Retention.ts';
import { Snapshotter } from './snapshots/Snapshotter.ts';
import { SqliteStore } from './store/SqliteStore.ts';
import type { Store } from './store/Store.ts';
import { DocHost } from './sync/DocHost.ts';
import { SyncServer } from './sync/SyncServer.ts';
import { RenderPool } from './minutes/renderPool.ts';

export interface RunningServer {
  deps: Deps;
  port: number;
  url: string;
  sync: SyncServer;
  /** The documents this process holds (both of each conference's). */
  docs: DocHost;
  snapshotter: Snapshotter;
  /** Null unless CB_RETENTION_DAYS is set. */
  retention: RetentionJob | null;
  close(): Promise<void>;
}

/** Parts built beside Deps whose routes need them. */
export interface AppParts {
  snapshotter: Snapshotter;
  closer: ConferenceCloser;
  renders: RenderPool;
}

const SPA_ROUTES = ['/', '/signin', '/admin', '/admin/*rest', '/c/*rest'];

function securityHeaders(publicUrl: string | undefined): express.RequestHandler {
  // Sockets only to our own origin: CSP Level 3 lets 'self' match ws(s) to this host; older
  // browsers need the ws(s) form of the public URL spelled out.
  const socketOrigin = publicUrl ? new URL(publicUrl).origin.replace(/^http/, 'ws') : null;
  const connectSrc = socketOrigin ? `'self' ${socketOrigin}` : "'self'";
  return (_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader(
      'Content-Security-Policy',
      `default-src 'self'; connect-src ${connectSrc}; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'`,
    );
    next();
  };
}

/** The request path with secrets cut out, for logs. */
export function loggablePath(p: string): string {
  return p.replace(/^\/join\/[^/?]+/, '/join/:token').split('?')[0] ?? '';
}

export function buildApp(deps: Deps, parts?: AppParts): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // CB_TRUST_PROXY: which proxies may name the client (X-Forwarded-For); req.ip follows it.
  app.set('trust proxy', deps.config.trustProxy);
  app.use(securityHeaders(deps.config.publicUrl));
  app.use((req, res, next) => {
    const started = performance.now();
    res.on('finish', () =>
      deps.log.debug(
        {
          method: req.method,
          path: loggablePath(req.originalUrl),
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        },
        'request',
      ),
    );
    next();
  });
  app.get('/healthz', async (_req, res) => {
    const ok = await deps.store.ping().catch(() => false);
    res.status(ok ? 200 : 503).json({ ok });
  });
  app.use(express.json({ limit: '256kb' }));
  app.use('/join', express.urlencoded({ extended: false, limit: '16kb' }));
  app.use(csrfProtection(deps.config.publicUrl));
  app.use(sessionRoutes(deps));
  app.use(userRoutes(deps));
  app.use(conferenceRoutes(deps));
  app.use(paperworkRoutes(deps));
  app.use(linkRoutes(deps));
  app.use(inviteeRoutes(deps));
  app.use(lobbyRoutes(deps));
  app.use(joinRoutes(deps));
  if (parts) app.use(snapshotRoutes(deps, parts.snapshotter, parts.closer));
  if (parts) app.use(exportRoutes(deps, parts.snapshotter, parts.renders));
  app.use('/api', notFoundHandler);

  const dist = deps.config.clientDist;
  const indexFile = path.join(dist, 'index.html');
  app.use(staticFiles(dist));
  app.get(SPA_ROUTES, (_req, res) => {
    if (fs.existsSync(indexFile)) {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(indexFile);
    } else {
      res
        .status(503)
        .type('text')
        .send('The web client has not been built yet. Run `npm run build` (npm start does it for you).');
    }
  });
  app.use(notFoundHandler);
  app.use(errorHandler(deps.log));
  return app;
}

/**
 * Opens the store and starts serving. `prepare` runs after the store is open and before the port
 * is opened (first admin, demo data), so the first request never finds a half-made server.
 */
export async function startServer(
  config: Config,
  log: Logger,
  store?: Store,
  prepare?: (deps: Deps) => Promise<void>,
): Promise<RunningServer> {
  fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const cipher = createCipher(loadDataKey(config.dataKey, config.dataDir).key);
  const limits = await openLimits(config, log);
  const theStore = store ?? new SqliteStore(path.join(config.dataDir, 'conference-board.sqlite'), cipher);
  // One process: the bus is in-process and this process owns every conference.
  const processId = `${os.hostname()}:${process.pid}`;
  const bus = new LocalBus(log);
  const ownership = new SoleOwner(processId);
  const hub = new Hub(bus, processId);
  const deps: Deps = {
    config,
    log,
    store: theStore,
    access: new AccessResolver(theStore),
    hub,
    bus,
    lobby: new LobbyService(theStore, hub, bus),
    room: new RoomService(theStore, bus),
    limits,
  };
  const docs = new DocHost(theStore, ownership, log, {
    docIdleMs: config.docIdleMs,
    compactAfterUpdates: config.compactAfterUpdates,
    benchBroadcastFirst: config.benchBroadcastFirst,
  });
  const sync = new SyncServer(docs, deps.access, hub, bus, log, {
    publicUrl: config.publicUrl,
    pingIntervalMs: config.pingIntervalMs,
  });
  docs.onDocumentApplied(new DocAudit(theStore, docs, log).onApplied);
  const snapshotter = new Snapshotter(theStore, docs, bus, log, config.snapshotIntervalMs);
  const closer = new ConferenceCloser(theStore, docs, snapshotter, bus, log);
  const retention =
    config.retentionDays === undefined ? null : new RetentionJob(theStore, sync, log, config.retentionDays);
  const renders = new RenderPool({ workers: config.exportWorkers }, log);
  const app = buildApp(deps, { snapshotter, closer, renders });
  const server = http.createServer(app);
  const control = new ControlServer(server, deps, docs);
  server.on('upgrade', (req, socket, head) => {
    if (sync.handles(req)) void sync.handleUpgrade(req, socket, head);
    else if (!(req.url ?? '').startsWith(`${CONTROL_PATH}/`)) socket.destroy();
    // /control upgrades are handled by socket.io's own listener.
  });
  const sessionSweep = setInterval(
    () => void theStore.deleteExpiredSessions(new Date().toISOString()).catch(() => 0),
    3_600_000,
  );
  sessionSweep.unref();

  try {
    await prepare?.(deps);
  } catch (err) {
    clearInterval(sessionSweep);
    await snapshotter.close();
    await sync.close();
    await control.close();
    await renders.close();
    await theStore.close();
    await limits.close();
    await bus.close();
    throw err;
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  // After prepare: the first pass never races the first admin or the demo being made.
  retention?.start();
  let closing: Promise<void> | null = null;
  return {
    deps,
    port,
    url: `http://127.0.0.1:${port}`,
    sync,
    docs,
    snapshotter,
    retention,
    close: () => {
      closing ??= (async () => {
        clearInterval(sessionSweep);
        await retention?.stop();
        await snapshotter.close();
        await sync.close();
        await control.close();
        server.closeAllConnections();
        if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
        await renders.close();
        await theStore.close();
        await limits.close();
        await bus.close();
      })();
      return closing;
    },
  };
}
