// visits.test.mjs - visits across agencies against the real mppd (CONTRACT.md,
// "Visits across agencies"): services carry the documents they need and
// give; a plan orders a passport after the family card and ID it needs,
// adds what the citizen lacks and drops what they bring; what cannot be
// done today is named; unknown services and documents are refused by name.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Hall } from './lib/hall.mjs';

let hall;
before(async () => { hall = new Hall(); await hall.start(); });
after(async () => { await hall.stop(); hall.cleanup(); });

const plan = (q) => hall.req('GET', `/api/v1/plans?${q}`);

test('services carry needs and gives, from one vocabulary of documents', async () => {
  const agencies = (await hall.req('GET', '/api/v1/agencies')).json.agencies;
  const svc = (id) => agencies.flatMap((a) => a.services).find((s) => s.id === id);
  assert.deepEqual(svc('imigrasi/paspor-baru').needs, ['ktp-el', 'kk', 'akta-kelahiran']);
  assert.deepEqual(svc('imigrasi/paspor-baru').gives, ['paspor']);
  assert.deepEqual(svc('dukcapil/kk-baru').gives, ['kk']);
  assert.deepEqual(svc('dukcapil/legalisasi').needs, [], 'an empty list, not null');
});

test('a passport without a family card: Dukcapil first, then Imigrasi, with what to bring and a time', async () => {
  const p = (await plan('services=imigrasi/paspor-baru&have=ktp-el,akta-kelahiran,buku-nikah')).json;
  assert.deepEqual(p.steps.map((s) => s.service), ['dukcapil/kk-baru', 'imigrasi/paspor-baru']);
  assert.equal(p.steps[0].added, true);
  assert.match(p.steps[0].why, /Kartu Keluarga/);
  assert.equal(p.steps[0].agency, 'Dukcapil');
  assert.deepEqual(p.bring.sort(), ['akta-kelahiran', 'buku-nikah', 'ktp-el']);
  assert.equal(p.documents['ktp-el'], 'KTP elektronik');
  assert.ok(p.minutes >= 15 + 20, 'at least the two services\' standard times: ' + p.minutes);
  assert.deepEqual(p.problems, []);
  const all = (await plan('services=imigrasi/paspor-baru&have=kk,ktp-el,akta-kelahiran')).json;
  assert.deepEqual(all.steps.map((s) => s.service), ['imigrasi/paspor-baru'], 'nothing added when all is in hand');
});

test('the order follows the documents, not the order asked; land transfer after its tax', async () => {
  const p = (await plan('services=bpn/peralihan-jual-beli,bapenda/bphtb-validasi&have=ktp-el,kk')).json;
  const order = p.steps.map((s) => s.service);
  assert.ok(order.indexOf('bapenda/bphtb-validasi') < order.indexOf('bpn/peralihan-jual-beli'), order.join(' -> '));
  assert.ok(p.bring.includes('akta-jual-beli'));
});

test('what cannot be done today is named; unknown services and documents are refused', async (t) => {
  const clock = (body) => hall.req('POST', '/api/v1/test/clock', body);
  if ((await clock({ advance_ms: 0 })).status === 404) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  const quota = (await hall.req('GET', '/api/v1/agencies')).json.agencies
    .find((a) => a.id === 'imigrasi').services.find((s) => s.id === 'imigrasi/paspor-penggantian').quota;
  for (let i = 0; i < quota; i++) assert.equal((await hall.issue('imigrasi/paspor-penggantian')).status, 201);
  const p = (await plan('services=imigrasi/paspor-penggantian')).json;
  assert.equal(p.problems.length, 1);
  assert.equal(p.problems[0].service, 'imigrasi/paspor-penggantian');
  assert.match(p.problems[0].why, /quota/);
  assert.equal(p.problems[0].code, 'quota_reached');
  const bad = await plan('services=imigrasi/paspor-palsu');
  assert.equal(bad.status, 404);
  assert.equal(bad.json.error.field, 'services');
  const doc = await plan('services=imigrasi/paspor-baru&have=kartu-sakti');
  assert.equal(doc.status, 404);
  assert.equal(doc.json.error.field, 'have');
  assert.equal((await plan('have=kk')).json.error.field, 'services');
});

