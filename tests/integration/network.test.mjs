// network.test.mjs - the hall on its network, against the real mppd with
// the stock mppd.cfg: devices that open the pages at the server's LAN
// address (their Host and Origin say so) take tickets, log in, call and
// watch the board; pages of other sites are refused with words that name
// the setting, logged once a minute; QR codes link to the address the
// kiosk used, or to hall.public_url, never to a loopback address a phone
// cannot open, and /healthz says when they would; forwarded headers count
// only from trusted proxies; login limits hold for every address.
// Other clients come from 127.0.0.2-9 (127.0.0.1 is on the allow-list).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Hall, Feed, rawRequest } from './lib/hall.mjs';

const KTP = 'dukcapil/ktp-el-rekam';
const LAN = '192.168.1.10';
const halls = [];
after(async () => { for (const h of halls) { await h.stop(); h.cleanup(); } });

async function startHall(opts) {
  const h = new Hall(opts);
  halls.push(h);
  h.addUser('ani', 'staff', 'dukcapil');
  await h.start();
  return h;
}

// A request as a device at `host` (the address it opened the pages at)
// sends it from its page: Host and Origin both that address.
function device(hall, host, method, path, body, extra = {}) {
  const origin = `http://${host}`;
  return rawRequest(hall.base + path, {
    method, body, from: extra.from, headers: { host, origin, ...extra.headers },
  });
}

test('a device at the LAN address takes a ticket, logs in, calls it and the board shows it', async () => {
  const hall = await startHall();
  const at = `${LAN}:${hall.port}`;
  const board = new Feed(`ws://127.0.0.1:${hall.port}/ws`, { host: at, origin: `http://${at}` });
  await board.next((m) => m.type === 'snapshot');

  const issued = await device(hall, at, 'POST', '/api/v1/tickets', { service: KTP }, { from: '127.0.0.2' });
  assert.equal(issued.status, 201, issued.text);
  const t = issued.json.ticket;
  // the QR code and the link go where the kiosk found the server
  assert.equal(issued.json.status_url, `http://${at}/t/${t.token}`);

  const login = await device(hall, at, 'POST', '/api/v1/session', { username: 'ani', password: 'rahasia-ani' },
    { from: '127.0.0.3' });
  assert.equal(login.status, 200, login.text);
  const cookie = login.headers['set-cookie'][0].split(';')[0];
  assert.doesNotMatch(login.headers['set-cookie'][0], /Secure/, 'plain http: a Secure cookie would never come back');
  for (const action of ['open', 'call']) {
    const r = await device(hall, at, 'POST', `/api/v1/counters/1/${action}`, {}, { from: '127.0.0.3', headers: { cookie } });
    assert.equal(r.status, 200, r.text);
  }
  const called = await board.next((m) => m.type === 'ticket.called' && m.ticket.number === t.number);
  assert.equal(called.ticket.counter, 1);
  await board.close();
});

test('a page of another site is refused, in words naming server.origins, and logged once a minute', async () => {
  const hall = await startHall();
  const at = `${LAN}:${hall.port}`;
  const foreign = { headers: { origin: 'http://192.168.1.11:8080' } };
  for (let i = 0; i < 5; i++) {
    const r = await device(hall, at, 'POST', '/api/v1/tickets', { service: KTP }, foreign);
    assert.equal(r.status, 403);
    assert.equal(r.json.error.code, 'origin_refused');
    assert.match(r.json.error.message, /server\.origins/);
    assert.match(r.json.error.message, /http:\/\/192\.168\.1\.11:8080/);
  }
  // the same host on another port, or https for http, is another origin
  for (const origin of [`http://${LAN}:${hall.port + 1}`, `https://${at}`]) {
    const r = await device(hall, at, 'POST', '/api/v1/tickets', { service: KTP }, { headers: { origin } });
    assert.equal(r.status, 403, origin);
  }
  const lines = hall.log.split('\n').filter((l) => l.includes('refused a request from origin http://192.168.1.11:8080'));
  assert.equal(lines.length, 1, hall.log);
  assert.match(lines[0], /server\.origins/);

  // the board's socket from another site: a 403, not a silent drop
  const ws = new Feed(`ws://127.0.0.1:${hall.port}/ws`, { host: at, origin: 'http://192.168.1.11:8080' });
  await assert.rejects(ws.opened, /403/);
  // the pages' own check says the same
  const check = await device(hall, at, 'POST', '/api/v1/origin-check', {}, foreign);
  assert.equal(check.status, 403);
  assert.equal((await device(hall, at, 'POST', '/api/v1/origin-check', {})).json.allowed, true);
});

