/**
 * Child process: the minimal Bot Framework bot on the product's stack, the baseline the Teams
 * door is compared with. CloudAdapter on restify, no app id (no token checks, like the product
 * in development mode), an ActivityHandler that echoes: no dialogs, no state, no store. Plain
 * JavaScript on plain node, like the compiled product.
 */
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';
import { serveParent } from '../child-side.mjs';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant' }));
const bot = new EchoBot();
const server = restify.createServer({ name: 'echo-bot' });
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
serveParent({
  ready: { url: `http://127.0.0.1:${server.address().port}` },
  stop: async () => {
    server.server.closeAllConnections();
    await new Promise((resolve) => server.close(() => resolve()));
  },
});