test('a later step of an agency\'s flow is refused in a plan and a visit as at the kiosk: 409, naming the service', async () => {
  const later = (await hall.req('GET', '/api/v1/agencies')).json.agencies
    .flatMap((a) => a.services).find((s) => s.kiosk === false);
  assert.ok(later, 'a bundled agency has a flow with a later step');
  const kiosk = await hall.req('POST', '/api/v1/tickets', { service: later.id });
  assert.equal(kiosk.status, 409);
  const p = await plan(`services=${later.id}`);
  assert.equal(p.status, 409, p.text);
  assert.equal(p.json.error.field, 'services');
  assert.match(p.json.error.message, new RegExp(later.id.replace('/', '\\/')));
  const before = (await hall.req('GET', '/api/v1/board')).json;
  const v = await hall.req('POST', '/api/v1/visits', { services: [later.id] });
  assert.equal(v.status, 409, v.text);
  assert.equal(v.json.error.code, 'conflict');
  assert.equal(v.json.error.field, 'services');
  assert.deepEqual((await hall.req('GET', '/api/v1/board')).json.agencies, before.agencies, 'no ticket was queued');
});

test('a visit: the first step waits at once; finishing it puts the next step ahead of later walk-ins, in the same commit', async () => {
  hall.addUser('kk-staff', 'staff', 'dukcapil');
  hall.addUser('paspor-staff', 'staff', 'imigrasi');
  const feed = hall.ws();
  await feed.next((m) => m.type === 'snapshot');
  const r = await hall.req('POST', '/api/v1/visits',
    { services: ['imigrasi/paspor-baru'], have: ['ktp-el', 'akta-kelahiran', 'buku-nikah'] });
  assert.equal(r.status, 201, r.text);
  const v = r.json.visit;
  assert.match(v.token, /^[0-9a-f]{32}$/);
  assert.deepEqual(v.steps.map((s) => [s.service, s.status]), [['dukcapil/kk-baru', 'waiting'], ['imigrasi/paspor-baru', 'pending']]);
  assert.ok(v.steps[0].ticket.token, 'the kiosk gets the first ticket to print');
  assert.equal(v.steps[1].ticket, null);
  assert.match(r.json.status_url, /\/v\/[0-9a-f]{32}$/);
  const started = await feed.next((m) => m.type === 'visit.started');
  assert.equal(started.ticket.id, v.steps[0].ticket.id);

  // two citizens come for a passport after the visit began
  const later1 = (await hall.issue('imigrasi/paspor-baru')).json.ticket;
  const later2 = (await hall.issue('imigrasi/paspor-baru')).json.ticket;
  const kk = await hall.login('kk-staff');
  const counter = v.steps[0].ticket.service === 'dukcapil/kk-baru' ? 1 : 1;
  assert.equal((await kk.req('POST', `/api/v1/counters/${counter}/open`)).status, 200);
  const call = await kk.req('POST', `/api/v1/counters/${counter}/call`, { number: v.steps[0].ticket.number });
  assert.equal(call.status, 200, call.text);
  assert.equal((await kk.req('POST', `/api/v1/counters/${counter}/finish`)).status, 200);
  const ready = await feed.next((m) => m.type === 'visit.step_ready');
  assert.equal(ready.ticket.service, 'imigrasi/paspor-baru');
  const after = (await hall.req('GET', `/api/v1/visits/${v.token}`)).json.visit;
  assert.deepEqual(after.steps.map((s) => s.status), ['done', 'waiting']);
  const next = after.steps[1].ticket;
  assert.equal(next.id, ready.ticket.id);
  // earlier tests left tickets of other passport services sharing its
  // counters, called first: the two who came later wait right behind it
  const position = async (tk) => (await hall.req('GET', `/api/v1/tickets/${tk.token}`)).json.ticket.position;
  assert.equal(await position(later1), next.position + 1, 'ahead of the two who came after the visit began');
  assert.equal(await position(later2), next.position + 2);
  const pas = await hall.login('paspor-staff');
  const imCounter = (await hall.req('GET', '/api/v1/agencies')).json.agencies.find((a) => a.id === 'imigrasi').counters[0];
  assert.equal((await pas.req('POST', `/api/v1/counters/${imCounter}/open`)).status, 200);
  const order = []; // the counter calls in turn (earlier tests left passports waiting too)
  for (let i = 0; i < 40 && !order.includes(later2.number); i++) {
    const c = await pas.req('POST', `/api/v1/counters/${imCounter}/call`, {});
    if (!c.json.counter.ticket) break;
    order.push(c.json.counter.ticket.number);
    assert.equal((await pas.req('POST', `/api/v1/counters/${imCounter}/finish`)).status, 200);
  }
  assert.ok(order.includes(next.number), order.join(' '));
  assert.ok(order.indexOf(next.number) < order.indexOf(later1.number), 'the visit\'s step before ' + later1.number + ': ' + order.join(' '));
  const done = await feed.next((m) => m.type === 'visit.finished');
  assert.equal(done.visit, ready.visit);
  assert.deepEqual((await hall.req('GET', `/api/v1/visits/${v.token}`)).json.visit.steps.map((s) => s.status), ['done', 'done']);
  await feed.close();
  await kk.req('POST', `/api/v1/counters/${counter}/close`);
  await pas.req('POST', `/api/v1/counters/${imCounter}/close`);
});

