// a11y.test.mjs - every page of the hall checked by axe-core (the npm
// package, its dist/axe.min.js injected into the real page in Chromium)
// against WCAG 2.0/2.1 A and AA: no serious or critical finding on the
// kiosk, the counter console, the hall board (and a zone's, each headed by
// the hall's name), the display above a counter, the ticket status, the
// visit status, the survey tablet, the admin page, the booking page and a
// booking's page, the hall live of an agency head (/supervisor) and the
// public IKM page. Each page is checked in the states a person meets:
// before and after logging in, with a call on the board, with a ticket on
// the phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { startHall, launch, openPage } from './lib/browser.mjs';
import { openCounters } from './lib/board.mjs';

// evaluated through the DevTools protocol, which the pages' CSP (script-src
// 'self') does not govern, so the pages are checked as they are served
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let hall;
let browser;
let counter;
const problems = [];
const checked = [];

before(async () => {
  hall = await startHall({ cfg: 'zones = ( { id = "lantai-1"; name = "Lantai 1"; agencies = [ "dukcapil" ]; } );\n' });
  hall.addUser('admin', 'admin');
  [counter] = await openCounters(hall, { 1: 'dukcapil' });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await hall?.stop();
  hall?.cleanup();
});

// The serious and critical findings of axe on the page as it is now.
async function axe(page, what) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const found = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
  checked.push(what);
  return found.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${what}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function open(path, viewport = { width: 1280, height: 900 }) {
  const ctx = await browser.newContext({ viewport });
  const page = await openPage(ctx, hall.base + path, problems);
  return { ctx, page };
}

test('the kiosk: agencies, an agency\'s services, a service\'s requirements', async () => {
  const { ctx, page } = await open('/kiosk', { width: 1080, height: 1920 });
  await page.getByRole('button', { name: /Dukcapil/ }).first().waitFor();
  const found = await axe(page, 'kiosk');
  await page.getByRole('button', { name: /Dukcapil/ }).first().click();
  await page.getByRole('button', { name: /KTP/ }).first().waitFor();
  found.push(...await axe(page, 'kiosk services'));
  await page.getByRole('button', { name: /KTP/ }).first().click();
  await page.getByText(/Persyaratan/).first().waitFor();
  found.push(...await axe(page, 'kiosk service'));
  assert.deepEqual(found, []);
  await ctx.close();
});

test('the counter console: login, then a counter with a called ticket', async () => {
  const { ctx, page } = await open('/counter', { width: 1400, height: 1000 });
  await page.getByLabel('Nama pengguna').waitFor();
  const found = await axe(page, 'counter login');
  hall.addUser('budi', 'staff', 'dukcapil');
  await page.getByLabel('Nama pengguna').fill('budi');
  await page.getByLabel('Kata sandi').fill('rahasia-budi');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('button', { name: /Loket 2/ }).click();
  await page.getByRole('button', { name: /Buka loket/ }).click();
  await page.getByText('Loket dibuka.').waitFor();
  await hall.issue('dukcapil/ktp-el-rekam');
  await page.keyboard.press('n');
  await page.getByText(/Memanggil/).waitFor();
  found.push(...await axe(page, 'counter console'));
  assert.deepEqual(found, []);
  await ctx.close();
});

test('the hall board, a zone\'s board and the display above a counter, with a call', async () => {
  const t = (await hall.issue('dukcapil/ktp-el-rekam')).json.ticket;
  await counter.s.req('POST', '/api/v1/counters/1/call', { number: t.number });
  const found = [];
  for (const [path, what, viewport] of [['/board', 'board', { width: 1920, height: 1080 }],
    ['/board?zone=lantai-1', 'zone board', { width: 1920, height: 1080 }],
    ['/display?counter=1', 'counter display', { width: 1024, height: 600 }]]) {
    const { ctx, page } = await open(path, viewport);
    await page.getByText(t.number).first().waitFor();
    found.push(...await axe(page, what));
    // the hall's name heads a board (axe's page-has-heading-one is no WCAG rule)
    if (what !== 'counter display') {
      const h1 = page.getByRole('heading', { level: 1 });
      assert.equal(await h1.count(), 1, what);
      assert.match(await h1.textContent(), what === 'zone board' ? /^Mal Pelayanan Publik\s*Lantai 1$/ : /^Mal Pelayanan Publik$/, what);
    }
    await ctx.close();
  }
  assert.deepEqual(found, []);
});

