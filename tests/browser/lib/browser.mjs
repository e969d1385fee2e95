// browser.mjs - what the browser tests add to the integration harness
// (tests/integration/lib/hall.mjs): a hall with the stock config on a free
// port, and Debian's Chromium driven by playwright-core.
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import { Hall } from '../../integration/lib/hall.mjs';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
    s.on('error', fail);
  });
}

// The real mppd with the bundled plugins and the stock config, on a free
// port: its pages may use it at whatever address they were opened.
export async function startHall(opts = {}) {
  const port = await freePort();
  const hall = new Hall(opts);
  hall.port = port;
  await hall.start();
  return hall;
}

// Chromium with a fresh profile (playwright gives every launch a new
// user-data dir), nothing fetched from the internet, sound allowed; or,
// with `flags`, exactly a device's flags (web/assets/js/devices.js) on top
// of what headless testing needs. `audible`: without playwright's
// --mute-audio, under which Chromium lets any page play sound.
export function launch(flags = ['--autoplay-policy=no-user-gesture-required'], { audible = false } = {}) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: audible ? ['--mute-audio'] : [],
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', ...flags],
  });
}

// A page that fails the test on any script error or CSP violation.
export async function openPage(context, url, problems) {
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`${url}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Uncaught|SyntaxError/.test(m.text())) problems.push(`${url}: ${m.text()}`);
  });
  await page.goto(url);
  return page;
}

// Logs in on a page's login form as a person does (the accounts of the
// harness have the password 'rahasia-' + name).
export async function logIn(page, name, password = 'rahasia-' + name) {
  await page.getByLabel('Nama pengguna', { exact: true }).fill(name);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

// Headless Chromium has no printer: window.print() returns without
// printing and never fires afterprint. The test plays the printer's part.
export function printerDone(page) {
  return page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
}
