// hostile_plugin.test.mjs - the second pass over hostile plugins (findings 1
// and 8 of "Hardening, second pass"), against the real mppd. While each
// attack runs, a poller asks /healthz every few milliseconds and the hall's
// answer time must stay under P99_MS at the 99th percentile: a plugin may
// fail, but never freeze the hall. The review's target is 50 ms: measured
// under 5 ms on the sanitizer build on a quiet machine (before the fix:
// seconds); the suite allows 100 ms, since with some 30 answers per attack
// the p99 is the slowest one and a busy machine's single hiccup must not
// fail it. MPP_HEALTHZ_P99_MS=50 holds it to the target.
//
//   finding 1: a ticket.issued hook of ten s:find(".-b") on a 9,999-byte
//   string (each call ran 0.36 s in C, out of reach of the instruction
//   hook), and a file whose load runs such calls, saved by a live edit;
//   mppctl check on that file ends quickly and names the line.
//   finding 8: a kiosk input pattern with a back-reference (^(a*)*\1$) and a
//   701-byte value; long values; refused inputs counted by the rate limit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, copyFileSync, writeFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hall, ROOT, sleep, until, rawRequest } from './lib/hall.mjs';

const P99_MS = Number(process.env.MPP_HEALTHZ_P99_MS || 100);

const MPPCTL = process.env.MPPCTL || join(ROOT, 'build-test/mppctl');
const dir = mkdtempSync(join(tmpdir(), 'mpp-hostile2-'));
copyFileSync(join(ROOT, 'plugins', 'dukcapil.lua'), join(dir, 'dukcapil.lua'));

const HEAD = `
local agency = mpp.agency { id = "uji", name = "Instansi Uji", kind = "OPD", prefix = "Z" }
`;
const service = (extra = '') => `agency:service { id = "layanan", name = "Layanan Uji",
  requirements = { "-" }, procedure = { "-" }, minutes = 5, fee = 0, product = "-",
  complaint_channel = "-", legal_basis = "-", source = "fixture"${extra} }
`;
function install(body, svc = service()) {
  writeFileSync(join(dir, 'uji.lua.new'), HEAD + svc + body);
  renameSync(join(dir, 'uji.lua.new'), join(dir, 'uji.lua'));
}

// the slow file: 40 calls that each take about 0.36 s in C at load time
const SLOW_LOAD = `local s = string.rep("a", 9999)
local n = 0
for i = 1, 40 do
  if s:find(".-b") then n = n + 1 end
end
`;
const SLOW_LINE = HEAD.split('\n').length + service().split('\n').length - 2 + 4;

let hall;
before(async () => {
  install('');
  hall = new Hall({ plugins: dir,
    replace: [['{ number = 34; agency = "taspen"; }', '{ number = 34; agency = "uji"; }']] });
  await hall.start();
});
after(async () => { await hall.stop(); hall.cleanup(); });

async function health() { return (await hall.req('GET', '/healthz')).json; }

// Asks /healthz one request after the other (5 ms apart) until stopped;
// stop() resolves the answer times' count, 99th percentile and maximum.
function poll() {
  const times = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const t0 = performance.now();
      const r = await hall.req('GET', '/healthz');
      times.push(performance.now() - t0);
      assert.equal(r.status, 200);
      await sleep(5);
    }
  })();
  return async () => {
    running = false;
    await done;
    times.sort((a, b) => a - b);
    const p99 = times[Math.min(times.length - 1, Math.ceil(times.length * 0.99) - 1)];
    return { n: times.length, p99: Math.round(p99), max: Math.round(times[times.length - 1]) };
  };
}

function report(what, h) {
  console.log(`${what}: /healthz ${h.n} answers, p99 ${h.p99} ms, slowest ${h.max} ms`);
}

async function swapped(body, svc) {
  const feed = hall.ws();
  await feed.next((m) => m.type === 'snapshot'); // every change from here on reaches it
  install(body, svc);
  await feed.next((m) => m.type === 'agency.updated' && m.agency === 'uji', 10000);
  await feed.close();
}

