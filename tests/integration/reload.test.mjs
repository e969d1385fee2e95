// reload.test.mjs - live reload of plugins against the real mppd: a good
// edit is swapped in and announced with agency.updated while waiting
// tickets stay, /api/v1/agencies and /api/v1/facts show it; a bad edit leaves the running version and says why in
// /healthz; mppctl reload reports both; SIGHUP reloads every plugin;
// rate limits on issue and login.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, copyFileSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hall, ROOT, sleep } from './lib/hall.mjs';

const dir = mkdtempSync(join(tmpdir(), 'mpp-reload-'));
for (const f of ['dukcapil.lua', 'samsat.lua']) copyFileSync(join(ROOT, 'plugins', f), join(dir, f));
const file = (f) => join(dir, f);

// editors write a new file and rename it over the old one
function saveLikeAnEditor(f, text) {
  writeFileSync(file(f) + '.swp', text);
  renameSync(file(f) + '.swp', file(f));
}

async function until(pred, ms = 5000) {
  const end = Date.now() + ms;
  while (Date.now() < end) { const v = await pred(); if (v) return v; await sleep(50); }
  throw new Error('condition not met in ' + ms + ' ms');
}

let hall;
before(async () => {
  hall = new Hall({
    plugins: dir,
    replace: [['issue_per_minute = 30;', 'issue_per_minute = 5;'],
      ['allow = [ "127.0.0.1", "::1" ];', 'allow = [ "10.9.9.9" ];']],
  });
  await hall.start();
});
after(async () => { await hall.stop(); hall.cleanup(); });

