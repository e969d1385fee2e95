// time.test.mjs - time against the real mppd, through the test-clock
// endpoint of a test build: an unconfirmed print is cancelled after two
// minutes, numbers restart once at local midnight (Asia/Jakarta) and never
// repeat when the clock steps back, tickets still waiting at closing are
// cancelled with reason "closed", and an idle session expires.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Hall, sleep } from './lib/hall.mjs';

const SVC = 'dukcapil/legalisasi';
let hall;
const clock = (body) => hall.req('POST', '/api/v1/test/clock', body);
const seqOf = (n) => Number(n.split('-')[1]);

before(async () => {
  hall = new Hall();
  hall.addUser('ani', 'staff', 'dukcapil');
  await hall.start();
  const probe = await clock({ advance_ms: 0 });
  if (probe.status === 404) throw new Error('mppd was built without -DMPP_TEST_CLOCK=ON');
});
after(async () => { await hall.stop(); hall.cleanup(); });

test('a print not confirmed within 2 minutes is cancelled: no ghost in the queue', async () => {
  const feed = hall.ws();
  await feed.next((m) => m.type === 'snapshot');
  const t = (await hall.issue(SVC, { print: true })).json.ticket;
  assert.equal(t.status, 'printing');
  await clock({ advance_ms: 119_000 });
  assert.equal((await hall.req('GET', `/api/v1/tickets/${t.token}`)).json.ticket.status, 'printing');
  await clock({ advance_ms: 2_000 });
  const ev = await feed.next((m) => m.type === 'ticket.cancelled' && m.ticket.id === t.id);
  assert.equal(ev.reason, 'print_timeout');
  const s = (await hall.req('GET', `/api/v1/tickets/${t.token}`)).json.ticket;
  assert.equal(s.status, 'cancelled');
  assert.equal(s.reason, 'print_timeout');
  await feed.close();
});

test('numbers restart exactly once at local midnight and never repeat when the clock steps back', async () => {
  await clock({ at_ms: Date.parse('2030-01-07T23:59:50+07:00') });
  const before1 = (await hall.issue(SVC)).json.ticket;
  const before2 = (await hall.issue(SVC)).json.ticket;
  assert.equal(seqOf(before1.number), 1, 'a new business day starts at 001');
  assert.equal(seqOf(before2.number), 2);
  assert.match(before1.issued_at, /^2030-01-07T23:59:5\d\+07:00$/);

  const feed = hall.ws();
  await feed.next((m) => m.type === 'snapshot');
  await clock({ advance_ms: 15_000 }); // 00:00:05 on 8 January
  const closed = await feed.next((m) => m.type === 'ticket.cancelled' && m.ticket.id === before2.id);
  assert.equal(closed.reason, 'closed', 'still waiting at closing: cancelled');
  const after1 = (await hall.issue(SVC)).json.ticket;
  assert.equal(after1.number, 'A-001');
  assert.ok(after1.id > before2.id, 'the global id never resets');

  // the clock steps back over midnight: the business day does not
  await clock({ at_ms: Date.parse('2030-01-07T23:59:58+07:00') });
  const stepped = (await hall.issue(SVC)).json.ticket;
  assert.notEqual(stepped.number, after1.number);
  assert.equal(stepped.number, 'A-002');
  await clock({ at_ms: Date.parse('2030-01-08T00:00:30+07:00') });
  const again = (await hall.issue(SVC)).json.ticket;
  assert.equal(again.number, 'A-003', 'no second reset when the clock passes midnight again');
  await feed.close();

  // after a restart only today's and open tickets are in memory: a ticket
  // of the day before is read from the store by the id its token begins with
  await hall.restart();
  await clock({ at_ms: Date.parse('2030-01-08T00:01:00+07:00') });
  const old = await hall.req('GET', `/api/v1/tickets/${before1.token}`);
  assert.equal(old.status, 200);
  assert.equal(old.json.ticket.number, before1.number);
  assert.equal(old.json.ticket.reason, 'closed');
  const flip = before1.token.slice(0, -1) + (before1.token.endsWith('0') ? '1' : '0');
  assert.equal((await hall.req('GET', `/api/v1/tickets/${flip}`)).status, 404,
    'the id alone does not find a ticket: the random part must match');
  assert.equal((await hall.req('GET', `/api/v1/tickets/${before1.token.slice(0, 32)}`)).status, 404);
});

