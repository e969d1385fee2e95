// bookings.test.mjs - online bookings (CONTRACT.md, "Bookings") against
// the real mppd: the day's slots and the hall's closed days; 500 bookings
// at once for a slot of 10 places; one booking per phone and NIK; the
// walk-in share of the quota; check-in at the kiosk on the test clock (too
// early, in time and called ahead of walk-ins, too late and missed);
// cancelling frees the place; personal data erased after keep_days and
// gone from the store; a kill -9 in a booking rush loses no acknowledged
// booking and never oversells.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, copyFileSync, writeFileSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { Hall, ROOT, sleep } from './lib/hall.mjs';

const cleanups = [];
after(async () => { for (const f of cleanups.reverse()) await f(); });

const UJI = (booking, quota = 0) => `local agency = mpp.agency { id = "uji", name = "Instansi Uji",
  short = "Uji", kind = "OPD", prefix = "Z" }
agency:service { id = "layanan", name = "Layanan Uji", requirements = { "-" }, procedure = { "-" },
  minutes = 5, fee = 0, product = "-", complaint_channel = "-", legal_basis = "-", source = "fixture",
  quota = ${quota}, booking = ${booking} }
`;

async function newHall(booking, quota) {
  const dir = mkdtempSync(join(tmpdir(), 'mpp-bookings-'));
  copyFileSync(join(ROOT, 'plugins', 'dukcapil.lua'), join(dir, 'dukcapil.lua'));
  writeFileSync(join(dir, 'uji.lua'), UJI(booking, quota));
  const hall = new Hall({ plugins: dir,
    replace: [['{ number = 34; agency = "taspen"; }', '{ number = 34; agency = "uji"; }']] });
  await hall.start();
  cleanups.push(async () => { await hall.stop(); hall.cleanup(); rmSync(dir, { recursive: true, force: true }); });
  return hall;
}

const SVC = 'uji/layanan';
const clock = (hall, body) => hall.req('POST', '/api/v1/test/clock', body);
const hasClock = async (hall) => (await clock(hall, { advance_ms: 0 })).status !== 404;
// a Monday in 2030, 07:00 in the hall's zone; slots of that day from 08:00
const MONDAY = '2030-01-07';
const at = (hhmm, day = MONDAY) => Date.parse(`${day}T${hhmm}:00+07:00`);
const phone = (i) => '0812' + String(10000000 + i);
const book = (hall, start, i, extra = {}) => hall.req('POST', '/api/v1/bookings',
  { service: SVC, start, name: 'Warga Uji ' + i, phone: phone(i), ...extra });
const slotsOf = async (hall, date) => (await hall.req('GET', `/api/v1/slots?service=${SVC}&date=${date}`)).json;

test('the day\'s slots, the closed days and the services that take bookings', async () => {
  const hall = await newHall('{ slot_minutes = 30, capacity = 4, days_ahead = 7 }');
  const uji = (await hall.req('GET', '/api/v1/agencies')).json.agencies.find((a) => a.id === 'uji');
  assert.deepEqual(Object.keys(uji.services[0].booking).slice(0, 2), ['days_ahead', 'slot_minutes']);
  const dukcapil = (await hall.req('GET', '/api/v1/agencies')).json.agencies.find((a) => a.id === 'dukcapil');
  assert.equal(dukcapil.services.find((s) => s.id === 'dukcapil/legalisasi').booking, null);
  const day = await slotsOf(hall, '2026-12-24');
  assert.deepEqual(day.slots, [], 'cuti bersama: no slots');
  assert.match(day.closed, /Cuti bersama/);
  const open = await slotsOf(hall, '2030-01-08');
  assert.equal(open.slots.length, 48, 'the demo hall is open around the clock: 48 slots of 30 min');
  assert.equal(open.slots[16].start, '2030-01-08T08:00:00+07:00');
  assert.equal(open.slots[16].end, '2030-01-08T08:30:00+07:00');
  assert.equal(open.slots[16].capacity, 4);
  assert.equal((await hall.req('GET', '/api/v1/slots?service=dukcapil/legalisasi&date=2030-01-08')).status, 404);
  assert.equal((await hall.req('GET', `/api/v1/slots?service=${SVC}&date=2030-02-30`)).json.error.field, 'date');
});

