import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createApp } from '../../app.js';
import { loadEnvFileIfPresent } from '../../env-file.js';
import { DEMO } from '../../store/demo-data.js';
import { ConsoleAdapter } from './console-adapter.js';

/**
 * `npm run chat [-- --user <console id>]`: the same bot on the embedded store, in the terminal.
 * With piped input each line is one turn; the replies are printed and it exits at end of input.
 */
async function main(): Promise<void> {
  loadEnvFileIfPresent();
  const { values } = parseArgs({ options: { user: { type: 'string', default: DEMO.consoleUser }, data: { type: 'string' } } });
  const app = await createApp({ dataFile: values.data ?? process.env['DATA_FILE'] ?? 'data/db.json' });
  const interactive = process.stdin.isTTY === true;
  const adapter = new ConsoleAdapter(values.user ?? DEMO.consoleUser, (text) => process.stdout.write(`${text}\n\n`));
  adapter.onTurnError = async (context, error) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    await app.bot.handleTurnError(context);
  };
  const lines = createInterface({ input: process.stdin, terminal: interactive });
  if (interactive) process.stdout.write(`Partner Support (as "${values.user}"). Ask in English or Korean; Ctrl+D to quit.\n> `);
  for await (const line of lines) {
    if (line.trim()) await adapter.say(line, (context) => app.bot.run(context));
    if (interactive) process.stdout.write('> ');
  }
  await app.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
