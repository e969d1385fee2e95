// core.test.mjs - CONTRACT.md driven against the real mppd: issue, login,
// call and the WebSocket feed; replay with hello since; restart keeps
// acknowledged tickets; concurrent issues; roles; errors; backup.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, copyFileSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { Hall, ROOT, MPPD, sleep, rawRequest } from './lib/hall.mjs';

const KTP = 'dukcapil/ktp-el-rekam';

// the bundled Dukcapil and Samsat plugins plus the test agency "uji"
function pluginDir() {
  const dir = mkdtempSync(join(tmpdir(), 'mpp-plugins-'));
  for (const f of ['dukcapil.lua', 'samsat.lua']) copyFileSync(join(ROOT, 'plugins', f), join(dir, f));
  copyFileSync(join(ROOT, 'tests/integration/plugins/uji.lua'), join(dir, 'uji.lua'));
  return dir;
}

const UJI_COUNTER = ['{ number = 34; agency = "taspen"; }',
  '{ number = 34; agency = "taspen"; },\n  { number = 90; agency = "uji"; }'];

let hall;
before(async () => {
  // many logins from one address within a minute: the login limit has its
  // own tests (hardening2.test.mjs)
  hall = new Hall({ plugins: pluginDir(), replace: [UJI_COUNTER, ['login_per_minute = 10;', 'login_per_minute = 100;']] });
  hall.addUser('admin', 'admin');
  hall.addUser('ani', 'staff', 'dukcapil');
  hall.addUser('budi', 'staff', 'samsat');
  hall.addUser('papan', 'display');
  await hall.start();
});
after(async () => { if (process.env.MPP_TEST_LOG) console.log(hall.log); await hall.stop(); hall.cleanup(); });

test('health and agencies show what the plugins declare', async () => {
  const h = await hall.req('GET', '/healthz');
  assert.equal(h.status, 200);
  assert.equal(h.json.status, 'ok');
  assert.equal(h.json.agencies, 3);
  assert.deepEqual(h.json.plugin_errors, []);
  const a = await hall.req('GET', '/api/v1/agencies');
  const duk = a.json.agencies.find((x) => x.id === 'dukcapil');
  assert.equal(duk.prefix, 'A');
  assert.deepEqual(duk.counters, [1, 2, 3, 4]);
  const ktp = duk.services.find((s) => s.id === KTP);
  assert.ok(ktp.requirements.length > 0 && ktp.procedure.length > 0);
  for (const k of ['name', 'minutes', 'fee', 'fee_note', 'product', 'complaint_channel',
    'legal_basis', 'hours', 'quota', 'priority', 'inputs']) assert.ok(k in ktp, k);
  assert.equal(h.json.services, a.json.agencies.reduce((n, x) => n + x.services.length, 0));
  assert.equal(ktp.kiosk, true);
  const step = a.json.agencies.find((x) => x.id === 'samsat').services.find((s) => s.id === 'samsat/tahap-kasir');
  assert.equal(step.kiosk, false, 'a later step of a flow is not offered at the kiosk');
  const direct = await hall.issue('samsat/tahap-kasir');
  assert.equal(direct.status, 409, 'nor issued through the API');
  assert.equal(direct.json.error.field, 'service');
  assert.ok('cutoff' in ktp, 'a service says when it stops taking tickets (null: at closing)');
});

