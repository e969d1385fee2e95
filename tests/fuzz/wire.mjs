// wire.mjs - a wire-level fuzzer against the real mppd (a sanitizer build):
// malformed HTTP requests, malformed WebSocket frames, bad UTF-8, huge
// lengths, random bytes and a slowloris crowd, over TCP. After every batch
// of rounds /healthz must answer 200, and at the end mppd must stop cleanly
// with no sanitizer report.
//
//   node tests/fuzz/wire.mjs [--rounds N] [--seed S] [--slow N]
//
// MPPD and MPPCTL name the binaries (default build-test/). Prints one line
// of figures; exits 1 on a failure, with the input that caused it in hex.
import { connect } from 'node:net';
import { Hall, sleep } from '../integration/lib/hall.mjs';

const arg = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const ROUNDS = arg('--rounds', 400);
const SEED = arg('--seed', Date.now() % 1e9);
const SLOW = arg('--slow', 64); // slowloris connections kept open
const PARALLEL = 8;

// xorshift32: the same seed gives the same run
let state = SEED || 1;
const rnd = () => {
  state ^= state << 13; state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5; state >>>= 0;
  return state / 4294967296;
};
const pick = (a) => a[Math.floor(rnd() * a.length)];
const int = (n) => Math.floor(rnd() * n);
const bytes = (n) => Buffer.from(Array.from({ length: n }, () => int(256)));

// ---- HTTP ----
const paths = ['/healthz', '/api/v1/tickets', '/api/v1/board', '/api/v1/agencies',
  '/api/v1/session', '/api/v1/counters/1/call', '/api/v1/surveys', '/ws', '/t/abc',
  '/api/v1/reports/ikm?from=2024-01-01&to=2024-02-01', '/kiosk', '/metrics'];
const bodies = ['{"service":"dukcapil/ktp-el-rekam"}', '{"username":"admin","password":"x"}',
  '{"token":"x","scores":[1,2,3,4,1,2,3,4,1]}', '{"type":"hello"}', '[]', '{', ''];

function httpRequest(cookie) {
  const method = pick(['GET', 'POST', 'DELETE', 'PUT', 'HEAD', 'OPTIONS', 'PATCH', 'BREW', 'G\x00T', '']);
  let path = pick(paths);
  if (rnd() < 0.3) path += pick(['%ff%fe', '%c3%28', '/../../etc/passwd', '?' + 'a=1&'.repeat(int(200)),
    '\xc3\x28', '%00', '/' + 'x'.repeat(int(9000)), ';'.repeat(int(150)), '#frag']);
  let body = pick(bodies);
  if (rnd() < 0.2) body = bytes(int(300)).toString('latin1');
  if (rnd() < 0.1) body = '{"service":"' + 'A'.repeat(70000) + '"}';
  const headers = [`Host: 127.0.0.1`];
  if (rnd() < 0.5) headers.push(`Content-Length: ${pick([body.length, 0, -1, 1e20, '99999999999999999999', 'abc', body.length + 5, 2 ** 31])}`);
  if (rnd() < 0.2) headers.push('Transfer-Encoding: chunked');
  if (rnd() < 0.2) headers.push(`Origin: ${pick(['http://evil.example', 'http://localhost:8080', '\xff\xfe', 'null'])}`);
  if (rnd() < 0.2 && cookie) headers.push(`Cookie: ${cookie}`);
  if (rnd() < 0.1) headers.push(`Cookie: mpp_session=${'z'.repeat(int(5000))}`);
  if (rnd() < 0.1) headers.push(`Idempotency-Key: ${pick(['k', 'a'.repeat(65), '\xff', ''])}`);
  if (rnd() < 0.1) headers.push('X-Big: ' + 'b'.repeat(int(20000)));
  if (rnd() < 0.1) for (let i = int(300); i > 0; i--) headers.push(`X-${i}: ${i}`);
  if (rnd() < 0.1) headers.push('Upgrade: websocket', 'Connection: Upgrade', 'Sec-WebSocket-Version: 13');
  const version = pick(['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/1.1x', '', 'HTTP/9']);
  const eol = rnd() < 0.1 ? '\n' : '\r\n';
  let text = `${method} ${path} ${version}${eol}${headers.join(eol)}${eol}${eol}`;
  if (body && rnd() < 0.8) {
    if (headers.includes('Transfer-Encoding: chunked'))
      text += pick([`${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`, `fffffffffffffffff\r\n${body}`, `zz\r\n`]);
    else text += body;
  }
  let buf = Buffer.from(text, 'latin1');
  // byte-level mutations of an otherwise plausible request
  for (let m = rnd() < 0.4 ? int(6) : 0; m > 0; m--) {
    const at = int(buf.length + 1);
    const op = int(3);
    if (op === 0) buf = Buffer.concat([buf.subarray(0, at), bytes(1 + int(8)), buf.subarray(at)]);
    else if (op === 1) buf = Buffer.concat([buf.subarray(0, at), buf.subarray(at + 1 + int(8))]);
    else if (buf.length) buf[at % buf.length] ^= 1 << int(8);
  }
  return buf;
}

