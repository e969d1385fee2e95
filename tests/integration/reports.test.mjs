// reports.test.mjs - the service-time reports against the real mppd: after
// a short simulated day (tests/sim/day.mjs through the test clock) the
// report's totals per hall and per service match what the simulation did;
// the CSV says the same as the JSON; other days are not read; who may read
// which agency; bad queries are refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Hall, manyWhileHealthy } from './lib/hall.mjs';
import { simulateDay } from '../sim/day.mjs';

let hall, day, boss;

before(async () => {
  hall = new Hall();
  hall.addUser('boss', 'admin');
  hall.addUser('ani', 'staff', 'dukcapil');
  hall.addUser('papan', 'display');
  await hall.start();
  day = await simulateDay(hall, () => hall.login('boss'),
    { seed: 7, scale: 0.6, from: '07:30', until: '09:00', close: '11:00' });
  boss = day.admin();
});
after(async () => { await hall.stop(); hall.cleanup(); });

const report = (client, query, headers) => client.req('GET', `/api/v1/reports/service?${query}`, undefined, headers);

test('after a simulated day the report totals match what the simulation did', async () => {
  assert.ok(day.count.issued >= 20, `a day with tickets (${day.count.issued})`);
  assert.ok(day.count.served > 0);
  const r = await report(boss, `from=${day.date}&to=${day.date}`);
  assert.equal(r.status, 200, r.text);
  const hallRow = r.json.rows.find((x) => x.level === 'hall');
  for (const k of ['issued', 'served', 'no_show', 'transferred', 'open'])
    assert.equal(hallRow[k], day.count[k], k);
  assert.equal(hallRow.cancelled, 0);
  assert.equal(hallRow.hours.reduce((s, x) => s + x, 0), day.count.issued);
  assert.ok(hallRow.hours.slice(7, 9).every((n) => n > 0), 'tickets issued at 07 and 08 local');
  assert.equal(hallRow.hours.slice(9).reduce((s, x) => s + x, 0), 0, 'none after the last arrival');
  assert.equal(hallRow.service_time.count, day.count.served);
  assert.ok(hallRow.service_time.median_s > 0 && hallRow.service_time.median_s <= hallRow.service_time.p90_s);
  assert.ok(hallRow.service_time.p90_s <= hallRow.service_time.max_s);

  const services = r.json.rows.filter((x) => x.level === 'service');
  assert.equal(services.length, Object.keys(day.count.byService).length);
  for (const row of services) {
    const want = day.count.byService[row.service];
    assert.ok(want, `the simulation had tickets of ${row.service}`);
    for (const k of ['issued', 'served', 'no_show', 'transferred'])
      assert.equal(row[k], want[k], `${row.service} ${k}`);
    assert.ok(row.service_time.standard_s > 0, `${row.service} has its standard`);
    if (row.service_time.count)
      assert.equal(row.service_time.within_share,
        Math.round(row.service_time.within_standard / row.service_time.count * 1000) / 1000);
  }
  const agencies = r.json.rows.filter((x) => x.level === 'agency');
  assert.equal(agencies.reduce((s, x) => s + x.issued, 0), day.count.issued);
  assert.ok(day.surveys > 0, 'some citizens answered the survey');
  assert.ok(day.estimate.server.n > 0, 'wait estimates were compared with real waits');
});

test('the CSV says what the JSON says', async () => {
  const j = (await report(boss, `from=${day.date}&to=${day.date}`)).json;
  const bySuffix = await boss.req('GET', `/api/v1/reports/service.csv?from=${day.date}&to=${day.date}`);
  const byAccept = await report(boss, `from=${day.date}&to=${day.date}`, { accept: 'text/csv' });
  assert.equal(bySuffix.status, 200);
  assert.match(bySuffix.headers.get('content-type'), /^text\/csv/);
  assert.equal(byAccept.text, bySuffix.text);
  const lines = bySuffix.text.trim().split('\r\n');
  const head = lines[0].split(',');
  assert.equal(lines.length, j.rows.length + 1);
  assert.equal(head.length, 21 + 24 + 7);
  lines.slice(1).forEach((line, i) => {
    const cell = Object.fromEntries(line.split(',').map((v, k) => [head[k], v]));
    const row = j.rows[i];
    assert.equal(cell.period, row.period);
    assert.equal(cell.level, row.level);
    assert.equal(cell.service, row.service ?? '');
    for (const k of ['issued', 'served', 'no_show', 'transferred', 'cancelled', 'open'])
      assert.equal(Number(cell[k]), row[k]);
    assert.equal(cell.wait_median_s === '' ? null : Number(cell.wait_median_s), row.waiting.median_s);
    assert.equal(Number(cell.h08), row.hours[8]);
    assert.equal(Number(cell.online), row.online.tickets);
    assert.equal(Number(cell.walk_in), row.online.walk_in);
    assert.equal(Number(cell.bookings_made), row.online.bookings_made);
  });
});

