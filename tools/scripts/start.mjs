// `npm start`: the whole product on this machine — embedded PostgreSQL, migrations and demo data
// (by the API on first start), the API, the citizen app and the staff console (Vite dev servers
// proxying /api). Ctrl+C stops everything, PostgreSQL included.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const apiPort = Number(process.env.PORT ?? 3000);
const apps = [
  { name: 'citizen-web', port: Number(process.env.CITIZEN_WEB_PORT ?? 4200), label: 'Citizen app (borger)' },
  { name: 'staff-web', port: Number(process.env.STAFF_WEB_PORT ?? 4300), label: 'Staff console (jobcenter)' },
];
const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' };

console.log('Building the API …');
const build = spawnSync('npx', ['nx', 'build', 'api', '--output-style=static'], { cwd: root, env, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [];
const run = (name, command, args, extraEnv = {}) => {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped (${signal ?? code}); stopping the rest.`);
      stop(code || 1);
    }
  });
  children.push(child);
  return child;
};

let stopping = false;
const stop = (code = 0) => {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 3000).unref();
};
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

// On this machine webhooks and pushes may go to local receivers (tools/test/push-receiver.cjs on
// 127.0.0.1): private addresses allowed, and 127.0.0.1 beside the browsers' push services.
run('API', process.execPath, [join(root, 'dist/apps/api/main.js')], {
  PORT: String(apiPort),
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  OUTBOUND_ALLOW_PRIVATE_ADDRESSES: process.env.OUTBOUND_ALLOW_PRIVATE_ADDRESSES ?? 'true',
  PUSH_ENDPOINT_HOSTS:
    process.env.PUSH_ENDPOINT_HOSTS ??
    'fcm.googleapis.com,updates.push.services.mozilla.com,*.push.services.mozilla.com,*.push.apple.com,*.notify.windows.com,127.0.0.1',
});

const waitFor = async (url, seconds) => {
  for (let i = 0; i < seconds * 4; i++) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
};

if (!(await waitFor(`http://127.0.0.1:${apiPort}/api/health`, 120))) {
  console.error('The API did not become healthy within 2 minutes.');
  stop(1);
} else {
  for (const app of apps) {
    run(
      app.name,
      'npx',
      [
        'vite',
        '--config',
        `apps/${app.name}/vite.config.mts`,
        '--port',
        String(app.port),
        '--strictPort',
        '--clearScreen',
        'false',
        '--logLevel',
        'warn',
      ],
      { API_PORT: String(apiPort) },
    );
  }
  await Promise.all(apps.map((app) => waitFor(`http://localhost:${app.port}/`, 60)));
  console.log(`
Jobunivers is running:
  ${apps[0].label.padEnd(28)} http://localhost:${apps[0].port}
  ${apps[1].label.padEnd(28)} http://localhost:${apps[1].port}
  ${'API'.padEnd(28)} http://localhost:${apiPort}/api   (docs: /api/docs, health: /api/health)
Press Ctrl+C to stop.`);
}