test('issue -> login -> call: the WebSocket client receives ticket.called', async () => {
  const feed = hall.ws();
  await feed.opened;
  const snap = await feed.next((m) => m.type === 'snapshot');
  assert.ok(Number.isInteger(snap.seq) && typeof snap.epoch === 'string');

  const issued = await hall.issue(KTP);
  assert.equal(issued.status, 201, issued.text);
  const t = issued.json.ticket;
  assert.match(t.number, /^A-\d{3,}$/);
  assert.equal(t.status, 'waiting');
  assert.equal(t.service, KTP);
  assert.match(t.token, new RegExp(`^${t.id.toString(16).padStart(16, '0')}[0-9a-f]{32}$`));
  assert.match(t.issued_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/);
  const ev = await feed.next((m) => m.type === 'ticket.issued' && m.ticket.id === t.id);
  assert.equal(ev.ticket.token, undefined, 'events never carry the token');

  const ani = await hall.login('ani');
  assert.equal((await ani.req('POST', '/api/v1/counters/1/open')).status, 200);
  const called = await ani.req('POST', '/api/v1/counters/1/call', { number: t.number });
  assert.equal(called.status, 200, called.text);
  assert.equal(called.json.counter.ticket.number, t.number);
  assert.equal(called.json.counter.ticket.status, 'called');
  const callEv = await feed.next((m) => m.type === 'ticket.called' && m.ticket.number === t.number);
  assert.equal(callEv.counter.number, 1);
  assert.equal(callEv.staff, undefined, 'the public feed carries no staff id');
  assert.ok(callEv.seq > snap.seq);

  const status = await hall.req('GET', `/api/v1/tickets/${t.token}`);
  assert.equal(status.json.ticket.status, 'called');
  assert.equal(status.json.ticket.counter, 1);

  for (const action of ['recall', 'start', 'finish']) {
    const r = await ani.req('POST', `/api/v1/counters/1/${action}`);
    assert.equal(r.status, 200, `${action}: ${r.text}`);
  }
  assert.equal((await hall.req('GET', `/api/v1/tickets/${t.token}`)).json.ticket.status, 'finished');
  const again = await ani.req('POST', '/api/v1/counters/1/finish');
  assert.equal(again.status, 409);
  assert.equal(again.json.error.code, 'conflict');
  await feed.close();
});

test('seq is gapless and hello since replays exactly the missed events', async () => {
  const a = hall.ws();
  const snap = await a.next((m) => m.type === 'snapshot');
  const first = await hall.issue(KTP);
  const ev = await a.next((m) => m.type === 'ticket.issued' && m.ticket.id === first.json.ticket.id);
  await a.close();

  // while disconnected: three changes
  const missed = [];
  for (let i = 0; i < 3; i++) missed.push((await hall.issue('samsat/' + (await samsatService()))).json.ticket);

  const b = hall.ws();
  await b.next((m) => m.type === 'snapshot');
  b.send({ type: 'hello', since: ev.seq, epoch: snap.epoch });
  const got = [];
  for (let i = 0; i < 3; i++) got.push(await b.next((m) => m.type === 'ticket.issued' && m.seq === ev.seq + 1 + i));
  assert.deepEqual(got.map((m) => m.ticket.number), missed.map((t) => t.number));
  await sleep(200);
  const after = b.messages.filter((m) => m.type !== 'snapshot');
  assert.deepEqual(after.map((m) => m.seq), [ev.seq + 1, ev.seq + 2, ev.seq + 3]);

  // another epoch or a seq ahead of the server: a fresh snapshot
  b.send({ type: 'hello', since: ev.seq, epoch: 'not-this-one' });
  await b.next((m) => m.type === 'snapshot' && b.messages.indexOf(m) > 0);
  await b.close();
});

let samsatSvc;
async function samsatService() {
  if (!samsatSvc) {
    const a = await hall.req('GET', '/api/v1/agencies');
    const s = a.json.agencies.find((x) => x.id === 'samsat').services.find((x) => x.quota === 0);
    samsatSvc = s.id.split('/')[1];
  }
  return samsatSvc;
}

test('a ping on /ws gets a pong, outside the numbered events', async () => {
  const feed = hall.ws();
  await feed.next((m) => m.type === 'snapshot');
  feed.send({ type: 'ping' });
  const pong = await feed.next((m) => m.type === 'pong');
  assert.equal(pong.seq, undefined);
  await feed.close();
});

