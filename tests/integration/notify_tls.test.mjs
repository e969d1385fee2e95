// notify_tls.test.mjs - a gateway on https (CONTRACT.md, "Notifications";
// docs/operations.md, notify.ca_file): with the hall's own CA for the
// gateway's certificate (made here with openssl) the messages arrive; a
// certificate mppd cannot verify is never trusted: the message fails with
// a certificate error and nothing reaches the gateway's handler.
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
const gateway = new Gateway({ tls: { key: readFileSync(key), cert: readFileSync(cert) } });
const halls = [];
after(async () => {
  for (const h of halls) { await h.stop(); h.cleanup(); }
  gateway.close();
  rmSync(dir, { recursive: true, force: true });
});

async function hallWith(extra) {
  const hall = new Hall({ cfg: `notify = { url = "${gateway.url}"; quiet_hours = "off"; max_attempts = 1; ${extra} };\n` });
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