test('server.origins lets another site in; requests without an Origin stay allowed', async () => {
  const hall = await startHall({ replace: [['origins = [ ];', 'origins = [ "https://portal.example.go.id" ];']] });
  const at = `${LAN}:${hall.port}`;
  let r = await device(hall, at, 'POST', '/api/v1/tickets', { service: KTP }, { headers: { origin: 'https://portal.example.go.id' } });
  assert.equal(r.status, 201, r.text);
  r = await rawRequest(hall.base + '/api/v1/tickets', { method: 'POST', body: { service: KTP } });
  assert.equal(r.status, 201, r.text);
  const ws = new Feed(`ws://127.0.0.1:${hall.port}/ws`, { origin: 'https://portal.example.go.id' });
  await ws.opened;
  await ws.close();
});

test('QR codes never point at loopback unless the kiosk is on loopback, and /healthz says when they do', async () => {
  const hall = await startHall();
  let h = (await rawRequest(hall.base + '/healthz')).json;
  assert.equal(h.public_url, null);
  assert.deepEqual(h.warnings, []);

  // a kiosk on the server itself: its own address, and a warning
  const local = await rawRequest(hall.base + '/api/v1/tickets', { method: 'POST', body: { service: KTP } });
  assert.equal(local.json.status_url, `${hall.base}/t/${local.json.ticket.token}`);
  h = (await rawRequest(hall.base + '/healthz')).json;
  assert.equal(h.status, 'ok');
  assert.equal(h.warnings.length, 1);
  assert.match(h.warnings[0], /127\.0\.0\.1/);
  assert.match(h.warnings[0], /hall\.public_url/);
  // the printed QR code is the same link
  const qr = await rawRequest(`${hall.base}/api/v1/tickets/${local.json.ticket.token}/qr.svg`);
  assert.equal(qr.status, 200);
  assert.match(qr.headers['content-type'], /image\/svg\+xml/);

  // a kiosk at the LAN address: its address, and no more warning
  const at = `${LAN}:${hall.port}`;
  const lan = await device(hall, at, 'POST', '/api/v1/tickets', { service: KTP });
  assert.equal(lan.json.status_url, `http://${at}/t/${lan.json.ticket.token}`);
  assert.deepEqual((await rawRequest(hall.base + '/healthz')).json.warnings, []);
  // the status endpoint gives the same link to whoever asks at that address
  const status = await device(hall, at, 'GET', `/api/v1/tickets/${lan.json.ticket.token}`);
  assert.equal(status.json.status_url, lan.json.status_url);
});

test('a loopback hall.public_url is warned of and not used for kiosks elsewhere; a real one is', async () => {
  const loop = await startHall({ replace: [['# public_url = "https://antrean.mpp.purbalinggakab.go.id";', 'public_url = "http://localhost:8080";']] });
  let h = (await rawRequest(loop.base + '/healthz')).json;
  assert.equal(h.public_url, 'http://localhost:8080');
  assert.equal(h.warnings.length, 1);
  assert.match(h.warnings[0], /loopback/);
  const at = `${LAN}:${loop.port}`;
  let r = await device(loop, at, 'POST', '/api/v1/tickets', { service: KTP });
  assert.equal(r.json.status_url, `http://${at}/t/${r.json.ticket.token}`);
  r = await rawRequest(loop.base + '/api/v1/tickets', { method: 'POST', body: { service: KTP } });
  assert.equal(r.json.status_url, `http://localhost:8080/t/${r.json.ticket.token}`, 'a kiosk on loopback may link there');

  const real = await startHall({ replace: [['# public_url = "https://antrean.mpp.purbalinggakab.go.id";', 'public_url = "https://antrean.mpp.purbalinggakab.go.id/";']] });
  h = (await rawRequest(real.base + '/healthz')).json;
  assert.equal(h.public_url, 'https://antrean.mpp.purbalinggakab.go.id');
  assert.deepEqual(h.warnings, []);
  for (const host of [`${LAN}:${real.port}`, `127.0.0.1:${real.port}`]) {
    r = await device(real, host, 'POST', '/api/v1/tickets', { service: KTP });
    assert.equal(r.json.status_url, `https://antrean.mpp.purbalinggakab.go.id/t/${r.json.ticket.token}`);
  }
  assert.deepEqual((await rawRequest(real.base + '/healthz')).json.warnings, []);
});