test('200 concurrent issues give 200 distinct numbers', async () => {
  const replies = await Promise.all(Array.from({ length: 200 }, () => hall.issue(KTP)));
  assert.ok(replies.every((r) => r.status === 201), replies.find((r) => r.status !== 201)?.text);
  const numbers = new Set(replies.map((r) => r.json.ticket.number));
  const ids = new Set(replies.map((r) => r.json.ticket.id));
  assert.equal(numbers.size, 200);
  assert.equal(ids.size, 200);
});

test('staff act only on their agency\'s counters; admin on any; display on none', async () => {
  const budi = await hall.login('budi');
  const r = await budi.req('POST', '/api/v1/counters/1/open');
  assert.equal(r.status, 403);
  assert.equal(r.json.error.code, 'forbidden');
  assert.equal((await budi.req('POST', '/api/v1/counters/10/open')).status, 200);
  const papan = await hall.login('papan');
  assert.equal((await papan.req('POST', '/api/v1/counters/10/pause', { reason: 'ishoma' })).status, 403);
  const admin = await hall.login('admin');
  // counter 10 is held by budi's session: admin may take it over
  assert.equal((await admin.req('POST', '/api/v1/counters/10/pause', { reason: 'rapat' })).status, 200);
  assert.equal((await hall.req('POST', '/api/v1/counters/2/open')).status, 401);
  assert.equal((await budi.req('POST', '/api/v1/counters/999/open')).status, 404);
  assert.equal((await budi.req('POST', '/api/v1/counters/10/dance')).status, 404);
  const get = await budi.req('GET', '/api/v1/counters/10/call');
  assert.deepEqual([get.status, get.json.error.code], [405, 'method_not_allowed'], 'a known action, asked with GET');
});

test('one staff session holds a counter at a time; a console closed without closing it is opened again by a new login of its account, with its ticket', async () => {
  const s1 = await hall.login('ani');
  const s2 = await hall.login('ani');
  const console1 = hall.ws({ cookie: s1.cookie });
  await console1.next((m) => m.type === 'snapshot');
  assert.equal((await s1.req('POST', '/api/v1/counters/3/open')).status, 200);
  const t = (await hall.issue(KTP)).json.ticket;
  assert.equal((await s1.req('POST', '/api/v1/counters/3/call', { number: t.number })).status, 200);
  assert.equal((await s2.req('POST', '/api/v1/counters/3/finish')).status, 403);
  // the first console is still connected: the counter is in use, not lost
  const busy = await s2.req('POST', '/api/v1/counters/3/open');
  assert.equal(busy.status, 403);
  assert.match(busy.json.error.message, /held by ani in another session/);
  await console1.close(); // the PC crashed: its page is gone, its session not ended
  const back = await s2.req('POST', '/api/v1/counters/3/open');
  assert.equal(back.status, 200, back.text);
  const shown = (await s2.req('GET', '/api/v1/counters/3')).json.counter;
  assert.equal(shown.held_by_you, true);
  assert.equal(shown.ticket.number, t.number, 'the called ticket waits at the counter');
  assert.equal((await s2.req('POST', '/api/v1/counters/3/hold')).status, 200);
  const held = (await s2.req('GET', '/api/v1/counters/3')).json;
  assert.deepEqual(held.callback.map((x) => [x.number, x.status]), [[t.number, 'held']], 'held, to call back after a reload');
  assert.equal((await s2.req('POST', '/api/v1/counters/3/call', { number: t.number })).status, 200);
  assert.deepEqual((await s2.req('GET', '/api/v1/counters/3')).json.callback, []);
  assert.equal((await s1.req('POST', '/api/v1/counters/3/finish')).status, 403, 'the old session lost it');
  assert.equal((await s2.req('POST', '/api/v1/counters/3/finish')).status, 200);
  assert.equal((await s2.req('POST', '/api/v1/counters/3/close')).status, 200);
});