// The lowest contrast of `text` on its ground, sampled every 15 ms for
// `ms` while the call flashes (a ground left transparent is `base`).
function lowestContrast(page, text, ground, base, ms) {
  return page.evaluate(async ([text, ground, base, ms]) => {
    const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
    const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    let low = Infinity, samples = 0;
    for (const end = performance.now() + ms; performance.now() < end; samples++) {
      const bg = rgb(getComputedStyle(document.querySelector(ground)).backgroundColor);
      const back = bg.length === 4 && bg[3] === 0 ? rgb(base) : bg.slice(0, 3);
      for (const el of document.querySelectorAll(text)) {
        const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(back)].sort((x, y) => y - x);
        low = Math.min(low, (a + 0.05) / (b + 0.05));
      }
      await new Promise((ok) => setTimeout(ok, 15));
    }
    return { low, samples };
  }, [text, ground, base, ms]);
}

test('a call\'s flash keeps the number, the counter and the state readable at every moment', async () => {
  const board = await open('/board', { width: 1920, height: 1080 });
  const display = await open('/display?counter=1', { width: 1024, height: 600 });
  await board.page.getByRole('heading', { level: 1 }).waitFor();
  await display.page.locator('.display-counter').waitFor();
  await new Promise((ok) => setTimeout(ok, 1000)); // both feeds connected
  const t = (await hall.issue('dukcapil/ktp-el-rekam')).json.ticket;
  for (const step of ['start', 'finish']) await counter.s.req('POST', `/api/v1/counters/1/${step}`); // the last call's, if any
  const called = await counter.s.req('POST', '/api/v1/counters/1/call', { number: t.number });
  assert.equal(called.status, 200, called.text);
  await board.page.locator('.now-call.flash').waitFor({ timeout: 5000 });
  const onBoard = await lowestContrast(board.page, '.now-number, .now-counter', '.now-call', 'rgb(16, 43, 78)', 1200);
  await display.page.locator('.display.flash').waitFor({ timeout: 5000 });
  const onDisplay = await lowestContrast(display.page, '.display-number, .display-state', '.display-now', 'rgb(10, 31, 58)', 1200);
  assert.ok(onBoard.samples > 20 && onDisplay.samples > 20);
  assert.ok(onBoard.low >= 3, `board: ${onBoard.low.toFixed(2)}:1 at the worst`);
  assert.ok(onDisplay.low >= 3, `counter display: ${onDisplay.low.toFixed(2)}:1 at the worst`);
  await board.ctx.close();
  await display.ctx.close();
});

test('the ticket status and the visit status on a phone', async () => {
  const phone = { width: 390, height: 800 };
  const t = (await hall.issue('dukcapil/ktp-el-rekam')).json.ticket;
  const a = await open(`/t/${t.token}`, phone);
  await a.page.getByText(t.number, { exact: true }).first().waitFor();
  const found = await axe(a.page, 'ticket status');
  await a.ctx.close();
  const v = await hall.req('POST', '/api/v1/visits', { services: ['polres/skck-baru'], have: ['ktp-el'] });
  assert.equal(v.status, 201, v.text);
  const b = await open(`/v/${v.json.visit.token}`, phone);
  await b.page.getByText(/SKCK/).first().waitFor();
  found.push(...await axe(b.page, 'visit status'));
  await b.ctx.close();
  assert.deepEqual(found, []);
});

test('the survey tablet, waiting and with a finished ticket to rate', async () => {
  const { ctx, page } = await open('/survey/1', { width: 1280, height: 800 });
  await page.locator('main').waitFor();
  await page.waitForLoadState('networkidle');
  const found = await axe(page, 'survey waiting');
  await counter.s.req('POST', '/api/v1/counters/1/start');
  await counter.s.req('POST', '/api/v1/counters/1/finish');
  await page.getByRole('radio').first().waitFor({ timeout: 10000 });
  found.push(...await axe(page, 'survey'));
  assert.deepEqual(found, []);
  await ctx.close();
});