test('forwarded headers from an untrusted peer are ignored; login limits hold on the allow-list too', async () => {
  const hall = await startHall({
    replace: [['issue_per_minute = 30;', 'issue_per_minute = 3;'], ['login_per_minute = 10;', 'login_per_minute = 3;']],
  });
  // a client that forges X-Forwarded-For (even an allow-listed address)
  // is still counted as itself
  const forged = ['10.9.9.1', '10.9.9.2', '127.0.0.1', '::1', '10.9.9.3'];
  const codes = [];
  for (const xff of forged) {
    const r = await rawRequest(hall.base + '/api/v1/tickets', {
      method: 'POST', body: { service: KTP }, from: '127.0.0.4',
      headers: { 'x-forwarded-for': xff, forwarded: `for=${xff}`, 'x-forwarded-proto': 'https' },
    });
    codes.push(r.status);
  }
  assert.deepEqual(codes, [201, 201, 201, 429, 429]);
  // another address has its own count
  assert.equal((await rawRequest(hall.base + '/api/v1/tickets', { method: 'POST', body: { service: KTP }, from: '127.0.0.5' })).status, 201);
  // the kiosks' allow-list lifts the issue limit...
  for (let i = 0; i < 5; i++) assert.equal((await hall.issue(KTP)).status, 201);
  // ...but not the login limit, per address and per account
  const tries = [];
  for (let i = 0; i < 4; i++) tries.push((await hall.req('POST', '/api/v1/session', { username: 'ani', password: 'salah' })).status);
  assert.deepEqual(tries, [401, 401, 401, 429]);
  // the account has had its failures: each other address that fails on it
  // gets one try a minute...
  const guess = (from) => rawRequest(hall.base + '/api/v1/session', {
    method: 'POST', body: { username: 'ani', password: 'salah' }, from });
  assert.deepEqual([(await guess('127.0.0.8')).status, (await guess('127.0.0.8')).status], [401, 429]);
  assert.deepEqual([(await guess('127.0.0.9')).status, (await guess('127.0.0.9')).status], [401, 429]);
  // ...while its owner at another desk, who never failed, still logs in
  const other = await rawRequest(hall.base + '/api/v1/session', {
    method: 'POST', body: { username: 'ani', password: 'rahasia-ani' }, from: '127.0.0.6',
  });
  assert.equal(other.status, 200, 'someone guessing cannot lock the owner out');
  // an untrusted X-Forwarded-Proto does not make the cookie Secure
  hall.addUser('budi', 'staff', 'dukcapil');
  const ok = await rawRequest(hall.base + '/api/v1/session', {
    method: 'POST', body: { username: 'budi', password: 'rahasia-budi' }, from: '127.0.0.7', headers: { 'x-forwarded-proto': 'https' },
  });
  assert.equal(ok.status, 200, ok.text);
  assert.doesNotMatch(ok.headers['set-cookie'][0], /Secure/);
  assert.match(hall.log, /'budi' logged in \(staff\) from 127\.0\.0\.7/);
});