test('bad input gets a clear error naming what was wrong', async () => {
  let r = await hall.req('POST', '/api/v1/tickets', '{"service": ');
  assert.equal(r.status, 400);
  assert.equal(r.json.error.code, 'bad_json');
  r = await hall.issue(KTP, { colour: 'red' });
  assert.equal(r.status, 400);
  assert.equal(r.json.error.field, 'colour');
  r = await hall.req('POST', '/api/v1/tickets', { service: 42 });
  assert.equal(r.status, 400);
  assert.equal(r.json.error.field, 'service');
  r = await hall.issue('dukcapil/no-such-service');
  assert.equal(r.status, 404);
  assert.equal(r.json.error.field, 'service');
  r = await hall.issue(KTP, { priority: 'vip' });
  assert.equal(r.status, 400);
  assert.equal(r.json.error.field, 'priority');
  r = await hall.req('POST', '/api/v1/tickets', { service: KTP, pad: 'x'.repeat(70000) });
  assert.equal(r.status, 413);
  r = await hall.issue('uji/nik', { fields: { nik: '123' } });
  assert.equal(r.status, 422);
  assert.equal(r.json.error.field, 'fields.nik');
  assert.equal(r.json.error.message, 'NIK harus 16 digit angka');
  r = await hall.issue('uji/nik', { fields: { nik: '3303012345678901' } });
  assert.equal(r.status, 201);
  assert.ok(!r.text.includes('3303012345678901'), 'the NIK is never echoed');
  assert.ok(!hall.log.includes('3303012345678901'), 'the NIK is never logged');
  r = await hall.req('GET', '/api/v1/tickets/ffffffffffffffffffffffffffffffff');
  assert.equal(r.status, 404);
});

test('an unknown query argument is refused on every API address, as an unknown field is; pages keep theirs', async () => {
  const tk = (await hall.issue(KTP)).json.ticket;
  const before = (await hall.req('GET', '/api/v1/board')).json.seq;
  for (const path of ['/api/v1/board?x=1', '/api/v1/agencies?lang=en', '/healthz?full', `/api/v1/tickets/${tk.token}?x=1`,
    '/api/v1/slots?service=dukcapil/ktp-el-rekam&date=2030-01-02&x=1', '/api/v1/hours?day=2030-01-02']) {
    const r = await hall.req('GET', path);
    assert.deepEqual([r.status, r.json.error.code], [400, 'unknown_field'], path);
    assert.match(r.json.error.message, /unknown query argument '(x|lang|full|day)'/, path);
    assert.equal(r.json.error.field, path.match(/[?&](x|lang|full|day)\b/)[1], `${path}: the field at fault`);
  }
  const r = await hall.req('POST', '/api/v1/tickets?service=x', { service: KTP });
  assert.equal(r.status, 400, 'nothing issued with an unknown argument');
  assert.equal((await hall.req('GET', '/api/v1/board')).json.seq, before, 'no event');
  assert.equal((await hall.req('GET', '/api/v1/hours?date=2030-01-02')).status, 200);
  assert.equal((await hall.req('GET', '/kiosk?paper=58')).status, 200);
  assert.equal((await hall.req('GET', '/display?counter=1')).status, 200);
});

test('a failed login logs an account\'s name, never what was typed for an unknown one', async () => {
  let r = await hall.req('POST', '/api/v1/session', { username: '3303014501900001', password: 'x' });
  assert.equal(r.status, 401);
  r = await hall.req('POST', '/api/v1/session', { username: 'kepala-tak-ada', password: 'rahasia-Sandi' });
  assert.equal(r.status, 401);
  await sleep(100);
  assert.ok(!hall.log.includes('3303014501900001') && !hall.log.includes('kepala-tak-ada'), 'nothing typed is logged');
  assert.match(hall.log, /failed login for an unknown account from 127\.0\.0\.1/);
});

