// notify_flow.test.mjs - what a citizen who asked for messages receives
// through a whole ticket and a whole booking (CONTRACT.md, "Notifications";
// docs/notify.md), against the real mppd and a stand-in gateway started on
// a free port (the gateway lies outside the hall):
// - asking after the ticket was taken (the kiosk's and the status page's
//   "Kirim pengingat"), with the status link;
// - "hampir tiba" once, when few are ahead, then "dipanggil", in order;
// - a "hampir tiba" the gateway could not take is dropped, not sent late,
//   once the ticket is called;
// - stopping the messages erases the phone and nothing more is sent; else
//   the phone is stored once, in the ticket's subscription, never in its
//   messages' records, and is gone when the ticket's day ends;
// - the survey link after the service;
// - a booking's reminders the day before and an hour before, dropped when
//   it is cancelled; the admin sends a failed message again with its key;
// - a visit across agencies: the messages go on with each next step's
//   ticket, the phone kept by the first step's subscription.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hall, until, promtool } from './lib/hall.mjs';
import { Gateway } from './lib/gateway.mjs';

let hall;
const gateway = new Gateway();
const got = gateway.got; // every POST the gateway received, in order

before(async () => {
  await gateway.start();
  hall = new Hall({
    replace: [['hall = {\n', 'hall = {\n  public_url = "https://mpp.example.id";\n']],
    cfg: `
notify = {
  url = "${gateway.url}";
  quiet_hours = "off";
  max_attempts = 2;
  near = 2;
};
` });
  hall.addUser('ani', 'staff', 'dukcapil');
  hall.addUser('kepala', 'admin');
  await hall.start();
  // a Wednesday morning of the test clock, whatever the real hour: the
  // tests move it on by minutes, and a midnight among them would end the
  // day and its tickets (the later tests set their own days)
  const c = await hall.req('POST', '/api/v1/test/clock', { at_ms: Date.parse('2030-01-02T09:00:00+07:00') });
  assert.ok(c.status === 200 || c.status === 404, c.text);
});
after(async () => { await hall.stop(); hall.cleanup(); gateway.close(); });

const SVC = 'dukcapil/legalisasi';
const take = async () => (await hall.req('POST', '/api/v1/tickets', { service: SVC })).json.ticket;
const sentFor = (number) => got.filter((g) => g.body.ticket === number);
const clock = (body) => hall.req('POST', '/api/v1/test/clock', body);

test('asked for after the ticket: issued with its link, hampir tiba once, then called, in order', async () => {
  const ani = await hall.login('ani');
  await ani.req('POST', '/api/v1/counters/2/open');
  const ahead = [];
  for (let i = 0; i < 4; i++) ahead.push(await take());
  const mine = await take();
  assert.equal(mine.position, 4);

  const url = `/api/v1/tickets/${mine.token}/notify`;
  assert.deepEqual((await hall.req('GET', url)).json, { notify: null });
  const bad = await hall.req('POST', url, { phone: '0812' });
  assert.equal(bad.status, 422);
  assert.equal(bad.json.error.field, 'phone');
  const on = await hall.req('POST', url, { phone: '081299887766' });
  assert.equal(on.status, 201);
  assert.deepEqual(on.json, { notify: { phone: '+62812*****766' } });
  assert.deepEqual((await hall.req('GET', url)).json, on.json);

  const issued = await until(async () => sentFor(mine.number).find((g) => g.body.template === 'ticket.issued'));
  assert.equal(issued.body.to, '+6281299887766');
  assert.ok(issued.body.text.endsWith(`https://mpp.example.id/t/${mine.token}`), issued.body.text);

  for (let i = 0; i < 2; i++) { // two called: two ahead now, as near = 2 says
    await ani.req('POST', '/api/v1/counters/2/call');
    await ani.req('POST', '/api/v1/counters/2/finish');
  }
  const near = await until(async () => sentFor(mine.number).find((g) => g.body.template === 'ticket.near'));
  assert.match(near.body.text, /tinggal 2 antrean/);
  await ani.req('POST', '/api/v1/counters/2/call');
  await ani.req('POST', '/api/v1/counters/2/finish'); // one ahead: no second "hampir tiba"
  await ani.req('POST', '/api/v1/counters/2/call');
  await ani.req('POST', '/api/v1/counters/2/finish');
  const called = (await ani.req('POST', '/api/v1/counters/2/call')).json.counter.ticket;
  assert.equal(called.number, mine.number);
  await until(async () => sentFor(mine.number).find((g) => g.body.template === 'ticket.called'));
  await ani.req('POST', '/api/v1/counters/2/finish');
  const finished = await until(async () => sentFor(mine.number).find((g) => g.body.template === 'ticket.finished'));
  assert.match(finished.body.text, /survei kepuasan/);
  assert.deepEqual(sentFor(mine.number).map((g) => g.body.template),
    ['ticket.issued', 'ticket.near', 'ticket.called', 'ticket.finished']);
  assert.equal(new Set(sentFor(mine.number).map((g) => g.key)).size, 4, 'one key per message');
  for (const t of ahead) assert.equal(sentFor(t.number).length, 0, 'nothing to those who did not ask');
  assert.deepEqual((await hall.req('GET', url)).json, { notify: null }, 'a finished ticket has nothing left to stop');
  assert.ok(!hall.log.includes('99887766'), 'the phone is never in the log');
  await ani.req('POST', '/api/v1/counters/2/close');
});