test('a no-show of a step skips the rest of the visit; the visit survives a restart', async () => {
  const r = await hall.req('POST', '/api/v1/visits', { services: ['dukcapil/kk-baru', 'imigrasi/paspor-baru'], have: ['ktp-el', 'akta-kelahiran', 'buku-nikah'] });
  assert.equal(r.status, 201, r.text);
  const v = r.json.visit;
  await hall.restart();
  const kk = await hall.login('kk-staff');
  await kk.req('POST', '/api/v1/counters/2/open');
  assert.equal((await kk.req('POST', '/api/v1/counters/2/call', { number: v.steps[0].ticket.number })).status, 200);
  assert.equal((await kk.req('POST', '/api/v1/counters/2/no-show')).status, 200);
  const after = (await hall.req('GET', `/api/v1/visits/${v.token}`)).json.visit;
  assert.deepEqual(after.steps.map((s) => s.status), ['skipped', 'skipped']);
  assert.equal((await hall.req('GET', '/api/v1/visits/' + 'f'.repeat(32))).status, 404);
  const bad = await hall.req('POST', '/api/v1/visits', { services: ['imigrasi/paspor-palsu'] });
  assert.equal(bad.status, 404);
  assert.equal(bad.json.error.field, 'services');
  await kk.req('POST', '/api/v1/counters/2/close');
});

test('a retried press makes one visit: the same Idempotency-Key gives the same visit back, after a restart too', async () => {
  const body = { services: ['dukcapil/kk-baru', 'imigrasi/paspor-baru'], have: ['ktp-el', 'akta-kelahiran', 'buku-nikah'] };
  const key = { 'idempotency-key': 'kios-3-visit-' + Date.now() };
  const waiting = async () => (await hall.req('GET', '/api/v1/board')).json.agencies.find((a) => a.id === 'dukcapil').waiting;
  const before = await waiting();
  const first = await hall.req('POST', '/api/v1/visits', body, key);
  assert.equal(first.status, 201, first.text);
  const again = await hall.req('POST', '/api/v1/visits', body, key);
  assert.equal(again.status, 201);
  assert.equal(again.headers.get('idempotent-replayed'), 'true');
  assert.equal(again.json.visit.token, first.json.visit.token);
  await hall.restart();
  const third = await hall.req('POST', '/api/v1/visits', body, key);
  assert.equal(third.json.visit.token, first.json.visit.token, 'remembered in the store');
  assert.equal(await waiting(), before + 1, 'one first-step ticket, not three');
  const ticketKey = await hall.req('POST', '/api/v1/tickets', { service: 'dukcapil/legalisasi' }, key);
  assert.equal(ticketKey.status, 201, 'a visit\'s key is not a ticket: a ticket is made');
  assert.equal((await hall.req('POST', '/api/v1/visits', body, { 'idempotency-key': 'bad key!' })).status, 400);
});

test('the visits report counts visits, steps done and skipped and the time, per journey; staff see their agency\'s', async () => {
  hall.addUser('kepala-mpp', 'admin');
  hall.addUser('pln-staff', 'staff', 'pln');
  const admin = await hall.login('kepala-mpp');
  const day = (await hall.req('POST', '/api/v1/tickets', { service: 'dukcapil/legalisasi' })).json.ticket.issued_at.slice(0, 10);
  const url = `/api/v1/reports/visits?from=${day}&to=${day}`;
  assert.equal((await hall.req('GET', url)).status, 401);
  const r = await admin.req('GET', url);
  assert.equal(r.status, 200, r.text);
  const kkPaspor = r.json.journeys.find((j) => j.services.join(' ') === 'dukcapil/kk-baru imigrasi/paspor-baru');
  assert.ok(kkPaspor, JSON.stringify(r.json));
  assert.ok(kkPaspor.visits >= 3);
  assert.ok(kkPaspor.finished >= 1, 'the one done at both counters');
  assert.ok(kkPaspor.steps_skipped >= 2, 'the no-show skipped both steps');
  assert.equal(typeof kkPaspor.median_minutes, 'number');
  assert.equal(r.json.visits, r.json.journeys.reduce((n, j) => n + j.visits, 0));
  const staff = (await (await hall.login('kk-staff')).req('GET', url)).json;
  assert.ok(staff.journeys.every((j) => j.services.some((s) => s.startsWith('dukcapil/'))));
  const pln = (await (await hall.login('pln-staff')).req('GET', url)).json;
  assert.equal(pln.visits, 0, 'no journey through PLN');
  assert.equal((await admin.req('GET', `/api/v1/reports/visits?from=${day}`)).json.error.field, 'to');
  assert.equal((await admin.req('GET', '/api/v1/reports/visits?from=2026-02-30&to=2026-03-01')).status, 400);
});