test('a request that takes no fields refuses one, and does nothing', async () => {
  let r = await hall.req('POST', '/api/v1/origin-check', { x: 1 });
  assert.deepEqual([r.status, r.json.error.code, r.json.error.field], [400, 'unknown_field', 'x']);
  const admin = await hall.login('admin');
  assert.equal((await admin.req('POST', '/api/v1/board/text', { text: 'Loket 5 tutup pukul 12.00' })).status, 200);
  for (const body of [{}, { text: null }, undefined]) {
    r = await admin.req('POST', '/api/v1/board/text', body);
    assert.deepEqual([r.status, r.json.error.code, r.json.error.field], [400, 'missing_field', 'text'], JSON.stringify(body));
  }
  assert.equal((await hall.req('GET', '/api/v1/board')).json.text, 'Loket 5 tutup pukul 12.00', 'the text stays');
  assert.equal((await admin.req('POST', '/api/v1/board/text', { text: '' })).json.text, '', '"" clears it');
  r = await hall.req('DELETE', '/api/v1/session', { x: 1 });
  assert.ok(r.status === 400 || r.status === 401, 'no session to end, or refused');
});

test('daily quota: the next ticket is refused with quota_reached', async () => {
  for (let i = 0; i < 3; i++) assert.equal((await hall.issue('uji/kuota')).status, 201);
  const r = await hall.issue('uji/kuota');
  assert.equal(r.status, 409);
  assert.equal(r.json.error.code, 'quota_reached');
});

test('printing -> confirm makes a ticket waiting; an unconfirmed one is no ghost', async () => {
  const r = await hall.issue(KTP, { print: true });
  assert.equal(r.json.ticket.status, 'printing');
  const c = await hall.req('POST', `/api/v1/tickets/${r.json.ticket.token}/confirm`);
  assert.equal(c.status, 200);
  assert.equal(c.json.ticket.status, 'waiting');
  const p2 = await hall.issue(KTP, { print: true });
  const x = await hall.req('POST', `/api/v1/tickets/${p2.json.ticket.token}/cancel`);
  assert.equal(x.json.ticket.status, 'cancelled');
});

