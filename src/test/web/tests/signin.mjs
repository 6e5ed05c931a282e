// Signing in and out through the page's own form.

import { Pending, assert } from '../harness.mjs';

/** @param {(name: string, fn: () => Promise<void>) => void} test @param {import('../run-tests.mjs').Env} env */
export default function register(test, { BASE, WAIT, users, sessions, open, signIn }) {
  test('a wrong password gets a clear message and no browser pop-up', async () => {
    if (!sessions) throw new Pending('POST /api/session (issue 13) is not on this build yet');
    const session = await open(null);
    const { page } = session;
    await page.goto(`${BASE}/`);
    await signIn(page, { username: users.hansen.username, password: 'wrong-password-1' });
    await page.getByRole('alert').filter({ hasText: 'Wrong username or password.' }).waitFor(WAIT);
    assert(await page.locator('form.signin').isVisible(), 'the sign-in form is gone');
    await session.close();
  });

  test('signing in shows the terms, survives a reload, and signing out ends the session', async () => {
    if (!sessions) throw new Pending('POST /api/session (issue 13) is not on this build yet');
    const session = await open(users.hansen);
    const { page } = session;
    await page.locator('.cards', { hasText: 'cluster munition' }).waitFor(WAIT);
    assert((await page.locator('#session').innerText()).includes('K. Hansen'), 'the bar does not name the member');
    await page.reload();
    await page.locator('.cards').waitFor(WAIT);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('form.signin').waitFor(WAIT);
    await page.reload();
    await page.locator('form.signin').waitFor(WAIT);
    await session.close();
  });
}
