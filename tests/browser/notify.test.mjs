// notify.test.mjs - messages to citizens as the pages offer them, in
// Chromium against the real mppd and a stand-in gateway (the SMS/WhatsApp
// service lies outside the hall) started on a free port:
// - at the kiosk, under the printed ticket, "Kirim pengingat ke WhatsApp?":
//   the number typed on the on-screen pad, consent, a wrong number refused
//   in words, the masked number confirmed; the gateway gets ticket.issued;
//   the offer leaves with the ticket screen's time-out, taking what was typed;
// - on the status page /t/<token> the number is shown masked and the
//   messages are stopped; the same form asks for them again;
// - the admin's "Pesan" panel shows a message the gateway refused (500,
//   max_attempts = 1) with its reason, and sends it again;
// - the booking page's checkbox gives booking.made at the gateway;
// - under a visit's ticket at the kiosk the same offer, for the visit: its
//   page shows the number on the next step, whose number reaches the phone;
// - a hall with no gateway offers no messages at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHall, launch, openPage, printerDone } from './lib/browser.mjs';
import { until } from '../integration/lib/hall.mjs';
import { Gateway } from '../integration/lib/gateway.mjs';

const PHONE = '081299887766';
const MASKED = '+62812*****766';
const at = (day, hhmm) => Date.parse(`${day}T${hhmm}:00+07:00`);
const MONDAY = '2030-01-07';

let hall, browser;
let hasClock = false;
const gateway = new Gateway();
const got = gateway.got; // every POST the gateway received, in order
const problems = [];
const shared = {};

before(async () => {
  await gateway.start();
  hall = await startHall({ cfg: `
notify = {
  url = "${gateway.url}";
  quiet_hours = "off";
  max_attempts = 1;
};
` });
  hall.addUser('admin', 'admin');
  browser = await launch();
  hasClock = (await hall.req('POST', '/api/v1/test/clock', { at_ms: at(MONDAY, '07:00') })).status === 200;
});

after(async () => {
  await browser?.close();
  await hall?.stop();
  hall?.cleanup();
  gateway?.close();
});

const sentFor = (number) => got.filter((g) => g.body.ticket === number);

// A ticket for Perekaman KTP-el taken and printed at the kiosk `page`;
// resolves with its number and token.
async function takeAtKiosk(page) {
  // headless Chromium prints nothing: count the kiosk's requests to print,
  // so the paper comes out (afterprint) only once one was made
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await page.getByRole('button', { name: /Dinas Kependudukan/ }).click();
  await page.getByRole('button', { name: /Perekaman dan Penerbitan KTP-el Baru/ }).click();
  await page.getByRole('button', { name: 'Ambil tiket' }).click();
  await page.getByRole('heading', { name: 'Nomor antrean Anda' }).waitFor();
  await page.waitForFunction(() => window.printed === 1);
  const src = await page.getByRole('img', { name: 'Kode QR status tiket' }).getAttribute('src');
  const token = src.match(/tickets\/([^/]+)\/qr\.svg/)[1];
  assert.equal(await page.getByRole('region', { name: 'Kirim pengingat ke WhatsApp?' }).count(), 0,
    'no offer before the paper is out');
  await printerDone(page);
  await page.getByText('Tiket tercetak').waitFor();
  return { number: (await page.locator('#ticket-number').textContent()).trim(), token };
}

// Types `digits` on the kiosk's on-screen number pad.
async function typeOnPad(page, digits) {
  const pad = page.getByRole('group', { name: 'Papan ketik layar' });
  for (const d of digits) await pad.getByRole('button', { name: d, exact: true }).click();
  return pad;
}

