// What a reader sees: addresses and history, a term, a draft, language versions, right-to-left text,
// diffs, and nothing private to another delegation.

import { assert } from '../harness.mjs';

/** @param {(name: string, fn: () => Promise<void>) => void} test @param {import('../run-tests.mjs').Env} env */
export default function register(test, { BASE, ADMIN, WAIT, world, drafts, users, open }) {
  test('each view has its own address, and back and forward move between them', async () => {
    const session = await open(users.hansen);
    const { page } = session;
    await page.goto(`${BASE}/`);
    await page.getByRole('link', { name: 'cluster munition' }).click();
    await page.locator('table.heat').waitFor(WAIT);
    assert(new URL(page.url()).pathname === `/terms/${world.slug}`, `address ${page.url()}`);
    await page.getByRole('link', { name: 'Norwegian proposal', exact: true }).click();
    await page.locator('#draft-text').waitFor(WAIT);
    assert(new URL(page.url()).pathname === `/drafts/${drafts.norwegian}`, `address ${page.url()}`);
    await page.goBack();
    await page.locator('table.heat').waitFor(WAIT);
    await page.goBack();
    await page.locator('.cards').waitFor(WAIT);
    await page.goForward();
    await page.locator('table.heat').waitFor(WAIT);
    await session.close();
  });

  test('a term lists its competing drafts with brackets, agreed share, a similarity heat map and positions', async () => {
    const session = await open(users.hansen);
    const { page } = session;
    await page.goto(`${BASE}/terms/${world.slug}`);
    await page.locator('table.heat').waitFor(WAIT);
    const rows = page.locator('table.drafts tbody tr').filter({ hasNotText: 'language version' });
    assert(await rows.count() === 3, `expected the 3 tabled competing drafts, saw ${await rows.count()}`);
    const russian = await rows.filter({ hasText: 'Russian proposal' }).innerText();
    assert(/fr \(outdated\)/.test(russian), `Russian row without its outdated French version: ${russian}`);
    const norwegian = await rows.filter({ hasText: 'Norwegian proposal' }).innerText();
    assert(/NOR/.test(norwegian) && /\b1\b/.test(norwegian), `Norwegian row: ${norwegian}`);
    assert(await page.locator('table.heat td[data-heat] a').count() === 6, 'heat map has no 3x3 grid of links');
    const matrix = await page.locator('table.matrix').innerText();
    assert(/Opposes/.test(matrix) && /Supports/.test(matrix) && /Can accept/.test(matrix), `matrix: ${matrix}`);
    await session.close();
  });

  test('a draft shows bracketed text, whose words they are, its comment threads and its history', async () => {
    const session = await open(users.hansen);
    const { page } = session;
    await page.goto(`${BASE}/drafts/${drafts.norwegian}`);
    await page.locator('.threads').waitFor(WAIT);
    const bracketed = await page.locator('#draft-text .bracketed').allInnerTexts();
    assert(bracketed.join('') === '[each weighing less than 20 kilograms]', `bracketed: ${bracketed}`);
    const credited = await page.locator('#draft-text .by').evaluateAll((spans) => spans.map((s) => s.getAttribute('data-del')));
    assert(credited.includes('RUS') && credited.includes('NOR'), `blame: ${credited}`);
    await page.locator('#draft-text .by[data-del="RUS"]').first().focus();
    const label = await page.locator('#draft-text .by[data-del="RUS"]').first()
      .evaluate((span) => getComputedStyle(span, '::after').content);
    assert(label.includes('RUS'), `focus label: ${label}`);
    const thread = await page.locator('.thread').first().innerText();
    assert(thread.includes('The weight limit is not acceptable.') && thread.includes('each weighing less than 20 kilograms'), thread);
    assert(await page.locator('mark.anchor').count() === 1, 'the anchored passage is not marked');
    await page.getByRole('link', { name: `changes from ${drafts.russian}:2` }).waitFor(WAIT);
    await session.close();
  });

  test('an older version is read by its address and says a newer one exists', async () => {
    const session = await open(users.hansen);
    const { page } = session;
    await page.goto(`${BASE}/drafts/${drafts.russian}?version=1`);
    await page.locator('#draft-text', { hasText: 'twenty or more submunitions' }).waitFor(WAIT);
    await page.getByText('You are reading version 1; the newest is 2.').waitFor(WAIT);
    await session.close();
  });

  test('a draft lists its language versions, and a language version says what it renders and that it is outdated', async () => {
    const session = await open(users.hansen);
    const { page } = session;
    await page.goto(`${BASE}/drafts/${drafts.russian}`);
    await page.locator('main[aria-busy="false"]').waitFor(WAIT);
    const languages = await page.locator('section[aria-labelledby="languages-title"]').innerText();
    assert(/fr/.test(languages) && /outdated/.test(languages), `language versions: ${languages}`);
    await page.getByRole('link', { name: 'fr', exact: true }).click();
    await page.locator('.notice.outdated', { hasText: 'Language version of' }).waitFor(WAIT);
    assert(new URL(page.url()).pathname === `/drafts/${drafts.french}`, `address ${page.url()}`);
    assert(await page.locator('#draft-text').getAttribute('lang') === 'fr', 'the French text is not marked as French');
    await session.close();
  });

  test('an Arabic text renders right to left', async () => {
    const session = await open(users.hansen);
    const { page } = session;
    await page.goto(`${BASE}/drafts/${drafts.arabic}`);
    await page.locator('#draft-text').waitFor(WAIT);
    assert(await page.locator('#draft-text').evaluate((e) => e.matches(':dir(rtl)')), 'the Arabic text is not right to left');
    assert(await page.locator('#draft-text').getAttribute('lang') === 'ar', 'the Arabic text is not marked as Arabic');
    assert(await page.locator('h1').evaluate((e) => e.matches(':dir(rtl)')), 'the Arabic title is not right to left');
    await session.close();
  });

  test('a diff shows an inline redline and side by side, word or character', async () => {
    const session = await open(users.hansen);
    const { page } = session;
    await page.goto(`${BASE}/diff?from=${drafts.russian}:1&to=${drafts.russian}:2`);
    await page.locator('.redline ins').first().waitFor(WAIT);
    const inserted = await page.locator('.redline ins').allInnerTexts();
    const deleted = await page.locator('.redline del').allInnerTexts();
    assert(inserted.some((t) => t.includes('ten')) && deleted.some((t) => t.includes('twenty')), `ins ${inserted} del ${deleted}`);
    await page.getByLabel('side by side').check();
    await page.getByLabel('character').check();
    await page.getByRole('button', { name: 'Show the diff' }).click();
    await page.locator('.side-by-side').waitFor(WAIT);
    const query = new URL(page.url()).searchParams;
    assert(query.get('layout') === 'side' && query.get('granularity') === 'char', `address ${page.url()}`);
    await session.close();
  });

  test('a private draft of another delegation appears nowhere, not even to the chair', async () => {
    for (const user of [users.hansen, { username: 'admin', password: ADMIN }]) {
      const session = await open(user);
      const { page } = session;
      for (const address of ['/', `/terms/${world.slug}`, `/drafts/${drafts.norwegian}`,
        `/diff?from=${drafts.russian}:2&to=${drafts.norwegian}:1`]) {
        await page.goto(BASE + address);
        await page.locator('.view h1').first().waitFor(WAIT);
        await page.locator('main[aria-busy="false"]').waitFor(WAIT);
        const html = await page.content();
        assert(!html.includes(world.hiddenTitle) && !html.includes('keeps to itself'), `private draft on ${address} for ${user.username}`);
      }
      await page.goto(`${BASE}/drafts/${drafts.hidden}`);
      await page.getByRole('alert').waitFor(WAIT);
      assert(!(await page.content()).includes(world.hiddenTitle), 'the private draft opened by its address');
      // the 404 of the private draft is the expected answer here, and the only error allowed
      const hiddenPath = `/api/drafts/${drafts.hidden}`;
      const others = session.errors.filter((e) => !(e.includes('status of 404') && e.includes(hiddenPath)));
      session.errors.splice(0, session.errors.length, ...others);
      await session.close();
    }
  });
}
