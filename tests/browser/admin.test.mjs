// admin.test.mjs - the MPP manager on the admin page in Chromium against
// the real mppd: logs in, adds a counter-staff account that can log in at
// once, removes it, and reloads the plugins, finding everything by its
// visible name.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHall, launch, openPage } from './lib/browser.mjs';

let hall, browser, page;
const problems = [];

before(async () => {
  hall = await startHall();
  hall.addUser('admin', 'admin');
  browser = await launch();
  page = await openPage(await browser.newContext({ viewport: { width: 1300, height: 1000 } }),
    hall.base + '/admin', problems);
  await page.getByLabel('Nama pengguna', { exact: true }).fill('admin');
  await page.getByLabel('Kata sandi', { exact: true }).fill('rahasia-admin');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('heading', { name: 'Pengguna' }).waitFor();
});

after(async () => {
  await browser?.close();
  await hall?.stop();
  hall?.cleanup();
});

test('the manager adds a counter-staff account that logs in at once, then removes it', async () => {
  const users = page.getByRole('region', { name: 'Pengguna' });
  await users.getByRole('cell', { name: 'admin', exact: true }).waitFor();
  const form = page.locator('#us-form');
  await form.getByLabel('Nama pengguna akun').fill('budi');
  await form.getByLabel('Peran').selectOption('staff');
  await form.getByLabel('Instansi').selectOption({ label: 'Samsat Purbalingga (Polres Purbalingga, UPPD Bapenda Prov. Jawa Tengah, Jasa Raharja)' });
  await form.getByLabel('Kata sandi (min. 8)').fill('kata-sandi-budi');
  await form.getByRole('button', { name: 'Simpan akun' }).click();
  await page.getByText('Akun budi disimpan.').waitFor();
  await users.getByRole('cell', { name: 'budi', exact: true }).waitFor();
  const budi = await hall.login('budi', 'kata-sandi-budi');
  assert.deepEqual(budi.user.counters, [10, 11, 12, 13]);

  page.once('dialog', (d) => d.accept());
  await users.getByRole('button', { name: 'Hapus budi' }).click();
  await page.getByText('Akun budi dihapus.').waitFor();
  assert.equal((await budi.req('GET', '/api/v1/session')).status, 401);
});

test('a short password is refused in words', async () => {
  const form = page.locator('#us-form');
  await form.getByLabel('Nama pengguna akun').fill('cici');
  await form.getByLabel('Peran').selectOption('display');
  await form.getByLabel('Kata sandi (min. 8)').fill('pendek');
  // the browser's own check stops it first; the server's too when bypassed
  await form.evaluate((f) => { f.noValidate = true; });
  await form.getByRole('button', { name: 'Simpan akun' }).click();
  await form.getByRole('alert').filter({ hasText: /8/ }).waitFor();
});

test('the manager reloads the plugins', async () => {
  await page.getByRole('button', { name: 'Muat ulang plugin' }).click();
  await page.getByText(/Plugin dimuat ulang/).waitFor();
});


test('the service-time report shows the day\'s tickets with charts', async () => {
  const ani = 'ani-report';
  hall.addUser(ani, 'staff', 'dukcapil');
  const staff = await hall.login(ani, 'rahasia-' + ani);
  await staff.req('POST', '/api/v1/counters/2/open');
  for (let i = 0; i < 3; i++) {
    await hall.issue('dukcapil/ktp-el-rekam');
    await staff.req('POST', '/api/v1/counters/2/call', {});
    await staff.req('POST', '/api/v1/counters/2/finish', {});
  }
  const panel = page.getByRole('region', { name: 'Laporan waktu layanan' });
  await panel.getByLabel('Kelompokkan').selectOption('range');
  await panel.getByRole('button', { name: 'Tampilkan' }).click();
  await panel.getByText(/dilayani 3/).waitFor();
  assert.ok(await panel.locator('svg').count() >= 1, 'a chart is drawn');
  await panel.getByRole('link', { name: 'Unduh CSV' }).waitFor();
});

test('no script error or CSP violation', () => {
  assert.deepEqual(problems, []);
});