test('1. at the kiosk, under the printed ticket: a number on the pad, consent, the masked number; the gateway gets ticket.issued', async () => {
  assert.deepEqual((await hall.req('GET', '/healthz')).json.notify, { keep_days: 7 }, 'the hall says it sends messages');
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 1024 } });
  const page = await openPage(ctx, hall.base + '/kiosk', problems);
  const { number, token } = await takeAtKiosk(page);
  const offer = page.getByRole('region', { name: 'Kirim pengingat ke WhatsApp?' });
  await offer.waitFor();
  const box = offer.getByRole('textbox', { name: 'Nomor HP (WhatsApp)' });
  await box.click(); // the kiosk has no keyboard: its number pad comes up
  let pad = await typeOnPad(page, '0812');
  assert.equal(await box.inputValue(), '0812');
  await pad.getByRole('button', { name: 'Selesai' }).click();
  await offer.getByRole('button', { name: 'Kirim' }).click();
  await offer.getByRole('alert').filter({ hasText: 'Centang persetujuan untuk melanjutkan.' }).waitFor();
  const consent = offer.getByRole('checkbox', { name: /nomor saya dipakai hanya untuk pesan antrean ini/ });
  await offer.getByText(/Nomor disimpan sekali dan dihapus pada akhir hari ini, atau saat Anda menghentikan pesan \(UU 27\/2022\)/).waitFor();
  await consent.check();
  await offer.getByRole('button', { name: 'Kirim' }).click();
  await offer.getByRole('alert').filter({ hasText: 'Nomor HP tidak sesuai' }).waitFor();
  assert.equal(await box.getAttribute('aria-invalid'), 'true');
  assert.equal((await hall.req('GET', `/api/v1/tickets/${token}/notify`)).json.notify, null, 'nothing stored for a wrong number');

  await box.click();
  pad = page.getByRole('group', { name: 'Papan ketik layar' });
  await pad.getByRole('button', { name: 'Kosongkan' }).click();
  await typeOnPad(page, PHONE);
  await pad.getByRole('button', { name: 'Selesai' }).click();
  await offer.getByRole('button', { name: 'Kirim' }).click();
  const done = page.getByRole('region', { name: 'Pengingat lewat WhatsApp/SMS' });
  await done.getByRole('status').filter({ hasText: `Pengingat akan dikirim ke ${MASKED}.` }).waitFor();
  assert.ok(!(await page.locator('#main').innerText()).includes(PHONE), 'the whole number is not left on the screen');
  assert.deepEqual((await hall.req('GET', `/api/v1/tickets/${token}/notify`)).json, { notify: { phone: MASKED } });

  const issued = await until(async () => sentFor(number).find((g) => g.body.template === 'ticket.issued'));
  assert.equal(issued.body.to, '+6281299887766');
  assert.ok(issued.key, 'an Idempotency-Key rides on the message');

  // English, for a visitor
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('region', { name: 'Reminders by WhatsApp/SMS' }).getByText(`Reminders will be sent to ${MASKED}.`).waitFor();
  await page.getByRole('button', { name: 'Ganti ke Bahasa Indonesia' }).click();
  await page.getByRole('button', { name: 'Selesai' }).click();
  await page.getByRole('heading', { name: 'Instansi', exact: true }).waitFor();
  assert.equal(await page.locator('#ticket-notify').innerHTML(), '', 'the next citizen finds no number');
  Object.assign(shared, { number, token });
  await ctx.close();
});

test('2. the offer never holds up the next citizen: Lewati closes it, the ticket screen\'s time-out takes it and what was typed', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 1024 } });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => problems.push(`kiosk: ${e.message}`));
  await page.clock.install();
  await page.goto(hall.base + '/kiosk');
  const first = await takeAtKiosk(page);
  const offer = page.getByRole('region', { name: 'Kirim pengingat ke WhatsApp?' });
  await offer.getByRole('button', { name: 'Lewati' }).click();
  await offer.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Selesai' }).click();

  const second = await takeAtKiosk(page);
  await offer.getByRole('textbox', { name: 'Nomor HP (WhatsApp)' }).click();
  await typeOnPad(page, '08131');
  await page.clock.fastForward(31000); // 30 s on the ticket screen without a touch
  await page.getByRole('heading', { name: 'Instansi', exact: true }).waitFor();
  assert.ok(await page.getByRole('group', { name: 'Papan ketik layar' }).isHidden(), 'the pad went with it');
  assert.equal(await page.locator('#ticket-notify').innerHTML(), '');
  for (const tk of [first, second]) {
    assert.equal((await hall.req('GET', `/api/v1/tickets/${tk.token}/notify`)).json.notify, null);
    assert.equal(sentFor(tk.number).length, 0, 'nothing to those who did not ask');
  }
  await ctx.close();
});