test('a good edit is swapped in, announced, and waiting tickets stay', async () => {
  const waiting = (await hall.issue('dukcapil/legalisasi')).json.ticket;
  const feed = hall.ws();
  await feed.next((m) => m.type === 'snapshot');
  const factsName = async () => (await hall.req('GET', '/api/v1/facts')).json.agencies
    .find((x) => x.id === 'dukcapil').services.find((s) => s.id === 'dukcapil/legalisasi').name;
  assert.match(await factsName(), /^Legalisasi/); // made, and kept for this catalogue
  const text = readFileSync(file('dukcapil.lua'), 'utf8');
  saveLikeAnEditor('dukcapil.lua', text.replace(/name = "Legalisasi[^"]*"/, 'name = "Legalisasi Dokumen (diperbarui)"'));
  const ev = await feed.next((m) => m.type === 'agency.updated' && m.agency === 'dukcapil');
  assert.ok(ev.seq > 0);
  const a = await hall.req('GET', '/api/v1/agencies');
  const svc = a.json.agencies.find((x) => x.id === 'dukcapil').services.find((s) => s.id === 'dukcapil/legalisasi');
  assert.equal(svc.name, 'Legalisasi Dokumen (diperbarui)');
  assert.equal(await factsName(), 'Legalisasi Dokumen (diperbarui)', 'the facts follow the new catalogue');
  const t = await hall.req('GET', `/api/v1/tickets/${waiting.token}`);
  assert.equal(t.json.ticket.status, 'waiting');
  assert.equal(t.json.ticket.number, waiting.number);
  await feed.close();
});

test('a bad edit leaves the running version and says why', async () => {
  const good = readFileSync(file('samsat.lua'), 'utf8');
  const feed = hall.ws();
  await feed.next((m) => m.type === 'snapshot');
  saveLikeAnEditor('samsat.lua', good + '\nlocal broken = \n');
  const h = await until(async () => {
    const r = await hall.req('GET', '/healthz');
    return r.json.plugin_errors.length ? r.json : null;
  });
  assert.equal(h.status, 'degraded');
  assert.equal(h.agencies, 2, 'samsat still serves');
  assert.match(h.plugin_errors[0].file, /samsat\.lua$/);
  assert.ok(h.plugin_errors[0].line > 0);
  assert.equal(h.plugin_errors[0].running_previous_version, true);
  const ev = await feed.next((m) => m.type === 'agency.reload_failed');
  assert.equal(ev.agency, 'samsat', 'staff hear that the edit was not taken');
  assert.match(ev.file, /samsat\.lua$/);
  assert.equal(ev.line, h.plugin_errors[0].line);
  assert.ok(ev.message.length > 0);
  await feed.close();
  const metric = (await hall.req('GET', '/metrics')).text.match(/^mpp_plugin_errors (\d+)/m);
  assert.ok(Number(metric[1]) >= 1, '/metrics counts what /healthz shows');
  const samsat = (await hall.req('GET', '/api/v1/agencies')).json.agencies.find((x) => x.id === 'samsat');
  const r = await hall.issue(samsat.services[0].id);
  assert.equal(r.status, 201, 'the previous version keeps issuing');

  // mppctl reload names the problem and refuses
  assert.throws(() => hall.ctl(['--plugins', dir, 'reload', 'samsat']), /problems|refused/);
  // the fix, through mppctl reload
  writeFileSync(file('samsat.lua'), good);
  const out = hall.ctl(['--plugins', dir, 'reload', 'samsat']);
  assert.match(out, /reloaded: samsat/);
  const after = await hall.req('GET', '/healthz');
  assert.equal(after.json.status, 'ok');
});

test('SIGHUP (systemctl reload) reloads every plugin and mppd keeps serving', async () => {
  const waiting = (await hall.issue('dukcapil/legalisasi')).json.ticket;
  const reloads = async () => {
    const m = (await hall.req('GET', '/metrics')).text.match(/^mpp_plugin_reloads_total\{result="swapped"\} (\d+)/m);
    return m ? Number(m[1]) : 0;
  };
  const before = await reloads();
  hall.proc.kill('SIGHUP');
  await until(async () => (await reloads()) === before + 1);
  assert.match(hall.log, /SIGHUP: reloading every plugin/);
  assert.equal(hall.proc.exitCode, null, 'mppd still runs');
  const h = await hall.req('GET', '/healthz');
  assert.equal(h.json.agencies, 2);
  const t = await hall.req('GET', `/api/v1/tickets/${waiting.token}`);
  assert.equal(t.json.ticket.status, 'waiting');
});

test('a reload names each agency it took anew once, in its answer and on the feed', async () => {
  hall.addUser('kepala', 'admin');
  const admin = await hall.login('kepala');
  const feed = hall.ws();
  await feed.next((m) => m.type === 'snapshot');
  const r = await admin.req('POST', '/api/v1/plugins/reload');
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.updated, 2, 'two agencies, each once');
  await sleep(500); // the feed's announcements come with the swap
  const announced = feed.messages.filter((m) => m.type === 'agency.updated').map((m) => m.agency).sort();
  assert.deepEqual(announced, ['dukcapil', 'samsat']);
  feed.messages.length = 0;
  assert.match(hall.ctl(['--plugins', dir, 'reload', 'samsat']), /^reloaded: samsat is running the new version$/m);
  await sleep(500);
  assert.deepEqual(feed.messages.filter((m) => m.type === 'agency.updated').map((m) => m.agency), ['samsat']);
  await feed.close();
});

test('tickets are rate limited per address outside the allow-list', async () => {
  let last;
  for (let i = 0; i < 8; i++) last = await hall.issue('dukcapil/legalisasi');
  assert.equal(last.status, 429);
  assert.equal(last.json.error.code, 'rate_limited');
  assert.equal(last.headers.get('retry-after'), '60');
});

test('logins are rate limited per address and account', async () => {
  hall.addUser('ani', 'staff', 'dukcapil');
  let last;
  for (let i = 0; i < 12; i++) last = await hall.req('POST', '/api/v1/session', { username: 'ani', password: 'salah-salah' });
  assert.equal(last.status, 429);
});
