// `npm run server`: the collaboration server with embedded defaults (data in ./data, port 8080,
// loopback). DATABASE_URL: PostgreSQL instead; REDIS_URL: several processes share documents.
// The editor is built into dist/ first if it is not there yet.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from './config';
import { startServer } from './app';

const config = readConfig();
if (!existsSync(join(config.distDir, 'index.html')) && process.env.SKIP_BUILD !== '1') {
  process.stdout.write('Building the editor into dist/ ...\n');
  const { build } = await import('vite');
  await build({ logLevel: 'warn', build: { outDir: config.distDir } });
}
const server = await startServer(config);
process.stdout.write(
  `Trappa server listening on ${server.url} (storage: ${server.storage.description}${config.redisUrl ? ', redis' : ''})\n`,
);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