test('2b. the ticket screen with the offer fits the kiosk\'s screen, landscape and portrait, with nothing to scroll', async () => {
  for (const viewport of [{ width: 1920, height: 1080 }, { width: 1080, height: 1920 }, { width: 1366, height: 768 }]) {
    const ctx = await browser.newContext({ viewport });
    const page = await openPage(ctx, hall.base + '/kiosk', problems);
    await takeAtKiosk(page);
    const offer = page.getByRole('region', { name: 'Kirim pengingat ke WhatsApp?' });
    await offer.waitFor();
    const size = `${viewport.width}x${viewport.height}`;
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(height <= viewport.height, `${size}: the page is ${height} px tall`);
    for (const button of [offer.getByRole('button', { name: 'Kirim' }), offer.getByRole('button', { name: 'Lewati' }),
      page.getByRole('button', { name: 'Tiket tidak keluar' }), page.getByRole('button', { name: 'Selesai' })]) {
      const box = await button.boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width,
        `${size}: ${await button.textContent()} is on the screen (${JSON.stringify(box)})`);
    }
    assert.ok(await page.getByRole('img', { name: 'Kode QR status tiket' }).isVisible());
    await offer.getByRole('button', { name: 'Lewati' }).click();
    await page.getByRole('button', { name: 'Selesai' }).click();
    await ctx.close();
  }
});