test('the admin page: login, then its panels', async () => {
  const { ctx, page } = await open('/admin', { width: 1300, height: 1000 });
  await page.getByLabel('Nama pengguna', { exact: true }).waitFor();
  const found = await axe(page, 'admin login');
  await page.getByLabel('Nama pengguna', { exact: true }).fill('admin');
  await page.getByLabel('Kata sandi', { exact: true }).fill('rahasia-admin');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('heading', { name: 'Pengguna' }).waitFor();
  await page.waitForLoadState('networkidle');
  found.push(...await axe(page, 'admin'));
  assert.deepEqual(found, []);
  // every column of a table is named, the users' buttons' one too
  assert.equal(await page.locator('th:not(:has(*)):empty').count(), 0, 'no empty header cell');
  await page.getByRole('columnheader', { name: 'Tindakan' }).waitFor();
  await ctx.close();
});

test('the booking page and a booking\'s page', async () => {
  const phone = { width: 390, height: 800 };
  const a = await open('/booking', phone);
  await a.page.locator('main').waitFor();
  await a.page.waitForLoadState('networkidle');
  const found = await axe(a.page, 'booking');
  // each step's heading comes before the headings within it
  const order = await a.page.evaluate(() => [...document.querySelectorAll('.step-box')]
    .map((box) => box.querySelector('h2, h3, h4')?.tagName).filter(Boolean));
  assert.ok(order.length > 2 && order.every((tag) => tag === 'H2'), order.join(' '));
  await a.ctx.close();
  // a free slot of a bookable service on one of the next days
  const svc = 'polres/skck-baru';
  let start;
  for (let d = 1; d <= 14 && !start; d++) {
    const day = new Date(Date.now() + d * 86400000 + 7 * 3600000).toISOString().slice(0, 10);
    const slots = (await hall.req('GET', `/api/v1/slots?service=${svc}&date=${day}`)).json.slots || [];
    start = slots.find((s) => s.left > 0)?.start;
  }
  assert.ok(start, 'a free slot in the next two weeks');
  const made = await hall.req('POST', '/api/v1/bookings', { service: svc, start, name: 'Dewi Lestari', phone: '085712345678' });
  assert.equal(made.status, 201, made.text);
  const b = await open(`/b/${made.json.booking.token}`, phone);
  await b.page.getByText(made.json.booking.code).first().waitFor();
  found.push(...await axe(b.page, 'booking status'));
  await b.ctx.close();
  assert.deepEqual(found, []);
});

test('the hall live for an agency head, and the public IKM page', async () => {
  hall.addUser('kepala', 'supervisor', 'dukcapil');
  const sup = await open('/supervisor', { width: 1400, height: 1000 });
  await sup.page.getByLabel('Nama pengguna', { exact: true }).waitFor();
  const found = await axe(sup.page, 'supervisor login');
  await sup.page.getByLabel('Nama pengguna', { exact: true }).fill('kepala');
  await sup.page.getByLabel('Kata sandi', { exact: true }).fill('rahasia-kepala');
  await sup.page.getByRole('button', { name: 'Masuk' }).click();
  await sup.page.locator('[data-agency=dukcapil]').first().waitFor();
  found.push(...await axe(sup.page, 'supervisor'));
  await sup.ctx.close();
  const ikm = await open('/ikm', { width: 1280, height: 900 });
  await ikm.page.locator('main').waitFor();
  await ikm.page.getByRole('heading').first().waitFor();
  found.push(...await axe(ikm.page, 'public IKM'));
  await ikm.ctx.close();
  assert.deepEqual(found, []);
});

test('the start page, and no script errors anywhere', async () => {
  const { ctx, page } = await open('/');
  await page.locator('main').waitFor();
  const found = await axe(page, 'start page');
  await ctx.close();
  assert.deepEqual(found, []);
  assert.deepEqual(problems, []);
  console.log(`axe-core: no serious or critical WCAG 2 A/AA finding on ${checked.join(', ')}`);
});
