// survey.test.mjs - the SKM survey in Chromium against the real mppd: the
// tablet at counter 2 waits, offers the ticket staff just finished there,
// refuses a form with an element left open, takes the answers and goes
// back to waiting; the phone then says it is rated; the phone status page offers the survey once after the
// ticket is finished, and not when a step of a multi-step service (Samsat)
// is finished and moved on to its next step; the admin page's IKM panel shows the result.
// Elements are found by role and visible text, as a person finds them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHall, launch, openPage, logIn } from './lib/browser.mjs';

const KTP = 'dukcapil/ktp-el-rekam';
const ELEMENTS = ['Persyaratan', 'Prosedur', 'Waktu pelayanan', 'Biaya/tarif', 'Produk layanan',
  'Kompetensi pelaksana', 'Perilaku pelaksana', 'Penanganan pengaduan', 'Sarana dan prasarana'];
const WORDS = { 1: 'Tidak baik', 2: 'Kurang baik', 3: 'Baik', 4: 'Sangat baik' };

let hall, browser, ani, today;
const problems = [];

before(async () => {
  hall = await startHall();
  hall.addUser('ani', 'staff', 'dukcapil');
  hall.addUser('admin', 'admin');
  browser = await launch();
  ani = await hall.login('ani');
  assert.equal((await ani.req('POST', '/api/v1/counters/2/open')).status, 200);
});

after(async () => {
  await browser?.close();
  await hall?.stop();
  hall?.cleanup();
});

async function serveAt(counter) {
  const t = (await hall.issue(KTP)).json.ticket;
  today = t.issued_at.slice(0, 10);
  for (const [action, body] of [['call', { number: t.number }], ['start'], ['finish']]) {
    const r = await ani.req('POST', `/api/v1/counters/${counter}/${action}`, body);
    assert.equal(r.status, 200, `${action}: ${r.text}`);
  }
  return t;
}

// answers element i with scores[i] by touching the choice's word
async function rate(page, scores) {
  for (let i = 0; i < ELEMENTS.length; i++) {
    if (!scores[i]) continue;
    const group = page.getByRole('group', { name: new RegExp(ELEMENTS[i].replace('/', '\\/')) });
    await group.getByText(WORDS[scores[i]], { exact: true }).click();
  }
}

test('1. the tablet at counter 2 rates the ticket staff just finished there', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1024, height: 1366 } });
  const page = await openPage(ctx, hall.base + '/survey/2', problems);
  await page.getByRole('heading', { name: 'Terima kasih telah berkunjung' }).waitFor();
  assert.equal(await page.locator('#rate').isHidden(), true);

  const t = await serveAt(2);
  // the /ws ticket.finished event of counter 2 brings the form
  await page.locator('#ticket-number', { hasText: t.number }).waitFor({ timeout: 5000 });
  assert.equal(await page.getByRole('group').count(), 10, 'the 9 elements and the optional profile');

  // one element left open: refused on the page, nothing sent
  const scores = [4, 4, 3, 4, 3, 3, 4, 4, 3];
  await rate(page, [...scores.slice(0, 8), 0]);
  await page.getByRole('button', { name: 'Kirim penilaian' }).click();
  await page.getByRole('alert').filter({ hasText: 'masih ada 1 yang belum' }).waitFor();
  let r = await hall.req('GET', `/api/v1/reports/ikm?from=${today}&to=${today}`);
  assert.equal(r.json.respondents, 0);

  await rate(page, [0, 0, 0, 0, 0, 0, 0, 0, scores[8]]);
  await page.getByLabel('Saran atau komentar (boleh dikosongkan)').fill('Ruang tunggu nyaman');
  await page.getByRole('button', { name: 'Kirim penilaian' }).click();
  await page.getByText('Terima kasih atas penilaian Anda!').waitFor();

  r = await hall.req('GET', `/api/v1/reports/ikm?from=${today}&to=${today}&agency=dukcapil`);
  assert.equal(r.json.respondents, 1);
  assert.deepEqual(r.json.nrr, scores);
  assert.equal(r.json.value, 88.89); // 25 x 32 / 9 = 88.888... -> A
  assert.equal(r.json.grade, 'A');

  // back to waiting after the thanks; the answered ticket is not offered again
  await page.getByRole('heading', { name: 'Terima kasih telah berkunjung' }).waitFor({ timeout: 10000 });
  assert.equal(await page.locator('#rate').isHidden(), true);
  assert.deepEqual((await hall.req('GET', '/api/v1/survey/2')).json, { ticket: null });
  await ctx.close();

  // the citizen's phone, opened afterwards, knows the ticket is rated: no form
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const status = await openPage(phone, `${hall.base}/t/${t.token}`, problems);
  await status.getByText('Tiket ini sudah dinilai. Terima kasih!').waitFor({ timeout: 5000 });
  assert.equal(await status.getByRole('button', { name: 'Kirim penilaian' }).count(), 0, 'not offered again');
  await phone.close();
});