test('3. the status page shows the number masked and stops the messages; its form asks for them again', async () => {
  assert.ok(shared.token, 'needs the ticket of test 1');
  const ctx = await browser.newContext({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
  const page = await openPage(ctx, `${hall.base}/t/${shared.token}`, problems);
  await page.getByText(shared.number, { exact: true }).first().waitFor();
  const panel = page.getByRole('region', { name: 'Pengingat lewat WhatsApp/SMS' });
  await panel.getByText(`Pengingat akan dikirim ke ${MASKED}.`).waitFor();
  await panel.getByRole('button', { name: 'Berhenti kirim pesan' }).click();
  const offer = page.getByRole('region', { name: 'Kirim pengingat ke WhatsApp?' });
  await offer.getByRole('status').filter({ hasText: 'Pesan dihentikan' }).waitFor();
  assert.deepEqual((await hall.req('GET', `/api/v1/tickets/${shared.token}/notify`)).json, { notify: null });

  // asked again from the phone, with its own keyboard
  await offer.getByRole('textbox', { name: 'Nomor HP (WhatsApp)' }).fill('0813 1111 2222');
  await offer.getByRole('checkbox', { name: /Saya setuju/ }).check();
  await offer.getByRole('button', { name: 'Kirim' }).click();
  await panel.getByText('Pengingat akan dikirim ke +62813*****222.').waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `no sideways scrolling on a phone (page is ${width} px wide)`);
  await until(async () => sentFor(shared.number).find((g) => g.body.to === '+6281311112222'));
  await panel.getByRole('button', { name: 'Berhenti kirim pesan' }).click();
  await offer.waitFor();
  await ctx.close();
});

test('4. the admin\'s "Pesan" panel shows a message the gateway refused, with its reason, and sends it again', async () => {
  gateway.answer = () => 500;
  const tk = (await hall.req('POST', '/api/v1/tickets', { service: 'dukcapil/legalisasi', notify: { phone: '081377778888' } })).json.ticket;
  await until(async () => sentFor(tk.number).length === 1);
  const admin = await hall.login('admin');
  await until(async () => (await admin.req('GET', '/api/v1/outbox')).json.failed >= 1);
  gateway.answer = () => 200;

  const ctx = await browser.newContext({ viewport: { width: 1300, height: 1000 } });
  const page = await openPage(ctx, hall.base + '/admin', problems);
  await page.getByLabel('Nama pengguna', { exact: true }).fill('admin');
  await page.getByLabel('Kata sandi', { exact: true }).fill('rahasia-admin');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('link', { name: 'Pesan', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Pesan', exact: true });
  await panel.getByText('Gateway pesan terpasang', { exact: false }).waitFor();
  const counts = panel.locator('#ob-counts');
  await counts.getByText('Gagal').waitFor();
  assert.match(await counts.innerText(), /Gagal\s+1\b/);
  const table = panel.getByRole('table', { name: 'Pesan gagal' });
  const row = table.getByRole('row').filter({ hasText: tk.number });
  await row.getByText('HTTP 500 from the gateway').waitFor();
  await row.getByText('Tiket diambil').waitFor();
  await row.getByText('+62813*****888').waitFor();
  assert.ok(!(await panel.innerText()).includes('77778888'), 'the phone is masked for the admin');

  await row.getByRole('button', { name: /^Kirim ulang/ }).click();
  await panel.getByRole('status').filter({ hasText: 'masuk antrean kirim lagi' }).waitFor();
  const again = await until(async () => sentFor(tk.number).length === 2 && sentFor(tk.number)[1]);
  assert.equal(again.body.template, 'ticket.issued');
  await until(async () => (await admin.req('GET', '/api/v1/outbox')).json.failed === 0);
  await panel.getByRole('button', { name: 'Perbarui' }).click();
  await panel.getByText('Tidak ada pesan yang gagal.').waitFor();
  await ctx.close();
});

test('5. the booking page\'s reminder checkbox gives booking.made at the gateway', async (t) => {
  if (!hasClock) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  await hall.req('POST', '/api/v1/test/clock', { at_ms: at(MONDAY, '07:00') });
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true,
    timezoneId: 'Asia/Jakarta' });
  await ctx.clock.install({ time: at(MONDAY, '07:00') });
  const page = await openPage(ctx, hall.base + '/booking', problems);
  await page.getByRole('button', { name: /^Polres/ }).click();
  await page.getByRole('button', { name: /Penerbitan SKCK Baru/ }).click();
  await page.getByRole('region', { name: 'Pilih tanggal' }).getByRole('button', { name: /Senin, 7 Januari 2030/ }).click();
  await page.getByRole('region', { name: 'Pilih jam' }).getByRole('button', { name: /10:00–10:30/ }).click();
  const form = page.getByRole('region', { name: 'Data pemesan' });
  await form.getByRole('textbox', { name: 'Nama lengkap' }).fill('Sari Rahayu');
  await form.getByRole('textbox', { name: 'Nomor HP' }).fill('0812-4444-5555');
  await form.getByRole('checkbox', { name: /Kirimi saya pengingat lewat WhatsApp\/SMS \(sehari dan sejam sebelumnya\)/ }).check();
  await form.getByRole('checkbox', { name: /Saya setuju/ }).check();
  await form.getByRole('button', { name: 'Pesan sekarang' }).click();
  const done = page.getByRole('region', { name: 'Pesanan berhasil' });
  await done.waitFor();
  const code = (await done.getByText(/^BK-/).first().textContent()).trim();
  // booked at 07:00 for 10:00 the same day: the day before has passed, the
  // hour before is still ahead
  await done.getByText('WhatsApp/SMS ke +62812*****555; pengingat Senin, 7 Januari 2030, 09:00').waitFor();
  const made = await until(async () => got.find((g) => g.body.booking === code && g.body.template === 'booking.made'));
  assert.equal(made.body.to, '+6281244445555');
  assert.ok(!JSON.stringify(made.body).includes('Sari'), 'never a name');
  await ctx.close();
});

test('5b. a visit at the kiosk: the offer under its ticket says the messages follow the visit; its page shows the number on the next step too', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 1024 } });
  const page = await openPage(ctx, hall.base + '/kiosk', problems);
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await page.getByRole('button', { name: /Dinas Kependudukan/ }).waitFor();
  await page.getByRole('button', { name: 'Beberapa urusan sekaligus' }).click();
  await page.getByRole('group', { name: 'Dokumen yang ingin Anda dapatkan' }).getByRole('checkbox', { name: /^Paspor/ }).check();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('heading', { name: 'Dokumen yang sudah Anda bawa' }).waitFor();
  for (const name of [/^KTP-el/, /^Akta Kelahiran/, /^Buku Nikah/]) await page.getByRole('checkbox', { name }).check();
  await page.getByRole('button', { name: 'Lihat rencana kunjungan' }).click();
  await page.getByRole('heading', { name: 'Rencana kunjungan Anda' }).waitFor();
  await page.getByRole('button', { name: 'Ambil tiket kunjungan' }).click();
  const ticket = page.getByRole('region', { name: 'Tiket kunjungan Anda' });
  await ticket.waitFor();
  const url = await ticket.getByRole('img', { name: 'Kode QR status kunjungan' }).evaluate((svg) => svg.closest('figure').dataset.url);
  const token = url.match(/\/v\/([0-9a-f]{32})$/)[1];
  const offer = page.getByRole('region', { name: 'Kirim pengingat ke WhatsApp?' });
  assert.equal(await offer.count(), 0, 'no offer before the paper is out');
  await page.waitForFunction(() => window.printed === 1);
  await printerDone(page);
  await offer.getByText(/untuk setiap langkah kunjungan/).waitFor();
  await offer.getByRole('textbox', { name: 'Nomor HP (WhatsApp)' }).click();
  const pad = await typeOnPad(page, '081277776666');
  await pad.getByRole('button', { name: 'Selesai' }).click();
  await offer.getByRole('checkbox', { name: /nomor saya dipakai hanya untuk pesan kunjungan ini/ }).check();
  await offer.getByRole('button', { name: 'Kirim' }).click();
  await page.getByRole('region', { name: 'Pengingat lewat WhatsApp/SMS' }).getByText('Pengingat akan dikirim ke +62812*****666.').waitFor();
  await ticket.getByRole('button', { name: 'Selesai' }).click();
  await page.getByRole('heading', { name: 'Instansi', exact: true }).waitFor();
  assert.equal(await page.locator('#vt-notify').innerHTML(), '', 'the next citizen finds no number');

  // the citizen's phone: the visit's page; Dukcapil finishes step 1
  const phone = await openPage(ctx, `${hall.base}/v/${token}`, problems);
  const panel = phone.getByRole('region', { name: 'Pengingat lewat WhatsApp/SMS' });
  await panel.getByText('Pengingat akan dikirim ke +62812*****666.').waitFor();
  let v = (await hall.req('GET', `/api/v1/visits/${token}`)).json.visit;
  hall.addUser('kk', 'staff', 'dukcapil');
  const kk = await hall.login('kk');
  await kk.req('POST', '/api/v1/counters/1/open');
  assert.equal((await kk.req('POST', '/api/v1/counters/1/call', { number: v.steps[0].ticket.number })).status, 200);
  assert.equal((await kk.req('POST', '/api/v1/counters/1/finish')).status, 200);
  await kk.req('POST', '/api/v1/counters/1/close');
  v = (await hall.req('GET', `/api/v1/visits/${token}`)).json.visit;
  const next = v.steps[1].ticket;
  await phone.getByText('Langkah 2 dari 2', { exact: false }).first().waitFor();
  await phone.getByText(next.number, { exact: true }).first().waitFor();
  await panel.getByText('Pengingat akan dikirim ke +62812*****666.').waitFor();
  const issued = await until(async () => got.find((g) => g.body.ticket === next.number && g.body.template === 'ticket.issued'));
  assert.equal(issued.body.to, '+6281277776666');
  await ctx.close();
});

