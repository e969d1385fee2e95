// hardening3.test.mjs - a hostile client against the real mppd, third pass:
// what a raw socket, a script at the booking page and a busy public page
// could do to the hall, each once broken and now refused or answered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { Hall, sleep, until, rawRequest } from './lib/hall.mjs';

let hall;
before(async () => {
  hall = new Hall();
  await hall.start();
});
after(async () => { await hall.stop(); hall.cleanup(); });

// Writes `bytes` on a new connection and gathers what comes back for `ms`.
function raw(bytes, ms = 1000) {
  return new Promise((ok, fail) => {
    const s = connect(hall.port, '127.0.0.1', () => s.write(bytes));
    let got = '';
    s.setEncoding('latin1');
    s.on('data', (d) => { got += d; });
    s.on('error', fail);
    s.on('close', () => ok(got));
    setTimeout(() => { s.destroy(); ok(got); }, ms);
  });
}

// /healthz from another connection, within `ms`: the hall still answers.
async function answers(ms = 2000) {
  const t0 = Date.now();
  const r = await Promise.race([hall.req('GET', '/healthz'), sleep(ms).then(() => null)]);
  assert.ok(r && r.status === 200, `the hall answered nobody for ${Date.now() - t0} ms`);
}

test('a request with a body pipelined behind another never stops the hall', async () => {
  const cases = [
    'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nPOST /api/v1/origin-check HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}',
    'POST /api/v1/origin-check HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}POST /api/v1/origin-check HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}',
  ];
  for (const bytes of cases) {
    const got = await raw(bytes, 800);
    // a GET before the body is answered; a pipelining client's connection
    // is then closed: what matters is that the hall answers everyone else
    if (bytes.startsWith('GET')) assert.match(got, /^HTTP\/1\.1 200/, 'the first request is answered');
    await answers();
  }
  assert.equal((await hall.issue('dukcapil/legalisasi')).status, 201);
});

test('a visit whose step the clock cancels (the print time-out, the day\'s close) ends: its steps left are skipped', async (t) => {
  const clock = (body) => hall.req('POST', '/api/v1/test/clock', body);
  if ((await clock({ advance_ms: 0 })).status === 404) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  await clock({ at_ms: Date.parse('2030-03-06T09:00:00+07:00') }); // a Wednesday morning
  const services = ['bapenda/pbb-mutasi', 'pdam/pembayaran-rekening'];
  const printed = (await hall.req('POST', '/api/v1/visits', { services, print: true })).json.visit;
  const waiting = (await hall.req('POST', '/api/v1/visits', { services })).json.visit;
  const steps = async (v) => (await hall.req('GET', `/api/v1/visits/${v.token}`)).json.visit.steps.map((s) => s.status).join(' ');
  assert.equal(await steps(printed), 'waiting pending');

  await clock({ advance_ms: 125000 }); // its paper never came out: cancelled after the print time-out
  await until(async () => (await steps(printed)) === 'skipped skipped', 5000);
  assert.equal(await steps(waiting), 'waiting pending', 'the other visit waits on');

  await clock({ at_ms: Date.parse('2030-03-07T00:00:30+07:00') }); // the day closes (the test hall's hours run to midnight)
  await until(async () => (await steps(waiting)) === 'skipped skipped', 5000);
});

test('booking codes cannot be guessed: check-in from an address outside the kiosks\' list is rate limited like booking', async () => {
  const statuses = [];
  for (let i = 0; i < 14; i++) {
    const code = 'BK-' + 'ABCDEFGHJKLMNPQRSTUVWXYZ'[i] + 'Q2Z';
    const r = await rawRequest(`${hall.base}/api/v1/bookings/check-in`, { method: 'POST', from: '127.0.0.4', body: { code } });
    statuses.push(r.status);
    if (r.status === 429) {
      assert.equal(r.json.error.code, 'rate_limited');
      assert.equal(r.headers['retry-after'], '60');
    }
  }
  assert.deepEqual(statuses.slice(0, 10), Array(10).fill(404), statuses.join(' '));
  assert.ok(statuses.slice(10).every((s) => s === 429), statuses.join(' '));
  // the kiosks (the allow list, here 127.0.0.1) are not held back
  for (let i = 0; i < 12; i++) assert.equal((await hall.req('POST', '/api/v1/bookings/check-in', { code: 'BK-ZZZZ' })).status, 404);
});

test('a Content-Length that is not one whole number is refused with 400 and nothing is issued', async () => {
  const body = '{"service":"pdam/pembayaran-rekening"}';
  const before = (await hall.req('GET', '/api/v1/board')).json.seq;
  for (const lengths of [['38,99'], ['38', '2'], ['abc'], ['-1'], ['0x23'], ['3.5e1']]) {
    const head = lengths.map((l) => `Content-Length: ${l}\r\n`).join('');
    const got = await raw(`POST /api/v1/tickets HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${head}\r\n${body}`, 600);
    // lws reads some of these itself ("3.5e1" as 3 bytes) and the rest of
    // the body as another request: that connection may close unanswered
    if (got || lengths[0] !== '3.5e1') {
      assert.match(got, /^HTTP\/1\.1 400/, `${lengths.join(' + ')}: ${got.slice(0, 40)}`);
      assert.match(got, /Content-Length must be given once, as a whole number of bytes/);
    }
  }
  assert.equal((await hall.req('GET', '/api/v1/board')).json.seq, before, 'no ticket was issued');
  const ok = await raw(`POST /api/v1/tickets HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 38\r\nConnection: close\r\n\r\n${body}`);
  assert.match(ok, /^HTTP\/1\.1 201/);
});

