// supervise.test.mjs - break reasons, the hall live and its alerts, and the
// staff reports, against the real mppd on the test clock:
//   - after a simulated day worked by four Dukcapil staff (and the admin on
//     the other counters), the staff report's served, no-show and transfer
//     counts and median service times per person are what the simulation
//     did; the CSV says the same; staff read only themselves, a supervisor
//     only its agency, a display nothing;
//   - a pause may name no reason (the contract's pause), else one of the
//     hall's reasons (422 naming `reason` for another),
//     survives a restart, raises an alert once past its reason's limit,
//     and the report sums paused time per reason;
//   - alerts: tickets waiting with no open counter, a ticket waiting more
//     than wait_multiple x its agency's typical wait.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Hall } from './lib/hall.mjs';
import { simulateDay, jakartaDate } from '../sim/day.mjs';

const MIN = 60_000;
const STAFF = { 1: 's1', 2: 's2', 3: 's3', 4: 's4' }; // Dukcapil's counters

let hall, day, boss, clients = {};
const at = (date, hhmm) => Date.parse(`${date}T${hhmm}:00+07:00`);
const nextDate = (date) => jakartaDate(Date.parse(`${date}T12:00:00+07:00`) + 24 * 3600_000);
const setClock = async (ms) => {
  const r = await hall.req('POST', '/api/v1/test/clock', { at_ms: ms });
  assert.equal(r.status, 200, r.text);
};
// A new day on the test clock: sessions last 12 hours, so everyone logs
// in again (never more than the login limit of 10 a minute).
const newDay = async (ms, names) => {
  await setClock(ms);
  boss = await hall.login('boss');
  for (const n of names) clients[n] = await hall.login(n);
};

before(async () => {
  // a floor of one minute, so the alert of a long wait follows the
  // agency's typical wait (x 2) in the alerts test
  hall = new Hall({ replace: [['wait_floor_minutes = 15;', 'wait_floor_minutes = 1;']] });
  hall.addUser('boss', 'admin');
  for (const name of Object.values(STAFF)) hall.addUser(name, 'staff', 'dukcapil');
  hall.addUser('kepala', 'supervisor', 'dukcapil');
  hall.addUser('papan', 'display');
  await hall.start();
  day = await simulateDay(hall, () => hall.login('boss'), {
    seed: 11, scale: 0.6, from: '07:30', until: '09:00', close: '11:00',
    staff: async (n) => {
      if (!STAFF[n]) return null;
      clients[STAFF[n]] = await hall.login(STAFF[n]);
      return { name: STAFF[n], client: clients[STAFF[n]] };
    },
  });
  boss = day.admin();
});
after(async () => { await hall.stop(); hall.cleanup(); });

const staffReport = (client, query) => client.req('GET', `/api/v1/reports/staff?${query}`);
// The hall's clock runs on from where the test set it: a few ms pass
// between setting it and the request, so seconds may be one short.
const near = (got, want, what, slack = 1) => assert.ok(Math.abs(got - want) <= slack, `${what}: ${got}, expected about ${want}`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const r = 0.5 * (s.length - 1), lo = Math.floor(r), hi = Math.ceil(r);
  return s[lo] + (s[hi] - s[lo]) * (r - lo);
};