test('a day further ahead than days_ahead shows its slots with none left, as booking one is refused', async (t) => {
  const hall = await newHall('{ slot_minutes = 30, capacity = 4, days_ahead = 7 }');
  if (!(await hasClock(hall))) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  await clock(hall, { at_ms: at('07:00') });
  const inside = await slotsOf(hall, '2030-01-14'); // 7 days ahead
  assert.equal(inside.slots[20].left, 4);
  const beyond = await slotsOf(hall, '2030-01-15'); // 8 days ahead
  assert.equal(beyond.slots.length, 48);
  assert.ok(beyond.slots.every((s) => s.left === 0 && s.capacity === 4), 'none to book yet');
  const refused = await book(hall, beyond.slots[20].start, 1);
  assert.equal(refused.status, 400);
  assert.match(refused.json.error.message, /further ahead/);
});

test('500 bookings at once for a slot of 10: exactly 10 are made, 490 hear slot_full', async (t) => {
  const hall = await newHall('{ slot_minutes = 30, capacity = 10, days_ahead = 90 }');
  if (!(await hasClock(hall))) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  await clock(hall, { at_ms: at('07:00') });
  const start = '2030-01-08T09:00:00+07:00';
  const replies = await Promise.all(Array.from({ length: 500 }, (_, i) => book(hall, start, i)));
  const made = replies.filter((r) => r.status === 201), full = replies.filter((r) => r.status === 409);
  assert.equal(made.length, 10);
  assert.equal(full.length, 490);
  assert.ok(full.every((r) => r.json.error.code === 'slot_full'));
  const slot = (await slotsOf(hall, '2030-01-08')).slots.find((s) => s.start === start);
  assert.equal(slot.left, 0);
  const b = made[0].json.booking;
  assert.match(b.code, /^BK-[2-9A-HJKMNP-Z]{4}$/);
  assert.match(b.token, /^[0-9a-f]{32}$/);
  assert.equal(b.status, 'booked');
  assert.match(b.name, /^Wa\*+ U\*+ (\d\*+|\*)$/, 'the name is masked: ' + b.name);
  assert.match(b.phone, /^\+62812\*+\d{3}$/, 'the phone is masked: ' + b.phone);
  assert.ok(!JSON.stringify(b).includes('81210000'), 'no whole phone number');
  // cancelling frees the place at once
  const odd = await hall.req('DELETE', `/api/v1/bookings/${b.token}`, { x: 1 });
  assert.deepEqual([odd.status, odd.json.error.field], [400, 'x'], 'a field it does not take: nothing cancelled');
  assert.equal((await hall.req('GET', `/api/v1/bookings/${b.token}`)).json.booking.status, 'booked');
  assert.equal((await hall.req('DELETE', `/api/v1/bookings/${b.token}`)).json.booking.status, 'cancelled');
  assert.equal((await slotsOf(hall, '2030-01-08')).slots.find((s) => s.start === start).left, 1);
  assert.equal((await book(hall, start, 9999)).status, 201);
  assert.equal((await book(hall, start, 10000)).json.error.code, 'slot_full');
});

test('one booking per phone and per NIK a service and day; malformed phone or NIK named', async (t) => {
  const hall = await newHall('{ slot_minutes = 30, capacity = 5, days_ahead = 90 }');
  if (!(await hasClock(hall))) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  await clock(hall, { at_ms: at('07:00') });
  const s1 = '2030-01-08T09:00:00+07:00', s2 = '2030-01-08T10:00:00+07:00';
  assert.equal((await book(hall, s1, 1, { nik: '3303014501900001' })).status, 201);
  const again = await book(hall, s2, 1);
  assert.equal(again.status, 409);
  assert.equal(again.json.error.code, 'duplicate');
  const nik = await book(hall, s2, 2, { nik: '3303014501900001' });
  assert.equal(nik.json.error.code, 'duplicate');
  assert.equal((await book(hall, '2030-01-09T09:00:00+07:00', 1)).status, 201, 'another day is fine');
  const badPhone = await book(hall, s1, 3, { phone: '12345' });
  assert.equal(badPhone.status, 422);
  assert.equal(badPhone.json.error.field, 'phone');
  const badNik = await book(hall, s1, 4, { nik: '33030145' });
  assert.equal(badNik.status, 422);
  assert.equal(badNik.json.error.field, 'nik');
  assert.equal((await book(hall, '2030-01-08T09:10:00+07:00', 5)).json.error.field, 'start');
  assert.equal((await book(hall, '2026-12-25T09:00:00+07:00', 6)).status, 409, 'a holiday has no slot');
});