test('behind a trusted proxy: the forwarded client is counted and logged, https makes the cookie Secure', async () => {
  const hall = await startHall({
    replace: [['trusted_proxies = [ ];', 'trusted_proxies = [ "127.0.0.8/31" ];'],
      ['issue_per_minute = 30;', 'issue_per_minute = 2;']],
  });
  const via = (from, xff, extra = {}) => rawRequest(hall.base + '/api/v1/tickets', {
    method: 'POST', body: { service: KTP }, from, headers: { 'x-forwarded-for': xff, ...extra },
  });
  // two citizens behind the proxy (127.0.0.8) each have their own limit
  assert.deepEqual([(await via('127.0.0.8', '203.0.113.5')).status, (await via('127.0.0.8', '203.0.113.5')).status,
    (await via('127.0.0.8', '203.0.113.5')).status], [201, 201, 429]);
  assert.equal((await via('127.0.0.8', '203.0.113.6')).status, 201);
  // a forged first hop does not help: the proxy appended the real one
  assert.equal((await via('127.0.0.8', '10.0.0.1, 203.0.113.5')).status, 429);
  // a chain through two trusted proxies ends at the citizen
  assert.equal((await via('127.0.0.9', '203.0.113.7, 127.0.0.8')).status, 201);
  // RFC 7239 Forwarded, with quotes, a port and IPv6
  const fwd = (v) => rawRequest(hall.base + '/api/v1/tickets', {
    method: 'POST', body: { service: KTP }, from: '127.0.0.8', headers: { forwarded: v },
  });
  assert.equal((await fwd('for="[2001:db8::1]:4711";proto=https')).status, 201);
  assert.equal((await fwd('for="[2001:db8::1]:4711";proto=https')).status, 201);
  assert.equal((await fwd('for=2001:db8::1')).status, 429);

  // the scheme and host the proxy forwarded: same-origin, QR code, cookie
  const headers = {
    host: `127.0.0.1:${hall.port}`, 'x-forwarded-host': 'antrean.example.go.id',
    'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9', origin: 'https://antrean.example.go.id',
  };
  const t = await rawRequest(hall.base + '/api/v1/tickets', { method: 'POST', body: { service: KTP }, from: '127.0.0.8', headers });
  assert.equal(t.status, 201, t.text);
  assert.equal(t.json.status_url, `https://antrean.example.go.id/t/${t.json.ticket.token}`);
  const login = await rawRequest(hall.base + '/api/v1/session', {
    method: 'POST', body: { username: 'ani', password: 'rahasia-ani' }, from: '127.0.0.8', headers,
  });
  assert.equal(login.status, 200, login.text);
  assert.match(login.headers['set-cookie'][0], /; Secure/);
  assert.match(hall.log, /'ani' logged in \(staff\) from 203\.0\.113\.9/);
});

test('an Origin too long to read or marked cross-site is refused; the log shows only printable text', async () => {
  const hall = await startHall();
  const at = `${LAN}:${hall.port}`;
  const long = 'http://' + 'a'.repeat(300) + '.example';
  let r = await device(hall, at, 'POST', '/api/v1/tickets', { service: KTP }, { headers: { origin: long } });
  assert.equal(r.status, 403, 'an Origin that does not fit is not "no Origin"');
  assert.equal(r.json.error.code, 'origin_refused');
  const ws = new Feed(`ws://127.0.0.1:${hall.port}/ws`, { host: at, origin: long });
  await assert.rejects(ws.opened, /403/);
  // the browser says the page is another site's: believed, whatever the Origin
  r = await device(hall, at, 'POST', '/api/v1/tickets', { service: KTP }, { headers: { 'sec-fetch-site': 'cross-site' } });
  assert.equal(r.status, 403);
  r = await device(hall, at, 'POST', '/api/v1/tickets', { service: KTP }, { headers: { 'sec-fetch-site': 'same-origin' } });
  assert.equal(r.status, 201);
  // escape bytes in a refused Origin never reach the log as such
  const { connect } = await import('node:net');
  await new Promise((ok, fail) => {
    const s = connect(hall.port, '127.0.0.1', () => {
      const body = JSON.stringify({ service: KTP });
      s.write(`POST /api/v1/tickets HTTP/1.1\r\nHost: ${at}\r\nOrigin: http://evil\x1b[31m.example\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`);
    });
    let got = '';
    s.on('data', (d) => { got += d; });
    s.on('end', () => { try { assert.match(got, /^HTTP\/1\.1 403/); ok(); } catch (e) { fail(e); } });
    s.on('error', fail);
  });
  assert.ok(!hall.log.includes('\x1b'), 'no escape byte in the log');
  assert.match(hall.log, /refused a request from origin http:\/\/evil\?\[31m\.example/);
});
