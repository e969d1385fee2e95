// bookings.test.mjs - online bookings in Chromium against the real mppd,
// as a citizen and the hall meet them: a phone of 360x740 books an SKCK
// slot on /booking (closed days say why, a field the server refuses is
// named under it, consent must be ticked), gets the code and its page
// /b/<token>; the kiosk refuses the code too early, saying when, and checks
// it in later, printing a ticket marked as booked (a missed booking is
// offered a walk-in ticket); the counter console marks the booked ticket;
// cancelling on /b/<token> frees the place; the admin panel lists the day.
// Times are the test clock's (mppd built with -DMPP_TEST_CLOCK=ON) and the
// browser's own clock set to the same instant.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHall, launch, openPage, printerDone } from './lib/browser.mjs';

const SVC = 'polres/skck-baru';
const at = (day, hhmm) => Date.parse(`${day}T${hhmm}:00+07:00`);
const MONDAY = '2030-01-07';

let hall;
let browser;
let hasClock = false;
const problems = [];
const shared = {};

const setClock = (ms) => hall.req('POST', '/api/v1/test/clock', { at_ms: ms });

// A citizen's phone in the hall's zone, its clock at `ms`.
async function phone(ms) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true,
    timezoneId: 'Asia/Jakarta' });
  await ctx.clock.install({ time: ms });
  return ctx;
}

before(async () => {
  hall = await startHall();
  hall.addUser('admin', 'admin');
  hall.addUser('budi', 'staff', 'polres');
  browser = await launch();
  hasClock = (await setClock(at('2026-12-21', '07:00'))).status === 200;
});

after(async () => {
  await browser?.close();
  await hall?.stop();
  hall?.cleanup();
});

test('1. closed days are shown as closed, with the holiday\'s name', async (t) => {
  if (!hasClock) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  const ctx = await phone(at('2026-12-21', '07:00'));
  const page = await openPage(ctx, hall.base + '/booking', problems);
  await page.getByRole('button', { name: /^Polres/ }).click();
  await page.getByRole('button', { name: /Penerbitan SKCK Baru/ }).click();
  const days = page.getByRole('region', { name: 'Pilih tanggal' });
  const christmas = days.getByRole('button', { name: /Jumat, 25 Desember 2026/ });
  await christmas.getByText('Tutup: Kelahiran Yesus Kristus').waitFor();
  assert.ok(await christmas.isDisabled(), 'a closed day cannot be chosen');
  await days.getByRole('button', { name: /Kamis, 24 Desember 2026.*Tutup: Cuti bersama/ }).waitFor();
  assert.ok(await days.getByRole('button', { name: /Senin, 21 Desember 2026.*Hari ini/ }).isEnabled());
  await ctx.close();
});

