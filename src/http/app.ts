import express, { type Express, type Router } from 'express';
import { webChatRouter } from '../channels/web.js';
import type { Core } from '../app.js';
import { errorHandler } from './errors.js';
import { webPage } from './web-page.js';

/** The HTTP surface: web chat, health, and the routers of the enabled channels. No business logic here. */
export function createHttpApp(core: Core, channelRouters: Router[] = []): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', async (_req, res) => {
    try {
      await core.services.store.ping();
      res.json({ ok: true, demoMode: core.demoMode });
    } catch {
      res.status(503).json({ ok: false });
    }
  });
  app.get('/', webPage(core.services.translator, core.services.province.languages, core.services.province.name));
  for (const router of channelRouters) app.use(router);
  app.use(express.json({ limit: '16kb' }));
  app.use(webChatRouter(core.conversation));
  app.use(errorHandler);
  return app;
}