test('in a queue of regular and priority tickets each one asking is told hampir tiba once, when near, before its call', async () => {
  const ani = await hall.login('ani');
  await ani.req('POST', '/api/v1/counters/2/open');
  const mine = [];
  for (let i = 0; i < 8; i++) {
    const body = { service: SVC, notify: { phone: `08129988${String(7000 + i)}` } };
    if (i >= 4) body.priority = 'lansia'; // taken after, called ahead of the regular ones
    const r = await hall.req('POST', '/api/v1/tickets', body);
    assert.equal(r.status, 201, r.text);
    mine.push(r.json.ticket);
  }
  for (let i = 0; i < mine.length; i++) {
    await ani.req('POST', '/api/v1/counters/2/call');
    await ani.req('POST', '/api/v1/counters/2/finish');
  }
  await until(async () => mine.every((t) => sentFor(t.number).some((g) => g.body.template === 'ticket.finished')), 10000);
  for (const t of mine) {
    const said = sentFor(t.number).map((g) => g.body.template);
    const far = t.position > 2; // near = 2: those within two are near already when they take the ticket
    assert.deepEqual(said, far ? ['ticket.issued', 'ticket.near', 'ticket.called', 'ticket.finished']
      : ['ticket.issued', 'ticket.called', 'ticket.finished'], `${t.number}, ${t.position} ahead when taken`);
    if (far) assert.match(sentFor(t.number).find((g) => g.body.template === 'ticket.near').body.text, /tinggal [12] antrean/);
  }
  assert.ok(mine.filter((t) => t.position > 2 && t.priority).length >= 1, 'a priority one moved up from far away');
  assert.ok(mine.filter((t) => t.position > 2 && !t.priority).length >= 1, 'a regular one moved up from far away');
  await ani.req('POST', '/api/v1/counters/2/close');
});