test('2. a citizen books from a phone 360 px wide and opens the booking\'s page', async (t) => {
  if (!hasClock) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  await setClock(at(MONDAY, '07:00'));
  const ctx = await phone(at(MONDAY, '07:00'));
  const page = await openPage(ctx, hall.base + '/booking', problems);

  // English and back
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('heading', { name: 'Choose an agency' }).waitFor();
  await page.getByRole('button', { name: 'Ganti ke Bahasa Indonesia' }).click();
  await page.getByRole('heading', { name: 'Pilih instansi' }).waitFor();

  await page.getByText('Langkah 1 dari 5').waitFor();
  await page.getByRole('button', { name: /^Polres/ }).click();
  await page.getByRole('heading', { name: 'Pilih layanan' }).waitFor();
  await page.getByRole('button', { name: /Penerbitan SKCK Baru/ }).click();
  const days = page.getByRole('region', { name: 'Pilih tanggal' });
  await days.getByText('Rp 30.000', { exact: false }).first().waitFor();
  await days.getByText('20 menit').waitFor();
  await days.getByText('Fotokopi Kartu Keluarga').waitFor();
  await days.getByRole('button', { name: /Senin, 7 Januari 2030.*Hari ini/ }).click();

  const slots = page.getByRole('region', { name: 'Pilih jam' });
  await slots.getByRole('button', { name: /09:00–09:30.*4 tempat/ }).waitFor();
  assert.equal(await slots.getByRole('button', { name: /^06:30–07:00/ }).count(), 0, 'slots already begun are not offered');
  await slots.getByRole('button', { name: /09:00–09:30/ }).click();

  const form = page.getByRole('region', { name: 'Data pemesan' });
  await form.getByText('Senin, 7 Januari 2030, 09:00–09:30').waitFor();
  await form.getByRole('textbox', { name: 'Nama lengkap' }).fill('Sari Rahayu');
  await form.getByRole('textbox', { name: 'Nomor HP' }).fill('0812-3456-7890');
  const nik = form.getByRole('textbox', { name: 'NIK (tidak wajib)' });
  // a NIK of 16 digits that is no NIK: the server refuses it, named under the field
  await nik.fill('0000000000000000');
  await form.getByRole('button', { name: 'Pesan sekarang' }).click();
  await form.getByText('Centang persetujuan untuk melanjutkan.').waitFor();
  await form.getByText(/Dihapus 30 hari setelah jam pesanan/).waitFor();
  await form.getByRole('checkbox', { name: /Saya setuju/ }).check();
  await form.getByRole('button', { name: 'Pesan sekarang' }).click();
  await form.getByText('NIK tidak sesuai: 16 angka seperti tertulis pada KTP-el.').waitFor();
  assert.equal(await nik.getAttribute('aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'nik', 'the refused field has focus');
  await nik.fill('');
  await form.getByRole('button', { name: 'Pesan sekarang' }).click();

  const done = page.getByRole('region', { name: 'Pesanan berhasil' });
  await done.waitFor();
  const code = (await done.getByText(/^BK-/).first().textContent()).trim();
  assert.match(code, /^BK-[2-9A-HJKMNP-Z]{4}$/);
  await done.getByRole('img', { name: `Kode QR halaman pesanan ${code}` }).waitFor();
  await done.getByText('pukul 08:30–09:15', { exact: false }).waitFor();
  await done.getByText('Fotokopi Kartu Keluarga').waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `no sideways scrolling at 360 px (page is ${width} px wide)`);
  const link = done.getByRole('link', { name: 'Buka halaman pesanan' });
  const token = (await link.getAttribute('href')).match(/\/b\/([0-9a-f]{32})$/)[1];
  const b = (await hall.req('GET', `/api/v1/bookings/${token}`)).json.booking;
  assert.equal(b.code, code);
  assert.equal(b.service, SVC);
  assert.equal(b.start, `${MONDAY}T09:00:00+07:00`);

  await link.click();
  await page.getByRole('heading', { name: 'Status pesanan: Terpesan' }).waitFor();
  await page.getByText(code, { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Batalkan pesanan' }).waitFor();
  assert.ok(!(await page.content()).includes('Sari Rahayu'), 'the page shows the name masked');
  Object.assign(shared, { code, token, phone: ctx, status: page });
});

test('3. the kiosk says when check-in opens, and that an unknown code is unknown', async (t) => {
  if (!hasClock) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  assert.ok(shared.code, 'needs the booking of test 2');
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 1024 } });
  const kiosk = await openPage(ctx, hall.base + '/kiosk', problems);
  await kiosk.getByRole('button', { name: 'Sudah pesan online' }).click();
  const box = kiosk.getByRole('textbox', { name: 'Kode pesanan' });
  await box.fill(shared.code);
  await kiosk.getByRole('button', { name: 'Check-in dan ambil tiket' }).click();
  await kiosk.getByRole('alert').filter({ hasText: `Check-in pesanan ${shared.code} baru dibuka pukul 08:30.` }).waitFor();
  await box.fill('BK-0000');
  await kiosk.getByRole('button', { name: 'Check-in dan ambil tiket' }).click();
  await kiosk.getByRole('alert').filter({ hasText: 'Kode pesanan tidak ditemukan' }).waitFor();
  // a booking of the next day says which day
  const tuesday = await hall.req('POST', '/api/v1/bookings', { service: SVC, start: '2030-01-08T09:00:00+07:00',
    name: 'Rina Wati', phone: '081399990000' });
  assert.equal(tuesday.status, 201, tuesday.text);
  await box.fill(tuesday.json.booking.code);
  await kiosk.getByRole('button', { name: 'Check-in dan ambil tiket' }).click();
  await kiosk.getByRole('alert').filter({
    hasText: `Pesanan ${tuesday.json.booking.code} untuk tanggal Selasa, 8 Januari 2030. Check-in dibuka hari itu pukul 08:30.`,
  }).waitFor();
  shared.kiosk = kiosk;
  shared.kioskCtx = ctx;
});

