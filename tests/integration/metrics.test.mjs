// metrics.test.mjs - GET /metrics against the real mppd: the exposition is
// well formed (HELP and TYPE once per metric, before its samples, samples of
// one metric together, histograms cumulative and ending in +Inf) and passes
// `promtool check metrics`; every agency shows from the start; a day of
// traffic driven on the test clock gives exactly the counts, wait and
// service times it should (a no-show called back is not a second wait); HTTP
// latency is counted per kind of request; WebSocket clients come and go;
// hook failures and overruns are counted and survive a reload; swapped and
// refused reloads are counted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, copyFileSync, writeFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hall, ROOT, sleep, promtool } from './lib/hall.mjs';

const SVC = 'dukcapil/legalisasi';
const PDAM = 'pdam/pembayaran-rekening';

const dir = mkdtempSync(join(tmpdir(), 'mpp-metrics-'));
for (const f of ['dukcapil.lua', 'pdam.lua']) copyFileSync(join(ROOT, 'plugins', f), join(dir, f));
const UJI = `
local agency = mpp.agency { id = "uji", name = "Instansi Uji", kind = "OPD", prefix = "Z" }
agency:service { id = "layanan", name = "Layanan Uji", requirements = { "-" }, procedure = { "-" },
  minutes = 5, fee = 0, product = "-", complaint_channel = "-", legal_basis = "-",
  source = "fixture" }
`;
function installUji(body) {
  writeFileSync(join(dir, 'uji.lua.new'), UJI + body);
  renameSync(join(dir, 'uji.lua.new'), join(dir, 'uji.lua'));
}
installUji('agency:on("ticket.finished", function(t) while true do end end)');

let hall, ani, budi, admin;
let counterActions = 0; // POST /api/v1/counters/... made by this test
const clock = (body) => hall.req('POST', '/api/v1/test/clock', body);

async function act(staff, counter, action, body) {
  counterActions++;
  const r = await staff.req('POST', `/api/v1/counters/${counter}/${action}`, body);
  assert.equal(r.status, 200, `${counter}/${action}: ${r.text}`);
  return r.json.counter;
}

async function until(pred, ms = 5000) {
  const end = Date.now() + ms;
  while (Date.now() < end) { const v = await pred(); if (v) return v; await sleep(50); }
  throw new Error('condition not met in ' + ms + ' ms');
}

// Parses the exposition and checks its form on the way.
function parse(text) {
  const families = new Map(); // name -> { help, type }
  const samples = new Map();  // 'name{a="x",b="y"}' (labels sorted) -> number
  const done = new Set();     // families whose samples are over
  let current = null;
  assert.ok(text.endsWith('\n'), 'the exposition ends with a newline');
  for (const line of text.slice(0, -1).split('\n')) {
    const meta = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.+)$/.exec(line);
    if (meta) {
      const [, kind, name, rest] = meta;
      const f = families.get(name) || {};
      assert.equal(f[kind.toLowerCase()], undefined, `${kind} of ${name} appears once`);
      assert.equal(Object.keys(f).length, kind === 'HELP' ? 0 : 1, `HELP then TYPE for ${name}`);
      assert.ok(!done.has(name) && current !== name, `${name} declared before its samples`);
      if (kind === 'TYPE') assert.match(rest, /^(counter|gauge|histogram)$/);
      f[kind.toLowerCase()] = rest;
      families.set(name, f);
      continue;
    }
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    assert.ok(m, `a sample line: ${line}`);
    const [, name, labelText = '', value] = m;
    const labels = [];
    const rx = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"(,|$)/g;
    let consumed = 0;
    for (let l; (l = rx.exec(labelText));) { labels.push(`${l[1]}="${l[2]}"`); consumed += l[0].length; }
    assert.equal(consumed, labelText.length, `labels well formed: ${line}`);
    let fam = name;
    const hist = /^(.*)_(bucket|sum|count)$/.exec(name);
    if (hist && families.get(hist[1])?.type === 'histogram') fam = hist[1];
    assert.ok(families.get(fam)?.type, `${fam} has a TYPE before its samples`);
    if (current !== fam) {
      assert.ok(!done.has(fam), `the samples of ${fam} are together`);
      if (current) done.add(current);
      current = fam;
    }
    const key = `${name}{${labels.sort().join(',')}}`;
    assert.ok(!samples.has(key), `one sample ${key}`);
    assert.ok(!Number.isNaN(Number(value)), `a number: ${line}`);
    samples.set(key, Number(value));
  }
  for (const [name, f] of families) {
    if (f.type === 'counter') assert.match(name, /_total$/, 'counters end in _total');
    assert.ok(f.help, `${name} has HELP`);
  }
  return { families, samples };
}