test('the staff report of a simulated day says what each person did', async () => {
  const r = await staffReport(boss, `from=${day.date}&to=${day.date}`);
  assert.equal(r.status, 200, r.text);
  const rows = new Map(r.json.rows.map((x) => [x.staff, x]));
  let served = 0;
  for (const [name, did] of Object.entries(day.byStaff)) {
    const row = rows.get(name === 'admin' ? 'boss' : name);
    assert.ok(row, `a row for ${name}`);
    assert.equal(row.period, day.date);
    assert.equal(row.served, did.served, `${name} served`);
    assert.equal(row.no_show, did.no_show, `${name} no-shows`);
    assert.equal(row.transfers, did.transfers, `${name} transfers`);
    assert.equal(row.service_time.count, did.service_ms.length, `${name} service times`);
    if (did.service_ms.length) {
      // the log keeps whole seconds: each time is off by less than one
      assert.ok(Math.abs(row.service_time.median_s - median(did.service_ms) / 1000) <= 1,
        `${name} median ${row.service_time.median_s} s, simulated ${median(did.service_ms) / 1000} s`);
      assert.ok(row.against_standard.count > 0 && row.against_standard.median > 0);
      assert.ok(row.against_standard.within_share >= 0 && row.against_standard.within_share <= 1);
    }
    served += did.served;
  }
  for (const name of Object.values(STAFF)) assert.ok(day.byStaff[name]?.served > 0, `${name} served someone`);
  const total = rows.get(null);
  assert.equal(total.served, served, 'the total row sums everyone');
  assert.equal(total.paused_s, 0, 'nobody paused in the simulation');

  const csv = await boss.req('GET', `/api/v1/reports/staff.csv?from=${day.date}&to=${day.date}`);
  assert.equal(csv.status, 200);
  const [head, ...lines] = csv.text.trim().split('\r\n');
  const cols = head.split(',');
  assert.ok(cols.includes('paused_ishoma_s') && cols.includes('paused_other_s'), head);
  const s1 = lines.map((l) => l.split(',')).find((c) => c[cols.indexOf('staff')] === 's1');
  assert.equal(Number(s1[cols.indexOf('served')]), day.byStaff.s1.served);
  assert.equal(Number(s1[cols.indexOf('no_show')]), day.byStaff.s1.no_show);
});

test('staff read their own figures, a supervisor its agency, a display nothing', async () => {
  const q = `from=${day.date}&to=${day.date}`;
  const own = await staffReport(clients.s1, q);
  assert.equal(own.status, 200, own.text);
  assert.deepEqual([...new Set(own.json.rows.map((x) => x.staff))].sort(), [null, 's1'].sort());
  const other = await staffReport(clients.s1, q + '&staff=s2');
  assert.equal(other.status, 403);
  assert.equal(other.json.error.field, 'staff');

  const kepala = await hall.login('kepala');
  const agency = await staffReport(kepala, q);
  assert.equal(agency.status, 200, agency.text);
  const names = agency.json.rows.map((x) => x.staff).filter(Boolean).sort();
  assert.deepEqual(names, Object.values(STAFF).sort(), 'only the people of Dukcapil\'s counters');
  assert.equal((await staffReport(kepala, q + '&agency=pln')).status, 403);
  const papan = await hall.login('papan');
  assert.equal((await staffReport(papan, q)).status, 403);
  assert.equal((await kepala.req('POST', '/api/v1/counters/1/open')).status, 403, 'a supervisor acts on no counter');

  const bad = await staffReport(boss, `from=${day.date}&to=2001-01-01`);
  assert.equal(bad.status, 400);
  assert.equal(bad.json.error.field, 'to');
  const badStaff = await staffReport(boss, q + '&staff=' + encodeURIComponent('../x'));
  assert.equal(badStaff.status, 400);
  assert.equal(badStaff.json.error.field, 'staff');
});