test('4. in its window the kiosk checks the code in and prints a ticket marked as booked; a missed one is offered a walk-in ticket', async (t) => {
  if (!hasClock) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  const { kiosk } = shared;
  // a second booking, for 08:00, whose window closes at 08:15
  const late = await hall.req('POST', '/api/v1/bookings', { service: SVC, start: `${MONDAY}T08:00:00+07:00`,
    name: 'Budi Santoso', phone: '081311112222' });
  assert.equal(late.status, 201, late.text);
  await setClock(at(MONDAY, '08:40'));

  await kiosk.getByRole('button', { name: 'Kembali' }).first().click();
  await kiosk.getByRole('button', { name: 'Sudah pesan online' }).click();
  await kiosk.getByRole('textbox', { name: 'Kode pesanan' }).fill(late.json.booking.code.toLowerCase());
  await kiosk.getByRole('button', { name: 'Check-in dan ambil tiket' }).click();
  await kiosk.getByRole('alert').filter({ hasText: 'sudah lewat (ditutup pukul 08:15)' }).waitFor();
  await kiosk.getByRole('button', { name: 'Ambil tiket biasa' }).click();
  await kiosk.getByRole('heading', { name: 'Instansi', exact: true }).waitFor();

  // a USB scanner reads the QR code of the booking's page on the phone: it
  // types the address and presses Enter, with no field focused
  assert.equal(await kiosk.evaluate(() => document.activeElement.tagName), 'BODY');
  await kiosk.keyboard.type(`${hall.base}/b/${shared.token}`);
  await kiosk.keyboard.press('Enter');
  await kiosk.getByRole('heading', { name: 'Nomor antrean Anda' }).waitFor();
  await kiosk.getByText(`Pesanan daring ${shared.code}`, { exact: true }).first().waitFor();
  await kiosk.getByText('Penerbitan SKCK Baru · Polres').waitFor();
  const number = (await kiosk.locator('#ticket-number').textContent()).trim();
  assert.match(number, /^E-\d{3,}$/);
  const src = await kiosk.getByRole('img', { name: 'Kode QR status tiket' }).getAttribute('src');
  const ticketToken = src.match(/tickets\/([^/]+)\/qr\.svg/)[1];
  let tk = (await hall.req('GET', `/api/v1/tickets/${ticketToken}`)).json.ticket;
  assert.equal(tk.status, 'printing', 'in no queue before it is printed');
  assert.equal(tk.booking, shared.code);
  // the paper: the short name, the counters of the service, the booking
  const paper = await kiosk.locator('#print').textContent();
  assert.match(paper, /Polres/);
  assert.match(paper, /Loket 14-15/);
  assert.match(paper, new RegExp(`Pesanan daring ${shared.code}`));
  await printerDone(kiosk);
  await kiosk.getByText('Tiket tercetak').waitFor();
  tk = (await hall.req('GET', `/api/v1/tickets/${ticketToken}`)).json.ticket;
  assert.equal(tk.status, 'waiting');
  shared.number = number;

  // the booking's page now shows the ticket
  await shared.status.reload();
  await shared.status.getByRole('heading', { name: 'Status pesanan: Sudah check-in' }).waitFor();
  await shared.status.getByText(number, { exact: true }).waitFor();
  await shared.status.getByText('Status tiket: Menunggu').waitFor();
  // and opens the ticket's own page
  const href = await shared.status.getByRole('link', { name: /Buka halaman tiket/ }).getAttribute('href');
  assert.match(href, /^\/t\/[0-9a-f]+$/);
  const ticketPage = await openPage(shared.status.context(), hall.base + href, problems);
  await ticketPage.locator('#number', { hasText: number }).waitFor();
  await ticketPage.close();
  assert.equal(await shared.status.getByRole('button', { name: 'Batalkan pesanan' }).isVisible(), false);
  await shared.kioskCtx.close();
});

test('5. the counter console marks the booked ticket; the board shows short names and no citizen\'s name', async (t) => {
  if (!hasClock) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  assert.ok(shared.number, 'needs the ticket of test 4');
  const tv = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const board = await openPage(tv, hall.base + '/board', problems);
  const rows = board.getByRole('region', { name: 'Antrean per instansi' });
  await rows.getByRole('cell', { name: 'Polres', exact: true }).waitFor();
  await rows.getByRole('cell', { name: 'Dukcapil', exact: true }).waitFor();

  const desk = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const staff = await openPage(desk, hall.base + '/counter', problems);
  await staff.getByLabel('Nama pengguna').fill('budi');
  await staff.getByLabel('Kata sandi').fill('rahasia-budi');
  await staff.getByRole('button', { name: 'Masuk' }).click();
  await staff.getByRole('button', { name: /Loket 14.*Polres/ }).click();
  await staff.getByRole('heading', { name: 'Loket 14 · Polres' }).waitFor();
  await staff.getByRole('button', { name: /Buka loket/ }).click();
  const list = staff.getByRole('region', { name: /Daftar tunggu/ });
  await list.getByRole('listitem').filter({ hasText: shared.number }).getByText(`Pesanan daring ${shared.code}`).waitFor();
  await staff.getByRole('button', { name: /Panggil berikutnya/ }).click();
  await staff.getByText(`Memanggil ${shared.number}.`).waitFor();
  await staff.locator('#ticket-box').getByText(`Pesanan daring ${shared.code}`).waitFor();

  const now = board.getByRole('region', { name: 'Nomor dipanggil' });
  await now.getByText(shared.number, { exact: true }).waitFor();
  await now.getByText('Polres', { exact: true }).waitFor();
  const text = await board.locator('body').innerText();
  assert.ok(!/Sari|Rahayu|Sa\*/.test(text), 'the board shows no name');

  // the booking's page follows the ticket, not only the check-in
  const page = shared.status;
  await page.reload();
  await page.getByText('Status tiket: Dipanggil').waitFor();
  await page.getByRole('status').filter({ hasText: 'Silakan menuju Loket 14 sekarang.' }).waitFor();
  await staff.getByRole('button', { name: /Tidak hadir/ }).click();
  await staff.getByText(new RegExp(`${shared.number}.*tidak hadir`, 'i')).first().waitFor();
  await page.reload();
  await page.getByText('Status tiket: Tidak hadir').waitFor();
  await page.getByRole('status').filter({ hasText: 'Anda tidak hadir di loket' }).waitFor();
  assert.equal(await page.getByText('Tunggu nomor Anda dipanggil').count(), 0, 'no longer told to wait');
  await tv.close();
  await desk.close();
});

