// idempotency.test.mjs - a kiosk's retried press never makes two tickets:
// requests with the same Idempotency-Key get the same ticket, at once, while
// the first is still being committed, and after a restart.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Hall } from './lib/hall.mjs';

const SVC = 'dukcapil/legalisasi';
let hall;
before(async () => { hall = new Hall(); await hall.start(); });
after(async () => { await hall.stop(); hall.cleanup(); });

const press = (key) => hall.req('POST', '/api/v1/tickets', { service: SVC }, { 'Idempotency-Key': key });

test('a retried press gets the same ticket', async () => {
  const key = randomUUID();
  const a = await press(key);
  const b = await press(key);
  assert.equal(a.status, 201);
  assert.equal(b.status, 201);
  assert.equal(b.json.ticket.id, a.json.ticket.id);
  assert.equal(b.json.ticket.token, a.json.ticket.token);
  assert.equal(b.headers.get('idempotent-replayed'), 'true');
  const c = await press(randomUUID());
  assert.notEqual(c.json.ticket.id, a.json.ticket.id, 'another key is another ticket');
});

test('presses sent together with one key make one ticket', async () => {
  const key = randomUUID();
  const replies = await Promise.all(Array.from({ length: 20 }, () => press(key)));
  assert.ok(replies.every((r) => r.status === 201));
  assert.equal(new Set(replies.map((r) => r.json.ticket.id)).size, 1);
  const board = (await hall.req('GET', '/api/v1/board')).json;
  const before = board.agencies.find((a) => a.id === 'dukcapil').waiting;
  await press(key);
  const after = (await hall.req('GET', '/api/v1/board')).json.agencies.find((a) => a.id === 'dukcapil').waiting;
  assert.equal(after, before);
});

test('the key is remembered across a restart', async () => {
  const key = randomUUID();
  const a = await press(key);
  await hall.restart();
  const b = await press(key);
  assert.equal(b.json.ticket.id, a.json.ticket.id);
});

test('a malformed key is refused, naming the header', async () => {
  const r = await press('not a key!');
  assert.equal(r.status, 400);
  assert.equal(r.json.error.field, 'Idempotency-Key');
  const long = await press('x'.repeat(65));
  assert.equal(long.status, 400);
});

test('a key is kept a day, then forgotten: the same key the next day is a new press', async (t) => {
  const clock = (body) => hall.req('POST', '/api/v1/test/clock', body);
  if ((await clock({ advance_ms: 0 })).status === 404) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  const key = randomUUID();
  const a = await press(key);
  await clock({ advance_ms: 23 * 3600 * 1000 });
  assert.equal((await press(key)).json.ticket.id, a.json.ticket.id, 'within a day: the same ticket');
  await clock({ advance_ms: 2 * 3600 * 1000 });
  const log = hall.log.length;
  await new Promise((ok) => setTimeout(ok, 1500)); // the once-an-hour sweep runs on the next tick
  assert.match(hall.log.slice(log), /removed \d+ expired sessions and idempotency keys/);
  const b = await press(key);
  assert.equal(b.status, 201);
  assert.notEqual(b.json.ticket.id, a.json.ticket.id, 'a day later the key makes a new ticket');
  await hall.restart();
  assert.equal((await press(key)).json.ticket.id, b.json.ticket.id, 'and that one is remembered');
});
