// tls.test.mjs - TLS from the hall config: with server.tls set, the same
// port speaks https and wss (a self-signed certificate made here with
// openssl), and plain http is not served on it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:https';
import { connect as tlsConnect } from 'node:tls';
import WebSocket from 'ws';
import { Hall, MPPD } from './lib/hall.mjs';

const dir = mkdtempSync(join(tmpdir(), 'mpp-tls-'));
const cert = join(dir, 'hall.crt'), key = join(dir, 'hall.key');
execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
  '-subj', '/CN=localhost', '-keyout', key, '-out', cert], { stdio: 'ignore' });

let hall;
before(async () => {
  hall = new Hall({ tls: true, replace: [['max_body = 65536;',
    `max_body = 65536;\n  tls = { cert = "${cert}"; key = "${key}"; };`]] });
  await hall.start();
});
after(async () => { await hall.stop(); hall.cleanup(); });

function get(path) {
  return new Promise((ok, fail) => {
    request({ host: '127.0.0.1', port: hall.port, path, rejectUnauthorized: false }, (res) => {
      const peer = res.socket.getPeerCertificate();
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => ok({ status: res.statusCode, body, peer }));
    }).on('error', fail).end();
  });
}

test('https and wss on the configured certificate', async () => {
  const r = await get('/healthz');
  assert.equal(r.status, 200);
  assert.equal(JSON.parse(r.body).status, 'ok');
  assert.equal(r.peer.subject.CN, 'localhost');
  const ws = new WebSocket(`wss://127.0.0.1:${hall.port}/ws`, { rejectUnauthorized: false });
  const first = await new Promise((ok, fail) => { ws.once('message', (d) => ok(JSON.parse(d))); ws.once('error', fail); });
  assert.equal(first.type, 'snapshot');
  ws.close();
});

test('plain http is not served on a TLS port', async () => {
  await assert.rejects(fetch(`http://127.0.0.1:${hall.port}/healthz`));
});

test('a config naming a missing certificate is refused at start with its line', () => {
  const bad = join(dir, 'bad.cfg');
  writeFileSync(bad, readFileSync(hall.cfg, 'utf8').replace(cert, join(dir, 'missing.crt')));
  let out = '';
  try {
    execFileSync(MPPD, ['--config', bad, '--port', '1'], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) { out = String(e.stderr); }
  assert.match(out, /bad\.cfg:\d+: server\.tls\.cert: cannot read .*missing\.crt/);
});

// One TLS 1.2 handshake offering only `ciphers`: the suite agreed, or the error.
function handshake(ciphers) {
  return new Promise((ok) => {
    const s = tlsConnect({ host: '127.0.0.1', port: hall.port, rejectUnauthorized: false, ciphers,
      maxVersion: 'TLSv1.2' }, () => { const c = s.getCipher().name; s.end(); ok(c); });
    s.on('error', (e) => ok('refused: ' + (e.code || e.message)));
  });
}

test('TLS: Mozilla intermediate suites only (no static RSA, no CBC-SHA1); HSTS on https replies', async () => {
  assert.equal(await handshake('ECDHE-RSA-AES128-GCM-SHA256'), 'ECDHE-RSA-AES128-GCM-SHA256');
  for (const weak of ['AES128-SHA', 'AES256-SHA', 'ECDHE-RSA-AES128-SHA', 'AES128-GCM-SHA256']) {
    assert.match(await handshake(weak), /^refused/, weak);
  }
  const hsts = await new Promise((ok, fail) => {
    request({ host: '127.0.0.1', port: hall.port, path: '/healthz', rejectUnauthorized: false }, (res) => {
      res.resume();
      ok(res.headers['strict-transport-security']);
    }).on('error', fail).end();
  });
  assert.equal(hsts, 'max-age=31536000');
});