test('the walk-in share: booked places of the quota are kept from walk-ins', async (t) => {
  const hall = await newHall('{ slot_minutes = 30, capacity = 5, days_ahead = 90, walkin_share = 50 }', 4);
  if (!(await hasClock(hall))) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  await clock(hall, { at_ms: at('07:00') });
  assert.equal((await book(hall, '2030-01-07T09:00:00+07:00', 1)).status, 201);
  assert.equal((await book(hall, '2030-01-07T09:30:00+07:00', 2)).status, 201);
  const third = await book(hall, '2030-01-07T10:00:00+07:00', 3);
  assert.equal(third.json.error.code, 'quota_reached', 'half of a quota of 4 is bookable');
  assert.equal((await hall.issue(SVC)).status, 201);
  assert.equal((await hall.issue(SVC)).status, 201);
  const walkin = await hall.issue(SVC);
  assert.equal(walkin.status, 409);
  assert.equal(walkin.json.error.code, 'quota_reached', 'the two booked places are kept');
});

test('check-in on the test clock: too early says when, in time is called ahead of walk-ins, too late and missed', async (t) => {
  const hall = await newHall('{ slot_minutes = 30, capacity = 5, days_ahead = 90, checkin_before = 30, checkin_after = 15 }');
  if (!(await hasClock(hall))) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  hall.addUser('petugas', 'staff', 'uji');
  await clock(hall, { at_ms: at('07:00') });
  const a = (await book(hall, '2030-01-07T09:00:00+07:00', 1)).json.booking;
  const late = (await book(hall, '2030-01-07T08:00:00+07:00', 2)).json.booking;
  const early = await hall.req('POST', '/api/v1/bookings/check-in', { code: a.code });
  assert.equal(early.status, 409);
  assert.equal(early.json.error.code, 'too_early');
  assert.match(early.json.error.message, /opens at 08:30;/, 'says when check-in opens');
  const tomorrow = (await book(hall, '2030-01-08T09:00:00+07:00', 3)).json.booking;
  const day = await hall.req('POST', '/api/v1/bookings/check-in', { code: tomorrow.code });
  assert.equal(day.json.error.code, 'too_early');
  assert.match(day.json.error.message, /opens at 2030-01-08 08:30;/, 'a booking of another day says which day');

  const feed = hall.ws();
  await feed.next((m) => m.type === 'snapshot');
  await clock(hall, { at_ms: at('08:40') }); // B's window closed at 08:15
  const ev = await feed.next((m) => m.type === 'booking.missed'); // the tick marks it missed
  assert.equal(ev.booking, late.code);
  assert.equal(ev.service, SVC);
  assert.ok(!JSON.stringify(ev).includes('Warga'), 'no name in the event');
  await feed.close();
  const missed = await hall.req('POST', '/api/v1/bookings/check-in', { code: late.code });
  assert.equal(missed.json.error.code, 'too_late');
  assert.match(missed.json.error.message, /walk-in/);
  assert.equal((await hall.req('GET', `/api/v1/bookings/${late.token}`)).json.booking.status, 'missed');

  const w1 = (await hall.issue(SVC)).json.ticket;
  const w2 = (await hall.issue(SVC)).json.ticket;
  const ci = await hall.req('POST', '/api/v1/bookings/check-in', { code: a.code.toLowerCase().replace('-', ' ') });
  assert.equal(ci.status, 201, ci.text);
  assert.equal(ci.json.ticket.booking, a.code);
  assert.ok(ci.json.ticket.token);
  assert.equal((await hall.req('POST', '/api/v1/bookings/check-in', { code: a.code })).json.error.code, 'already_checked_in');
  const staff = await hall.login('petugas');
  assert.equal((await staff.req('POST', '/api/v1/counters/34/open')).status, 200);
  let call = await staff.req('POST', '/api/v1/counters/34/call', {});
  assert.equal(call.json.counter.ticket.number, w1.number, 'before its slot the booked ticket waits its turn');
  await staff.req('POST', '/api/v1/counters/34/finish');
  await clock(hall, { at_ms: at('09:00') });
  await sleep(1500); // the tick moves it ahead at its slot's start
  call = await staff.req('POST', '/api/v1/counters/34/call', {});
  assert.equal(call.json.counter.ticket.number, ci.json.ticket.number, 'from its slot, ahead of ' + w2.number);
  assert.equal(call.json.counter.ticket.booking, a.code, 'the console sees it is booked');
  const b = (await hall.req('GET', `/api/v1/bookings/${a.token}`)).json.booking;
  assert.equal(b.status, 'checked_in');
  assert.equal(b.ticket.number, ci.json.ticket.number);
  assert.equal(b.ticket.token, ci.json.ticket.token, 'its holder can open the ticket\'s page');
  const listed = (await staff.req('GET', `/api/v1/bookings?date=${MONDAY}`)).json.services
    .flatMap((x) => x.bookings).find((x) => x.code === a.code);
  assert.equal(listed.ticket.number, ci.json.ticket.number);
  assert.equal(listed.ticket.token, undefined, 'a listing never carries the ticket\'s token');
  // the service report splits online from walk-in
  hall.addUser('kepala', 'admin');
  const admin = await hall.login('kepala');
  const rep = (await admin.req('GET', `/api/v1/reports/service?from=${MONDAY}&to=${MONDAY}&service=${SVC}`)).json;
  const row = rep.rows.find((x) => x.level === 'service');
  assert.equal(row.issued, 3);
  assert.equal(row.online.tickets, 1);
  assert.equal(row.online.walk_in, 2);
  assert.equal(row.online.bookings_made, 2);
  assert.equal(row.online.checked_in, 1);
  assert.equal(row.online.missed, 1);
  assert.equal(row.online.slot_wait.count, 1, 'the booked ticket was called, counted from its slot');
  const csv = (await admin.req('GET', `/api/v1/reports/service.csv?from=${MONDAY}&to=${MONDAY}&service=${SVC}`)).text;
  assert.match(csv.split('\r\n')[0], /,online,walk_in,slot_wait_median_s,bookings_made,/);
});

