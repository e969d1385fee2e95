// hours.test.mjs - special hours against the real mppd on the test clock:
// a lunch break and Friday prayer between the ranges of a day (tickets
// refused during the break, those waiting kept, the wait estimate
// stretched over it), Ramadan hours for a range of dates, a one-off
// closure of the hall and of one agency, an agency whose own hours end
// before the hall's (its waiting tickets cancelled then, the others not),
// booking slots cut from the same hours, and GET /api/v1/hours for the
// kiosk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, copyFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hall, ROOT } from './lib/hall.mjs';

const UJI = `local agency = mpp.agency { id = "uji", name = "Instansi Uji",
  short = "Uji", kind = "OPD", prefix = "Z" }
agency:service { id = "layanan", name = "Layanan Uji", requirements = { "-" }, procedure = { "-" },
  minutes = 5, fee = 0, product = "-", complaint_channel = "-", legal_basis = "-", source = "fixture",
  booking = { slot_minutes = 30, capacity = 4, days_ahead = 90 } }
`;

// A hall open 07:30-12:00 and 13:00-15:00 Monday to Thursday, with Friday
// prayer, closed at weekends; Ramadan hours in February 2030; the hall
// closed on 6 March 2030; agency "uji" only 08:00-11:00 on Fridays and
// closed on 14-15 January 2030 for a training.
const HOURS = `
  special = (
    { from = "2030-02-04"; to = "2030-03-05"; name = "Ramadan 1451 H";
      mon = "08:00-14:00"; tue = "08:00-14:00"; wed = "08:00-14:00"; thu = "08:00-14:00";
      fri = "08:00-11:00, 13:00-14:30"; },
    { from = "2030-03-06"; name = "Pemeliharaan gedung"; closed = true; }
  );
  agencies = {
    uji = {
      fri = "08:00-11:00";
      special = ( { from = "2030-01-14"; to = "2030-01-15"; name = "Pelatihan petugas"; closed = true; } );
    };
  };
  carry_over = false;`;

let hall, dir, bookedCode;
const clock = (body) => hall.req('POST', '/api/v1/test/clock', body);
const at = (day, hhmm) => clock({ at_ms: Date.parse(`${day}T${hhmm}:00+07:00`) });
const DK = 'dukcapil/legalisasi';
const UJI_SVC = 'uji/layanan';
async function slots(date) {
  const r = await hall.req('GET', `/api/v1/slots?service=${UJI_SVC}&date=${date}`);
  assert.equal(r.status, 200, r.text);
  return r.json;
}
const startsOf = (day) => day.slots.map((s) => s.start.slice(11, 16));

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mpp-hours-'));
  copyFileSync(join(ROOT, 'plugins', 'dukcapil.lua'), join(dir, 'dukcapil.lua'));
  writeFileSync(join(dir, 'uji.lua'), UJI);
  const day = (d, v) => [`${d} = "00:00-24:00";`, `${d} = "${v}";`];
  hall = new Hall({
    plugins: dir,
    replace: [
      ['{ number = 34; agency = "taspen"; }', '{ number = 34; agency = "uji"; }'],
      day('mon', '07:30-12:00, 13:00-15:00'), day('tue', '07:30-12:00, 13:00-15:00'),
      day('wed', '07:30-12:00, 13:00-15:00'), day('thu', '07:30-12:00, 13:00-15:00'),
      day('fri', '07:30-11:30, 13:30-15:00'), day('sat', 'closed'), day('sun', 'closed'),
      ['  carry_over = false;', HOURS],
    ],
  });
  hall.addUser('ani', 'staff', 'dukcapil');
  await hall.start();
  if ((await clock({ advance_ms: 0 })).status === 404) throw new Error('mppd was built without -DMPP_TEST_CLOCK=ON');
});
after(async () => { await hall.stop(); hall.cleanup(); rmSync(dir, { recursive: true, force: true }); });