test('1b. a tablet opened after the finish names the service, even when the catalogue comes late', async () => {
  const t = await serveAt(2);
  const ctx = await browser.newContext({ viewport: { width: 1024, height: 1366 } });
  // the catalogue answers after the tablet has asked for the finished ticket
  await ctx.route('**/api/v1/agencies', async (route) => {
    await new Promise((done) => setTimeout(done, 1000));
    await route.continue();
  });
  const page = await openPage(ctx, hall.base + '/survey/2', problems);
  await page.locator('#ticket-number', { hasText: t.number }).waitFor({ timeout: 5000 });
  await page.getByText('Perekaman dan Penerbitan KTP-el Baru').waitFor({ timeout: 5000 });
  assert.equal(await page.getByText(KTP).count(), 0, 'no raw service id');
  await ctx.close(); // left unanswered: the IKM of test 3 counts two respondents
});

test('2. the phone status page offers the survey once the ticket is finished, once', async () => {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const t = (await hall.issue(KTP)).json.ticket;
  const page = await openPage(ctx, `${hall.base}/t/${t.token}`, problems);
  await page.locator('#number', { hasText: t.number }).waitFor();
  assert.equal(await page.locator('#skm').isHidden(), true, 'no survey while waiting');
  for (const [action, body] of [['call', { number: t.number }], ['start'], ['finish']])
    assert.equal((await ani.req('POST', `/api/v1/counters/2/${action}`, body)).status, 200);
  await page.getByRole('heading', { name: 'Bagaimana pelayanan kami?' }).waitFor({ timeout: 5000 });
  await rate(page, [3, 3, 3, 3, 3, 3, 3, 3, 3]);
  await page.getByRole('button', { name: 'Kirim penilaian' }).click();
  await page.getByText('Terima kasih atas penilaian Anda!').waitFor();

  await page.reload();
  await page.locator('#number', { hasText: t.number }).waitFor();
  await page.locator('#state', { hasText: 'Selesai' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Kirim penilaian' }).count(), 0, 'offered once');
  await ctx.close();
});

test('2b. a step of a multi-step service moved on to its next step is not offered the survey on the phone', async () => {
  hall.addUser('sari', 'staff', 'samsat');
  const sari = await hall.login('sari');
  assert.equal((await sari.req('POST', '/api/v1/counters/10/open')).status, 200);
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const t = (await hall.issue('samsat/pkb-tahunan')).json.ticket;
  const page = await openPage(ctx, `${hall.base}/t/${t.token}`, problems);
  await page.locator('#number', { hasText: t.number }).waitFor();
  for (const [action, body] of [['call', { number: t.number }], ['start'], ['finish']])
    assert.equal((await sari.req('POST', `/api/v1/counters/10/${action}`, body)).status, 200);
  // the same number waits at the next step, and the page says so
  await page.getByText(/Tiket dipindahkan ke layanan/).waitFor({ timeout: 5000 });
  await page.locator('#state', { hasText: 'Menunggu' }).waitFor();
  assert.equal((await hall.req('GET', `/api/v1/tickets/${t.token}`)).json.ticket.status, 'waiting');
  await page.waitForTimeout(1500); // the page has read the ticket again
  assert.equal(await page.getByRole('heading', { name: 'Bagaimana pelayanan kami?' }).count(), 0, 'no survey mid-service');
  assert.equal(await page.getByRole('button', { name: 'Kirim penilaian' }).count(), 0);
  await page.reload();
  await page.locator('#state', { hasText: 'Menunggu' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Kirim penilaian' }).count(), 0);
  await ctx.close();
});

test('3. the admin page shows the IKM of the day', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 1024 }, timezoneId: 'Asia/Jakarta' });
  const page = await openPage(ctx, hall.base + '/admin', problems);
  await logIn(page, 'admin');
  const panel = page.getByRole('region', { name: 'Kepuasan masyarakat (IKM)' });
  // 32 + 27 points of 2 x 9 answers: value 25 x 59 / 18 = 81.94 -> B
  await panel.getByText('Responden: 2').waitFor();
  await panel.locator('#ikm-value', { hasText: '81,94' }).waitFor();
  await panel.getByText('B (Baik)').waitFor();
  assert.equal(await panel.locator('#ikm-body tr').count(), 9);
  await panel.getByLabel('Instansi').selectOption('pdam');
  await panel.getByRole('button', { name: 'Tampilkan' }).click();
  await panel.getByText('Responden: 0').waitFor();
  await panel.getByText('Belum ada responden pada rentang ini.').waitFor();
  await ctx.close();
});

test('4. no script error or CSP violation on any page', () => {
  assert.deepEqual(problems, []);
});
