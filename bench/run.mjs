// `npm run bench`: runs the TypeScript benchmarks with tsx (the @/ alias comes from tsconfig paths).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
const root = fileURLToPath(new URL('..', import.meta.url));
const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/main.ts'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