// the business day never goes back, so the dates only move forward
test('booking slots follow the breaks, Ramadan, the closures and the agency\'s own hours', async () => {
  await at('2030-01-01', '09:00');
  const monday = await slots('2030-01-07');
  assert.deepEqual(startsOf(monday), ['07:30', '08:00', '08:30', '09:00', '09:30', '10:00', '10:30',
    '11:00', '11:30', '13:00', '13:30', '14:00', '14:30'], 'no slot in the lunch break');
  assert.equal(monday.closed, null);
  assert.equal(monday.period, null);
  const ramadan = await slots('2030-02-05');
  assert.equal(ramadan.slots.length, 12, '08:00-14:00 in slots of 30 minutes');
  assert.equal(startsOf(ramadan)[0], '08:00');
  assert.equal(startsOf(ramadan).at(-1), '13:30');
  assert.equal(ramadan.period, 'Ramadan 1451 H');
  const friday = await slots('2030-01-11'); // uji's own Friday: 08:00-11:00
  assert.deepEqual(startsOf(friday), ['08:00', '08:30', '09:00', '09:30', '10:00', '10:30']);
  const training = await slots('2030-01-14');
  assert.deepEqual(training.slots, []);
  assert.equal(training.closed, 'Pelatihan petugas');
  const shut = await slots('2030-03-06');
  assert.deepEqual(shut.slots, []);
  assert.equal(shut.closed, 'Pemeliharaan gedung');
  const inBreak = await hall.req('POST', '/api/v1/bookings', { service: UJI_SVC,
    start: '2030-01-07T12:00:00+07:00', name: 'Warga Uji', phone: '081234567890' });
  assert.equal(inBreak.status, 400, 'no slot starts in the break');
  assert.equal(inBreak.json.error.field, 'start');
  const afterLunch = await hall.req('POST', '/api/v1/bookings', { service: UJI_SVC,
    start: '2030-01-07T13:00:00+07:00', name: 'Warga Uji', phone: '081234567890' });
  assert.equal(afterLunch.status, 201, afterLunch.text);
  bookedCode = afterLunch.json.booking.code;
});

test('lunch: no ticket between 12:00 and 13:00, those waiting stay, the estimate waits through it', async () => {
  await at('2030-01-07', '07:29');
  const early = await hall.issue(DK);
  assert.equal(early.status, 409);
  assert.equal(early.json.error.code, 'closed');
  assert.match(early.json.error.message, /from 07:30/);

  await at('2030-01-07', '11:50');
  const first = (await hall.issue(DK)).json.ticket;
  const ani = await hall.login('ani');
  assert.equal((await ani.req('POST', '/api/v1/counters/1/open')).status, 200);
  await at('2030-01-07', '11:55');
  const second = (await hall.issue(DK)).json.ticket;
  assert.equal(second.position, 1);
  // one ticket of 10 minutes ahead at one open counter: called at 12:05,
  // inside lunch; the counter calls again at 13:00, so a wait of 70 min
  // (5 before the break, 60 of it, 5 after)
  assert.equal(second.estimated_wait_s, 70 * 60);

  await at('2030-01-07', '12:00');
  const lunch = await hall.issue(DK);
  assert.equal(lunch.status, 409);
  assert.equal(lunch.json.error.code, 'closed');
  assert.match(lunch.json.error.message, /break \(12:00-13:00\).*again from 13:00/);
  await at('2030-01-07', '12:59');
  for (const t of [first, second]) {
    const s = (await hall.req('GET', `/api/v1/tickets/${t.token}`)).json.ticket;
    assert.equal(s.status, 'waiting', 'a ticket waits through the break');
  }
  // a citizen booked for 13:00 checks in at 12:45, inside the window and
  // the break: the booked ticket is issued (its slot is after the break),
  // a walk-in is not
  await at('2030-01-07', '12:45');
  const checkin = await hall.req('POST', '/api/v1/bookings/check-in', { code: bookedCode });
  assert.equal(checkin.status, 201, checkin.text);
  assert.equal(checkin.json.ticket.booking, bookedCode);
  assert.equal((await hall.issue(UJI_SVC)).status, 409);
  await at('2030-01-07', '12:59');
  const now = (await hall.req('GET', '/api/v1/hours')).json;
  assert.equal(now.date, '2030-01-07');
  assert.deepEqual(now.hall.ranges, [{ open: '07:30', close: '12:00' }, { open: '13:00', close: '15:00' }]);
  assert.equal(now.hall.open_now, false);
  assert.equal(now.hall.opens, '13:00');
  assert.equal(now.hall.name, null);

  await at('2030-01-07', '13:00');
  assert.equal((await hall.issue(DK)).status, 201);
  const open = (await hall.req('GET', '/api/v1/hours')).json.hall;
  assert.equal(open.open_now, true);
  assert.equal(open.closes, '15:00');

  const feed = hall.ws();
  await feed.next((m) => m.type === 'snapshot');
  await at('2030-01-07', '15:00');
  const closed = await feed.next((m) => m.type === 'ticket.cancelled' && m.ticket.id === second.id);
  assert.equal(closed.reason, 'closed', 'closing is at the end of the last range');
  await feed.close();
});