const key = (name, labels = {}) =>
  `${name}{${Object.entries(labels).map(([k, v]) => `${k}="${v}"`).sort().join(',')}}`;

// The metrics now, parsed; get(name, labels) reads one sample.
async function scrape() {
  const r = await hall.req('GET', '/metrics');
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('content-type'), 'text/plain; version=0.0.4; charset=utf-8');
  const p = parse(r.text);
  p.text = r.text;
  p.get = (name, labels) => p.samples.get(key(name, labels));
  // every histogram: cumulative buckets, +Inf equal to _count
  for (const [name, f] of p.families) {
    if (f.type !== 'histogram') continue;
    const series = new Map();
    for (const [k, v] of p.samples) {
      const m = new RegExp(`^${name}_bucket\\{(.*)\\}$`).exec(k);
      if (!m) continue;
      const le = /le="([^"]*)"/.exec(m[1])[1];
      const rest = m[1].replace(/,?le="[^"]*"/, '').replace(/^,/, '');
      if (!series.has(rest)) series.set(rest, []);
      series.get(rest).push([le === '+Inf' ? Infinity : Number(le), v]);
    }
    assert.ok(series.size > 0, `${name} has buckets`);
    for (const [rest, buckets] of series) {
      for (let i = 1; i < buckets.length; i++) {
        assert.ok(buckets[i][0] > buckets[i - 1][0], `${name}{${rest}} le ascending`);
        assert.ok(buckets[i][1] >= buckets[i - 1][1], `${name}{${rest}} cumulative`);
      }
      const last = buckets[buckets.length - 1];
      assert.equal(last[0], Infinity, `${name}{${rest}} ends with +Inf`);
      assert.equal(p.samples.get(`${name}_count{${rest}}`), last[1], `${name}{${rest}} +Inf = count`);
      assert.ok(p.samples.has(`${name}_sum{${rest}}`), `${name}{${rest}} has a sum`);
    }
  }
  return p;
}


before(async () => {
  hall = new Hall({ plugins: dir,
    replace: [['{ number = 34; agency = "taspen"; }', '{ number = 34; agency = "uji"; }']] });
  hall.addUser('ani', 'staff', 'dukcapil');
  hall.addUser('budi', 'staff', 'pdam');
  hall.addUser('admin', 'admin');
  await hall.start();
  if ((await clock({ advance_ms: 0 })).status === 404) throw new Error('mppd was built without -DMPP_TEST_CLOCK=ON');
});
after(async () => { await hall.stop(); hall.cleanup(); rmSync(dir, { recursive: true, force: true }); });

test('a fresh hall: every agency shows with zeros, and promtool accepts the page', async () => {
  const m = await scrape();
  for (const a of ['dukcapil', 'pdam', 'uji']) {
    for (const name of ['mpp_tickets_issued_total', 'mpp_tickets_served_total', 'mpp_tickets_no_show_total',
      'mpp_tickets_transferred_total', 'mpp_waiting_tickets', 'mpp_wait_seconds_count',
      'mpp_service_seconds_count', 'mpp_plugin_hook_failures_total'])
      assert.equal(m.get(name, { agency: a }), 0, `${name}{agency="${a}"}`);
    assert.equal(m.get('mpp_tickets_cancelled_total', { agency: a, reason: 'closed' }), 0);
  }
  assert.equal(m.get('mpp_plugin_errors'), 0);
  assert.equal(m.get('mpp_commit_failures_total'), 0);
  assert.equal(m.get('mpp_plugin_reloads_total', { result: 'swapped' }), 0);
  assert.ok(m.get('mpp_lmdb_map_bytes') > 0 && m.get('mpp_lmdb_used_bytes') > 0);
  assert.ok(m.get('mpp_lmdb_used_bytes') <= m.get('mpp_lmdb_map_bytes'));
  const started = m.get('mpp_start_time_seconds');
  assert.ok(Math.abs(started - Date.now() / 1000) < 600, 'start time is now-ish');
  assert.ok(m.get('mpp_wait_seconds_bucket', { agency: 'pdam', le: '60' }) === 0);
  assert.ok(m.samples.has(key('mpp_wait_seconds_bucket', { agency: 'pdam', le: '7200' })), 'buckets up to 2 hours');
  assert.ok(m.samples.has(key('mpp_http_request_duration_seconds_bucket', { route: 'issue', le: '0.005' })),
    'le written as Prometheus clients write it');
  promtool(m.text);
});