test('browser requests from a foreign Origin are refused, with or without a cookie', async () => {
  const ani = await hall.login('ani');
  let r = await ani.req('POST', '/api/v1/counters/4/open', undefined, { origin: 'http://evil.example' });
  assert.equal(r.status, 403);
  assert.equal(r.json.error.code, 'origin_refused');
  r = await hall.req('POST', '/api/v1/tickets', { service: KTP }, { origin: 'http://evil.example' });
  assert.equal(r.status, 403);
  // the same name on another port, or another name of this machine, is
  // another origin
  r = await hall.req('POST', '/api/v1/tickets', { service: KTP }, { origin: `http://127.0.0.1:${hall.port + 1}` });
  assert.equal(r.status, 403);
  r = await hall.req('POST', '/api/v1/tickets', { service: KTP }, { origin: `https://127.0.0.1:${hall.port}` });
  assert.equal(r.status, 403);
  r = await hall.req('POST', '/api/v1/tickets', { service: KTP }, { origin: hall.base });
  assert.equal(r.status, 201);
  // a script of another site may not read either, with the cookie or without
  for (const path of ['/api/v1/board', '/api/v1/agencies', '/healthz', `/api/v1/tickets/${r.json.ticket.token}`]) {
    const read = await hall.req('GET', path, undefined, { origin: 'http://evil.example' });
    assert.deepEqual([read.status, read.json?.error?.code], [403, 'origin_refused'], path);
  }
  r = await ani.req('GET', '/api/v1/session', undefined, { origin: 'http://evil.example' });
  assert.equal(r.status, 403, 'not even who is logged in');
  assert.equal((await hall.req('GET', '/api/v1/board', undefined, { origin: hall.base })).status, 200);
  // a link from another site opens the page: a navigation carries no Origin
  r = await hall.req('GET', '/kiosk', undefined, { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' });
  assert.equal(r.status, 200);
  const bad = hall.ws({ origin: 'http://evil.example' });
  await assert.rejects(bad.opened);
  // the refused upgrade answers with the API's JSON error, as a refused request does
  const upgrade = { connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13',
    'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==' };
  const refused = await rawRequest(`${hall.base}/ws`, { headers: { ...upgrade, origin: 'http://evil.example' } });
  assert.equal(refused.status, 403);
  assert.equal(refused.json?.error?.code, 'origin_refused', refused.text);
  assert.match(refused.json.error.message, /server\.origins/);
  const elsewhere = await rawRequest(`${hall.base}/wss`, { headers: upgrade });
  assert.equal(elsewhere.status, 404);
  assert.equal(elsewhere.json?.error?.code, 'not_found', elsewhere.text);
});

test('transfer keeps the number and puts the ticket in the other agency\'s queue', async () => {
  const t = (await hall.issue(KTP)).json.ticket;
  const ani = await hall.login('ani');
  await ani.req('POST', '/api/v1/counters/2/open');
  await ani.req('POST', '/api/v1/counters/2/call', { number: t.number });
  const svc = 'samsat/' + (await samsatService());
  const r = await ani.req('POST', '/api/v1/counters/2/transfer', { service: svc, place: 'front' });
  assert.equal(r.status, 200, r.text);
  const s = (await hall.req('GET', `/api/v1/tickets/${t.token}`)).json.ticket;
  assert.equal(s.number, t.number);
  assert.equal(s.service, svc);
  assert.equal(s.status, 'waiting');
  assert.equal(s.position, 0);
});

test('a ticket\'s position counts the tickets of the services sharing its counter that are called first', async () => {
  // Dukcapil's counters 1-4 take KTP-el and KK in one line, in the order
  // the tickets came: a KTP-el ticket taken after a KK ticket waits behind it
  const before = (await hall.issue(KTP)).json.ticket;
  const kk = (await hall.issue('dukcapil/kk-baru')).json.ticket;
  const after = (await hall.issue(KTP)).json.ticket;
  assert.equal(after.position, before.position + 2, 'the KTP-el and the KK ticket taken before it');
  const now = (await hall.req('GET', `/api/v1/tickets/${after.token}`)).json.ticket;
  assert.equal(now.position, before.position + 2);
  assert.equal((await hall.req('POST', `/api/v1/tickets/${kk.token}/cancel`)).status, 200);
  assert.equal((await hall.req('GET', `/api/v1/tickets/${after.token}`)).json.ticket.position, before.position + 1);
  for (const t of [before, after]) await hall.req('POST', `/api/v1/tickets/${t.token}/cancel`);
});

test('a waiting ticket says how many counters serve its service now: none means the estimate cannot say when', async () => {
  const t = (await hall.issue('samsat/' + (await samsatService()))).json.ticket;
  assert.equal(t.counters_open, 0, 'no Samsat counter is open');
  const budi = await hall.login('budi');
  assert.equal((await budi.req('POST', '/api/v1/counters/10/open')).status, 200);
  const now = (await hall.req('GET', `/api/v1/tickets/${t.token}`)).json.ticket;
  assert.ok(now.counters_open >= 1, JSON.stringify(now));
  const plan = (await hall.req('GET', `/api/v1/plans?services=${t.service}`)).json;
  assert.equal(plan.steps[0].counters_open, now.counters_open);
  assert.equal((await budi.req('POST', '/api/v1/counters/10/close')).status, 200);
  assert.equal((await hall.req('GET', `/api/v1/tickets/${t.token}`)).json.ticket.counters_open, 0);
  await hall.req('POST', `/api/v1/tickets/${t.token}/cancel`);
});

test('the staff id of the audit log rides on events to staff and admin only, live and replayed', async () => {
  const ani = await hall.login('ani');
  const staffFeed = hall.ws({ cookie: ani.cookie });
  const publicFeed = hall.ws();
  const snap = await publicFeed.next((m) => m.type === 'snapshot');
  await staffFeed.next((m) => m.type === 'snapshot');
  const t = (await hall.issue(KTP)).json.ticket;
  await ani.req('POST', '/api/v1/counters/3/open');
  await ani.req('POST', '/api/v1/counters/3/call', { number: t.number });
  const isCall = (m) => m.type === 'ticket.called' && m.ticket.number === t.number;
  assert.equal((await staffFeed.next(isCall)).staff, 'ani');
  const pub = await publicFeed.next(isCall);
  assert.equal(pub.staff, undefined);
  assert.equal(pub.counter.number, 3, 'the rest of the event is whole');
  // replayed from the ring and from the durable log alike
  const late = hall.ws();
  const s2 = await late.next((m) => m.type === 'snapshot');
  late.send({ type: 'hello', since: snap.seq, epoch: s2.epoch });
  const replayed = await late.next(isCall);
  assert.equal(replayed.staff, undefined);
  assert.ok(!JSON.stringify(late.messages).includes('"ani"'), 'no staff name anywhere on the public feed');
  await ani.req('POST', '/api/v1/counters/3/finish');
  await ani.req('POST', '/api/v1/counters/3/close');
  for (const f of [staffFeed, publicFeed, late]) await f.close();
});

test('logout ends the session and closes its sockets', async () => {
  const ani = await hall.login('ani');
  const feed = hall.ws({ cookie: ani.cookie });
  await feed.next((m) => m.type === 'snapshot');
  const r = await ani.req('DELETE', '/api/v1/session');
  assert.equal(r.status, 200);
  assert.equal(await feed.closed, 1000, 'a close frame (normal closure), not a dropped line');
  assert.equal((await ani.req('GET', '/api/v1/session')).status, 401);
});

test('restart keeps every acknowledged ticket, and numbering goes on', async () => {
  const acked = [];
  for (let i = 0; i < 20; i++) acked.push((await hall.issue(KTP)).json.ticket);
  await hall.restart();
  for (const t of acked) {
    const r = await hall.req('GET', `/api/v1/tickets/${t.token}`);
    assert.equal(r.status, 200);
    assert.equal(r.json.ticket.number, t.number);
  }
  const next = (await hall.issue(KTP)).json.ticket;
  const seq = (n) => Number(n.split('-')[1]);
  assert.equal(seq(next.number), seq(acked.at(-1).number) + 1);
  assert.ok(next.id > acked.at(-1).id);
});

test('kill -9 loses no acknowledged ticket', async () => {
  const acked = [];
  const pending = Array.from({ length: 50 }, () => hall.issue(KTP).then((r) => {
    if (r.status === 201) acked.push(r.json.ticket);
  }).catch(() => {}));
  await sleep(30);
  await hall.kill9();
  await Promise.all(pending);
  await hall.start();
  for (const t of acked) {
    const r = await hall.req('GET', `/api/v1/tickets/${t.token}`);
    assert.equal(r.status, 200, `acknowledged ${t.number} lost`);
  }
});

test('backup while running; mppd starts from the copy with a new epoch', async () => {
  const t = (await hall.issue(KTP)).json.ticket;
  const before = (await hall.req('GET', '/api/v1/board')).json;
  const dest = join(hall.dir, 'backup');
  hall.ctl(['backup', dest]);
  assert.equal(statSync(join(dest, 'data.mdb')).mode & 0o777, 0o640, 'not readable by everyone');
  const copy = new Hall({ plugins: hall.opts.plugins, replace: [UJI_COUNTER] });
  copy.data = dest;
  await copy.start();
  try {
    const r = await copy.req('GET', `/api/v1/tickets/${t.token}`);
    assert.equal(r.status, 200);
    assert.equal(r.json.ticket.number, t.number);
    const board = (await copy.req('GET', '/api/v1/board')).json;
    assert.notEqual(board.epoch, before.epoch);
  } finally { await copy.stop(); copy.cleanup(); }
});

test('a web folder without pages stops mppd at start, naming the path and the setting', () => {
  const r = spawnSync(MPPD, ['--config', join(ROOT, 'mppd.cfg'), '--port', '1', '--data', mkdtempSync(join(tmpdir(), 'mpp-noweb-')),
    '--web', '/nonexistent-web'], { encoding: 'utf8', timeout: 10000 });
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /the web folder \/nonexistent-web has no pages .*paths\.web/);
});
