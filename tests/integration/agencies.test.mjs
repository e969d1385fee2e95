// agencies.test.mjs - what a citizen sees of an agency (contract v2,
// "Agencies"): every bundled agency has the short name a citizen knows it
// by; a plugin may ship a small SVG logo beside it, served by mppd; a logo
// that could run anything (a script, an event handler, an outside
// reference) is refused by mppctl check and by the loader, naming the file.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, copyFileSync, writeFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hall, ROOT } from './lib/hall.mjs';

const MPPCTL = process.env.MPPCTL || join(ROOT, 'build-test/mppctl');
const cleanups = [];
after(async () => { for (const f of cleanups.reverse()) await f(); });

const UJI = (logo) => `local agency = mpp.agency { id = "uji", name = "Instansi Uji Coba Kabupaten",
  short = "Uji Coba", ${logo ? `logo = "${logo}",` : ''} kind = "OPD", prefix = "Z" }
agency:service { id = "layanan", name = "Layanan Uji", requirements = { "-" }, procedure = { "-" },
  minutes = 5, fee = 0, product = "-", complaint_channel = "-", legal_basis = "-", source = "fixture" }
`;
const CLEAN_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#0a5"/></svg>';

function pluginsDir(files) {
  const dir = mkdtempSync(join(tmpdir(), 'mpp-agencies-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  copyFileSync(join(ROOT, 'plugins', 'dukcapil.lua'), join(dir, 'dukcapil.lua'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function check(dir, file) {
  try {
    return { code: 0, out: execFileSync(MPPCTL, ['--config', join(ROOT, 'mppd.cfg'), 'check', join(dir, file)], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (e) { return { code: e.status, out: String(e.stdout) + String(e.stderr) }; }
}

test('every bundled agency has a short name of at most 24 characters, and no logo', async () => {
  const hall = new Hall();
  await hall.start();
  cleanups.push(async () => { await hall.stop(); hall.cleanup(); });
  const { agencies } = (await hall.req('GET', '/api/v1/agencies')).json;
  assert.equal(agencies.length, 20);
  for (const a of agencies) {
    assert.ok(typeof a.short === 'string' && a.short.length >= 2 && [...a.short].length <= 24, `${a.id}: ${a.short}`);
    assert.ok(a.short.length < a.name.length || a.short === a.name, a.id);
    assert.equal(a.logo, null);
  }
  const byId = Object.fromEntries(agencies.map((a) => [a.id, a.short]));
  assert.equal(byId.dukcapil, 'Dukcapil');
  assert.equal(byId.imigrasi, 'Imigrasi');
  assert.equal(byId.pln, 'PLN');
  assert.equal(new Set(agencies.map((a) => a.short)).size, 20, 'no two agencies share a short name');
});

test('a plugin\'s SVG logo is served by mppd, under a policy that runs nothing', async () => {
  const dir = pluginsDir({ 'uji.lua': UJI('uji.svg'), 'uji.svg': CLEAN_SVG });
  assert.equal(check(dir, 'uji.lua').code, 0);
  const hall = new Hall({ plugins: dir,
    replace: [['{ number = 34; agency = "taspen"; }', '{ number = 34; agency = "uji"; }']] });
  await hall.start();
  cleanups.push(async () => { await hall.stop(); hall.cleanup(); });
  const uji = (await hall.req('GET', '/api/v1/agencies')).json.agencies.find((a) => a.id === 'uji');
  assert.equal(uji.short, 'Uji Coba');
  assert.equal(uji.logo, '/api/v1/agencies/uji/logo.svg');
  const r = await hall.req('GET', uji.logo);
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('content-type'), 'image/svg+xml');
  assert.match(r.headers.get('content-security-policy'), /default-src 'none'/);
  assert.equal(r.text, CLEAN_SVG);
  assert.equal((await hall.req('GET', '/api/v1/agencies/dukcapil/logo.svg')).status, 404);
  assert.equal((await hall.req('GET', '/api/v1/agencies/nobody/logo.svg')).status, 404);
});

test('a logo that could run anything, or is too large, is refused naming the file', () => {
  const bad = {
    'a <script>': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    'an event handler': '<svg xmlns="http://www.w3.org/2000/svg"><rect onload="alert(1)"/></svg>',
    'an outside reference': '<svg><image href="https://example.org/x.png"/></svg>',
    'not an svg': 'GIF89a',
    'too large': '<svg>' + ' '.repeat(17000) + '</svg>',
  };
  for (const [what, svg] of Object.entries(bad)) {
    const dir = pluginsDir({ 'uji.lua': UJI('uji.svg'), 'uji.svg': svg });
    const r = check(dir, 'uji.lua');
    assert.notEqual(r.code, 0, what);
    assert.match(r.out, /logo plugins\/uji\.svg cannot be shown/, `${what}: ${r.out}`);
  }
  const missing = check(pluginsDir({ 'uji.lua': UJI('uji.svg') }), 'uji.lua');
  assert.notEqual(missing.code, 0);
  assert.match(missing.out, /uji\.svg cannot be shown: cannot open the file/);
  const path = check(pluginsDir({ 'uji.lua': UJI('../etc/passwd.svg') }), 'uji.lua');
  assert.notEqual(path.code, 0);
  assert.match(path.out, /logo must name an SVG file beside the plugin/);
});

test('counters whose agency has no plugin make the hall degraded, with a warning that says what to do', async () => {
  const dir = pluginsDir({});
  const hall = new Hall({ plugins: dir, keepCounters: true });
  await hall.start();
  cleanups.push(async () => { await hall.stop(); hall.cleanup(); });
  const h = (await hall.req('GET', '/healthz')).json;
  assert.equal(h.status, 'degraded');
  const w = h.warnings.find((x) => x.includes("agency 'imigrasi'"));
  assert.ok(w, JSON.stringify(h.warnings));
  assert.match(w, /add plugins\/imigrasi\.lua or give the counters to another agency/);
  assert.ok(!h.warnings.some((x) => x.includes("agency 'dukcapil'")), 'dukcapil has its plugin');
});

test('each service says what is left of its daily quota today (null without one), so the kiosk can grey it out', async () => {
  const hall = new Hall();
  await hall.start();
  cleanups.push(async () => { await hall.stop(); hall.cleanup(); });
  const svc = async (id) => (await hall.req('GET', '/api/v1/agencies')).json.agencies
    .flatMap((a) => a.services).find((s) => s.id === id);
  const paspor = await svc('imigrasi/paspor-baru');
  assert.equal(paspor.remaining, paspor.quota - 0, 'a fresh day: the whole quota');
  assert.equal((await svc('dukcapil/legalisasi')).remaining, null, 'no quota: null');
  for (let i = 0; i < 3; i++) {
    assert.equal((await hall.req('POST', '/api/v1/tickets', { service: 'imigrasi/paspor-baru' })).status, 201);
  }
  await new Promise((ok) => setTimeout(ok, 1100)); // the reply is made again at most once a second
  assert.equal((await svc('imigrasi/paspor-baru')).remaining, paspor.quota - 3);
});

test('a priority group asked for a service without priority is refused 422 naming priority; with it, the ticket is taken', async () => {
  const hall = new Hall();
  await hall.start();
  cleanups.push(async () => { await hall.stop(); hall.cleanup(); });
  const services = (await hall.req('GET', '/api/v1/agencies')).json.agencies.flatMap((a) => a.services);
  const without = services.find((s) => s.priority === false && s.kiosk !== false);
  const withIt = services.find((s) => s.priority === true && s.kiosk !== false);
  const refused = await hall.req('POST', '/api/v1/tickets', { service: without.id, priority: 'lansia' });
  assert.equal(refused.status, 422, refused.text);
  assert.deepEqual([refused.json.error.code, refused.json.error.field], ['invalid_field', 'priority']);
  const taken = await hall.req('POST', '/api/v1/tickets', { service: withIt.id, priority: 'lansia' });
  assert.equal(taken.status, 201, taken.text);
  assert.equal(taken.json.ticket.priority, 'lansia');
});
