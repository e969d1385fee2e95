// tv.test.mjs - the hall's screens in Chromium with the real mppd: zone
// boards (/board?zone=ID) that show and announce only their floor's
// agencies, the small display above a counter (/display?counter=N), the
// announcement policy of the hall config's board group (a call too old is
// shown but not spoken, a recall replaces its waiting call, the queue is
// bounded, the short sentence), the board on a TV box's CPU (Chromium
// throttled 6x: first paint, a call on screen, idle) and its layout at
// 1366x768, 1920x1080 and 3840x2160.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Hall, sleep, until } from '../integration/lib/hall.mjs';
import { startHall, launch, openPage } from './lib/browser.mjs';
import { openCounters, metrics, recordSpoken, spoken } from './lib/board.mjs';

const MAX_AGE_S = 9;
const QUEUE = 4;
const COUNTERS = { 1: 'dukcapil', 2: 'dukcapil', 5: 'dpmptsp', 8: 'bapenda', 10: 'samsat', 14: 'polres', 16: 'imigrasi', 18: 'bpjs-kes' };
const ZONES = `
zones = (
  { id = "lantai-1"; name = "Lantai 1"; agencies = [ "dukcapil", "dpmptsp" ]; },
  { id = "lantai-2"; name = "Lantai 2"; agencies = [ "bapenda", "samsat" ]; }
);
`;

let hall;
let browser;
let staff;
let services; // agency -> a service its first counter serves
const problems = [];

before(async () => {
  hall = await startHall({
    cfg: ZONES,
    replace: [['announce_max_age = 60;', `announce_max_age = ${MAX_AGE_S};`], ['announce_queue = 10;', `announce_queue = ${QUEUE};`]],
  });
  staff = await openCounters(hall, COUNTERS);
  const { agencies } = (await hall.req('GET', '/api/v1/agencies')).json;
  services = {};
  for (const { n, agency } of staff) {
    services[agency] ??= agencies.find((a) => a.id === agency).services
      .find((s) => s.kiosk !== false && s.quota === 0 && s.inputs.length === 0 && s.counters.includes(n)).id;
  }
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await hall?.stop();
  hall?.cleanup();
});

const at = (n) => staff.find((c) => c.n === n);

// Counter n calls a fresh ticket of its agency (the one before it marked
// no-show); returns its number. calledAt: when the call was sent.
let calledAt = 0;
async function call(n) {
  const c = at(n);
  await c.s.req('POST', `/api/v1/counters/${n}/no-show`);
  const t = (await hall.issue(services[c.agency])).json.ticket;
  calledAt = Date.now();
  const r = await c.s.req('POST', `/api/v1/counters/${n}/call`, { number: t.number });
  assert.equal(r.status, 200, r.text);
  return t.number;
}

async function board(path, viewport = { width: 1920, height: 1080 }) {
  const ctx = await browser.newContext({ viewport });
  const page = await openPage(ctx, hall.base + path, problems);
  return { ctx, page };
}

const recentNumbers = (page) => page.$$eval('#recent li .number', (l) => l.map((e) => e.textContent));

test('1. the hall config\'s zones and board settings are served to the pages', async () => {
  const r = await hall.req('GET', '/api/v1/board/settings');
  assert.equal(r.status, 200);
  assert.deepEqual(r.json.announce, { max_age_s: MAX_AGE_S, queue: QUEUE, sentence: 'full' });
  assert.deepEqual(r.json.zones.map((z) => [z.id, z.name, z.agencies, z.counters]), [
    ['lantai-1', 'Lantai 1', ['dukcapil', 'dpmptsp'], [1, 2, 3, 4, 5, 6, 7]],
    ['lantai-2', 'Lantai 2', ['bapenda', 'samsat'], [8, 9, 10, 11, 12, 13]],
  ]);
  // a zone naming an agency the hall has no counter for: mppd does not start, and says why
  const bad = new Hall({ cfg: 'zones = ( { id = "lantai-3"; agencies = [ "dukcapil", "dukcapill" ]; } );\n' });
  await assert.rejects(bad.start(), /zones\[0\]\.agencies\[1\]: 'dukcapill' has no counter in this hall/);
  bad.cleanup();
});