test('an agency whose hours end before the hall\'s closes then; the others keep serving', async () => {
  await at('2030-01-11', '10:30'); // a Friday: uji until 11:00, the hall until 11:30
  const u = (await hall.issue(UJI_SVC)).json.ticket;
  const d = (await hall.issue(DK)).json.ticket;
  const hours = (await hall.req('GET', '/api/v1/hours')).json;
  const uji = hours.agencies.find((a) => a.id === 'uji');
  assert.deepEqual(uji.ranges, [{ open: '08:00', close: '11:00' }]);
  assert.equal(uji.closes, '11:00');
  assert.ok(!hours.agencies.some((a) => a.id === 'dukcapil'), 'only agencies whose hours differ');
  const feed = hall.ws();
  await feed.next((m) => m.type === 'snapshot');
  await at('2030-01-11', '11:00');
  const ev = await feed.next((m) => m.type === 'ticket.cancelled' && m.ticket.id === u.id);
  assert.equal(ev.reason, 'closed');
  assert.equal((await hall.req('GET', `/api/v1/tickets/${d.token}`)).json.ticket.status, 'waiting');
  const late = await hall.issue(UJI_SVC);
  assert.equal(late.status, 409);
  assert.equal((await hall.issue(DK)).status, 201, 'the hall still issues for the others');
  await feed.close();
  // after a restart the agency's cancelled tickets do not close the hall
  await hall.restart();
  await at('2030-01-11', '11:10');
  assert.equal((await hall.issue(UJI_SVC)).status, 409);
  assert.equal((await hall.issue(DK)).status, 201, 'one agency\'s closing is not the hall\'s');
  assert.equal((await hall.req('GET', `/api/v1/tickets/${d.token}`)).json.ticket.status, 'waiting');
  assert.equal((await hall.req('GET', '/api/v1/hours?date=2030-13-01')).status, 400);
});

test('Ramadan: the special period\'s hours, Friday prayer inside it, and the hours endpoint names it', async () => {
  await at('2030-02-04', '07:45'); // a Monday of the period: opens at 08:00
  let r = await hall.issue(DK);
  assert.equal(r.status, 409);
  assert.match(r.json.error.message, /from 08:00/);
  await at('2030-02-04', '13:59');
  assert.equal((await hall.issue(DK)).status, 201, 'open until 14:00, past the usual lunch');
  await at('2030-02-04', '14:00');
  r = await hall.issue(DK);
  assert.equal(r.status, 409);
  assert.match(r.json.error.message, /closed at 14:00/);
  const day = (await hall.req('GET', '/api/v1/hours?date=2030-02-04')).json;
  assert.equal(day.hall.name, 'Ramadan 1451 H');
  assert.equal(day.hall.special, true);
  assert.deepEqual(day.hall.ranges, [{ open: '08:00', close: '14:00' }]);
  assert.ok(day.periods.some((p) => p.name === 'Ramadan 1451 H' && p.from === '2030-02-04' && p.to === '2030-03-05'));

  await at('2030-02-08', '11:30'); // its Friday: prayer 11:00-13:00
  r = await hall.issue(DK);
  assert.equal(r.status, 409);
  assert.match(r.json.error.message, /break \(11:00-13:00\)/);
  await at('2030-02-08', '13:00');
  assert.equal((await hall.issue(DK)).status, 201);
  await at('2030-02-09', '09:00'); // Saturday in the period: the weekly closure stays
  assert.equal((await hall.issue(DK)).status, 409);
  await at('2030-03-06', '09:00'); // the building closed that day
  r = await hall.issue(DK);
  assert.equal(r.status, 409);
  assert.match(r.json.error.message, /closed all day today \(Pemeliharaan gedung\)/);
  await at('2030-03-07', '09:00'); // after it, the weekly hours again
  assert.equal((await hall.issue(DK)).status, 201);
});
