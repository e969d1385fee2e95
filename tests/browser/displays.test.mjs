// displays.test.mjs - the hall board (the real page, web/board.html with
// feed.js and board.js, in Chromium) keeps up with the hall through faults:
// mppd killed and restarted on the same port while tickets are issued and
// called, and the board's network dropped (every connection cut, new ones
// refused) while the hall goes on. The board reaches mppd through a small
// TCP proxy that plays the network; after each fault the board must come
// back by itself, with growing waits between attempts (backoff), and show
// exactly what GET /api/v1/board says: the call now, the last calls, every
// agency's serving number and waiting count, and the running text.
// With MPP_REPORT set to a file, writes the figures there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Hall, sleep } from '../integration/lib/hall.mjs';
import { launch, openPage } from './lib/browser.mjs';
import { boardShown, boardConverged, Network } from './lib/board.mjs';
import { reportSection } from '../reliability/report.mjs';

const SERVICES = { dukcapil: [1, 2], bapenda: [8] }; // agencies and the counters that serve them

let hall;
let net;
let browser;
let board;
let staff = [];
let admin;
let services;
const problems = [];
const figures = [];

before(async () => {
  net = new Network(() => hall.port);
  await net.listen();
  // the browser opens the pages at the network's address: the same
  // origin as far as mppd can tell, with the stock config
  hall = new Hall();
  hall.addUser('admin', 'admin');
  for (const [agency, counters] of Object.entries(SERVICES)) {
    for (const n of counters) hall.addUser(`petugas-${n}`, 'staff', agency);
  }
  await hall.start();
  admin = await hall.login('admin');
  for (const [, counters] of Object.entries(SERVICES)) {
    for (const n of counters) {
      const s = await hall.login(`petugas-${n}`);
      assert.equal((await s.req('POST', `/api/v1/counters/${n}/open`)).status, 200);
      staff.push({ n, s });
    }
  }
  const { agencies } = (await hall.req('GET', '/api/v1/agencies')).json;
  services = Object.keys(SERVICES).map((id) => agencies.find((a) => a.id === id).services
    .find((s) => s.quota === 0 && s.inputs.length === 0 && s.counters.includes(SERVICES[id][0])).id);
  browser = await launch();
  const tv = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  board = await openPage(tv, `http://127.0.0.1:${net.port}/board`, problems);
  await board.locator('#agencies tr').first().waitFor();
});

after(async () => {
  await browser?.close();
  await net?.close();
  await hall?.stop();
  hall?.cleanup();
});

// The hall at work: kiosks issue, counters call, finish, recall, mark
// no-shows. Requests that fail while mppd is down are simply retried later.
function work() {
  let stop = false;
  let done = 0;
  const loop = (async () => {
    let i = 0;
    while (!stop) {
      i++;
      try {
        await hall.issue(services[i % services.length]);
        const { n, s } = staff[i % staff.length];
        const r = await s.req('POST', `/api/v1/counters/${n}/${['call', 'recall', 'finish', 'call', 'no-show', 'call', 'start', 'finish'][i % 8]}`, i % 8 === 0 || i % 8 === 3 || i % 8 === 5 ? {} : undefined);
        if (r.status === 200) done++;
        if (i % 25 === 0) await admin.req('POST', '/api/v1/board/text', { text: `Pengumuman ke-${i}: layanan berjalan normal.` });
      } catch { /* mppd is down or the connection was cut */ }
      await sleep(15);
    }
  })();
  return { stop: async () => { stop = true; await loop; return done; } };
}

const shown = () => boardShown(board);
const converged = (what) => boardConverged(board, hall, what, 20000, assert.deepEqual);

// The waits between the board's attempts to reconnect while it is cut off.
function backoff(from) {
  const tries = net.wsAttempts.filter((a) => a.at >= from && a.down).map((a) => a.at);
  return tries.slice(1).map((t, i) => t - tries[i]);
}