test('a hampir tiba the gateway could not take is dropped once the ticket is called; stop erases the phone', async (t) => {
  if ((await clock({ advance_ms: 0 })).status === 404) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  const ani = await hall.login('ani');
  const admin = await hall.login('kepala');
  await ani.req('POST', '/api/v1/counters/2/open');
  const first = await take();
  const other = await take();
  await take();
  const mine = await take();
  gateway.answer = (g) => (g.body.template === 'ticket.near' ? 503 : 200);
  await hall.req('POST', `/api/v1/tickets/${mine.token}/notify`, { phone: '081311112222' });
  await until(async () => sentFor(mine.number).find((g) => g.body.template === 'ticket.issued'));
  assert.equal(sentFor(mine.number).length, 1, 'three ahead: not near yet');
  await ani.req('POST', '/api/v1/counters/2/call', { number: first.number });
  await ani.req('POST', '/api/v1/counters/2/finish');
  await until(async () => sentFor(mine.number).find((g) => g.body.template === 'ticket.near'));
  const before = (await admin.req('GET', '/api/v1/outbox')).json;
  await ani.req('POST', '/api/v1/counters/2/call', { number: mine.number }); // before its retry
  await until(async () => sentFor(mine.number).find((g) => g.body.template === 'ticket.called'));
  gateway.answer = () => 200;
  await clock({ advance_ms: 5 * 60 * 1000 }); // past the retry's wait: nothing comes
  await until(async () => (await admin.req('GET', '/api/v1/outbox')).json.dropped > before.dropped);
  assert.equal(sentFor(mine.number).filter((g) => g.body.template === 'ticket.near').length, 1,
    'the stale "hampir tiba" was never sent again');
  await ani.req('POST', '/api/v1/counters/2/finish');

  // stop: the phone goes, and the next call says nothing
  await hall.req('POST', `/api/v1/tickets/${other.token}/notify`, { phone: '081355556666' });
  await until(async () => sentFor(other.number).find((g) => g.body.template === 'ticket.issued'));
  const off = await hall.req('DELETE', `/api/v1/tickets/${other.token}/notify`);
  assert.equal(off.status, 200);
  assert.deepEqual(off.json, { notify: null });
  assert.equal((await hall.req('DELETE', `/api/v1/tickets/${other.token}/notify`)).status, 404);
  await ani.req('POST', '/api/v1/counters/2/call', { number: other.number });
  await ani.req('POST', '/api/v1/counters/2/finish');
  await ani.req('POST', '/api/v1/counters/2/close');
  const n = sentFor(other.number).length;
  await clock({ advance_ms: 1000 });
  await new Promise((ok) => setTimeout(ok, 500));
  assert.equal(sentFor(other.number).length, n);
  assert.ok(sentFor(other.number).every((g) => g.body.template !== 'ticket.called'));
});

test('a failed message is sent again by the admin with the same key', async (t) => {
  if ((await clock({ advance_ms: 0 })).status === 404) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  const admin = await hall.login('kepala');
  gateway.answer = () => 500;
  const tk = await take();
  await hall.req('POST', `/api/v1/tickets/${tk.token}/notify`, { phone: '081377778888' });
  await until(async () => sentFor(tk.number).length >= 1);
  await clock({ advance_ms: 2 * 60 * 1000 });
  const failed = await until(async () =>
    (await admin.req('GET', '/api/v1/outbox')).json.failed_messages.find((m) => m.ticket === tk.number), 10000);
  const firstKey = sentFor(tk.number)[0].key;
  gateway.answer = () => 200;
  const staff = await hall.login('ani');
  assert.equal((await staff.req('POST', `/api/v1/outbox/${failed.id}/retry`)).status, 403);
  assert.equal((await admin.req('POST', '/api/v1/outbox/999999/retry')).status, 404);
  const r = await admin.req('POST', `/api/v1/outbox/${failed.id}/retry`);
  assert.equal(r.status, 200);
  const again = await until(async () => sentFor(tk.number).find((g, i) => i >= 2 && g.key === firstKey));
  assert.equal(again.body.template, 'ticket.issued');
  const twice = await admin.req('POST', `/api/v1/outbox/${failed.id}/retry`);
  assert.equal(twice.status, 409, 'a sent message is not sent again');
});

