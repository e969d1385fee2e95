// board-day.test.mjs - a day on the hall board, compressed: thousands of
// calls from four counters (clips of 50 ms of silence in place of speech,
// so the board speaks as fast as it can), then reconnects, the server
// killed and restarted or the board's network cut. Chromium's own figures
// (CDP: DOM nodes, event listeners, JS heap after a forced collection)
// must stay flat from the first hundred calls to the last; after each
// reconnect the board must show what mppd says within 5 s and speak none
// of the calls made while it was away and now older than the hall's
// maximum age.
// Short by default (MPP_BOARD_CALLS=2000, MPP_BOARD_RECONNECTS=6); the
// whole day is scripts/board-bench.sh (10,000 calls, 100 reconnects),
// which writes the figures into docs/performance.md (MPP_REPORT).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Hall, sleep } from '../integration/lib/hall.mjs';
import { launch } from './lib/browser.mjs';
import { reportSection } from '../reliability/report.mjs';
import { Network, boardConverged, metrics, openCounters, recordSpoken, silentWeb, spoken } from './lib/board.mjs';

const CALLS = Number(process.env.MPP_BOARD_CALLS || 2000);
const RECONNECTS = Number(process.env.MPP_BOARD_RECONNECTS || 6);
const MAX_AGE_S = 5;
const COUNTERS = { 1: 'dukcapil', 2: 'dukcapil', 3: 'dukcapil', 4: 'dukcapil' };
const POOL = 15; // distinct numbers each counter calls in turn

let hall;
let web;
let net;
let browser;
let board;
let cdp;
let staff;
const pools = new Map(); // counter -> its numbers
const figures = [];
const problems = [];

before(async () => {
  web = silentWeb();
  net = new Network(() => hall.port);
  await net.listen();
  hall = new Hall({ web: web.dir, replace: [['announce_max_age = 60;', `announce_max_age = ${MAX_AGE_S};`]] });
  await hall.start();
  staff = await openCounters(hall, COUNTERS);
  // every counter calls its own numbers again and again (call, no-show,
  // call by number): a number marked no-show can be called back
  for (const { n } of staff) {
    const list = [];
    for (let i = 0; i < POOL; i++) list.push((await hall.issue('dukcapil/ktp-el-rekam')).json.ticket.number);
    pools.set(n, list);
  }
  browser = await launch();
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  board = await ctx.newPage();
  board.on('pageerror', (e) => problems.push(e.message));
  cdp = await ctx.newCDPSession(board);
  await cdp.send('Performance.enable');
  await board.goto(`http://127.0.0.1:${net.port}/board`);
  await board.locator('#agencies tr').first().waitFor();
});

after(async () => {
  await browser?.close();
  await net?.close();
  await hall?.stop();
  hall?.cleanup();
  web?.remove();
});

// `count` calls spread over the counters, each counter one after another.
let made = 0;
async function calls(count) {
  const per = Math.ceil(count / staff.length);
  await Promise.all(staff.map(async ({ n, s }) => {
    const pool = pools.get(n);
    for (let i = 0; i < per; i++) {
      await s.req('POST', `/api/v1/counters/${n}/no-show`);
      const r = await s.req('POST', `/api/v1/counters/${n}/call`, { number: pool[(made + i) % POOL] });
      assert.equal(r.status, 200, r.text);
    }
  }));
  made += per * staff.length;
}

// The page's size after a forced collection.
async function size() {
  const m = await metrics(cdp, { gc: true });
  return { nodes: m.Nodes, listeners: m.JSEventListeners, heap: m.JSHeapUsedSize };
}
const kib = (b) => `${(b / 1024).toFixed(0)} KiB`;
const line = (what, s) => `${what}: ${s.nodes} DOM nodes, ${s.listeners} listeners, JS heap ${kib(s.heap)}`;

let base;

