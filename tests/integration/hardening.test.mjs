// hardening.test.mjs - the server's limits against the real mppd: the cap
// on connections open at once from one address (the allow-list exempt),
// sockets that send nothing or trickle their headers (slowloris) closed
// while everyone else is served, oversized headers, WebSocket messages too
// large (also in fragments) or not UTF-8, bodies not UTF-8, and our own
// security headers. Clients come from 127.0.0.2-7, which are not on the
// test config's allow-list (127.0.0.1 is).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { request } from 'node:http';
import WebSocket from 'ws';
import { Hall, sleep, rawRequest } from './lib/hall.mjs';

const CAP = 5;
let hall;

before(async () => {
  hall = new Hall({ replace: [['connections_per_ip = 100;', `connections_per_ip = ${CAP};`]] });
  await hall.start();
});
after(async () => { await hall.stop(); hall.cleanup(); });

// A plain TCP connection from `from`; resolves once connected, with
// `closed` settling when the server closes it.
function open(from) {
  return new Promise((ok, fail) => {
    const s = connect({ host: '127.0.0.1', port: hall.port, localAddress: from });
    s.gone = new Promise((done) => s.on('close', done));
    s.on('error', () => {});
    const timer = setTimeout(() => fail(new Error('connect timed out')), 5000);
    s.once('connect', () => { clearTimeout(timer); ok(s); });
  });
}

// GET /healthz from `from` on a fresh connection: its status, or the error
// when the connection was closed without an answer.
function healthz(from) {
  return new Promise((ok) => {
    const r = request({ host: '127.0.0.1', port: hall.port, path: '/healthz', localAddress: from,
      agent: false, timeout: 5000 }, (res) => { res.resume(); res.on('end', () => ok(res.statusCode)); });
    r.on('error', (e) => ok(e.code || e.message));
    r.on('timeout', () => { r.destroy(); ok('timeout'); });
    r.end();
  });
}

// An open connection that the server has answered once (so it was accepted
// and counted), kept alive.
async function served(from) {
  const s = await open(from);
  s.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
  await new Promise((ok) => s.once('data', ok));
  return s;
}

async function refusedCount() {
  const text = await (await fetch(`${hall.base}/metrics`)).text();
  return Number(/^mpp_connections_refused_total (\d+)/m.exec(text)[1]);
}

test(`one address gets ${CAP} connections at once; others and the allow-list are not affected`, async () => {
  const held = [];
  for (let i = 0; i < CAP; i++) held.push(await served('127.0.0.2'));
  const before = await refusedCount();

  const extra = await open('127.0.0.2');
  extra.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
  let answered = false;
  extra.on('data', () => { answered = true; });
  await extra.gone;
  assert.equal(answered, false, 'the connection over the cap was closed without an answer');
  assert.notEqual(await healthz('127.0.0.2'), 200);
  assert.equal(await refusedCount(), before + 2);

  assert.equal(await healthz('127.0.0.3'), 200, 'another address is served');
  assert.equal(await healthz('127.0.0.1'), 200, 'an allow-listed address is served');
  assert.match(hall.log, /refused a connection from ::ffff:127\.0\.0\.2: 5 already open/);

  // two of them close: two more may open, then the cap holds again
  held.pop().destroy();
  held.pop().destroy();
  await sleep(200);
  held.push(await served('127.0.0.2'));
  assert.equal(await healthz('127.0.0.2'), 200);
  held.push(await served('127.0.0.2'));
  assert.notEqual(await healthz('127.0.0.2'), 200);
  for (const s of held) s.destroy();
});

test('idle and slowloris sockets are closed by the server, which keeps answering meanwhile', async () => {
  const froms = ['127.0.0.4', '127.0.0.5', '127.0.0.6', '127.0.0.7'];
  const idle = [];
  const slow = [];
  for (const from of froms) {
    for (let i = 0; i < 2; i++) idle.push(await open(from));
    for (let i = 0; i < 2; i++) {
      const s = await open(from);
      s.write('GET /healthz HTTP/1.1\r\nHost: x\r\n');
      s.timer = setInterval(() => { if (!s.destroyed) s.write('X-a: b\r\n'); }, 1000);
      slow.push(s);
    }
  }
  const t0 = Date.now();
  const closedAt = (s) => s.gone.then(() => Date.now() - t0);
  const done = Promise.all([...idle, ...slow].map(closedAt));
  let answers = 0;
  let stop = false;
  const load = (async () => {
    while (!stop) { if ((await healthz('127.0.0.3')) === 200) answers++; await sleep(50); }
  })();
  let limit;
  const times = await Promise.race([done,
    new Promise((ok) => { limit = setTimeout(() => ok(null), 40000); })]);
  clearTimeout(limit);
  stop = true;
  await load;
  for (const s of slow) clearInterval(s.timer);
  assert.ok(times, 'every idle and slow socket was closed within 40 s');
  console.log(`${idle.length} idle and ${slow.length} slow-header sockets closed after ` +
    `${Math.min(...times)}-${Math.max(...times)} ms; ${answers} requests answered meanwhile`);
  assert.ok(answers > 20, `others were served meanwhile (${answers})`);
  assert.equal(await healthz('127.0.0.4'), 200, 'their address may connect again');
});