test('a range of other days reads none of these tickets; weeks start on Monday', async () => {
  const before1 = new Date(Date.parse(day.date) - 86400_000).toISOString().slice(0, 10);
  const r = await report(boss, `from=${before1}&to=${before1}`);
  assert.equal(r.status, 200);
  assert.deepEqual(r.json.rows, []);
  assert.equal(r.json.tickets_read, 0);
  assert.ok(r.json.seeks <= 2 + Math.ceil(Math.log2(day.count.issued + 1)), `binary search: ${r.json.seeks} seeks`);

  const w = await report(boss, `from=${before1}&to=${day.date}&group=week`);
  const period = w.json.rows[0].period;
  assert.equal(new Date(period + 'T00:00:00Z').getUTCDay(), 1, `${period} is a Monday`);
  assert.equal(w.json.rows.find((x) => x.level === 'hall').issued, day.count.issued);
});

test('admin reads the hall, staff their own agency, displays nothing', async () => {
  const q = `from=${day.date}&to=${day.date}`;
  assert.equal((await hall.req('GET', `/api/v1/reports/service?${q}`)).status, 401);
  const papan = await hall.login('papan');
  assert.equal((await report(papan, q)).status, 403);
  const ani = await hall.login('ani');
  const mine = await report(ani, q);
  assert.equal(mine.status, 200);
  assert.equal(mine.json.agency, 'dukcapil');
  assert.ok(mine.json.rows.every((x) => x.agency === 'dukcapil' || x.level === 'hall'));
  assert.equal((await report(ani, `${q}&agency=samsat`)).status, 403);
  assert.equal((await report(ani, `${q}&service=samsat/pkb-tahunan`)).status, 403);
  const one = await report(boss, `${q}&agency=dukcapil`);
  assert.deepEqual(one.json.rows, mine.json.rows);
});

test('bad queries are refused with the field at fault', async () => {
  const bad = async (query, field) => {
    const r = await report(boss, query);
    assert.equal(r.status, 400, query);
    if (field) assert.equal(r.json.error.field, field, query);
  };
  await bad('to=2030-01-01', 'from');
  await bad('from=2030-01-02&to=2030-01-01', 'to');
  await bad('from=2030-02-30&to=2030-03-01', 'from');
  await bad('from=2030-01-01&to=2031-06-01', 'to');
  await bad('from=2030-01-01&to=2030-01-02&group=year', 'group');
  await bad('from=2030-01-01&to=2030-01-02&colour=red');
  await bad('from=2030-01-01&from=2030-01-02&to=2030-01-03', 'from');
});

test('reports are read off the loop: many at once get the same figures or "busy", and /healthz answers meanwhile', async () => {
  const query = `from=${day.date}&to=${day.date}`;
  const expected = (await report(boss, query)).json;
  const { replies, health } = await manyWhileHealthy(hall, 16, () => report(boss, query));
  for (const r of replies) {
    if (r.status === 503) {
      assert.equal(r.json.error.code, 'busy');
      assert.ok(Number(r.headers.get('retry-after')) > 0, 'a busy answer says when to ask again');
    } else {
      assert.equal(r.status, 200);
      assert.deepEqual(r.json.rows, expected.rows);
    }
  }
  assert.ok(replies.some((r) => r.status === 200));
  assert.ok(health.length > 0);
  for (const status of health) assert.equal(status, 200);
});