test('6. a hall with no gateway offers no messages: no kiosk offer, no booking checkbox', async () => {
  const bare = await startHall();
  try {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 1024 } });
    const page = await openPage(ctx, bare.base + '/kiosk', problems);
    assert.equal((await bare.req('GET', '/healthz')).json.notify, null);
    // each page asked the hall whether it sends messages, and had time to show an offer
    const asked = (p) => p.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/healthz')))
      .then(() => p.waitForTimeout(500));
    const { token } = await takeAtKiosk(page);
    const phone = await openPage(ctx, `${bare.base}/t/${token}`, problems);
    await phone.getByText('Halaman ini diperbarui otomatis.').waitFor();
    await Promise.all([asked(page), asked(phone)]);
    assert.equal(await page.getByRole('region', { name: 'Kirim pengingat ke WhatsApp?' }).count(), 0);
    assert.equal(await phone.getByRole('region', { name: 'Kirim pengingat ke WhatsApp?' }).count(), 0);
    const booking = await openPage(ctx, bare.base + '/booking', problems);
    await booking.getByRole('heading', { name: 'Pilih instansi' }).waitFor();
    await asked(booking);
    assert.ok(await booking.locator('#notify-field').isHidden());
    await ctx.close();
  } finally {
    await bare.stop();
    bare.cleanup();
  }
});

test('7. no page broke: no script error, no CSP violation', () => {
  assert.deepEqual(problems, []);
});