test('a pause names one of the hall\'s reasons; the live view and the report follow it', async () => {
  const date = nextDate(day.date);
  await newDay(at(date, '08:00'), ['s1']);
  const s1 = clients.s1;
  const act = (action, body) => s1.req('POST', `/api/v1/counters/1/${action}`, body);
  assert.equal((await act('open')).status, 200);
  for (const body of [undefined, {}, { reason: '' }]) { // the contract's pause: no reason given
    const r = await act('pause', body);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.counter.pause_reason, null);
    assert.equal((await act('resume')).status, 200);
  }
  const wrong = await act('pause', { reason: 'tidur' });
  assert.equal(wrong.status, 422);
  assert.equal(wrong.json.error.field, 'reason');
  assert.match(wrong.json.error.message, /'tidur' is not a pause reason.*ishoma/);
  assert.equal((await act('pause', { reason: 7 })).status, 400, 'a reason is text');
  assert.equal((await act('pause', { reason: 'ishoma', why: 'x' })).status, 400, 'unknown fields are refused');

  const feed = hall.ws();
  await feed.next((m) => m.type === 'snapshot');
  const first = await act('pause', { reason: 'ISHOMA' }); // the id in any case
  assert.equal(first.status, 200, first.text);
  assert.equal(first.json.counter.status, 'paused');
  assert.equal(first.json.counter.pause_reason, 'ishoma');
  const paused = await feed.next((m) => m.type === 'counter.paused' && m.counter.number === 1);
  assert.equal(paused.reason, 'ishoma', 'the event says why');
  assert.equal(paused.staff, undefined, 'the public feed names no staff');
  feed.close();
  await setClock(at(date, '08:30'));
  assert.equal((await act('resume')).status, 200);

  await setClock(at(date, '11:30'));
  assert.equal((await act('pause', { reason: 'Sholat Jumat' })).status, 200, 'by its name too');
  await hall.restart(); // the pause is kept with its start
  await newDay(at(date, '13:05'), ['s1']); // 95 minutes: past sholat-jumat's 90
  const live = await boss.req('GET', '/api/v1/hall/live?agency=dukcapil');
  assert.equal(live.status, 200, live.text);
  const c1 = live.json.agencies[0].counters.find((c) => c.number === 1);
  assert.equal(c1.status, 'paused');
  assert.equal(c1.pause_reason, 'sholat-jumat');
  near(c1.paused_s, 95 * 60, 'paused_s');
  assert.equal(c1.pause_limit_s, 90 * 60);
  const alert = live.json.alerts.find((a) => a.kind === 'long_pause');
  assert.deepEqual({ counter: alert.counter, reason: alert.reason, staff: alert.staff, limit_s: alert.limit_s },
    { counter: 1, reason: 'sholat-jumat', staff: 's1', limit_s: 90 * 60 });
  near(alert.for_s, 95 * 60, 'the pause so far');

  // still paused: the report counts it until now
  const running = await staffReport(boss, `from=${date}&to=${date}&staff=s1`);
  const row = running.json.rows.find((x) => x.staff === 's1');
  const by = Object.fromEntries(row.paused_by_reason.map((p) => [p.reason, p.seconds]));
  assert.deepEqual(Object.keys(by).sort(), ['ishoma', 'null', 'sholat-jumat']);
  near(by.ishoma, 30 * 60, 'ishoma');
  near(by['sholat-jumat'], 95 * 60, 'sholat jumat, still running');
  assert.equal(by.null, 0, 'the three pauses without a reason, resumed at once');
  assert.equal(row.pauses, 5);
  near(row.paused_s, 125 * 60, 'paused in all');
  const names = Object.fromEntries(row.paused_by_reason.map((p) => [p.reason, p.name]));
  assert.equal(names.ishoma, 'ISHOMA (istirahat, sholat, makan)');
  assert.equal(names.null, 'Tanpa alasan');

  // the paused counter is still held by s1's earlier session, whose console
  // is gone: s1's new login takes it back (which ends the pause); the admin
  // may take it over from anyone, and closes it
  assert.equal((await clients.s1.req('POST', '/api/v1/counters/1/open')).status, 200);
  assert.equal((await boss.req('POST', '/api/v1/counters/1/open')).status, 200);
  assert.equal((await boss.req('POST', '/api/v1/counters/1/close')).status, 200);
  const csv = await boss.req('GET', `/api/v1/reports/staff.csv?from=${date}&to=${date}&staff=s1`);
  const [head, ...lines] = csv.text.trim().split('\r\n');
  const cols = head.split(',');
  const cells = lines.map((l) => l.split(',')).find((c) => c[cols.indexOf('staff')] === 's1');
  near(Number(cells[cols.indexOf('paused_ishoma_s')]), 1800, 'CSV ishoma');
  near(Number(cells[cols.indexOf('paused_sholat-jumat_s')]), 95 * 60, 'CSV sholat jumat');
  assert.equal(Number(cells[cols.indexOf('paused_rapat_s')]), 0);

  const reasons = await clients.s1.req('GET', '/api/v1/pause-reasons');
  assert.equal(reasons.status, 200);
  assert.equal(reasons.json.required, true);
  assert.deepEqual(reasons.json.pause_reasons.map((x) => x.id),
    ['ishoma', 'sholat-jumat', 'rapat', 'gangguan-sistem', 'keperluan-singkat']);
});