test('a morning of traffic: counts per agency, wait and service times, latency per kind', async () => {
  const before0 = await scrape();
  const http0 = (route) => before0.get('mpp_http_request_duration_seconds_count', { route });
  await clock({ at_ms: Date.parse('2030-01-07T09:00:00+07:00') });
  ani = await hall.login('ani'); // after the clock's jump, or the session would be expired
  budi = await hall.login('budi');
  let issues = 0;
  const issue = async (service, extra) => {
    issues++;
    const r = await hall.issue(service, extra);
    assert.equal(r.status, 201, r.text);
    return r.json.ticket;
  };
  const t1 = await issue(SVC);
  const t2 = await issue(SVC);
  const t3 = await issue(SVC);
  const t4 = await issue(SVC, { print: true });
  const p1 = await issue(PDAM);
  assert.equal((await hall.req('POST', `/api/v1/tickets/${t4.token}/cancel`)).status, 200);
  await act(ani, 1, 'open');

  await clock({ advance_ms: 90_000 });
  await act(ani, 1, 'call', { number: t1.number });   // waited 90 s
  await act(ani, 1, 'start');
  await clock({ advance_ms: 200_000 });
  await act(ani, 1, 'finish');                        // served in 200 s
  await act(ani, 1, 'call', { number: t2.number });   // waited 290 s
  await act(ani, 1, 'no-show');
  await act(ani, 1, 'call', { number: t2.number });   // called back: no second wait
  await act(ani, 1, 'start');
  await clock({ advance_ms: 30_000 });
  await act(ani, 1, 'finish');                        // served in 30 s
  await act(ani, 1, 'cancel', { number: t3.number }); // cancelled by staff
  const t5 = await issue(SVC, { print: true });
  await clock({ advance_ms: 121_000 });               // never printed: cancelled
  assert.equal((await hall.req('GET', `/api/v1/tickets/${t5.token}`)).json.ticket.status, 'cancelled');
  await act(budi, 27, 'open');
  await act(budi, 27, 'transfer', { number: p1.number, service: SVC, place: 'back' });
  assert.equal((await hall.req('GET', '/kiosk')).status, 200);

  const m = await scrape();
  const d = { agency: 'dukcapil' };
  assert.equal(m.get('mpp_tickets_issued_total', d), 5);
  assert.equal(m.get('mpp_tickets_served_total', d), 2);
  assert.equal(m.get('mpp_tickets_no_show_total', d), 1);
  assert.equal(m.get('mpp_tickets_transferred_total', d), 1, 'the PDAM ticket moved in');
  for (const [reason, n] of Object.entries({ citizen: 1, staff: 1, print_timeout: 1, closed: 0, other: 0 }))
    assert.equal(m.get('mpp_tickets_cancelled_total', { ...d, reason }), n, reason);
  assert.equal(m.get('mpp_waiting_tickets', d), 1, 'only the transferred ticket waits');
  assert.equal(m.get('mpp_tickets_issued_total', { agency: 'pdam' }), 1);
  assert.equal(m.get('mpp_tickets_transferred_total', { agency: 'pdam' }), 0);
  assert.equal(m.get('mpp_waiting_tickets', { agency: 'pdam' }), 0);

  // waits 90 and 290 s; times are read to the second, so each may be 1 s off
  const wait = (le) => m.get('mpp_wait_seconds_bucket', { ...d, le });
  assert.deepEqual(['60', '120', '300', '7200', '+Inf'].map(wait), [0, 1, 2, 2, 2]);
  assert.equal(m.get('mpp_wait_seconds_count', d), 2, 'a no-show called back is not a second wait');
  assert.ok(Math.abs(m.get('mpp_wait_seconds_sum', d) - 380) <= 2, `wait sum ${m.get('mpp_wait_seconds_sum', d)}`);
  const svc = (le) => m.get('mpp_service_seconds_bucket', { ...d, le });
  assert.deepEqual(['60', '120', '300', '+Inf'].map(svc), [1, 1, 2, 2]);
  assert.ok(Math.abs(m.get('mpp_service_seconds_sum', d) - 230) <= 2);
  assert.equal(m.get('mpp_wait_seconds_count', { agency: 'pdam' }), 0);

  // every request of this test is in its kind's histogram
  const http = (route) => m.get('mpp_http_request_duration_seconds_count', { route }) - http0(route);
  assert.equal(http('issue'), issues);
  assert.equal(http('counter'), counterActions);
  assert.equal(http('page'), 1);
  assert.ok(http('read') >= 2 && http('write') >= 6, `read ${http('read')}, write ${http('write')}`);
  assert.ok(m.get('mpp_http_request_duration_seconds_sum', { route: 'issue' }) > 0);
  assert.ok(m.get('mpp_http_requests_total') >= m.get('mpp_http_errors_total'));

  // each change was committed in a round; the rounds wrote every ticket change
  const rounds = m.get('mpp_commit_duration_seconds_count') - before0.get('mpp_commit_duration_seconds_count');
  assert.ok(rounds >= 1);
  assert.equal(m.get('mpp_commit_tickets_count'), m.get('mpp_commit_duration_seconds_count'));
  assert.ok(m.get('mpp_commit_tickets_sum') - before0.get('mpp_commit_tickets_sum') >= issues + counterActions - 2,
    'a ticket record per issue and per ticket action');
  assert.equal(m.get('mpp_commit_failures_total'), 0);
  assert.ok(m.get('mpp_events_total') >= issues + counterActions);
  assert.ok(m.get('mpp_counters_open') >= 2);
  promtool(m.text);
});

