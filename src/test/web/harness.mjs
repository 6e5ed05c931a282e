// A small test runner for the browser tests: named tests run one after another, each in a fresh
// browser context, and the run ends with a line "N passed, N failed, N pending".

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export class Pending extends Error {}

/** Runs the tests; resolves to the number of failures. */
export async function runAll(tests) {
  let passed = 0;
  let failed = 0;
  let pending = 0;
  for (const { name, fn } of tests) {
    const started = Date.now();
    try {
      await fn();
      passed += 1;
      console.log(`  ok       ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      if (error instanceof Pending) {
        pending += 1;
        console.log(`  pending  ${name}: ${error.message}`);
      } else {
        failed += 1;
        console.log(`  FAILED   ${name}\n           ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n           ')}`);
      }
    }
  }
  console.log(`${passed} passed, ${failed} failed, ${pending} pending`);
  return failed;
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Collects what the page reports as an error: uncaught exceptions, console.error, and failed
 * loads other than the expected ones (`allowed(url, status)`), and any browser dialog (a Basic
 * sign-in pop-up would be one).
 */
export function watch(page, allowed) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const status = /status of (\d+)/.exec(text);
    if (status && allowed(message.location().url ?? '', Number(status[1]))) return;
    errors.push(`console: ${text} (${message.location().url ?? ''})`);
  });
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  return errors;
}

/** axe-core on the page as it is; the serious and critical violations. */
export async function axe(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Whether the page scrolls sideways. */
export async function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}