test('headers beyond the limit (8 KiB) are refused; the server goes on', async () => {
  const s = await open('127.0.0.3');
  let reply = '';
  s.on('data', (d) => { reply += d; });
  s.write(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(9000)}\r\n\r\n`);
  await Promise.race([s.gone, sleep(5000)]);
  assert.doesNotMatch(reply, /^HTTP\/1\.1 200/, 'not served');
  s.destroy();
  assert.equal(await healthz('127.0.0.3'), 200);
});

// A /ws client's close: its code once the server closes it.
function wsClose(send) {
  return new Promise((ok, fail) => {
    const ws = new WebSocket(`ws://127.0.0.1:${hall.port}/ws`);
    const timer = setTimeout(() => fail(new Error('not closed within 5 s')), 5000);
    ws.on('open', () => send(ws));
    ws.on('close', (code) => { clearTimeout(timer); ok(code); });
    ws.on('error', () => {});
  });
}

test('WebSocket messages too large (whole or in fragments) close with 1009, not UTF-8 with 1007', async () => {
  assert.equal(await wsClose((ws) => ws.send('x'.repeat(5000))), 1009);
  assert.equal(await wsClose((ws) => {
    for (let i = 0; i < 5; i++) ws.send('y'.repeat(1000), { fin: false });
    ws.send('}', { fin: true });
  }), 1009);
  // not UTF-8: 1007. The close frame can lose the race with the socket's
  // own close (the client then sees 1006, a close without a frame), so
  // the frame is sent up to three times and one close must say 1007,
  // none anything but 1007 or 1006
  const codes = [];
  while (codes.length < 3 && !codes.includes(1007))
    codes.push(await wsClose((ws) => ws.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false })));
  assert.ok(codes.includes(1007) && codes.every((c) => c === 1007 || c === 1006), codes.join(', '));
  const feed = hall.ws();
  await feed.next((m) => m.type === 'snapshot');
  feed.send({ type: 'ping' });
  await feed.next((m) => m.type === 'pong');
  await feed.close();
});