test('a session expires after its idle time, and after its absolute time', async () => {
  let ani = await hall.login('ani');
  await clock({ advance_ms: 8 * 3600_000 + 60_000 }); // idle 8 h 1 min, 12 h limit not reached
  let r = await ani.req('GET', '/api/v1/session');
  assert.equal(r.status, 401);
  assert.equal(r.json.error.code, 'session_expired');

  ani = await hall.login('ani');
  await clock({ advance_ms: 7 * 3600_000 });
  assert.equal((await ani.req('GET', '/api/v1/session')).status, 200, 'used within its idle time');
  await clock({ advance_ms: 5 * 3600_000 + 60_000 }); // 12 h 1 min after login, idle 5 h
  r = await ani.req('GET', '/api/v1/session');
  assert.equal(r.status, 401);
  assert.equal(r.json.error.code, 'session_expired');
});

test('a counter held by a session that expired is released without anyone coming back', async () => {
  // a morning well after the other tests' days: 8 h later is the same day
  await clock({ at_ms: Date.parse('2040-01-04T09:00:00+07:00') });
  let ani = await hall.login('ani');
  assert.equal((await ani.req('POST', '/api/v1/counters/3/open', {})).status, 200);
  assert.equal((await ani.req('POST', '/api/v1/counters/4/open', {})).status, 200);
  assert.equal((await hall.issue('dukcapil/ktp-el-rekam')).status, 201);
  const called = await ani.req('POST', '/api/v1/counters/4/call', {});
  assert.ok(called.json.counter.ticket, called.text);
  // the staff member walks away; nobody uses the session again
  await clock({ advance_ms: 8 * 3600_000 + 60_000 });
  const board = async () => (await hall.req('GET', '/api/v1/board')).json.counters;
  let counters;
  for (let i = 0; i < 40; i++) {
    counters = await board();
    if (counters.find((c) => c.number === 3).status === 'closed') break;
    await sleep(100);
  }
  assert.equal(counters.find((c) => c.number === 3).status, 'closed', 'an empty counter is closed');
  const c4 = counters.find((c) => c.number === 4);
  assert.equal(c4.status, 'paused', 'a counter with a ticket is paused, its ticket kept');
  assert.equal(c4.ticket.number, called.json.counter.ticket.number);
  assert.match(hall.log, /the session of 'ani' expired; its counters are released/);
  // staff of the agency, logged in again, take it over with its ticket
  ani = await hall.login('ani');
  const taken = await ani.req('POST', '/api/v1/counters/4/open', {});
  assert.equal(taken.status, 200, taken.text);
  assert.equal(taken.json.counter.ticket.number, called.json.counter.ticket.number);
});

test('rate limits count the last 60 s: a burst across a minute\'s boundary gets no second allowance', async () => {
  await clock({ at_ms: Date.parse('2041-01-02T08:00:59+07:00') });
  const bad = () => hall.req('POST', '/api/v1/session', { username: 'nobody', password: 'salah' });
  const before = [];
  for (let i = 0; i < 8; i++) before.push((await bad()).status);
  assert.deepEqual(before, Array(8).fill(401));
  await clock({ advance_ms: 2_000 }); // 08:01:01, a new minute
  const after = [];
  for (let i = 0; i < 3; i++) after.push((await bad()).status);
  // a window per minute would allow 10 more here; the last 60 s hold 10
  assert.deepEqual(after, [401, 401, 429]);
});