test('anonymous IKM requests hold at most half the report worker: the staff reports still run', async () => {
  hall.addUser('kepala', 'admin');
  const admin = await hall.login('kepala');
  let stop = false;
  const anon = { 200: 0, 503: 0 };
  const flood = async () => {
    while (!stop) {
      const r = await hall.req('GET', '/api/v1/reports/ikm?from=2026-01-01&to=2027-01-01');
      anon[r.status] = (anon[r.status] || 0) + 1;
    }
  };
  const floods = Array.from({ length: 8 }, flood);
  const staff = [];
  for (let i = 0; i < 12; i++) {
    staff.push((await admin.req('GET', '/api/v1/reports/service?from=2026-12-01&to=2026-12-07')).status);
    await sleep(100);
  }
  stop = true;
  await Promise.all(floods);
  assert.ok(anon[503] > 0, 'the public page was held back: ' + JSON.stringify(anon));
  assert.deepEqual(staff, Array(12).fill(200), staff.join(' '));
});

test('a booking name with a writing-direction override or an invisible character is refused naming the name', async (t) => {
  const clock = (body) => hall.req('POST', '/api/v1/test/clock', body);
  if ((await clock({ advance_ms: 0 })).status === 404) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  await clock({ at_ms: Date.parse('2030-01-14T08:00:00+07:00') }); // a Monday
  const book = (name, phone) => hall.req('POST', '/api/v1/bookings', { service: 'dukcapil/ktp-el-rekam',
    start: '2030-01-15T10:00:00+07:00', name, phone });
  for (const name of ['\u202eSiti', 'Si\u200bti', 'Siti\u2066 Rahma', '\ufeffSiti']) {
    const r = await book(name, '081233334444');
    assert.equal(r.status, 422, JSON.stringify(r.json));
    assert.equal(r.json.error.field, 'name');
    assert.match(r.json.error.message, /writing-direction character \(U\+[0-9A-F]{4}\)/);
  }
  const ok = await book('Siti Rahmawati Ñoño', '081233334444');
  assert.equal(ok.status, 201, JSON.stringify(ok.json));
});

test('the folder watch\'s protocol cannot be asked for by a WebSocket client', async () => {
  const key = Buffer.from('0123456789abcdef').toString('base64');
  const got = await raw(`GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: mpp-watch\r\n\r\n`, 800);
  assert.ok(!/^HTTP\/1\.1 101/.test(got), got.slice(0, 80));
  await answers();
});

test('an empty string is not taken for a field left out: number, nik, agency and the Idempotency-Key say so; stray & in a query are ignored', async () => {
  hall.addUser('ani', 'staff', 'dukcapil');
  const ani = await hall.login('ani');
  await ani.req('POST', '/api/v1/counters/1/open');
  let r = await ani.req('POST', '/api/v1/counters/1/call', { number: '' });
  assert.deepEqual([r.status, r.json.error.field], [400, 'number'], r.text);
  r = await ani.req('POST', '/api/v1/counters/1/transfer', { number: '', service: 'dukcapil/kk-baru' });
  assert.deepEqual([r.status, r.json.error.field], [400, 'number'], r.text);
  await ani.req('POST', '/api/v1/counters/1/close');
  r = await hall.req('POST', '/api/v1/bookings', { service: 'dukcapil/ktp-el-rekam', start: '2030-01-15T10:00:00+07:00', name: 'Wati', phone: '081244440000', nik: '' });
  assert.deepEqual([r.status, r.json.error.field], [422, 'nik'], r.text);
  hall.addUser('kepala2', 'admin');
  const admin = await hall.login('kepala2');
  r = await admin.req('PUT', '/api/v1/reports/ikm/follow-up', { agency: '', from: '2030-01-01', to: '2030-01-31', text: 'x' });
  assert.deepEqual([r.status, r.json.error.field], [400, 'agency'], r.text);
  r = await hall.req('POST', '/api/v1/tickets', { service: 'pdam/pembayaran-rekening' }, { 'idempotency-key': '' });
  assert.deepEqual([r.status, r.json.error.field], [400, 'Idempotency-Key'], r.text);
  assert.equal((await hall.req('GET', '/api/v1/hours?date=2030-01-02&')).status, 200);
  assert.equal((await hall.req('GET', '/api/v1/hours?&&date=2030-01-02')).status, 200);
});

test('a liaison is told their role acts on no counter; a preflight with a body is still a preflight', async () => {
  hall.addUser('penghubung', 'liaison', 'dukcapil');
  const liaison = await hall.login('penghubung');
  const r = await liaison.req('POST', '/api/v1/counters/1/call');
  assert.equal(r.status, 403);
  assert.match(r.json.error.message, /a liaison account does not act on counters; staff of dukcapil do/);
  const got = await raw('OPTIONS /api/v1/tickets HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\nnot j');
  assert.match(got, /^HTTP\/1\.1 200/, got.slice(0, 60));
});
