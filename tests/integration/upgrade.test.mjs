// upgrade.test.mjs - a data folder of format 3, as mppd 1.1.0 left it, is
// taken forward without losing a message: a queued message whose record
// (notify/record.h version 1) holds its own phone still reaches the
// gateway, and a subscription written without its marks' newer fields
// still sends the ticket's call to its phone; the folder is migrated to
// format 6, and the history says so. The old records are put into a real
// LMDB folder with Debian's mdb_load, as 1.1.0 wrote them, while mppd is
// stopped. A subscription taken after it is written into the outbox, right
// after the ticket's first message, and read from there after a restart. A
// message the gateway took gets a small "sent" record at the outbox's end
// instead of its whole record written again; after a restart it is sent
// and not POSTed again, and the day's erasure folds the record back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hall, until } from './lib/hall.mjs';
import { Gateway } from './lib/gateway.mjs';

let hall;
const gateway = new Gateway();
const got = gateway.got;
const scratch = mkdtempSync(join(tmpdir(), 'mpp-upgrade-'));

before(async () => {
  await gateway.start();
  hall = new Hall({ cfg: `notify = { url = "${gateway.url}"; quiet_hours = "off"; };\n` });
  hall.addUser('ani', 'staff', 'dukcapil');
  hall.addUser('kepala', 'admin');
});
after(async () => { await hall.stop(); hall.cleanup(); gateway.close(); rmSync(scratch, { recursive: true, force: true }); });

// ---- the bytes 1.1.0 wrote ----

const u64 = (n) => { const b = Buffer.alloc(8); b.writeBigUInt64BE(BigInt(n)); return b; };
function varint(n) {
  const out = [];
  let v = BigInt(n);
  while (v >= 0x80n) { out.push(Number(v & 0x7fn) | 0x80); v >>= 7n; }
  out.push(Number(v));
  return Buffer.from(out);
}
const str = (s) => { const b = Buffer.from(s, 'utf8'); return Buffer.concat([varint(b.length), b]); };

// A queued message in record version 1: the phone inside the record.
function messageV1({ id, key, template, to, text, ticket, at }) {
  return Buffer.concat([Buffer.from([1]), varint(id), varint(at), varint(at), varint(at), varint(0), varint(0),
    Buffer.from([0, 0]), str(key), str(template), str(to), str(text), str(ticket), str(''), str('')]);
}

// mdb_load -T: a key line and a value line, every byte written \xx.
const hex = (b) => [...b].map((x) => '\\' + x.toString(16).padStart(2, '0')).join('');
function load(db, pairs) {
  const file = join(scratch, db + '.txt');
  writeFileSync(file, pairs.map(([k, v]) => hex(k) + '\n' + hex(v) + '\n').join(''));
  execFileSync('mdb_load', ['-T', '-s', db, '-f', file, hall.data]);
}

test('a format 3 folder of 1.1.0 is migrated to 6, and its queued message and subscription reach the citizen', async () => {
  await hall.start();
  // a ticket the old subscription belongs to, and the hall's key prefix
  const ticket = (await hall.issue('dukcapil/legalisasi')).json.ticket;
  await hall.stop();
  const epoch = execFileSync('mdb_dump', ['-p', '-s', 'meta', hall.data], { encoding: 'utf8' })
    .match(/^ epoch\n ([0-9a-f]{32})$/m)?.[1];
  assert.ok(epoch, 'the hall keeps its epoch in meta');

  // what 1.1.0 left: format 3, a queued message holding its phone, and a
  // subscription of the waiting ticket as "phone\tnear"-less text
  const at = Date.now() - 60_000;
  load('outbox', [[u64(41), messageV1({ id: 41, key: `mpp-${epoch}-41`, template: 'ticket.issued',
    to: '+6281277770041', text: 'Nomor antrean Anda tercatat.', ticket: 'A-099', at })]]);
  load('subscriptions', [[u64(ticket.id), Buffer.from('+6281277770042')]]);
  load('meta', [[Buffer.from('schema'), Buffer.from([0, 0, 0, 3])]]);

  await hall.start();
  assert.match(hall.log, /data migrated from format 3 to 6/);
  const history = execFileSync('mdb_dump', ['-p', '-s', 'meta', hall.data], { encoding: 'utf8' });
  assert.match(history, /migrated from format 3 to 4/);
  assert.match(history, /migrated from format 4 to 5/);
  assert.match(history, /migrated from format 5 to 6/);
  const old = await until(async () => got.find((g) => g.body.ticket === 'A-099'));
  assert.equal(old.body.to, '+6281277770041', 'the version 1 record keeps its own phone');
  assert.equal(old.key, `mpp-${epoch}-41`, 'and its key');
  const ani = await hall.login('ani');
  assert.equal((await ani.req('POST', '/api/v1/counters/2/open')).status, 200);
  assert.equal((await ani.req('POST', '/api/v1/counters/2/call', { number: ticket.number })).status, 200);
  const called = await until(async () => got.find((g) => g.body.ticket === ticket.number && g.body.template === 'ticket.called'));
  assert.equal(called.body.to, '+6281277770042', 'the old subscription\'s phone');
  const ids = got.map((g) => Number(g.key.split('-').pop()));
  assert.ok(Math.max(...ids) > 41, 'new messages take ids after the restored one');
});

