import './heap';
import './register-paths';
import 'reflect-metadata';
import {
  applyMigrations,
  FirstStartService,
  hasPendingMigrations,
  JsonLogger,
  openDatabase,
  securityHeaders,
  ShutdownState,
} from '@assay/api/core';
import { ConsoleLogger, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { AppModule } from './app.module';
import { CatalogDemoSeeder } from './demo/catalog-demo-seeder';
import { DemoSeeder } from './demo/demo-seeder';
import { EvaluationDemoSeeder } from './demo/evaluation-demo-seeder';
import { AcceptanceDemoSeeder } from './demo/acceptance-demo-seeder';
import { DecisionDemoSeeder } from './demo/decision-demo-seeder';
import { FeedbackDemoSeeder } from './demo/feedback-demo-seeder';
import { TestingDemoSeeder } from './demo/testing-demo-seeder';
import { configOrExit } from './config-or-exit';

async function bootstrap(): Promise<void> {
  const config = configOrExit();
  const levels = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
  const logLevels = [...levels.slice(0, levels.indexOf(config.ASSAY_LOG_LEVEL) + 1), 'fatal' as const];
  // Development: Nest's coloured lines. Otherwise one JSON object per line, cheap enough for every request.
  const logger = config.isDevelopment
    ? new ConsoleLogger('Assay', { colors: true, logLevels })
    : new JsonLogger(logLevels);
  Logger.overrideLogger(logger);

  const database = await openDatabase(config);
  if (database.engine === 'pglite') {
    await applyMigrations(database.dataSource);
  } else if (await hasPendingMigrations(database.dataSource)) {
    logger.error(
      'The database schema is behind this version of Assay. Run `npm run db:migrate` (with the same DATABASE_URL), then start again.',
    );
    await database.close();
    process.exit(1);
  }

  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, database.dataSource), {
    logger,
    abortOnError: false,
  });
  app.set('trust proxy', config.ASSAY_TRUST_PROXY);
  app.disable('x-powered-by');
  // No ETag on API answers: hashing every response body costs each request, and a client never
  // sends them back (static files keep theirs, from serve-static).
  app.set('etag', false);
  app.use(securityHeaders());
  app.use(cookieParser());
  // Before init: Nest registers its not-found handler during init, and anything added later never runs.
  serveWebApp(app, config.ASSAY_WEB_DIR ?? join(__dirname, '..', '..', '..', '..', 'web', 'browser'));
  await app.init();

  await app.get(FirstStartService).run(config.demoEnabled ? 'Riverbend Library Consortium (demo)' : undefined);
  if (config.demoEnabled) {
    await app.get(DemoSeeder).seedIfEmpty();
    await app.get(CatalogDemoSeeder).seedIfEmpty();
    await app.get(EvaluationDemoSeeder).seedIfEmpty();
    await app.get(TestingDemoSeeder).seedIfEmpty();
    await app.get(AcceptanceDemoSeeder).seedIfEmpty();
    await app.get(DecisionDemoSeeder).seedIfEmpty();
    await app.get(FeedbackDemoSeeder).seedIfEmpty();
  }

  const shutdownState = app.get(ShutdownState);
  const shutdown = async (signal: NodeJS.Signals) => {
    if (!shutdownState.beginDraining()) {
      logger.warn(`${signal} again: still finishing the requests in flight.`);
      return;
    }
    logger.log(
      `${signal}: finishing the requests in flight (up to ${config.ASSAY_SHUTDOWN_TIMEOUT_MS} ms), then stopping.`,
    );
    const drained = await drain(app.getHttpServer() as Server, config.ASSAY_SHUTDOWN_TIMEOUT_MS);
    if (!drained) {
      logger.error(`Requests still running after ${config.ASSAY_SHUTDOWN_TIMEOUT_MS} ms were cut off.`);
    }
    try {
      // Cut off, a request may still hold the database: give closing it one more timeout at most.
      const closing = (async () => {
        await app.close();
        await database.close();
      })();
      await (drained ? closing : Promise.race([closing, delay(config.ASSAY_SHUTDOWN_TIMEOUT_MS)]));
    } catch (error) {
      logger.error(`Stopping failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
    process.exit(drained ? 0 : 1);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  await app.listen(config.PORT, config.HOST);
  const url = await app.getUrl();
  logger.log(
    `Assay is serving ${url.replace('[::1]', 'localhost').replace('0.0.0.0', 'localhost')} on the ${database.engine === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL server'}`,
  );
}

/**
 * Stops accepting connections and waits for the requests in flight. Keep-alive connections are
 * closed as soon as they are idle (including those that finish a request meanwhile); after
 * `timeoutMs` every connection left is cut. True when everything finished in time.
 */
function drain(server: Server, timeoutMs: number): Promise<boolean> {
  return new Promise((resolveDrain) => {
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    const timeout = setTimeout(() => {
      clearInterval(idle);
      server.closeAllConnections();
      resolveDrain(false);
    }, timeoutMs);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(timeout);
      resolveDrain(true);
    });
    server.closeIdleConnections();
  });
}

/** Paths the API answers itself; every other GET is the web app's. */
const API_PATHS = ['/graphql', '/health', '/ready', '/metrics', '/api/'];

function isApiPath(path: string): boolean {
  return API_PATHS.some((prefix) => path.startsWith(prefix));
}

/**
 * The built web app on the same port: static files, and index.html for the app's own routes. Its
 * files go compressed to browsers that accept it (a reverse proxy that compresses sees them already
 * encoded); the API's own answers are left as they are.
 */
function serveWebApp(app: NestExpressApplication, webDir: string): void {
  const index = join(webDir, 'index.html');
  if (!existsSync(index)) {
    Logger.warn(`No web app at ${webDir}: serving the API only (run \`npm run build\`).`, 'Web');
    return;
  }
  const compress = compression();
  app.use((req: Request, res: Response, next: NextFunction) =>
    isApiPath(req.path) ? next() : compress(req, res, next),
  );
  app.useStaticAssets(webDir, {
    index: false,
    maxAge: '1h',
    setHeaders: (res, path) => path.endsWith('.html') && res.setHeader('Cache-Control', 'no-cache'),
  });
  app.use(
    (
      req: { method: string; path: string; accepts(type: string): string | false },
      res: { setHeader(n: string, v: string): void; sendFile(path: string): void },
      next: () => void,
    ) => {
      if ((req.method === 'GET' || req.method === 'HEAD') && !isApiPath(req.path) && req.accepts('html')) {
        res.setHeader('Cache-Control', 'no-cache');
        res.sendFile(index);
        return;
      }
      next();
    },
  );
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`Assay could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