// ---- WebSocket ----
function frame({ fin = true, rsv = 0, op = 1, payload = Buffer.alloc(0), masked = true, lenKind }) {
  const len = payload.length;
  const head = [((fin ? 0x80 : 0) | (rsv << 4) | op) & 0xff];
  const m = masked ? 0x80 : 0;
  let ext = Buffer.alloc(0);
  const kind = lenKind || (len < 126 ? 'small' : len < 65536 ? 'mid' : 'big');
  if (kind === 'small') head.push(m | len);
  else if (kind === 'mid') { head.push(m | 126); ext = Buffer.alloc(2); ext.writeUInt16BE(len & 0xffff); }
  else if (kind === 'huge') { head.push(m | 127); ext = Buffer.from([0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]); }
  else { head.push(m | 127); ext = Buffer.alloc(8); ext.writeBigUInt64BE(BigInt(len)); }
  const key = bytes(4);
  const body = Buffer.from(payload);
  if (masked) for (let i = 0; i < body.length; i++) body[i] ^= key[i % 4];
  return Buffer.concat([Buffer.from(head), ext, masked ? key : Buffer.alloc(0), body]);
}

function wsMessages() {
  const out = [];
  for (let n = 1 + int(6); n > 0; n--) {
    const payload = pick([
      () => Buffer.from('{"type":"hello","since":' + pick(['0', '-1', '1e30', '"x"', '18446744073709551615', 'null']) + ',"epoch":"x"}'),
      () => Buffer.from([0xc3, 0x28, 0xff, 0xfe]), // not UTF-8
      () => Buffer.from('{"type":"' + 'h'.repeat(5000) + '"}'), // past the 4096-byte cap
      () => bytes(int(200)),
      () => Buffer.from('{"type":"hello"'),
      () => Buffer.alloc(0),
    ])();
    const kind = int(10);
    if (kind === 0) out.push(frame({ op: 1, payload, fin: false }), frame({ op: 0, payload, fin: rnd() < 0.5 }));
    else if (kind === 1) out.push(frame({ op: 0, payload })); // continuation without a start
    else if (kind === 2) out.push(frame({ op: pick([3, 4, 5, 6, 7, 11, 15]), payload })); // reserved
    else if (kind === 3) out.push(frame({ op: 1, payload, rsv: 1 + int(7) }));
    else if (kind === 4) out.push(frame({ op: 1, payload, masked: false }));
    else if (kind === 5) out.push(frame({ op: 1, payload, lenKind: 'huge' }));
    else if (kind === 6) out.push(frame({ op: pick([8, 9, 10]), payload: bytes(126 + int(200)) })); // control > 125
    else if (kind === 7) out.push(frame({ op: 8, payload: Buffer.from([0x03, 0xe8, 0xc3, 0x28]) })); // close, bad UTF-8 reason
    else if (kind === 8) for (let i = 0; i < 300; i++) out.push(frame({ op: i ? 0 : 1, payload: Buffer.from('xxxxxxxxxxxxxxxx'), fin: false }));
    else out.push(frame({ op: 1, payload }));
  }
  let buf = Buffer.concat(out);
  if (rnd() < 0.2 && buf.length) buf[int(buf.length)] ^= 1 << int(8);
  const up = 'GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
    `Sec-WebSocket-Key: ${bytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`;
  return Buffer.concat([Buffer.from(up), buf]);
}