test('2. a zone board shows and announces only its zone; the hall board shows every call', async () => {
  const one = await board('/board?zone=lantai-1');
  const two = await board('/board?zone=lantai-2');
  const all = await board('/board');
  for (const b of [one, two, all]) await b.page.locator('#agencies tr').first().waitFor();
  for (const b of [one, two]) await recordSpoken(b.page);
  await one.page.locator('#zone').filter({ hasText: 'Lantai 1' }).waitFor();
  // the zone's agencies only, in its table
  assert.equal(await one.page.locator('#agencies tr').count(), 2);
  assert.equal(await two.page.locator('#agencies tr').count(), 2);

  const a = await call(1); // dukcapil, lantai 1
  const b = await call(8); // bapenda, lantai 2
  const c = await call(14); // polres, in no zone
  await all.page.locator('#now-number').filter({ hasText: c }).waitFor({ timeout: 2000 });
  await one.page.locator('#now-number').filter({ hasText: a }).waitFor({ timeout: 2000 });
  await two.page.locator('#now-number').filter({ hasText: b }).waitFor({ timeout: 2000 });
  assert.deepEqual((await recentNumbers(one.page)), [a]);
  assert.deepEqual((await recentNumbers(two.page)), [b]);
  assert.deepEqual((await recentNumbers(all.page)).slice(0, 3), [c, b, a]);
  await until(async () => (await spoken(one.page)).length === 1 && (await spoken(two.page)).length === 1, 5000);
  assert.deepEqual((await spoken(one.page)).map((s) => s.number), [a], 'lantai 1 speaks its own call only');
  assert.deepEqual((await spoken(two.page)).map((s) => s.number), [b], 'lantai 2 speaks its own call only');

  // a zone the hall config does not have: said, with the zones there are
  const bad = await board('/board?zone=lantai-9');
  await bad.page.getByText('Zona "lantai-9" tidak ada di konfigurasi gedung. Zona yang ada: lantai-1 (Lantai 1), lantai-2 (Lantai 2).').waitFor();
  for (const x of [one, two, all, bad]) await x.ctx.close();
});

test('3. the display above a counter: its number, agency and state, live', async () => {
  const d = await board('/display?counter=2', { width: 1024, height: 600 });
  const page = d.page;
  await page.getByRole('heading', { name: /Loket 2/ }).waitFor();
  await page.locator('#agency').filter({ hasText: 'Dukcapil' }).waitFor();
  await page.getByText('Sedang dilayani').or(page.getByText('Silakan menunggu panggilan')).waitFor();
  const number = await call(2);
  await page.locator('#number').filter({ hasText: number }).waitFor({ timeout: 1000 });
  assert.ok(Date.now() - calledAt < 1000);
  await page.locator('#state').filter({ hasText: 'Dipanggil' }).waitFor();
  await at(2).s.req('POST', '/api/v1/counters/2/start');
  await page.locator('#state').filter({ hasText: 'Sedang dilayani' }).waitFor();
  await at(2).s.req('POST', '/api/v1/counters/2/finish');
  await page.locator('#state').filter({ hasText: 'Silakan menunggu panggilan' }).waitFor();
  assert.equal(await page.locator('#number').textContent(), '');
  await at(2).s.req('POST', '/api/v1/counters/2/pause');
  await page.locator('#state').filter({ hasText: 'Istirahat sebentar' }).waitFor();
  await at(2).s.req('POST', '/api/v1/counters/2/resume');
  await page.locator('#state').filter({ hasText: 'Silakan menunggu panggilan' }).waitFor();
  // the number fills the small screen without being cut
  await call(2);
  const fit = await page.$eval('#number', (e) => ({ font: parseFloat(getComputedStyle(e).fontSize), w: e.scrollWidth, room: e.parentElement.clientWidth }));
  assert.ok(fit.font >= 0.25 * 600 && fit.w <= fit.room, `number ${fit.font}px, ${fit.w} of ${fit.room}px`);
  const other = await openPage(d.ctx, hall.base + '/display?counter=99', problems);
  await other.getByText('Loket 99 tidak ada di konfigurasi gedung.', { exact: false }).waitFor();
  const none = await openPage(d.ctx, hall.base + '/display', problems);
  await none.getByText('Buka halaman ini dengan nomor loket: /display?counter=5').waitFor();
  await d.ctx.close();
});

