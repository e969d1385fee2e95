// completion.test.mjs - when the citizen's document is ready (issue 21), in
// Chromium against the real mppd with the bundled plugins: the kiosk shows
// it before the ticket is taken (and says "perkiraan" where the agency has
// not confirmed it), the printed ticket carries it, the phone's status page
// shows it, the counter console has it in the service standard, English
// follows the language button, and the admin page lists each agency's
// unconfirmed facts with what was tried.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHall, launch, openPage, printerDone } from './lib/browser.mjs';

let hall;
let browser;
const problems = [];
const shared = {};
const PASPOR = 'dalam 4 hari kerja (layanan percepatan selesai hari yang sama dengan tambahan PNBP Rp1.000.000)';

before(async () => {
  hall = await startHall();
  hall.addUser('iman', 'staff', 'imigrasi');
  hall.addUser('admin', 'admin');
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await hall?.stop();
  hall?.cleanup();
  assert.deepEqual(problems, []);
});

test('1. the kiosk shows when the document is ready, and "perkiraan" where the agency has not confirmed it', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 1024 } });
  const page = await openPage(ctx, hall.base + '/kiosk', problems);
  const search = page.getByRole('searchbox', { name: 'Cari layanan' });
  const completion = page.locator('#service-completion');
  // IKD activation: the agency has not confirmed when it is done
  await search.fill('identitas kependudukan digital');
  await page.getByRole('region', { name: 'Hasil pencarian' }).getByRole('button', { name: /Aktivasi Identitas Kependudukan Digital/ }).click();
  await page.getByText('Dokumen selesai', { exact: true }).first().waitFor();
  assert.equal((await completion.textContent()).trim(), 'saat itu juga di loket (perkiraan, belum dikonfirmasi instansi)');
  await page.getByRole('button', { name: 'Beranda' }).click();
  // a new KTP-el: a confirmed working day, no "perkiraan"
  await search.fill('ktp-el baru');
  await page.getByRole('region', { name: 'Hasil pencarian' }).getByRole('button', { name: /Perekaman dan Penerbitan KTP-el Baru/ }).click();
  await page.getByText('dalam 1 hari kerja', { exact: true }).waitFor();
  assert.equal((await completion.textContent()).trim(), 'dalam 1 hari kerja');
  await page.getByRole('button', { name: 'Beranda' }).click();

  await search.fill('paspor baru');
  await page.getByRole('region', { name: 'Hasil pencarian' }).getByRole('button', { name: /Permohonan Paspor Baru \(Dewasa\)/ }).click();
  await page.getByText(PASPOR, { exact: true }).waitFor();

  // English follows the language button
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByText('Document ready', { exact: true }).first().waitFor();
  await page.getByText(/^within 4 working days \(/).waitFor();
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await page.getByText(PASPOR, { exact: true }).waitFor();

  // the ticket the printer gets says it too
  await page.getByRole('button', { name: 'Ambil tiket' }).click();
  await page.getByRole('heading', { name: 'Nomor antrean Anda' }).waitFor();
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('#print');
  await printed.getByText(`Dokumen selesai: ${PASPOR}`).waitFor();
  await page.emulateMedia({ media: 'screen' });
  const src = await page.getByRole('img', { name: 'Kode QR status tiket' }).getAttribute('src');
  shared.token = src.match(/tickets\/([^/]+)\/qr\.svg/)[1];
  await printerDone(page);
  await page.getByText('Tiket tercetak').waitFor();
  await ctx.close();
});

test('2. the phone\'s status page shows when the document is ready', async () => {
  assert.ok(shared.token, 'needs the ticket of test 1');
  const phone = await browser.newContext({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
  const status = await openPage(phone, `${hall.base}/t/${shared.token}`, problems);
  await status.getByRole('status').filter({ hasText: 'Menunggu' }).waitFor();
  const line = status.locator('#completion-line');
  await line.waitFor();
  assert.equal((await line.innerText()).replace(/\s+/g, ' ').trim(), `Dokumen selesai: ${PASPOR}`);
  await phone.close();
});

test('3. the counter console has it in the service standard', async () => {
  const desk = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const staff = await openPage(desk, hall.base + '/counter', problems);
  await staff.getByLabel('Nama pengguna').fill('iman');
  await staff.getByLabel('Kata sandi').fill('rahasia-iman');
  await staff.getByRole('button', { name: 'Masuk' }).click();
  await staff.getByRole('button', { name: /Loket 16/ }).click();
  await staff.getByRole('button', { name: /Buka loket/ }).click();
  await staff.getByText('Loket dibuka.').waitFor();
  await staff.getByRole('button', { name: /Panggil berikutnya/ }).click();
  await staff.getByText(/^Memanggil F-\d{3,}\.$/).waitFor();
  const std = staff.getByRole('region', { name: 'Standar pelayanan' });
  await std.getByText('Dokumen selesai', { exact: true }).waitFor();
  assert.equal((await std.locator('.std-completion').textContent()).trim(), PASPOR);
  await desk.close();
});

test('4. the admin page lists each agency\'s unconfirmed facts with what was tried', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1300, height: 1000 } });
  const page = await openPage(ctx, hall.base + '/admin', problems);
  await page.getByLabel('Nama pengguna', { exact: true }).fill('admin');
  await page.getByLabel('Kata sandi', { exact: true }).fill('rahasia-admin');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('heading', { name: 'Instansi dan layanan' }).waitFor();
  await page.locator('#ag-list summary').filter({ hasText: /^Kantor Imigrasi/ }).first().click();
  const open = page.locator('details.facts-open[data-agency="imigrasi"]');
  const { agencies } = (await hall.req('GET', '/api/v1/agencies')).json;
  const imigrasi = agencies.find((a) => a.id === 'imigrasi');
  const expected = imigrasi.services.reduce((n, s) => n + s.unconfirmed.length, 0);
  await open.locator('summary').getByText(`Data yang belum terkonfirmasi: ${expected} (`).waitFor();
  await open.locator('summary').click();
  const rows = open.getByRole('row');
  assert.equal(await rows.count(), expected + 1, 'a row per fact, and the header');
  const help = rows.filter({ hasText: 'Bantuan Pendaftaran dan Penjadwalan M-Paspor' }).filter({ hasText: 'completion' });
  assert.equal(await help.count(), 1);
  const facts = (await hall.req('GET', '/api/v1/facts')).json.agencies.find((a) => a.id === 'imigrasi');
  const tried = facts.services.find((x) => x.id === 'imigrasi/bantuan-m-paspor').tried.completion;
  assert.ok(tried.length > 20, 'the plugin says what was tried');
  assert.ok((await help.innerText()).includes(tried.slice(0, 60)), 'the row shows what was tried');
  // a confirmed fact is not listed
  assert.equal(await rows.filter({ hasText: 'Permohonan Paspor Baru (Dewasa)' }).filter({ hasText: 'completion' }).count(), 0);
  await ctx.close();
});