test('/metrics counts the messages by template and status, the delivery lag and the gateway errors', async () => {
  const text = (await hall.req('GET', '/metrics')).text;
  const value = (line) => Number((text.match(new RegExp('^' + line.replace(/[{}".+]/g, '\\$&') + ' (\\S+)$', 'm')) || [])[1]);
  assert.ok(value('mpp_messages{template="ticket.called",status="sent"}') >= 2, text);
  assert.ok(value('mpp_messages{template="ticket.near",status="dropped"}') >= 1);
  assert.ok(value('mpp_message_delivery_seconds_count') >= 8);
  // in seconds, as its name says: 100 ms to an hour
  const les = [...text.matchAll(/^mpp_message_delivery_seconds_bucket\{le="([^"]+)"\}/gm)].map((m) => m[1]);
  assert.deepEqual(les, ['0.1', '0.25', '0.5', '1', '2.5', '5', '10', '30', '60', '300', '900', '3600', '+Inf']);
  assert.ok(value('mpp_message_delivery_seconds_sum') < 60 * value('mpp_message_delivery_seconds_count'),
    'these messages went out within seconds');
  assert.ok(value('mpp_gateway_errors_total{kind="http"}') >= 2, 'the 503s and 500s');
  assert.equal(value('mpp_gateway_errors_total{kind="timeout"}'), 0);
  assert.ok(!/\+?62\d{6,}/.test(text), 'no phone in /metrics');
  promtool(text);
});

test('a kill -9 while a message is with the gateway: after the restart it arrives again under its one Idempotency-Key', async (t) => {
  if ((await clock({ advance_ms: 0 })).status === 404) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  const hung = [];
  gateway.answer = (g) => (g.body.template === 'ticket.issued' && !hung.length ? (hung.push(g), null) : 200);
  // a Friday morning, whatever the real hour: a day's end would close the ticket and drop its message
  await clock({ at_ms: Date.parse('2030-01-04T10:00:00+07:00') });
  const tk = (await hall.req('POST', '/api/v1/tickets', { service: SVC, notify: { phone: '081366667777' } })).json.ticket;
  await until(async () => hung.length === 1); // the POST is in flight, unanswered
  await hall.kill9();
  await hall.start();
  // the test clock starts again from the real time
  await clock({ at_ms: Date.parse('2030-01-04T10:30:00+07:00') });
  const again = await until(async () => {
    const mine = sentFor(tk.number).filter((g) => g.body.template === 'ticket.issued');
    return mine.length >= 2 ? mine : null;
  }, 10000);
  assert.equal(new Set(again.map((g) => g.key)).size, 1, 'one key for the message, across the crash');
  // the message's record holds no phone: after the restart it is the one
  // the ticket's subscription keeps
  assert.ok(again.every((g) => g.body.to === '+6281366667777'), 'the same phone after the restart');
  gateway.answer = () => 200;
});


test('a booking with messages: made, the reminder the day before, cancelled; the last reminder dropped', async (t) => {
  if ((await clock({ advance_ms: 0 })).status === 404) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  gateway.answer = () => 200;
  const at = (s) => Date.parse(s);
  await clock({ at_ms: at('2030-01-07T07:00:00+07:00') }); // a Monday
  const admin = await hall.login('kepala');
  const start = '2030-01-09T10:00:00+07:00';
  const r = await hall.req('POST', '/api/v1/bookings',
    { service: 'dukcapil/ktp-el-rekam', start, name: 'Sari Rahayu', phone: '081244445555', notify: true });
  assert.equal(r.status, 201, JSON.stringify(r.json));
  const b = r.json.booking;
  const forB = () => got.filter((g) => g.body.booking === b.code);
  await until(async () => forB().find((g) => g.body.template === 'booking.made'));
  assert.deepEqual(b.reminders, ['2030-01-08T10:00:00+07:00', '2030-01-09T09:00:00+07:00'],
    'the reply says when the reminders come');
  const box = (await admin.req('GET', '/api/v1/outbox')).json;
  assert.ok(box.queued >= 2, 'two reminders wait: ' + JSON.stringify(box));
  await clock({ at_ms: at('2030-01-08T09:59:00+07:00') });
  await new Promise((ok) => setTimeout(ok, 300));
  assert.ok(!forB().some((g) => g.body.template === 'booking.reminder'), 'not before its time');
  await clock({ at_ms: at('2030-01-08T10:00:01+07:00') });
  const rem = await until(async () => forB().find((g) => g.body.template === 'booking.reminder'));
  assert.match(rem.body.text, /Pengingat booking/);
  assert.ok(!JSON.stringify(rem.body).includes('Sari'), 'never a name');
  const admin2 = await hall.login('kepala'); // a day later: a new session
  const dropped = (await admin2.req('GET', '/api/v1/outbox')).json.dropped;
  assert.equal((await hall.req('DELETE', `/api/v1/bookings/${b.token}`)).status, 200);
  await until(async () => forB().find((g) => g.body.template === 'booking.cancelled'));
  assert.equal((await admin2.req('GET', '/api/v1/outbox')).json.dropped, dropped + 1,
    'the hour-before reminder is dropped');
  await clock({ at_ms: at('2030-01-09T09:00:01+07:00') });
  await new Promise((ok) => setTimeout(ok, 300));
  assert.deepEqual(forB().map((g) => g.body.template), ['booking.made', 'booking.reminder', 'booking.cancelled']);
  // quiet_hours = "off": at 23:00 a confirmation goes at once, not at 06:00
  await clock({ at_ms: at('2030-01-09T23:00:00+07:00') });
  const late = await hall.req('POST', '/api/v1/bookings', { service: 'dukcapil/ktp-el-rekam',
    start: '2030-01-10T10:00:00+07:00', name: 'Budi', phone: '081244446666', notify: true });
  assert.equal(late.status, 201, JSON.stringify(late.json));
  // made at 23:00 for 10:00 the next morning: the day before has passed,
  // the hour before is still ahead
  assert.deepEqual(late.json.booking.reminders, ['2030-01-10T09:00:00+07:00']);
  await until(async () => got.find((g) => g.body.booking === late.json.booking.code && g.body.template === 'booking.made'));
});

// Every byte of a copy of the store (mppctl backup copies live pages only).
function storeBytes() {
  const dir = mkdtempSync(join(tmpdir(), 'mpp-notify-copy-'));
  hall.ctl(['backup', join(dir, 'copy')]);
  const bytes = readdirSync(join(dir, 'copy')).map((f) => readFileSync(join(dir, 'copy', f)).toString('latin1')).join('');
  rmSync(dir, { recursive: true, force: true });
  return bytes;
}
const times = (bytes, text) => bytes.split(text).length - 1;

test('a booking checked in with messages: its ticket\'s messages go to the booking\'s phone, stored once, in the booking', async (t) => {
  if ((await clock({ advance_ms: 0 })).status === 404) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  gateway.answer = () => 200;
  await clock({ at_ms: Date.parse('2030-01-14T08:00:00+07:00') }); // a Monday
  const r = await hall.req('POST', '/api/v1/bookings', { service: 'dukcapil/ktp-el-rekam',
    start: '2030-01-15T10:00:00+07:00', name: 'Wati', phone: '081244447777', notify: true });
  assert.equal(r.status, 201, JSON.stringify(r.json));
  await clock({ at_ms: Date.parse('2030-01-15T09:45:00+07:00') });
  const from = got.length; // ticket numbers start again each day
  const ci = await hall.req('POST', '/api/v1/bookings/check-in', { code: r.json.booking.code });
  assert.equal(ci.status, 201, JSON.stringify(ci.json));
  const tk = ci.json.ticket;
  const issued = await until(async () => got.slice(from).find((g) => g.body.ticket === tk.number && g.body.template === 'ticket.issued'));
  assert.equal(issued.body.to, '+6281244447777');
  assert.equal(times(storeBytes(), '81244447777'), 1, 'the booking keeps the phone; the ticket\'s subscription names the booking');
});

test('a visit across agencies: the messages asked for at its first step go on with the next step\'s ticket, to the one phone stored once, across a kill -9', async (t) => {
  if ((await clock({ advance_ms: 0 })).status === 404) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  gateway.answer = () => 200;
  await clock({ at_ms: Date.parse('2030-01-16T09:00:00+07:00') }); // a Wednesday
  const from = got.length; // ticket numbers start again each day
  const mine = (number, template) => got.slice(from).find((g) => g.body.ticket === number && g.body.template === template);
  const r = await hall.req('POST', '/api/v1/visits',
    { services: ['imigrasi/paspor-baru'], have: ['ktp-el', 'akta-kelahiran', 'buku-nikah'] });
  assert.equal(r.status, 201, r.text);
  const v = r.json.visit;
  assert.deepEqual(v.steps.map((s) => s.service), ['dukcapil/kk-baru', 'imigrasi/paspor-baru']);
  const first = v.steps[0].ticket;
  const on = await hall.req('POST', `/api/v1/tickets/${first.token}/notify`, { phone: '081255553333' });
  assert.equal(on.status, 201, on.text);
  const issued = await until(async () => mine(first.number, 'ticket.issued'));
  assert.ok(issued.body.text.endsWith(`https://mpp.example.id/v/${v.token}`), 'the link opens the whole visit: ' + issued.body.text);

  const ani = await hall.login('ani');
  assert.equal((await ani.req('POST', '/api/v1/counters/1/open')).status, 200);
  assert.equal((await ani.req('POST', '/api/v1/counters/1/call', { number: first.number })).status, 200);
  assert.equal((await ani.req('POST', '/api/v1/counters/1/finish')).status, 200);
  await ani.req('POST', '/api/v1/counters/1/close');
  const next = (await hall.req('GET', `/api/v1/visits/${v.token}`)).json.visit.steps[1].ticket;
  assert.equal(next.service, 'imigrasi/paspor-baru');
  const nextIssued = await until(async () => mine(next.number, 'ticket.issued'));
  assert.equal(nextIssued.body.to, '+6281255553333');
  assert.ok(nextIssued.body.text.includes(`${next.number} `) && nextIssued.body.text.includes('Imigrasi'), nextIssued.body.text);
  assert.ok(nextIssued.body.text.endsWith(`/v/${v.token}`), nextIssued.body.text);
  assert.ok(mine(first.number, 'ticket.finished'), 'the first step\'s survey link came before');
  assert.deepEqual((await hall.req('GET', `/api/v1/tickets/${next.token}/notify`)).json, { notify: { phone: '+62812*****333' } });
  assert.equal(times(storeBytes(), '81255553333'), 1, 'stored once: the next step\'s subscription names the first');

  await hall.kill9();
  await hall.start();
  await clock({ at_ms: Date.parse('2030-01-16T09:30:00+07:00') }); // the test clock starts again from the real time
  hall.addUser('dina', 'staff', 'imigrasi');
  const dina = await hall.login('dina');
  const counter = (await hall.req('GET', '/api/v1/agencies')).json.agencies.find((a) => a.id === 'imigrasi').counters[0];
  assert.equal((await dina.req('POST', `/api/v1/counters/${counter}/open`)).status, 200);
  assert.equal((await dina.req('POST', `/api/v1/counters/${counter}/call`, { number: next.number })).status, 200);
  const called = await until(async () => mine(next.number, 'ticket.called'));
  assert.equal(called.body.to, '+6281255553333', 'the phone, found again through the first step after the restart');
  assert.ok(called.body.text.includes(`Loket ${counter}`), called.body.text);
  await dina.req('POST', `/api/v1/counters/${counter}/finish`);
  await dina.req('POST', `/api/v1/counters/${counter}/close`);
});

test('a visit\'s messages stopped at one step do not go on to the next', async (t) => {
  if ((await clock({ advance_ms: 0 })).status === 404) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  await clock({ at_ms: Date.parse('2030-01-16T10:00:00+07:00') });
  const from = got.length;
  const r = await hall.req('POST', '/api/v1/visits',
    { services: ['imigrasi/paspor-baru'], have: ['ktp-el', 'akta-kelahiran', 'buku-nikah'] });
  const first = r.json.visit.steps[0].ticket;
  const url = `/api/v1/tickets/${first.token}/notify`;
  assert.equal((await hall.req('POST', url, { phone: '081255554444' })).status, 201);
  assert.equal((await hall.req('DELETE', url)).status, 200);
  const ani = await hall.login('ani');
  await ani.req('POST', '/api/v1/counters/1/open');
  assert.equal((await ani.req('POST', '/api/v1/counters/1/call', { number: first.number })).status, 200);
  assert.equal((await ani.req('POST', '/api/v1/counters/1/finish')).status, 200);
  await ani.req('POST', '/api/v1/counters/1/close');
  const next = (await hall.req('GET', `/api/v1/visits/${r.json.visit.token}`)).json.visit.steps[1].ticket;
  assert.deepEqual((await hall.req('GET', `/api/v1/tickets/${next.token}/notify`)).json, { notify: null });
  await new Promise((ok) => setTimeout(ok, 300));
  assert.ok(!got.slice(from).some((g) => g.body.to === '+6281255554444' && g.body.template !== 'ticket.issued'),
    'nothing after the stop: ' + JSON.stringify(got.slice(from).map((g) => g.body.template)));
});

test('a ticket\'s phone is stored once, gone from the store when its day ends, and was never in the log', async (t) => {
  if ((await clock({ advance_ms: 0 })).status === 404) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  const earlier = ['81299887766', '81311112222', '81355556666', '81377778888', '81366667777', '81255553333', '81255554444'];
  const copy = storeBytes;
  const sweep = () => new Promise((ok) => setTimeout(ok, 1500)); // the erasure runs on the next tick
  await clock({ at_ms: Date.parse('2030-01-21T09:00:00+07:00') }); // a Monday
  const ani = await hall.login('ani');
  await ani.req('POST', '/api/v1/counters/2/open');
  const tk = (await hall.req('POST', '/api/v1/tickets', { service: SVC, notify: { phone: '081288880001' } })).json.ticket;
  assert.equal((await ani.req('POST', '/api/v1/counters/2/call', { number: tk.number })).status, 200);
  await ani.req('POST', '/api/v1/counters/2/finish');
  await ani.req('POST', '/api/v1/counters/2/close');
  await until(async () => sentFor(tk.number).find((g) => g.body.template === 'ticket.finished'));
  await clock({ at_ms: Date.parse('2030-01-21T23:50:00+07:00') });
  await sweep();
  // four messages were sent (issued, called, finished and, with one ahead,
  // none near), and the phone is in the store once: kept through the day
  // (an admin may send a failed one again)
  assert.equal(times(copy(), '81288880001'), 1, 'the phone is stored once');
  await clock({ at_ms: Date.parse('2030-01-22T00:00:30+07:00') });
  await sweep();
  const bytes = copy();
  for (const p of [...earlier, '81288880001']) assert.ok(!bytes.includes(p), `+62${p} is gone from the store`);
  for (const p of [...earlier, '81288880001']) assert.ok(!hall.log.includes(p.slice(-8)), 'never in the log');
});

test('an hour-long gateway outage on the test clock: the hall keeps serving, nothing is lost, stale messages are dropped, the backlog drains after', async (t) => {
  if ((await clock({ advance_ms: 0 })).status === 404) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  // a hall of its own with the default retries (8 attempts, up to 32 min apart)
  const h = new Hall({ cfg: `notify = { url = "${gateway.url}"; quiet_hours = "off"; };\n` });
  h.addUser('budi', 'staff', 'dukcapil');
  h.addUser('kepala', 'admin');
  await h.start();
  const tick = (body) => h.req('POST', '/api/v1/test/clock', body);
  try {
    await tick({ at_ms: Date.parse('2030-02-04T08:00:00+07:00') }); // a Monday morning
    gateway.answer = () => 503; // the gateway is down
    const budi = await h.login('budi');
    await budi.req('POST', '/api/v1/counters/2/open');
    const tickets = [];
    for (let i = 0; i < 6; i++) {
      const r = await h.req('POST', '/api/v1/tickets', { service: SVC, notify: { phone: `08139000000${i}` } });
      assert.equal(r.status, 201, 'the hall keeps serving');
      tickets.push(r.json.ticket);
    }
    const first = tickets[0];
    assert.equal((await budi.req('POST', '/api/v1/counters/2/call', { number: first.number })).status, 200);
    for (let m = 0; m < 60; m += 5) { // an hour, the sender retrying
      await tick({ advance_ms: 5 * 60 * 1000 });
      await new Promise((ok) => setTimeout(ok, 100));
    }
    const admin = await h.login('kepala');
    const during = (await admin.req('GET', '/api/v1/outbox')).json;
    assert.equal(during.failed, 0, 'nothing given up: ' + JSON.stringify(during));
    assert.ok(during.queued >= tickets.length, 'nothing lost: ' + JSON.stringify(during));
    const before = gateway.got.length;
    gateway.answer = () => 200; // back
    // on through the retries still to come (each at most 32 min after the
    // last), well inside the messages' two hours
    for (let m = 0; m < 45; m += 5) {
      await tick({ advance_ms: 5 * 60 * 1000 });
      await new Promise((ok) => setTimeout(ok, 500));
      if ((await admin.req('GET', '/api/v1/outbox')).json.queued === 0) break;
    }
    await until(async () => (await admin.req('GET', '/api/v1/outbox')).json.queued === 0, 15000);
    const after = gateway.got.slice(before).filter((g) => g.body.to?.startsWith('+6281390000'));
    for (const tk of tickets.slice(1)) {
      assert.ok(after.some((g) => g.body.ticket === tk.number && g.body.template === 'ticket.issued'),
        `${tk.number}: its message arrives after the outage`);
    }
    assert.ok(after.some((g) => g.body.ticket === first.number && g.body.template === 'ticket.called'));
    assert.ok(!after.some((g) => g.body.ticket === first.number && g.body.template === 'ticket.issued'),
      'the called ticket\'s "issued" was dropped, not sent late');
    const keys = after.map((g) => g.key);
    assert.equal(new Set(keys).size, keys.length, 'each message once after the outage');
  } finally {
    gateway.answer = () => 200;
    await h.stop();
    h.cleanup();
  }
});