// ---- one connection ----
function exchange(port, payload, { pieces = 1, linger = 300 } = {}) {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    let got = 0;
    const done = () => { s.destroy(); resolve(got); };
    s.on('data', (d) => { got += d.length; });
    s.on('error', done);
    s.on('close', done);
    s.on('connect', async () => {
      const step = Math.ceil(payload.length / pieces);
      for (let i = 0; i < payload.length && !s.destroyed; i += step) {
        s.write(payload.subarray(i, i + step));
        if (pieces > 1) await sleep(2);
      }
      if (rnd() < 0.3) s.end(); // half-close
      setTimeout(done, linger);
    });
  });
}

// A slow client: a request head one byte at a time, never finished.
function slowloris(port, stop) {
  const s = connect(port, '127.0.0.1');
  const head = Buffer.from('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ' + 'a'.repeat(100000));
  let i = 0;
  s.on('error', () => {});
  const t = setInterval(() => {
    if (stop.now || s.destroyed || i >= head.length) { clearInterval(t); s.destroy(); return; }
    s.write(head.subarray(i, i + 1));
    i++;
  }, 200);
  return s;
}

async function healthy(hall) {
  const t0 = Date.now();
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), 5000);
  try {
    const r = await fetch(hall.base + '/healthz', { signal: ac.signal });
    await r.text();
    return r.status === 200 ? Date.now() - t0 : -1;
  } catch {
    return -1;
  } finally {
    clearTimeout(timer);
  }
}

const hall = new Hall();
await hall.start();
hall.addUser('admin-fuzz', 'admin');
const cookie = (await hall.login('admin-fuzz')).cookie;
const stop = { now: false };
const slow = [];
for (let i = 0; i < SLOW; i++) slow.push(slowloris(hall.port, stop));

const figures = { http: 0, ws: 0, raw: 0, checks: 0, worst_ms: 0 };
let failure = null;
for (let r = 0; r < ROUNDS && !failure; r += PARALLEL) {
  const batch = [];
  for (let k = 0; k < PARALLEL && r + k < ROUNDS; k++) {
    const kind = rnd();
    let payload;
    if (kind < 0.55) { payload = httpRequest(cookie); figures.http++; }
    else if (kind < 0.9) { payload = wsMessages(); figures.ws++; }
    else { payload = bytes(1 + int(2000)); figures.raw++; }
    batch.push({ payload, run: exchange(hall.port, payload, { pieces: rnd() < 0.2 ? 1 + int(20) : 1 }) });
  }
  await Promise.all(batch.map((b) => b.run));
  const ms = await healthy(hall);
  figures.checks++;
  if (hall.proc.exitCode !== null || ms < 0) {
    failure = { why: hall.proc.exitCode !== null ? 'mppd died' : '/healthz did not answer 200 within 5 s',
      inputs: batch.map((b) => b.payload.toString('hex')) };
    break;
  }
  figures.worst_ms = Math.max(figures.worst_ms, ms);
}
stop.now = true;
for (const s of slow) s.destroy();
let stopError = null;
try { await hall.stop(); } catch (e) { stopError = e.message; }
const sanitizer = /ERROR: AddressSanitizer|runtime error:|ERROR: LeakSanitizer/.test(hall.log);
const total = figures.http + figures.ws + figures.raw;
console.log(`wire: seed ${SEED}: ${total} connections (${figures.http} HTTP, ${figures.ws} WebSocket, ` +
  `${figures.raw} random bytes) beside ${SLOW} slowloris connections; /healthz answered ` +
  `${failure ? figures.checks - 1 : figures.checks}/${figures.checks}, slowest ${figures.worst_ms} ms; ` +
  `${failure || stopError || sanitizer ? 'FAILED' : '0 crashes, clean stop'}`);
if (failure || stopError || sanitizer) {
  if (failure) console.log(`${failure.why}; the last batch's inputs (hex):\n${failure.inputs.join('\n')}`);
  if (stopError) console.log(stopError);
  if (sanitizer) console.log(hall.log.slice(-6000));
  process.exitCode = 1;
} else {
  hall.cleanup();
}