test('finding 1: a ticket.issued hook of ten s:find(".-b") on 9,999 bytes is stopped within budget and reported', async () => {
  await swapped(`local s = string.rep("a", 9999)
agency:on("ticket.issued", function(t)
  for i = 1, 10 do s:find(".-b") end
end)
`);
  const stop = poll();
  await sleep(100);
  const t0 = Date.now();
  for (let i = 0; i < 4; i++) assert.equal((await hall.issue('uji/layanan')).status, 201);
  const took = Date.now() - t0;
  await sleep(100);
  const h = await stop();
  report(`4 tickets in ${took} ms`, h);
  const j = await health();
  const e = j.plugin_errors.find((x) => x.runtime && /uji\.lua$/.test(x.file));
  assert.ok(e, 'reported in /healthz: ' + JSON.stringify(j.plugin_errors));
  assert.equal(j.status, 'degraded');
  assert.match(e.message, /ticket\.issued/);
  assert.ok(h.p99 < P99_MS, `/healthz p99 ${h.p99} ms while the hook ran`);
});

test('finding 1: a slow file saved by a live edit does not stall /healthz; the overrun is reported with its line', async () => {
  await swapped('');
  const stop = poll();
  await sleep(100);
  const logged = hall.log.length;
  const t0 = Date.now();
  install(SLOW_LOAD);
  // the reload's end: swapped in, or refused because the file fails
  await until(async () => /reloaded in|reload refused/.test(hall.log.slice(logged)), 120000);
  const took = Date.now() - t0;
  const j = await health();
  await sleep(100);
  const h = await stop();
  report(`slow file saved, reload ended after ${took} ms`, h);
  const e = j.plugin_errors.find((x) => /uji\.lua$/.test(x.file));
  assert.ok(e && e.running_previous_version, 'refused: ' + JSON.stringify(j.plugin_errors));
  assert.equal(e.line, SLOW_LINE, JSON.stringify(e));
  assert.match(e.message, /budget|longer than/);
  assert.equal((await hall.issue('uji/layanan')).status, 201, 'the previous version serves');
  assert.ok(h.p99 < P99_MS, `/healthz p99 ${h.p99} ms while the file loaded`);
});