// mdb_dump's plain form: after the header, a key line and a value line,
// each in hex with a leading space
function dump(db) {
  const lines = execFileSync('mdb_dump', ['-s', db, hall.data], { encoding: 'utf8' }).split('\n');
  const start = lines.indexOf('HEADER=END') + 1;
  const pairs = [];
  for (let i = start; i + 1 < lines.length && lines[i] !== 'DATA=END'; i += 2) pairs.push([lines[i].trim(), lines[i + 1].trim()]);
  return pairs;
}

test('a new subscription is written after its ticket\'s first message in the outbox, and sends the call to its phone after a restart', async () => {
  const ticket = (await hall.issue('dukcapil/legalisasi', { notify: { phone: '081277770043' } })).json.ticket;
  const issued = await until(async () => got.find((g) => g.body.ticket === ticket.number && g.body.template === 'ticket.issued'));
  assert.equal(issued.body.to, '+6281277770043');
  const id = Number(issued.key.split('-').pop());
  await hall.stop();
  const phoneHex = Buffer.from('+6281277770043').toString('hex');
  const outbox = dump('outbox');
  const at = outbox.findIndex(([k]) => k === u64(id).toString('hex'));
  assert.ok(at >= 0, 'the issued message is in the outbox');
  const beside = outbox[at + 1];
  assert.equal(beside?.[0], u64(id).toString('hex') + '00' + u64(ticket.id).toString('hex'),
    'the next record is the ticket\'s subscription');
  assert.ok(beside[1].startsWith(phoneHex), 'and holds the phone');
  assert.ok(!dump('subscriptions').some(([k, v]) => k === u64(ticket.id).toString('hex') || v.includes(phoneHex)),
    'nothing of it in the subscriptions database');

  await hall.start();
  const ani = await hall.login('ani');
  await ani.req('POST', '/api/v1/counters/2/open');
  await ani.req('POST', '/api/v1/counters/2/finish');
  assert.equal((await ani.req('POST', '/api/v1/counters/2/call', { number: ticket.number })).status, 200);
  const called = await until(async () => got.find((g) => g.body.ticket === ticket.number && g.body.template === 'ticket.called'));
  assert.equal(called.body.to, '+6281277770043', 'the phone read back from the outbox');
});

test('a sent message gets a small "sent" record at the outbox\'s end: after a restart it is sent, not POSTed again, and the day\'s end folds the record back', async (t) => {
  const clock = (body) => hall.req('POST', '/api/v1/test/clock', body);
  if ((await clock({ advance_ms: 0 })).status === 404) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  // a Friday morning, whatever the real hour
  await clock({ at_ms: Date.parse('2030-01-04T10:00:00+07:00') });
  const ticket = (await hall.issue('dukcapil/legalisasi', { notify: { phone: '081277770044' } })).json.ticket;
  const issued = await until(async () => got.find((g) => g.body.ticket === ticket.number && g.body.template === 'ticket.issued'));
  const id = Number(issued.key.split('-').pop());
  const idHex = u64(id).toString('hex');
  // the record is in the store once the hall has committed it: wait for it
  const sentRec = () => dump('outbox').find(([k]) => k.length === 34 && k.slice(16) === '01' + idHex);
  const rec = await until(async () => sentRec());
  await hall.stop();
  const outbox = dump('outbox');
  const at = BigInt('0x' + rec[0].slice(0, 16));
  assert.ok(at >= BigInt(id), 'filed after a message id at least its own');
  assert.ok(outbox.findIndex(([k]) => k === rec[0]) > outbox.findIndex(([k]) => k === idHex),
    'after the message\'s own record');
  assert.match(Buffer.from(rec[1], 'hex').toString(), /^\d{13}\t1$/, 'the time it was sent and one attempt');
  assert.ok(!Buffer.from(rec[1], 'hex').toString().includes('81277770044'), 'no phone in it');

  await hall.start();
  await clock({ at_ms: Date.parse('2030-01-04T10:30:00+07:00') });
  const posts = () => got.filter((g) => g.key === issued.key).length;
  await new Promise((ok) => setTimeout(ok, 1500));
  assert.equal(posts(), 1, 'the sent message is not POSTed again after the restart');
  const admin = await hall.login('kepala');
  const box = (await admin.req('GET', '/api/v1/outbox')).json;
  assert.equal(box.queued, 0, 'nothing waits to be sent: ' + JSON.stringify(box));

  // the day ends: the message's record is written whole again, erased,
  // and its "sent" record goes with that
  await clock({ at_ms: Date.parse('2030-01-05T08:00:00+07:00') });
  await until(async () => (sentRec() ? null : true));
  const bytes = dump('outbox').map(([, v]) => Buffer.from(v, 'hex').toString('latin1')).join('');
  assert.ok(!bytes.includes('81277770044'), 'the phone is gone from the outbox');
  assert.ok(dump('outbox').some(([k]) => k === idHex), 'the message\'s own record stays, erased');
});