test('WebSocket clients are counted while connected', async () => {
  const base = (await scrape()).get('mpp_ws_clients');
  const a = hall.ws();
  const b = hall.ws();
  await a.next((m) => m.type === 'snapshot');
  await b.next((m) => m.type === 'snapshot');
  assert.equal((await scrape()).get('mpp_ws_clients'), base + 2);
  await a.close();
  await until(async () => (await scrape()).get('mpp_ws_clients') === base + 1);
  await b.close();
  await until(async () => (await scrape()).get('mpp_ws_clients') === base);
});

test('hook failures and overruns are counted, survive a reload, and reloads are counted', async () => {
  admin = await hall.login('admin');
  await act(admin, 34, 'open');
  assert.equal((await hall.issue('uji/layanan')).status, 201);
  await act(admin, 34, 'call');
  await act(admin, 34, 'finish'); // the hook loops and is stopped
  const u = { agency: 'uji' };
  const m1 = await scrape();
  assert.ok(m1.get('mpp_plugin_hook_calls_total', u) >= 1);
  assert.ok(m1.get('mpp_plugin_hook_failures_total', u) >= 1);
  assert.ok(m1.get('mpp_plugin_budget_overruns_total', u) >= 1);
  assert.ok(m1.get('mpp_plugin_memory_bytes', u) > 0);
  assert.equal(m1.get('mpp_plugin_hook_failures_total', { agency: 'dukcapil' }), 0);

  // a good edit: fresh sandboxes, yet the counts only go up
  installUji('');
  const m2 = await until(async () => {
    const m = await scrape();
    return m.get('mpp_plugin_reloads_total', { result: 'swapped' }) >= 1 ? m : null;
  });
  for (const name of ['mpp_plugin_hook_calls_total', 'mpp_plugin_hook_failures_total', 'mpp_plugin_budget_overruns_total'])
    assert.ok(m2.get(name, u) >= m1.get(name, u), `${name} did not go down after the reload`);
  assert.equal(m2.get('mpp_plugin_memory_bytes', u), undefined, 'no hooks now: no Lua state to measure');
  assert.equal(m2.get('mpp_plugin_reloads_total', { result: 'refused' }), 0);

  // a broken edit is refused and counted; the running version stays
  installUji('local broken = \n');
  const m3 = await until(async () => {
    const m = await scrape();
    return m.get('mpp_plugin_reloads_total', { result: 'refused' }) >= 1 ? m : null;
  });
  assert.equal(m3.get('mpp_plugin_errors'), 1, 'counted as /healthz lists it (the running version still loads)');
  assert.ok(m3.get('mpp_plugin_hook_failures_total', u) >= m1.get('mpp_plugin_hook_failures_total', u));
  installUji('');
  promtool(m3.text);
});