test('finding 1: mppctl check on the slow file ends within seconds and names the line', () => {
  const f = join(mkdtempSync(join(tmpdir(), 'mpp-check-')), 'slow.lua');
  writeFileSync(f, HEAD + service() + SLOW_LOAD);
  const t0 = Date.now();
  let out = '';
  try {
    execFileSync(MPPCTL, ['check', f], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) { out = String(err.stdout) + String(err.stderr); }
  const took = Date.now() - t0;
  console.log(`mppctl check on the slow file: ${took} ms: ${out.trim().split('\n')[0]}`);
  assert.match(out, new RegExp(`slow\\.lua:${SLOW_LINE}: .*(budget|longer than)`));
  assert.ok(took < 5000, `mppctl check took ${took} ms`);
});

const REDOS = String.raw`^(a*)*\1$`;
const input = (pattern) => service(`,
  inputs = { { name = "kode", label = "Kode", pattern = "${pattern.replaceAll('\\', '\\\\')}", message = "kode salah" } }`);

test('finding 8: a back-reference input pattern is refused at load and a 701-byte value never blocks the hall', async () => {
  await swapped('');
  install('', input(REDOS));
  const j = await until(async () => {
    const v = await health();
    return v.plugin_errors.some((x) => /uji\.lua$/.test(x.file)) ? v : null;
  }).catch(() => null);
  const stop = poll();
  await sleep(100);
  const t0 = Date.now();
  const r = await hall.issue('uji/layanan', { fields: { kode: 'a'.repeat(700) + 'b' } });
  const took = Date.now() - t0;
  await sleep(100);
  const h = await stop();
  report(`a 701-byte value answered ${r.status} in ${took} ms`, h);
  assert.ok(j, 'the pattern is refused at load');
  const e = j.plugin_errors.find((x) => /uji\.lua$/.test(x.file));
  const lines = (HEAD + input(REDOS)).split('\n');
  assert.equal(e.line, lines.findIndex((l) => /pattern = /.test(l)) + 1, 'the line of the pattern itself');
  assert.ok(e.line > HEAD.split('\n').length, 'not the line where the service opens');
  assert.match(e.message, /input 1 'kode': pattern refused: a back-reference/);
  assert.ok(h.p99 < P99_MS, `/healthz p99 ${h.p99} ms while the value was checked`);
});

test('finding 8: a value longer than 256 characters is refused with 422 naming the field', async () => {
  await swapped('', input('^[a-z0-9]+$'));
  const ok = await hall.issue('uji/layanan', { fields: { kode: 'a'.repeat(256) } });
  assert.equal(ok.status, 201, ok.text);
  const r = await hall.issue('uji/layanan', { fields: { kode: 'a'.repeat(257) } });
  assert.equal(r.status, 422, r.text);
  assert.equal(r.json.error.code, 'invalid_field');
  assert.equal(r.json.error.field, 'fields.kode');
  assert.match(r.json.error.message, /256/);
});

test('finding 8: refused inputs count against the issue rate limit', async () => {
  // 127.0.0.2 is not on the allow-list: 30 issues a minute
  let last;
  for (let i = 0; i < 31; i++) {
    last = await rawRequest(hall.base + '/api/v1/tickets', { method: 'POST', from: '127.0.0.2',
      headers: { 'content-type': 'application/json' },
      body: { service: 'uji/layanan', fields: { kode: 'BAD!' } } });
    if (i < 30) assert.equal(last.status, 422, `request ${i + 1}: ${last.text}`);
  }
  assert.equal(last.status, 429);
  assert.equal(last.json.error.code, 'rate_limited');
});

test('a route function failing every other call is disabled after 3 failures within its last 10 calls, though a healthy hook runs between them', async () => {
  await swapped(`local called, routed = 0, 0
agency:on("ticket.called", function(t) called = called + 1 end)
agency:on("route", function(counter, heads)
  routed = routed + 1
  if routed % 2 == 1 then error("rute rusak") end
end)
`);
  try { hall.addUser('uji-staff', 'staff', 'uji'); } catch { /* made by an earlier run */ }
  const staff = await hall.login('uji-staff');
  assert.equal((await staff.req('POST', '/api/v1/counters/34/open')).status, 200);
  // route calls 1, 3 and 5 fail: never 2 in a row, 3 within the last 10
  for (let i = 0; i < 5; i++) {
    assert.equal((await hall.issue('uji/layanan')).status, 201);
    const c = await staff.req('POST', '/api/v1/counters/34/call', {});
    assert.equal(c.status, 200, 'the declared routing calls the ticket: ' + c.text);
    assert.equal((await staff.req('POST', '/api/v1/counters/34/finish')).status, 200);
  }
  const e = (await health()).plugin_errors.find((x) => x.runtime && /uji\.lua$/.test(x.file));
  assert.ok(e, 'reported in /healthz');
  assert.match(e.message, /route: .*rute rusak/);
  assert.match(e.message, /hooks disabled/, 'three route failures within 10 calls disable the hooks: ' + e.message);
  assert.match(e.message, /\(3 failed hook calls/);
  assert.match(hall.log, /hooks disabled after 3 failures of route within its last 10 calls/);
  await staff.req('POST', '/api/v1/counters/34/close');
});

test('the admin\'s reload button loads off the loop: /healthz answers while a slow file loads, and the answer says it was refused', async () => {
  await swapped('');
  try { hall.addUser('uji-admin', 'admin'); } catch { /* made by an earlier run */ }
  const admin = await hall.login('uji-admin');
  install(SLOW_LOAD);
  const stop = poll();
  await sleep(100);
  const r = await admin.req('POST', '/api/v1/plugins/reload', {});
  await sleep(100);
  const h = await stop();
  report('admin reload of the slow file', h);
  assert.equal(r.status, 200, r.text);
  // agency by agency: dukcapil's file loads and is taken, uji's slow one is
  // refused and its running version stays
  assert.equal(r.json.swapped, true, r.text);
  assert.ok(r.json.errors.some((e) => /uji\.lua$/.test(e.file)), r.text);
  const stale = (await hall.req('GET', '/healthz')).json.plugin_errors.filter((e) => /uji\.lua$/.test(e.file));
  assert.ok(stale.length && stale.every((e) => e.running_previous_version), JSON.stringify(stale));
  assert.ok(h.p99 < P99_MS, `/healthz p99 ${h.p99} ms while the admin's reload loaded`);
  await swapped(''); // swapped in before the next test installs its own
});

test('mppctl try fails on a route function that errors, with its line, and checks expected refusals', () => {
  const tdir = mkdtempSync(join(tmpdir(), 'mpp-try-'));
  const plugin = join(tdir, 'uji.lua');
  writeFileSync(plugin, HEAD + service(', quota = 2') + `agency:on("route", function(counter, heads)
  error("rute rusak")
end)
`);
  const script = join(tdir, 'day.txt');
  writeFileSync(script, 'issue layanan x2\nissue layanan expect refused quota_reached\nopen 34\ncall 34\n');
  let out = '', code = 0;
  try {
    execFileSync(MPPCTL, ['--config', hall.cfg, 'try', plugin, script], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) { code = e.status; out = String(e.stdout); }
  assert.equal(code, 1, 'a failing route function fails the rehearsal');
  assert.match(out, /refused as expected \(quota_reached\)/);
  assert.match(out, /line 4: the plugin failed: plugins\/uji\.lua:\d+: route: .*rute rusak/);
  writeFileSync(plugin, HEAD + service(', quota = 2'));
  const fine = execFileSync(MPPCTL, ['--config', hall.cfg, 'try', plugin, script], { encoding: 'utf8' });
  assert.match(fine, /every expectation held/);
  writeFileSync(script, 'issue layanan expect refused quota_reached\n');
  try {
    execFileSync(MPPCTL, ['--config', hall.cfg, 'try', plugin, script], { encoding: 'utf8', stdio: 'pipe' });
    assert.fail('a refusal that did not come is a problem');
  } catch (e) { assert.match(String(e.stdout), /expected to be refused as quota_reached, but it worked/); }
  rmSync(tdir, { recursive: true, force: true });
});

test('mppctl check runs a smoke day: a route function that errors, loops or makes up a ticket fails it with its line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mpp-smoke-'));
  const routes = {
    'an error': 'error("rute rusak")',
    'a loop': 'while true do end',
    'a made-up ticket': 'return { number = "Z-999" }',
  };
  for (const [what, body] of Object.entries(routes)) {
    const f = join(dir, 'uji.lua');
    writeFileSync(f, HEAD + service() + `agency:on("route", function(counter, heads)\n  ${body}\nend)\n`);
    let out = '', code = 0;
    try {
      out = execFileSync(MPPCTL, ['--config', hall.cfg, 'check', f], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) { code = e.status; out = String(e.stdout); }
    assert.equal(code, 1, `${what}: check fails`);
    assert.match(out, /the plugin failed: plugins\/uji\.lua:\d+: route: /, what + ': ' + out);
    assert.match(out, /smoke day: .* [1-9]\d* problem\(s\)/);
  }
  const f = join(dir, 'uji.lua');
  writeFileSync(f, HEAD + service() + 'agency:on("route", function(counter, heads) return heads[1] end)\n');
  const ok = execFileSync(MPPCTL, ['--config', hall.cfg, 'check', f], { encoding: 'utf8' });
  assert.match(ok, /smoke day: \d+ tickets, \d+ calls at 1 counters, [1-9]\d* hook and route calls, 0 problem/);
  rmSync(dir, { recursive: true, force: true });
});

test('a plugin reads the hall\'s clock (mpp.now) and writes to the hall log under its name (mpp.log)', async (t) => {
  const clock = (body) => hall.req('POST', '/api/v1/test/clock', body);
  if ((await clock({ advance_ms: 0 })).status === 404) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  await swapped(`agency:on("ticket.issued", function(tk)
  local now = mpp.now()
  mpp.log.info(string.format("tiket %s pada %s %02d:%02d hari ke-%d", tk.number, now.date, now.hour, now.minute, now.weekday))
  if now.hour >= 15 then mpp.log.warn("di luar jam\\nbaris kedua") end
end)
`);
  await clock({ at_ms: Date.parse('2030-01-08T15:30:00+07:00') });
  const logged = hall.log.length;
  const r = await hall.issue('uji/layanan');
  assert.equal(r.status, 201);
  await until(async () => /plugin: uji: di luar jam/.test(hall.log.slice(logged)));
  const tail = hall.log.slice(logged);
  assert.match(tail, new RegExp(`INFO plugin: uji: tiket ${r.json.ticket.number} pada 2030-01-08 15:30 hari ke-2`));
  assert.match(tail, /WARN plugin: uji: di luar jam\?baris kedua/, 'one line: a line break is no way to forge log lines');
  await swapped('');
});

test('the guide\'s route example (elderly, then pregnant, then the rest) passes its rehearsal; a new agency without a counter is told which line to add', () => {
  const ex = join(ROOT, 'docs', 'examples', 'route');
  const out = execFileSync(MPPCTL, ['--config', join(ex, 'hall.cfg'), 'try', join(ex, 'bpom.lua'), join(ex, 'bpom.txt')],
    { encoding: 'utf8' });
  assert.match(out, /every expectation held/);
  const lonely = execFileSync(MPPCTL, ['--config', join(ROOT, 'mppd.cfg'), 'check', join(ex, 'bpom.lua')], { encoding: 'utf8' });
  assert.match(lonely, /warning: the hall config \(.*mppd\.cfg\) gives agency 'bpom' no counter.*add \{ number = \d+; agency = "bpom"; \} to its counters list/);
  assert.match(lonely, /^ok: bpom/m);
});
