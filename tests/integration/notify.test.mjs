// notify.test.mjs - messages to citizens (CONTRACT.md, "Notifications")
// against the real mppd and a stand-in for the SMS/WhatsApp gateway (an
// HTTP server of the test: the gateway lies outside the hall): a ticket
// with a phone gets "issued" and "called" messages; a gateway error is
// retried with the same Idempotency-Key, across a restart too; a message
// given up shows in /api/v1/outbox with the phone masked; the phone never
// reaches the log.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, chmodSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hall, ROOT, MPPD, sleep, until } from './lib/hall.mjs';
import { Gateway } from './lib/gateway.mjs';

const secrets = mkdtempSync(join(tmpdir(), 'mpp-notify-secrets-'));
const headersFile = join(secrets, 'gateway-headers');
writeFileSync(headersFile, '# the gateway token\nAuthorization: Bearer uji-rahasia\n');
chmodSync(headersFile, 0o600);

let hall;
const gateway = new Gateway();
const got = gateway.got; // every POST the gateway received

before(async () => {
  await gateway.start();
  hall = new Hall({ cfg: `
notify = {
  url = "${gateway.url}";
  headers = ( "X-Hall: purbalingga" );
  headers_file = "${headersFile}";
  quiet_hours = "off";
  max_attempts = 2;
};
` });
  hall.addUser('ani', 'staff', 'dukcapil');
  hall.addUser('kepala', 'admin');
  await hall.start();
});
after(async () => { await hall.stop(); hall.cleanup(); gateway.close(); });

const PHONE = '081299887766', E164 = '+6281299887766';

test('a ticket with a phone: issued and called messages reach the gateway, each with its key', async () => {
  const t = (await hall.req('POST', '/api/v1/tickets', { service: 'dukcapil/legalisasi', notify: { phone: PHONE } })).json.ticket;
  const issued = await until(async () => got.find((g) => g.body.ticket === t.number && g.body.template === 'ticket.issued'));
  assert.equal(issued.body.to, E164);
  assert.equal(issued.auth, 'Bearer uji-rahasia', 'the token from notify.headers_file');
  assert.match(issued.key, /^mpp-[0-9a-f]+-\d+$/);
  assert.match(issued.body.text, new RegExp(t.number));
  assert.ok(!JSON.stringify(issued.body).includes(t.token), 'never a token');
  const ani = await hall.login('ani');
  await ani.req('POST', '/api/v1/counters/2/open');
  await ani.req('POST', '/api/v1/counters/2/call', { number: t.number });
  const called = await until(async () => got.find((g) => g.body.ticket === t.number && g.body.template === 'ticket.called'));
  assert.match(called.body.text, /Loket 2/);
  assert.notEqual(called.key, issued.key);
  await ani.req('POST', '/api/v1/counters/2/finish');
  await ani.req('POST', '/api/v1/counters/2/close');
  const bad = await hall.req('POST', '/api/v1/tickets', { service: 'dukcapil/legalisasi', notify: { phone: '12345' } });
  assert.equal(bad.status, 422);
  assert.equal(bad.json.error.field, 'notify.phone');
  const issue = (notify) => hall.req('POST', '/api/v1/tickets', { service: 'dukcapil/legalisasi', notify });
  const extra = await issue({ phone: PHONE, whatsapp: true });
  assert.deepEqual([extra.status, extra.json.error.code, extra.json.error.field], [400, 'unknown_field', 'notify.whatsapp']);
  const none = await issue({});
  assert.deepEqual([none.status, none.json.error.code, none.json.error.field], [400, 'missing_field', 'notify.phone']);
  const text = await issue('081299887766');
  assert.deepEqual([text.status, text.json.error.code, text.json.error.field], [400, 'wrong_type', 'notify']);
  assert.ok(!hall.log.includes('99887766'), 'the phone is never in the log');
});