test('1. the board starts with the hall as it is', async () => {
  const w = work();
  await sleep(1500);
  await w.stop();
  const ms = await converged('start');
  const s = await shown();
  assert.ok(s.recent.length > 0, 'calls were made and shown');
  figures.push(`start: matched /api/v1/board after ${ms} ms`);
});

test('2. mppd killed and restarted on the same port while tickets are issued and called: the board converges', async () => {
  for (let round = 1; round <= 3; round++) {
    const w = work();
    await sleep(700);
    const seqBefore = (await hall.req('GET', '/api/v1/board')).json.seq;
    await hall.kill9();
    await sleep(1500 + round * 500); // down for a while: the board retries
    await hall.start();
    await sleep(1200); // the hall goes on after the restart
    const acts = await w.stop();
    const b = (await hall.req('GET', '/api/v1/board')).json;
    assert.ok(b.seq > seqBefore, 'the hall changed after the restart');
    const ms = await converged(`restart ${round}`);
    figures.push(`kill -9 and restart ${round}: ${acts} counter actions around it; board matched /api/v1/board ${ms} ms after the load stopped`);
  }
  assert.equal((await shown()).offline, false, 'the "terputus" marker is gone');
});

test('3. the board\'s network dropped while the hall goes on: backoff, then it replays what it missed', async () => {
  for (const downMs of [2500, 10000]) {
    const w = work();
    await sleep(500);
    const t0 = Date.now();
    net.drop();
    await board.locator('[data-offline]').waitFor({ state: 'visible', timeout: 5000 });
    await sleep(downMs);
    const waits = backoff(t0);
    net.restore();
    await sleep(800);
    const acts = await w.stop();
    const ms = await converged(`network down ${downMs} ms`);
    // each wait at least doubles the base (500 ms, x2, up to 8 s) with up
    // to 30% jitter, so every wait is longer than the one before it
    assert.ok(waits.length >= (downMs > 5000 ? 2 : 1), `the board retried while cut off (${waits.join(', ')})`);
    for (let i = 1; i < waits.length; i++) {
      assert.ok(waits[i] > waits[i - 1] || waits[i] >= 7500, `backoff grows: ${waits.join(', ')} ms`);
    }
    assert.ok(waits.every((x) => x >= 450 && x <= 8000 * 1.3 + 300), `waits within 0.5-10.4 s: ${waits.join(', ')}`);
    figures.push(`network cut for ${downMs} ms: ${waits.length + 1} attempts, waits ${waits.join(', ')} ms; ${acts} counter actions meanwhile; board matched ${ms} ms after the load stopped`);
  }
});

test('4. after it is back, the backoff starts small again and the board follows new calls at once', async () => {
  const t0 = Date.now();
  net.drop();
  await sleep(1200);
  net.restore();
  await board.locator('[data-offline]').waitFor({ state: 'hidden', timeout: 5000 });
  const first = backoff(t0);
  assert.ok(first.length <= 2 && first.every((x) => x < 1500), `the wait started from 500 ms again: ${first.join(', ')}`);
  const { n, s } = staff[0];
  await s.req('POST', `/api/v1/counters/${n}/finish`);
  await hall.issue(services[0]);
  const r = await s.req('POST', `/api/v1/counters/${n}/call`, {});
  assert.equal(r.status, 200);
  const number = r.json.counter.ticket?.number;
  assert.ok(number, 'a ticket was called');
  await board.locator('#now-number').filter({ hasText: number }).waitFor({ timeout: 2000 });
  await converged('after the faults');
  assert.deepEqual(problems, [], 'no script errors on the board');
  if (process.env.MPP_REPORT) {
    reportSection(process.env.MPP_REPORT, 'displays', ['```',
      '$ MPP_REPORT=docs/reliability.md node --test tests/browser/displays.test.mjs', ...figures, '```'].join('\n'));
  }
  for (const f of figures) console.log(f);
});