test('4. a burst of calls: the queue stays bounded, a recall replaces its waiting call, old calls are shown but not spoken', async () => {
  const { ctx, page } = await board('/board');
  await page.locator('#agencies tr').first().waitFor();
  await recordSpoken(page);
  const made = {};
  // every counter calls at once, then counter 1 recalls while its call waits
  const numbers = await Promise.all(staff.map(({ n }) => call(n).then((x) => { made[x] = Date.now(); return x; })));
  await sleep(300);
  const first = await page.$eval('#announcements li[data-state=playing]', (li) => li.dataset.number);
  const waiting = await page.$$eval('#announcements li[data-state=queued]', (l) => l.map((li) => li.dataset.number));
  assert.ok(waiting.length <= QUEUE, `at most ${QUEUE} calls wait: ${waiting.join(', ')}`);
  const again = waiting[0];
  const c = staff.find((s) => numbers.indexOf(again) === staff.indexOf(s));
  assert.equal((await c.s.req('POST', `/api/v1/counters/${c.n}/recall`)).status, 200);
  await sleep(500);
  const after = await page.$$eval('#announcements li[data-state=queued]', (l) => l.map((li) => li.dataset.number));
  assert.equal(after.filter((x) => x === again).length, 1, `the recall of ${again} replaced its waiting call: ${after.join(', ')}`);
  // every call is on the screen, spoken or not
  const shown = await recentNumbers(page);
  for (const x of numbers) assert.ok(shown.includes(x), `${x} is on the board`);
  // wait until the speaker is quiet: nothing was started older than the maximum age
  await page.waitForFunction(() => !document.querySelector('#announcements li'), null, { timeout: (MAX_AGE_S + 30) * 1000 });
  const said = await spoken(page);
  assert.equal(said[0].number, first);
  for (const s of said) {
    const age = (s.at - made[s.number]) / 1000;
    assert.ok(age <= MAX_AGE_S + 1, `${s.number} started ${age.toFixed(1)} s after its call`);
  }
  assert.ok(said.length < numbers.length, `${said.length} of ${numbers.length} calls spoken: the rest were too old`);
  assert.equal(new Set(said.map((s) => s.number)).size, said.length, 'no number spoken twice');
  await ctx.close();
});

test('5. the short sentence', async () => {
  const { ctx, page } = await board('/board');
  const words = await page.evaluate(async () => {
    const m = await import('/assets/js/announcer.js');
    return [m.callSentence('A-007', 5, true), m.callSentence('A-007', 5), m.callSentence('B-1042', 41, true)];
  });
  assert.deepEqual(words, ['A, nol, nol, tujuh, loket, lima',
    'Nomor antrean, A, nol, nol, tujuh, silakan menuju loket, lima',
    'B, satu, nol, empat, dua, loket, empat, puluh, satu']);
  await ctx.close();
});