test('6. cancelling on the booking\'s page, after asking, frees the place', async (t) => {
  if (!hasClock) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  const start = `${MONDAY}T10:00:00+07:00`;
  const left = async () => (await hall.req('GET', `/api/v1/slots?service=${SVC}&date=${MONDAY}`)).json.slots
    .find((s) => s.start === start).left;
  const made = await hall.req('POST', '/api/v1/bookings', { service: SVC, start, name: 'Dewi Lestari', phone: '085712345678' });
  assert.equal(made.status, 201, made.text);
  assert.equal(await left(), 3);
  const page = await openPage(shared.phone, made.json.status_url, problems);
  await page.getByRole('heading', { name: 'Status pesanan: Terpesan' }).waitFor();
  await page.getByRole('button', { name: 'Batalkan pesanan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Batalkan pesanan ini?' });
  await dialog.getByText('Senin, 7 Januari 2030, 10:00–10:30', { exact: false }).waitFor();
  await dialog.getByRole('button', { name: 'Tidak, simpan pesanan' }).click();
  assert.equal(await left(), 3, 'nothing cancelled when the citizen says no');
  await page.getByRole('button', { name: 'Batalkan pesanan' }).click();
  await dialog.getByRole('button', { name: 'Ya, batalkan pesanan' }).click();
  await page.getByRole('heading', { name: 'Status pesanan: Dibatalkan' }).waitFor();
  await page.getByText(/tempatnya dibuka kembali/).waitFor();
  assert.equal(await left(), 4, 'the place is free again');
  assert.equal((await hall.req('GET', `/api/v1/bookings/${made.json.booking.token}`)).json.booking.status, 'cancelled');
  shared.cancelled = made.json.booking.code;
  await shared.phone.close();
});

test('7. the admin\'s "Pemesanan" panel lists the day per service, masked', async (t) => {
  if (!hasClock) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  const ctx = await browser.newContext({ viewport: { width: 1300, height: 1000 } });
  const page = await openPage(ctx, hall.base + '/admin', problems);
  await page.getByLabel('Nama pengguna', { exact: true }).fill('admin');
  await page.getByLabel('Kata sandi', { exact: true }).fill('rahasia-admin');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('link', { name: 'Pemesanan' }).click();
  const panel = page.getByRole('region', { name: 'Pemesanan' });
  await panel.getByLabel('Tanggal').fill(MONDAY);
  await panel.getByLabel('Instansi').selectOption('polres');
  await panel.getByRole('button', { name: 'Tampilkan' }).click();
  await panel.getByRole('heading', { name: /Penerbitan SKCK Baru/ }).waitFor();
  await panel.getByText('Terpesan 0 · sudah check-in 1 · dibatalkan 1 · tidak datang 1').waitFor();
  const table = panel.getByRole('table', { name: /Penerbitan SKCK Baru/ });
  for (const code of [shared.code, shared.cancelled]) await table.getByRole('cell', { name: code, exact: true }).waitFor();
  await table.getByRole('row').filter({ hasText: shared.code }).getByText(`${shared.number} (Tidak hadir)`).waitFor();
  const text = await panel.innerText();
  assert.ok(!text.includes('Sari Rahayu') && !text.includes('081234567890'), 'names and phones masked for the admin');
  assert.match(text, /Sa\*+ Ra\*+/);
  await ctx.close();
});

test('8. no page broke: no script error, no CSP violation', () => {
  assert.deepEqual(problems, []);
});