test('alerts on the test clock: no open counter, and a wait far past the agency\'s typical one', async () => {
  const date = nextDate(nextDate(day.date));
  await newDay(at(date, '08:00'), ['s2']);
  const { agencies } = (await hall.req('GET', '/api/v1/agencies')).json;
  const plain = (id, counter) => agencies.find((a) => a.id === id).services
    .find((s) => s.quota === 0 && s.inputs.length === 0 && s.kiosk !== false && (!counter || s.counters.includes(counter))).id;
  const pln = plain('pln', 28);
  for (let i = 0; i < 3; i++) assert.equal((await hall.issue(pln)).status, 201);
  const live = async (client = boss, q = '') => {
    const r = await client.req('GET', '/api/v1/hall/live' + q);
    assert.equal(r.status, 200, r.text);
    return r.json;
  };
  assert.equal((await live()).alerts.filter((a) => a.agency === 'pln').length, 0, 'not yet: 5 minutes of grace');
  await setClock(at(date, '08:06'));
  let v = await live();
  const none = v.alerts.find((a) => a.kind === 'no_counter' && a.agency === 'pln');
  assert.ok(none, JSON.stringify(v.alerts));
  assert.equal(none.service, pln);
  assert.equal(none.tickets, 3);
  near(none.for_s, 6 * 60, 'waiting with no counter');
  assert.equal(v.agencies.find((a) => a.id === 'pln').waiting, 3);
  assert.equal(v.alerts.find((a) => a.kind === 'long_wait' && a.agency === 'pln').tickets, 3,
    'no typical wait yet: the floor (1 minute here) holds');

  // the supervisor of Dukcapil sees Dukcapil only
  const kepala = await hall.login('kepala');
  const mine = await live(kepala);
  assert.deepEqual(mine.agencies.map((a) => a.id), ['dukcapil']);
  assert.equal(mine.alerts.filter((a) => a.agency !== 'dukcapil').length, 0);
  assert.equal((await kepala.req('GET', '/api/v1/hall/live?agency=pln')).status, 403);
  assert.equal((await clients.s2.req('GET', '/api/v1/hall/live')).status, 403, 'staff do not supervise');

  // an open counter for PLN: the no-counter alert goes
  assert.equal((await boss.req('POST', '/api/v1/counters/28/open')).status, 200);
  v = await live();
  assert.equal(v.alerts.filter((a) => a.kind === 'no_counter' && a.agency === 'pln').length, 0);

  // Dukcapil: five tickets called after 2, 4, 6, 8 and 10 minutes: typical 6
  const svc = plain('dukcapil', 2);
  const s2 = clients.s2;
  assert.equal((await s2.req('POST', '/api/v1/counters/2/open')).status, 200);
  const t0 = at(date, '09:00');
  await setClock(t0);
  for (let i = 0; i < 5; i++) assert.equal((await hall.issue(svc)).status, 201);
  for (let i = 1; i <= 5; i++) {
    await setClock(t0 + 2 * i * MIN);
    const c = await s2.req('POST', '/api/v1/counters/2/call', {});
    assert.ok(c.json.counter.ticket, c.text);
    assert.equal((await s2.req('POST', '/api/v1/counters/2/finish')).status, 200);
  }
  assert.equal((await s2.req('POST', '/api/v1/counters/2/pause', { reason: 'rapat' })).status, 200);
  const late = t0 + 10 * MIN;
  assert.equal((await hall.issue(svc)).status, 201);
  await setClock(late + 11 * MIN);
  v = await live(boss, '?agency=dukcapil');
  const duk = v.agencies[0];
  near(duk.typical_wait_s, 6 * 60, 'typical wait');
  near(duk.alert_wait_s, 12 * 60, '2 x the typical wait', 2);
  assert.equal(v.alerts.filter((a) => a.kind === 'long_wait').length, 0, '11 minutes: not yet');
  await setClock(late + 13 * MIN);
  v = await live(boss, '?agency=dukcapil');
  const long = v.alerts.find((a) => a.kind === 'long_wait');
  assert.ok(long, JSON.stringify(v.alerts));
  assert.equal(long.tickets, 1);
  near(long.for_s, 13 * 60, 'the long wait');
  near(long.limit_s, 12 * 60, 'its limit', 2);
  assert.match(long.number, /^A-\d{3,}$/);
  assert.ok(v.alerts.find((a) => a.kind === 'no_counter'), 'counter 2 is paused and the others closed');
});
