// notify_tls.test.mjs - a gateway on https (CONTRACT.md, "Notifications";
// docs/operations.md, notify.ca_file): with the hall's own CA for the
// gateway's certificate (made here with openssl) the messages arrive; a
// certificate mppd cannot verify is never trusted: the message fails with
// a certificate error and nothing reaches the gateway's handler. A gateway
// that offers HTTP/2 gets every message once, over HTTP/2, the POSTs in
// flight sharing one connection kept open.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hall, until } from './lib/hall.mjs';
import { Gateway } from './lib/gateway.mjs';

const dir = mkdtempSync(join(tmpdir(), 'mpp-notify-tls-'));
const cert = join(dir, 'gateway.crt'), key = join(dir, 'gateway.key');
execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1',
  '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'ignore' });
const tls = { key: readFileSync(key), cert: readFileSync(cert) };
const gateway = new Gateway({ tls });
const h2gateway = new Gateway({ tls, h2: true });
const halls = [];
after(async () => {
  for (const h of halls) { await h.stop(); h.cleanup(); }
  gateway.close();
  h2gateway.close();
  rmSync(dir, { recursive: true, force: true });
});

async function hallWith(extra, gw = gateway) {
  const hall = new Hall({ cfg: `notify = { url = "${gw.url}"; quiet_hours = "off"; max_attempts = 1; ${extra} };\n` });
  hall.addUser('kepala', 'admin');
  await hall.start();
  halls.push(hall);
  return hall;
}

test('https with the hall\'s CA for the gateway: delivered; without it: refused as unverified, never sent', async () => {
  await gateway.start();
  const trusting = await hallWith(`ca_file = "${cert}";`);
  const a = (await trusting.req('POST', '/api/v1/tickets', { service: 'dukcapil/legalisasi', notify: { phone: '081234500001' } })).json.ticket;
  await until(async () => gateway.got.find((g) => g.body.ticket === a.number));

  const wary = await hallWith('');
  const b = (await wary.req('POST', '/api/v1/tickets', { service: 'dukcapil/legalisasi', notify: { phone: '081234500002' } })).json.ticket;
  const admin = await wary.login('kepala');
  const failed = await until(async () =>
    (await admin.req('GET', '/api/v1/outbox')).json.failed_messages.find((m) => m.ticket === b.number), 10000);
  assert.match(failed.error, /certificate|SSL/i, failed.error);
  assert.ok(!gateway.got.some((g) => g.body.to === '+6281234500002'), 'nothing reached an unverified gateway');
});

test('a gateway offering HTTP/2: every message once, over HTTP/2, the POSTs in flight on one connection', async () => {
  await h2gateway.start();
  const hall = await hallWith(`ca_file = "${cert}"; connections = 4;`, h2gateway);
  const phones = Array.from({ length: 12 }, (_, i) => `0812345100${String(i).padStart(2, '0')}`);
  const tickets = await Promise.all(phones.map(async (phone) =>
    (await hall.req('POST', '/api/v1/tickets', { service: 'dukcapil/legalisasi', notify: { phone } })).json.ticket.number));
  const got = await until(async () => {
    const mine = h2gateway.got.filter((g) => tickets.includes(g.body.ticket));
    return mine.length >= tickets.length && mine;
  });
  assert.deepEqual(got.map((g) => g.version), tickets.map(() => '2.0'));
  assert.deepEqual(new Set(got.map((g) => g.body.ticket)), new Set(tickets));
  assert.equal(new Set(got.map((g) => g.key)).size, tickets.length, 'one Idempotency-Key a message');
  assert.equal(new Set(got.map((g) => g.conn)).size, 1, 'the POSTs in flight share one connection');

  // a message after the burst goes on a connection kept open
  const late = (await hall.req('POST', '/api/v1/tickets', { service: 'dukcapil/legalisasi', notify: { phone: '081234510099' } })).json.ticket.number;
  const last = await until(async () => h2gateway.got.find((g) => g.body.ticket === late));
  assert.equal(last.conn, got[0].conn, 'the connection was kept for the next message');
});