test('personal data is erased keep_days after the slot, and gone from the store', async (t) => {
  const hall = await newHall('{ slot_minutes = 30, capacity = 5, days_ahead = 90 }');
  if (!(await hasClock(hall))) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  await clock(hall, { at_ms: at('07:00') });
  const NIK = '3303014501900077', NAME = 'Kartini Wulandari', PHONE = '081299887766';
  const b = (await hall.req('POST', '/api/v1/bookings', { service: SVC, start: '2030-01-07T09:00:00+07:00',
    name: NAME, phone: PHONE, nik: NIK })).json.booking;
  const staffView = () => {
    const dir = mkdtempSync(join(tmpdir(), 'mpp-copy-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    hall.ctl(['backup', join(dir, 'copy')]);
    return readdirSync(join(dir, 'copy')).map((f) => readFileSync(join(dir, 'copy', f)).toString('latin1')).join('');
  };
  const before = staffView();
  assert.ok(before.includes(NIK) && before.includes(NAME), 'kept while its purpose lasts');
  assert.ok(!hall.log.includes(NIK) && !hall.log.includes(NAME) && !hall.log.includes('99887766'), 'never in the log');
  await clock(hall, { at_ms: at('09:00', '2030-02-07') }); // 31 days after the slot
  await sleep(1500);
  assert.match(hall.log, /erased the name, phone and NIK of 1 bookings/);
  const after = (await hall.req('GET', `/api/v1/bookings/${b.token}`)).json.booking;
  assert.equal(after.name, null);
  assert.equal(after.phone, null);
  const copy = staffView();
  assert.ok(!copy.includes(NIK), 'the NIK is gone from the store');
  assert.ok(!copy.includes(NAME), 'the name is gone from the store');
  assert.ok(!copy.includes('+6281299887766'), 'the phone is gone from the store');
});

test('a kill -9 in a booking rush loses no acknowledged booking and never oversells', async (t) => {
  const CAP = 100;
  const hall = await newHall(`{ slot_minutes = 30, capacity = ${CAP}, days_ahead = 90 }`);
  if (!(await hasClock(hall))) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  await clock(hall, { at_ms: at('07:00') });
  const start = '2030-01-08T09:00:00+07:00';
  const acked = [];
  let next = 0;
  const rush = Array.from({ length: 32 }, async () => {
    while (next < 400) {
      const i = next++;
      try {
        const r = await book(hall, start, i);
        if (r.status === 201) acked.push(r.json.booking.token);
      } catch { return; /* the server died mid-request: not acknowledged */ }
    }
  });
  while (acked.length < 20) await sleep(1);
  await hall.kill9(); // mid-rush: requests in flight, a round perhaps half-written
  await Promise.all(rush);
  console.log(`kill -9 in the rush: ${acked.length} bookings acknowledged before it`);
  assert.ok(acked.length < CAP, 'the kill came before the slot was full');
  await hall.start();
  await clock(hall, { at_ms: at('07:10') });
  for (const token of acked) {
    const r = await hall.req('GET', `/api/v1/bookings/${token}`);
    assert.equal(r.status, 200, 'an acknowledged booking survives the kill');
    assert.equal(r.json.booking.status, 'booked');
  }
  const slot = (await slotsOf(hall, '2030-01-08')).slots.find((s) => s.start === start);
  assert.ok(CAP - slot.left >= acked.length, 'every acknowledged booking holds its place');
  const more = await Promise.all(Array.from({ length: CAP + 20 }, (_, i) => book(hall, start, 1000 + i)));
  const taken = CAP - slot.left + more.filter((r) => r.status === 201).length;
  assert.equal(taken, CAP, 'never more bookings than places, before and after the kill');
});

test('a code of an agency\'s own booking app is checked in by its pattern, once; a risky pattern is refused at load', async () => {
  const hall = await newHall('{ slot_minutes = 30, capacity = 4, days_ahead = 7, code_pattern = "MP[0-9]{8}" }');
  const checkIn = (code) => hall.req('POST', '/api/v1/bookings/check-in', { code });
  const first = await checkIn('mp 1234 5678');
  assert.equal(first.status, 201, first.text);
  assert.equal(first.json.ticket.booking, 'MP12345678');
  assert.equal(first.json.ticket.service, SVC);
  const again = await checkIn('MP12345678');
  assert.equal(again.status, 409);
  assert.equal(again.json.error.code, 'already_checked_in');
  const short = await checkIn('MP1234');
  assert.equal(short.status, 404, 'the whole code must match');
  const walkin = (await hall.req('POST', '/api/v1/tickets', { service: SVC })).json.ticket;
  const second = (await checkIn('MP87654321')).json.ticket;
  const now = async (tk) => (await hall.req('GET', `/api/v1/tickets/${tk.token}`)).json.ticket.position;
  assert.ok(await now(second) < await now(walkin), 'ahead of the walk-in who came before it');

  const dir = mkdtempSync(join(tmpdir(), 'mpp-pattern-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'uji.lua'), UJI('{ code_pattern = "(A+)+B" }'));
  let out = '';
  try {
    out = execFileSync(process.env.MPPCTL || join(ROOT, 'build-test/mppctl'), ['check', join(dir, 'uji.lua')], { encoding: 'utf8' });
  } catch (e) { out = String(e.stdout); }
  assert.match(out, /uji\.lua:\d+: service 'layanan': booking.code_pattern refused: /);
});

test('the day\'s bookings: whole to the agency\'s staff; masked and without the NIK to its liaison and the admin; never a token', async (t) => {
  const hall = await newHall('{ slot_minutes = 30, capacity = 4, days_ahead = 7 }');
  if (!(await hasClock(hall))) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  await clock(hall, { at_ms: at('07:00') });
  hall.addUser('uji-loket', 'staff', 'uji');
  hall.addUser('uji-it', 'liaison', 'uji');
  hall.addUser('kepala', 'admin');
  const NIK = '3303014501900088', NAME = 'Sri Lestari', PHONE = '081277001122';
  const made = await hall.req('POST', '/api/v1/bookings',
    { service: SVC, start: `${MONDAY}T10:00:00+07:00`, name: NAME, phone: PHONE, nik: NIK });
  assert.equal(made.status, 201, made.text);
  const listed = async (who) => {
    const s = await hall.login(who);
    const r = await s.req('GET', `/api/v1/bookings?date=${MONDAY}`);
    assert.equal(r.status, 200, r.text);
    return r.json.services.find((x) => x.service === SVC).bookings[0];
  };
  const staff = await listed('uji-loket');
  assert.equal(staff.name, NAME);
  assert.equal(staff.phone, '+6281277001122');
  assert.equal(staff.nik, NIK);
  assert.equal(staff.code, made.json.booking.code);
  for (const who of ['uji-it', 'kepala']) {
    const b = await listed(who);
    assert.match(b.name, /^S\*+ Le\*+$/, `${who}: ${b.name}`);
    assert.match(b.phone, /^\+62812\*+122$/, `${who}: ${b.phone}`);
    assert.equal(b.nik, undefined, `${who} never sees the NIK`);
  }
  for (const who of ['uji-loket', 'uji-it', 'kepala'])
    assert.equal((await listed(who)).token, undefined, `${who}: the token that cancels it stays with its holder`);
});