test('1. from the first hundred calls to the last, the board stays the same size', async () => {
  await calls(100);
  await boardConverged(board, hall, 'after 100 calls', 20000, assert.deepEqual);
  base = await size();
  figures.push(line('after 100 calls', base));
  const t0 = Date.now();
  let next = 100;
  const steps = [];
  while (made < CALLS) {
    next = Math.min(CALLS, next * 2 > CALLS - 100 ? CALLS : next * 2);
    await calls(next - made);
    await boardConverged(board, hall, `after ${made} calls`, 20000, assert.deepEqual);
    const s = await size();
    steps.push(s);
    figures.push(line(`after ${made} calls`, s));
  }
  const end = steps.at(-1);
  figures.push(`${made} calls in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  // the same page: nodes within 3%, the same listeners, the heap within
  // 10% (a collection leaves some garbage of its own)
  assert.ok(Math.abs(end.nodes - base.nodes) <= Math.max(10, base.nodes * 0.03), `DOM nodes ${base.nodes} -> ${end.nodes}`);
  assert.ok(end.listeners <= base.listeners + 2, `listeners ${base.listeners} -> ${end.listeners}`);
  assert.ok(end.heap <= base.heap * 1.1 + 64 * 1024, `JS heap ${kib(base.heap)} -> ${kib(end.heap)}`);
});

test('2. reconnects: the right state within 5 s, nothing stale spoken, and the same size after', async () => {
  await recordSpoken(board);
  const converge = [];
  let warm;
  for (let i = 1; i <= RECONNECTS; i++) {
    // the board's network cut, and every other time mppd killed and
    // restarted meanwhile; the first two (and every tenth) wait out the
    // maximum age while away, with calls the board cannot hear
    const restart = i % 2 === 0;
    const stale = i <= 2 || i % 10 === 0;
    net.drop();
    await board.locator('[data-offline]').waitFor({ state: 'visible', timeout: 5000 });
    if (restart) { await hall.kill9(); await hall.start(); }
    let away = [];
    if (stale) {
      await calls(staff.length);
      away = (await hall.req('GET', '/api/v1/board')).json.recent.slice(0, staff.length).map((r) => r.number);
      await sleep((MAX_AGE_S + 1) * 1000);
    }
    const heardBefore = (await spoken(board)).length;
    const back = Date.now();
    net.restore();
    const ms = await boardConverged(board, hall, `reconnect ${i}`, 5000, assert.deepEqual);
    converge.push(Date.now() - back);
    await sleep(500);
    const said = (await spoken(board)).slice(heardBefore).map((s) => s.number);
    assert.deepEqual(said.filter((x) => away.includes(x)), [], `reconnect ${i}: calls older than ${MAX_AGE_S} s were not spoken`);
    assert.ok(ms >= 0);
    // the first reconnects compile the paths they take: from then on, flat
    if (i === Math.min(10, RECONNECTS)) {
      warm = await size();
      figures.push(line(`after ${i} reconnects`, warm));
    }
  }
  converge.sort((a, b) => a - b);
  figures.push(`${RECONNECTS} reconnects (the network cut, ${Math.floor(RECONNECTS / 2)} of them with mppd killed and restarted meanwhile): the board matched /api/v1/board ${converge[0]}-${converge.at(-1)} ms after the way back opened (median ${converge[Math.floor(converge.length / 2)]} ms)`);
  await calls(100);
  await boardConverged(board, hall, 'after the reconnects', 20000, assert.deepEqual);
  // the recorder of test 2 holds a few entries; nothing else may have grown
  const end = await size();
  figures.push(line(`after ${RECONNECTS} reconnects and 100 more calls`, end));
  assert.ok(Math.abs(end.nodes - base.nodes) <= Math.max(10, base.nodes * 0.03), `DOM nodes ${base.nodes} -> ${end.nodes}`);
  assert.ok(end.listeners <= base.listeners + 3, `listeners ${base.listeners} -> ${end.listeners}`);
  assert.ok(end.heap <= base.heap * 1.1 + 128 * 1024, `JS heap ${kib(base.heap)} -> ${kib(end.heap)}`);
  assert.ok(end.heap <= warm.heap * 1.05 + 64 * 1024, `JS heap after the first reconnects ${kib(warm.heap)} -> ${kib(end.heap)}`);
  assert.deepEqual(problems, [], 'no script errors');
  for (const f of figures) console.log(f);
  if (process.env.MPP_REPORT) {
    reportSection(process.env.MPP_REPORT, 'board-day', ['## A day on the hall board (tests/browser/board-day.test.mjs)', '',
      'Chromium\'s own figures of the board page (CDP Performance.getMetrics after HeapProfiler.collectGarbage), silent 50 ms clips in place of speech:', '',
      '```', `$ MPP_BOARD_CALLS=${CALLS} MPP_BOARD_RECONNECTS=${RECONNECTS} node --test tests/browser/board-day.test.mjs`, ...figures, '```'].join('\n'));
  }
});
