// Browser tests of the review page against a running lexdraft (BASE_URL) on a fresh database
// whose chair password is LEXDRAFT_ADMIN_PASSWORD. Run by ../../../.ci/browser-tests.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seed } from './seed.mjs';
import { DESKTOP, assert, launch, runAll, watch } from './harness.mjs';
import views from './tests/views.mjs';
import signin from './tests/signin.mjs';
import reading from './tests/reading.mjs';
import writing from './tests/writing.mjs';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
const ADMIN = process.env.LEXDRAFT_ADMIN_PASSWORD ?? '';
const SHOTS = process.env.SCREENSHOTS ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/screenshots');
const WAIT = { timeout: 10_000 };

const world = await seed(BASE, ADMIN);
const { drafts, users } = world;
const basic = (user) => 'Basic ' + Buffer.from(`${user.username}:${user.password}`).toString('base64');

// What the service offers today: sign-in sessions (issue 13) and the event stream (issue 8).
const sessionProbe = await fetch(`${BASE}/api/session`, {
  method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
  body: JSON.stringify({ username: 'nobody', password: 'not-a-password' }),
});
const sessions = sessionProbe.status === 401;
const eventsProbe = await fetch(`${BASE}/api/events?term=${world.slug}&limit=1`, {
  headers: { Accept: 'application/json', Authorization: basic(users.hansen) },
});
const events = eventsProbe.ok;
console.log(`service at ${BASE}: sessions ${sessions ? 'yes' : 'no (HTTP Basic in test set-up)'}, events ${events ? 'yes' : 'no'}`);

/** Failed loads the page expects and handles: not signed in yet, a wrong password, no language versions. */
function expectedFailure(url, status) {
  const { pathname } = new URL(url, BASE);
  if (status === 401 && (pathname === '/api/me' || pathname === '/api/session')) return true;
  if ((status === 404 || status === 405) && pathname.endsWith('/translations')) return true;
  if (!events && pathname === '/api/events') return true;
  return false;
}

const browser = await launch();

/** A page in a fresh context; signed in as `user` (through the form when the service has sessions). */
async function open(user, viewport = DESKTOP) {
  const context = await browser.newContext({
    viewport,
    ...(user && !sessions ? { extraHTTPHeaders: { Authorization: basic(user) } } : {}),
  });
  const page = await context.newPage();
  const errors = watch(page, expectedFailure);
  if (user && sessions) {
    await page.goto(`${BASE}/`);
    await signIn(page, user);
    await page.locator('#session', { hasText: 'Sign out' }).waitFor(WAIT);
  }
  return {
    page,
    errors,
    async close() {
      await context.close();
      assert(errors.length === 0, `errors in the browser:\n${errors.join('\n')}`);
    },
  };
}

async function signIn(page, user) {
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * What the test modules get.
 * @typedef {{BASE: string, ADMIN: string, SHOTS: string, WAIT: {timeout: number}, world: any, drafts: any, users: any,
 *   sessions: boolean, events: boolean, open: typeof open, signIn: typeof signIn}} Env
 */
const env = { BASE, ADMIN, SHOTS, WAIT, world, drafts, users, sessions, events, open, signIn };
const tests = [];
const test = (name, fn) => tests.push({ name, fn });
for (const register of [views, signin, reading, writing]) register(test, env);

let failures = 1;
try {
  failures = await runAll(tests);
} finally {
  await browser.close();
}
process.exitCode = failures === 0 ? 0 : 1;
