// admin.test.mjs - what the MPP manager does from the admin page, against
// the real mppd: staff accounts listed, added, removed (their sessions end),
// and the plugins reloaded; none of it for anyone but an admin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Hall } from './lib/hall.mjs';

let hall, admin;
before(async () => {
  hall = new Hall();
  hall.addUser('admin', 'admin');
  hall.addUser('ani', 'staff', 'dukcapil');
  await hall.start();
  admin = await hall.login('admin');
});
after(async () => { await hall.stop(); hall.cleanup(); });

test('accounts are listed for an admin only, without password hashes', async () => {
  const r = await admin.req('GET', '/api/v1/users');
  assert.equal(r.status, 200);
  assert.deepEqual(r.json.users.map((u) => u.name), ['admin', 'ani']);
  assert.deepEqual(r.json.users[1], { name: 'ani', role: 'staff', agency: 'dukcapil' });
  assert.ok(!r.text.includes('argon2'));
  const ani = await hall.login('ani');
  assert.equal((await ani.req('GET', '/api/v1/users')).status, 403);
  assert.equal((await hall.req('GET', '/api/v1/users')).status, 401);
});

test('an admin adds an account that logs in at once, and removes it', async () => {
  const r = await admin.req('POST', '/api/v1/users',
    { name: 'budi', role: 'staff', agency: 'samsat', password: 'kata-sandi-budi' });
  assert.equal(r.status, 201, r.text);
  const budi = await hall.login('budi', 'kata-sandi-budi');
  assert.deepEqual(budi.user.counters, [10, 11, 12, 13]);
  assert.equal((await admin.req('DELETE', '/api/v1/users/budi')).status, 200);
  const after = await budi.req('GET', '/api/v1/session');
  assert.equal(after.status, 401, 'a removed account\'s session ends');
  assert.equal((await admin.req('DELETE', '/api/v1/users/budi')).status, 404);
});

test('an admin or display account serves the whole hall: one given an agency is refused, naming it', async () => {
  for (const role of ['admin', 'display']) {
    const r = await admin.req('POST', '/api/v1/users',
      { name: `salah-${role}`, role, agency: 'samsat', password: 'kata-sandi-salah' });
    assert.equal(r.status, 400, r.text);
    assert.equal(r.json.error.field, 'agency');
    assert.match(r.json.error.message, /whole hall/);
  }
  assert.throws(() => hall.addUser('salah-papan', 'display', 'samsat'), /whole hall/);
  assert.ok(!(await admin.req('GET', '/api/v1/users')).json.users.some((u) => u.name.startsWith('salah')));
});

test('bad accounts are refused naming the field', async () => {
  let r = await admin.req('POST', '/api/v1/users', { name: 'c', role: 'staff', agency: 'nowhere', password: 'panjang-sekali' });
  assert.equal(r.json.error.field, 'agency');
  r = await admin.req('POST', '/api/v1/users', { name: 'c', role: 'staff', password: 'panjang-sekali' });
  assert.equal(r.json.error.field, 'agency');
  r = await admin.req('POST', '/api/v1/users', { name: 'c', role: 'boss', password: 'panjang-sekali' });
  assert.equal(r.json.error.field, 'role');
  r = await admin.req('POST', '/api/v1/users', { name: 'c', role: 'display', password: 'short' });
  assert.equal(r.json.error.field, 'password');
  r = await admin.req('POST', '/api/v1/users', { name: 'C D', role: 'display', password: 'panjang-sekali' });
  assert.equal(r.json.error.field, 'name');
  r = await admin.req('DELETE', '/api/v1/users/admin');
  assert.equal(r.status, 409);
});

test('an admin reloads the plugins', async () => {
  const r = await admin.req('POST', '/api/v1/plugins/reload', {});
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.swapped, true);
  assert.deepEqual(r.json.errors, []);
  const ani = await hall.login('ani');
  assert.equal((await ani.req('POST', '/api/v1/plugins/reload', {})).status, 403);
});