test('a gateway error is retried with the same Idempotency-Key, after a restart too; given up shows masked', async (t) => {
  const clock = (body) => hall.req('POST', '/api/v1/test/clock', body);
  if ((await clock({ advance_ms: 0 })).status === 404) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  // a Tuesday morning, whatever the real hour: a day's end would close the
  // ticket and drop the message whose retry this follows
  const morning = Date.parse('2030-01-08T10:00:00+07:00');
  await clock({ at_ms: morning });
  gateway.answer = () => 503;
  const from = got.length; // the new day's numbers start again at A-001
  const mine = (number) => got.slice(from).filter((g) => g.body.ticket === number);
  const tk = (await hall.req('POST', '/api/v1/tickets', { service: 'dukcapil/legalisasi', notify: { phone: PHONE } })).json.ticket;
  const first = await until(async () => mine(tk.number)[0]);
  await hall.restart(); // queued again after the restart, with its key
  gateway.answer = () => 200;
  // the test clock starts again from the real time: on to the same morning,
  // past the first retry's wait
  await clock({ at_ms: morning + 2 * 60 * 1000 });
  const again = await until(async () => mine(tk.number)[1], 10000);
  assert.equal(again.key, first.key, 'the same key on the retry, across the restart');
  const admin = await hall.login('kepala');
  // the earlier test's messages, years before on the test clock, are forgotten
  await until(async () => (await admin.req('GET', '/api/v1/outbox')).json.sent >= 1);

  gateway.answer = () => 500; // never: with max_attempts = 2 it is given up
  // the gateway's errors as mppd counted them: a failed attempt is counted
  // when its outcome is recorded, with the retry's wait from that moment
  const httpErrors = async () => Number(((await hall.req('GET', '/metrics')).text
    .match(/^mpp_gateway_errors_total\{kind="http"\} (\d+)$/m) || [])[1] || 0);
  const errorsBefore = await httpErrors();
  const lost = (await hall.req('POST', '/api/v1/tickets', { service: 'dukcapil/legalisasi', notify: { phone: '081311112222' } })).json.ticket;
  await until(async () => mine(lost.number).length);
  // the clock moves on only once the failure is recorded: moved before,
  // the retry would wait from the later time
  await until(async () => (await httpErrors()) > errorsBefore);
  await clock({ advance_ms: 2 * 60 * 1000 });
  const box = await until(async () => {
    const o = (await admin.req('GET', '/api/v1/outbox')).json;
    return o.failed >= 1 ? o : null;
  }, 10000);
  const f = box.failed_messages.find((m) => m.ticket === lost.number);
  assert.ok(f, JSON.stringify(box));
  assert.match(f.to, /^\+62813\*+\d{3}$/, 'the phone is masked: ' + f.to);
  assert.match(f.error, /503|500/);
  assert.equal((await (await hall.login('ani')).req('GET', '/api/v1/outbox')).status, 403);
});

test('secrets stay out of the config: an Authorization header there, or a headers file others may read, stops mppd, as do a wrong kind and too many connections', () => {
  const start = (notify) => {
    const h = new Hall({ cfg: `notify = { url = "http://127.0.0.1:9/send"; ${notify} };\n` });
    const r = spawnSync(MPPD, ['--config', h.cfg, '--port', '1', '--data', h.data,
      '--plugins', join(ROOT, 'plugins'), '--web', join(ROOT, 'web')], { encoding: 'utf8', timeout: 10000 });
    h.cleanup();
    return r;
  };
  let r = start('headers = ( "Authorization: Bearer rahasia" );');
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /notify\.headers_file/);
  assert.ok(!r.stderr.includes('rahasia'), 'the secret is not repeated');
  const open = join(secrets, 'open-headers');
  writeFileSync(open, 'Authorization: Bearer rahasia\n');
  chmodSync(open, 0o644);
  r = start(`headers_file = "${open}";`);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /mode 0644.*chmod 600/);
  r = start('kind = "telegram";');
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /notify\.kind "telegram": expected "webhook"/);
  r = start('connections = 40;');
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /connections/);
});

test('an agency words its own message in its plugin (notify.texts): the citizen reads it; a text that does not fit is refused at load', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mpp-notify-texts-'));
  const src = readFileSync(join(ROOT, 'plugins', 'dukcapil.lua'), 'utf8');
  assert.ok(src.includes('short = "Dukcapil",'));
  const own = 'Nomor {ticket} sudah kami catat. Siapkan KK dan KTP-el asli, ya.';
  writeFileSync(join(dir, 'dukcapil.lua'), src.replace('short = "Dukcapil",',
    `short = "Dukcapil",\n  notify = { texts = { ["ticket.issued"] = "${own}" } },`));
  const h = new Hall({ plugins: dir, cfg: `notify = { url = "${gateway.url}"; quiet_hours = "off"; };\n` });
  await h.start();
  try {
    const t = (await h.req('POST', '/api/v1/tickets', { service: 'dukcapil/legalisasi', notify: { phone: '081377770000' } })).json.ticket;
    const issued = await until(async () => got.find((g) => g.body.ticket === t.number && g.body.to === '+6281377770000'));
    assert.equal(issued.body.text, own.replace('{ticket}', t.number));
  } finally { await h.stop(); h.cleanup(); }
  writeFileSync(join(dir, 'dukcapil.lua'), src.replace('short = "Dukcapil",',
    `short = "Dukcapil",\n  notify = { texts = { ["ticket.called"] = "${'Silakan '.repeat(25)}{counter}" } },`));
  let out = '';
  try {
    out = execFileSync(process.env.MPPCTL || join(ROOT, 'build-test/mppctl'), ['check', join(dir, 'dukcapil.lua')], { encoding: 'utf8' });
  } catch (e) { out = String(e.stdout); }
  assert.match(out, /dukcapil\.lua:\d+: agency 'dukcapil': notify: texts: ticket\.called: with the longest usual names the text is \d+ bytes; it must fit 160 \(one SMS\)/);
  rmSync(dir, { recursive: true, force: true });
});