test('6. on a TV box\'s CPU (6x throttled): first paint under 3 s, a call on screen within 1 s, idle costs almost nothing', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => problems.push(`throttled board: ${e.message}`));
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await cdp.send('Performance.enable');
  await page.goto(hall.base + '/board');
  await page.locator('#agencies tr').first().waitFor();
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
  assert.ok(fcp > 0 && fcp < 3000, `first paint at ${fcp} ms`);

  const waits = [];
  for (let i = 0; i < 5; i++) {
    const number = await call(5);
    await page.locator('#now-number').filter({ hasText: number }).waitFor({ timeout: 3000 });
    waits.push(Date.now() - calledAt);
    await sleep(300);
  }
  // the median within 1 s; one call of five may meet the machine's own
  // hiccup (a CI host running the suite beside other work), never 2 s
  const median = [...waits].sort((a, b) => a - b)[2];
  assert.ok(median < 1000 && Math.max(...waits) < 2000, `a call on screen after ${waits.join(', ')} ms`);

  // idle: no calls, nothing left to speak, the flash over; the clock ticks
  await page.waitForFunction(() => !document.querySelector('#announcements li'), null, { timeout: (MAX_AGE_S + 30) * 1000 });
  await sleep(4000);
  // Chromium throttles by suspending the page's thread with a signal whose
  // handler spins, which counts as CPU time: the idle CPU is measured at
  // full speed, in CPU time (which a busy test machine does not inflate,
  // unlike TaskDuration's wall time), and scaled by 6 for the box
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const m0 = await metrics(cdp);
  await sleep(10000);
  const m1 = await metrics(cdp);
  const wall = m1.Timestamp - m0.Timestamp;
  // the CPU time of the page's main thread and of its whole renderer
  // (ThreadTime, ProcessTime), as a box 6x slower would spend it
  const busy = (6 * (m1.ThreadTime - m0.ThreadTime)) / wall;
  const renderer = (6 * (m1.ProcessTime - m0.ProcessTime)) / wall;
  const layouts = m1.LayoutCount - m0.LayoutCount;
  const layoutMs = (m1.LayoutDuration - m0.LayoutDuration) * 1000;
  const pc = (x) => `${(x * 100).toFixed(2)}%`;
  console.log(`throttled 6x: first paint ${fcp.toFixed(0)} ms; calls on screen after ${waits.join(', ')} ms; idle: main thread ${pc(busy)} of the box's core, renderer ${pc(renderer)}, ${layouts} layouts in 10 s (${layoutMs.toFixed(1)} ms)`);
  assert.ok(busy < 0.05, `idle main thread ${pc(busy)} busy`);
  assert.ok(layouts <= 11, `${layouts} layouts in 10 s of idle: the clock's, once a second at most`);
  await ctx.close();
});

test('7. the layout at 1366x768, 1920x1080 and 3840x2160: the number large, nothing cut off', async () => {
  for (const [width, height] of [[1366, 768], [1920, 1080], [3840, 2160]]) {
    const { ctx, page } = await board('/board', { width, height });
    await page.locator('#agencies tr').first().waitFor();
    await call(10);
    await page.locator('#now-number').filter({ hasText: /\w/ }).waitFor();
    const m = await page.evaluate(() => {
      const n = document.querySelector('#now-number');
      const sections = [...document.querySelectorAll('.board-main > section, .board-top, .board-foot')];
      return {
        font: parseFloat(getComputedStyle(n).fontSize),
        numberFits: n.scrollWidth <= n.clientWidth + 1,
        pageFits: document.documentElement.scrollWidth <= innerWidth && document.documentElement.scrollHeight <= innerHeight,
        cut: sections.filter((s) => s.scrollHeight > s.clientHeight + 1 || s.scrollWidth > s.clientWidth + 1).map((s) => s.className),
      };
    });
    assert.ok(m.font >= 0.18 * height, `${width}x${height}: the number's font is ${m.font}px`);
    assert.ok(m.numberFits && m.pageFits, `${width}x${height}: ${JSON.stringify(m)}`);
    assert.deepEqual(m.cut, [], `${width}x${height}: nothing cut off`);
    await ctx.close();
  }
  assert.deepEqual(problems, [], 'no script errors');
});
