// admin.test.mjs - the MPP manager on the admin page in Chromium against
// the real mppd: logs in, adds a counter-staff account that can log in at
// once, removes it; the form asks for an agency exactly where the role
// needs one and says the server's refusals in Indonesian; reloads the
// plugins; a section jumped to from the sticky menu starts below it.
// Everything is found by its visible name.
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

test('the account form asks for an agency where the role needs one, and says a refusal in Indonesian', async () => {
  const form = page.locator('#us-form');
  const agency = form.getByLabel('Instansi');
  await form.getByLabel('Nama pengguna akun').fill('dedi');
  await form.getByLabel('Kata sandi (min. 8)').fill('kata-sandi-dedi');
  for (const role of ['staff', 'liaison', 'supervisor']) {
    await form.getByLabel('Peran').selectOption(role);
    assert.equal(await agency.isEnabled(), true, role);
    assert.equal(await agency.evaluate((s) => s.required), true, role);
  }
  // staff with no agency: the browser stops it with the page's words, nothing is sent
  await form.getByLabel('Peran').selectOption('staff');
  await agency.selectOption('');
  assert.equal(await agency.evaluate((s) => s.validationMessage), 'Pilih instansi untuk akun Petugas loket.');
  await form.getByRole('button', { name: 'Simpan akun' }).click();
  await page.waitForTimeout(300);
  assert.equal(await page.getByRole('region', { name: 'Pengguna' }).getByRole('cell', { name: 'dedi', exact: true }).count(), 0, 'nothing saved');
  // past the browser's check, the server's refusal is said in Indonesian
  await form.evaluate((f) => { f.noValidate = true; });
  await form.getByRole('button', { name: 'Simpan akun' }).click();
  await form.getByRole('alert').filter({ hasText: 'Pilih instansi untuk akun Petugas loket.' }).waitFor();
  assert.equal(await page.getByText('needs an agency').count(), 0, 'no raw server English');
  // a bad name and a short password, each in words
  await form.getByLabel('Nama pengguna akun').evaluate((i) => { i.removeAttribute('pattern'); });
  await form.getByLabel('Nama pengguna akun').fill('Dedi Baru');
  await agency.selectOption('dukcapil');
  await form.getByRole('button', { name: 'Simpan akun' }).click();
  await form.getByRole('alert').filter({ hasText: 'Nama pengguna: 1 sampai 63 huruf kecil' }).waitFor();
  await form.getByLabel('Nama pengguna akun').fill('dedi');
  await form.getByLabel('Kata sandi (min. 8)').fill('pendek');
  await form.getByRole('button', { name: 'Simpan akun' }).click();
  await form.getByRole('alert').filter({ hasText: 'Kata sandi harus 8 sampai 256 karakter.' }).waitFor();
  // admin and display serve the hall: no agency to pick, and the one picked goes
  for (const role of ['admin', 'display']) {
    await agency.evaluate((s) => { s.disabled = false; });
    await agency.selectOption('dukcapil');
    await form.getByLabel('Peran').selectOption(role);
    assert.equal(await agency.isDisabled(), true, role);
    assert.equal(await agency.inputValue(), '', role);
  }
  await form.evaluate((f) => { f.noValidate = false; });
  await form.getByLabel('Kata sandi (min. 8)').fill('kata-sandi-dedi');
  await form.getByRole('button', { name: 'Simpan akun' }).click();
  await page.getByText('Akun dedi disimpan.').waitFor();
  await page.getByRole('region', { name: 'Pengguna' }).getByRole('cell', { name: 'dedi', exact: true }).waitFor();
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

test('a section jumped to from the sticky menu starts below the menu, on a wide and a narrow screen', async () => {
  for (const size of [{ width: 1920, height: 1080 }, { width: 1000, height: 800 }]) {
    await page.setViewportSize(size);
    const menu = page.getByRole('navigation', { name: 'Admin' });
    for (const [link, heading] of [['Pengguna', 'Pengguna'], ['Kesehatan plugin', 'Kesehatan plugin'], ['Perangkat', 'Perangkat']]) {
      await menu.getByRole('link', { name: link, exact: true }).click();
      await page.waitForTimeout(300);
      const bar = await menu.boundingBox();
      const top = await page.getByRole('heading', { name: heading, exact: true, level: 2 }).boundingBox();
      assert.ok(top.y >= bar.y + bar.height, `${size.width}px, ${heading}: the heading (${top.y}) is below the menu (${bar.y + bar.height})`);
    }
  }
  await page.setViewportSize({ width: 1300, height: 1000 });
});

test('no script error or CSP violation', () => {
  assert.deepEqual(problems, []);
});