test('a body that is not UTF-8 is refused naming it', async () => {
  const r = await fetch(`${hall.base}/api/v1/tickets`, { method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: Buffer.concat([Buffer.from('{"service":"dukcapil/'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]) });
  assert.equal(r.status, 400);
  assert.match((await r.json()).error.message, /not valid JSON: unable to decode byte 0xc3.*\(line 1, column \d+\)/);
  const nul = await hall.req('POST', '/api/v1/tickets', '{"service":"dukcapil/\\u0000"}');
  assert.equal(nul.status, 400);
  assert.match(nul.json.error.message, /may not hold \\u0000, the NUL character/);
  assert.ok(!nul.json.error.message.includes('JSON_ALLOW_NUL'), 'words a person can act on, not a library flag');
});

test('a request with 6 KiB of other sites\' cookies on the hall\'s domain is answered', async () => {
  const cookie = Array.from({ length: 60 }, (_, i) => `_analytics_${i}=${'x'.repeat(90)}`).join('; ');
  assert.ok(cookie.length > 6000);
  const r = await fetch(`${hall.base}/api/v1/board`, { headers: { cookie } });
  assert.equal(r.status, 200);
  assert.ok(Array.isArray((await r.json()).agencies));
});

test('every reply carries our security headers, with a CSP that lets the board play its audio', async () => {
  for (const path of ['/', '/board.html', '/api/v1/board', '/healthz', '/nope']) {
    const r = await fetch(`${hall.base}${path}`);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff', path);
    assert.equal(r.headers.get('x-frame-options'), 'DENY', path);
    assert.equal(r.headers.get('referrer-policy'), 'no-referrer', path);
    const csp = r.headers.get('content-security-policy');
    assert.match(csp, /default-src 'self'/, path);
    assert.match(csp, /media-src 'self'/, path);
    assert.match(csp, /frame-ancestors 'none'/, path);
    await r.arrayBuffer();
  }
});

// One raw request on a fresh connection; resolves with what came back
// before the server closed it (or after 3 s).
function raw(text) {
  return new Promise((ok) => {
    const s = connect({ host: '127.0.0.1', port: hall.port });
    let got = '';
    const done = () => { clearTimeout(t); ok(got); };
    const t = setTimeout(() => { s.destroy(); ok(got); }, 3000);
    s.on('data', (d) => { got += d; });
    s.on('close', done);
    s.on('error', done);
    s.write(text);
  });
}

test('a chunked body, or Content-Length with Transfer-Encoding, is refused with 400 rather than ignored', async () => {
  const body = JSON.stringify({ service: 'dukcapil/ktp-el-rekam' });
  const chunk = `${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`;
  let got = await raw(`POST /api/v1/tickets HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n` +
    `Transfer-Encoding: chunked\r\n\r\n${chunk}`);
  assert.match(got, /^HTTP\/1\.1 400/, got);
  assert.match(got, /Content-Length, not chunked/);
  got = await raw(`POST /api/v1/tickets HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n` +
    `Content-Length: ${body.length}\r\nTransfer-Encoding: chunked\r\n\r\n${body}`);
  assert.match(got, /^HTTP\/1\.1 400/, got);
  assert.match(got, /both Content-Length and Transfer-Encoding/);
  // nothing was issued by either
  const board = await (await fetch(`${hall.base}/api/v1/board`)).json();
  assert.equal(board.agencies.find((a) => a.id === 'dukcapil').waiting, 0);
});

test('slow request bodies: each has 10 s to arrive, and one address holds at most 128 header slots', async () => {
  // 130 POSTs announcing 60 KB bodies from one allow-listed address
  // (127.0.0.1: no connection cap), then a byte every 2 s
  const slow = [];
  for (let i = 0; i < 130; i++) {
    const s = connect({ host: '127.0.0.1', port: hall.port });
    s.got = '';
    s.on('data', (d) => { s.got += d; });
    s.on('error', () => {});
    s.gone = new Promise((ok) => s.on('close', ok));
    s.write('POST /api/v1/tickets HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 60000\r\n\r\n{');
    slow.push(s);
  }
  const started = Date.now();
  const trickle = setInterval(() => { for (const s of slow) if (!s.destroyed) s.write(' '); }, 2000);
  try {
    // beyond the share, answered at once with 429 and closed
    await sleep(500);
    const refused = slow.filter((s) => /^HTTP\/1\.1 429/.test(s.got));
    assert.equal(refused.length, 2, 'the 129th and 130th body are refused');
    // other addresses are answered meanwhile
    const r = await rawRequest(`${hall.base}/api/v1/tickets`, { method: 'POST', from: '127.0.0.3',
      body: { service: 'dukcapil/ktp-el-rekam' } });
    assert.equal(r.status, 201);
    // every trickler is gone within about 10 s of its start
    await Promise.all(slow.map((s) => s.gone));
    const took = Date.now() - started;
    assert.ok(took < 14000, `closed after ${took} ms`);
    assert.match(hall.log, /its body took over 10 s/);
  } finally {
    clearInterval(trickle);
    for (const s of slow) s.destroy();
  }
});

test('the catalogue is one shared rendering, revalidated by ETag: 304 when unchanged', async () => {
  const first = await rawRequest(`${hall.base}/api/v1/agencies`);
  assert.equal(first.status, 200);
  const etag = first.headers.etag;
  assert.match(etag, /^"[0-9a-f]{16}"$/);
  assert.equal(first.headers['cache-control'], 'no-cache');
  assert.ok(Buffer.byteLength(first.text) > 100000);
  const again = await rawRequest(`${hall.base}/api/v1/agencies`, { headers: { 'if-none-match': etag } });
  assert.equal(again.status, 304);
  assert.equal(again.text, '');
  assert.equal(again.headers.etag, etag);
  const other = await rawRequest(`${hall.base}/api/v1/agencies`, { headers: { 'if-none-match': '"0000000000000000"' } });
  assert.equal(other.status, 200);
  assert.equal(other.text, first.text);
  // many readers at once all get the whole of it
  const all = await Promise.all(Array.from({ length: 20 }, () => rawRequest(`${hall.base}/api/v1/agencies`)));
  for (const r of all) assert.equal(r.text, first.text);
});

test('the catalogue is gzipped once for browsers that accept it, with an ETag of its own', async () => {
  const { gunzipSync } = await import('node:zlib');
  const { get } = await import('node:http');
  const fetchRaw = (headers) => new Promise((ok, fail) => {
    get({ host: '127.0.0.1', port: hall.port, path: '/api/v1/agencies', headers }, (res) => {
      const parts = [];
      res.on('data', (d) => parts.push(d));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(parts) }));
    }).on('error', fail);
  });
  const plain = await fetchRaw({});
  const gz = await fetchRaw({ 'accept-encoding': 'br, gzip, deflate' });
  assert.equal(gz.status, 200);
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.equal(gz.headers.vary, 'accept-encoding');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.ok(gz.body.length * 4 < plain.body.length, `${gz.body.length} gzipped of ${plain.body.length}`);
  assert.deepEqual(gunzipSync(gz.body), plain.body);
  assert.notEqual(gz.headers.etag, plain.headers.etag);
  assert.equal((await fetchRaw({ 'accept-encoding': 'gzip', 'if-none-match': gz.headers.etag })).status, 304);
  assert.equal((await fetchRaw({ 'accept-encoding': 'gzip;q=0' })).headers['content-encoding'], undefined);
  console.log(`# catalogue: ${plain.body.length} bytes, ${gz.body.length} gzipped`);
});
