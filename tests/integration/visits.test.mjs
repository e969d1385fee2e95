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
  const bad = await plan('services=imigrasi/paspor-palsu');
  assert.equal(bad.status, 404);
  assert.equal(bad.json.error.field, 'services');
  const doc = await plan('services=imigrasi/paspor-baru&have=kartu-sakti');
  assert.equal(doc.status, 404);
  assert.equal(doc.json.error.field, 'have');
  assert.equal((await plan('have=kk')).json.error.field, 'services');
});
