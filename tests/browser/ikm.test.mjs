// ikm.test.mjs - in Chromium against the real mppd on the test clock: the
// counter tablet's survey takes the respondent's profile; the admin reads
// the period's sample check and profile and writes the follow-up (tindak
// lanjut); a citizen opens the public page /ikm for that agency and period
// and reads the value with two decimals, the grade, how many respondents
// are missing, the profile and the follow-up, in Bahasa Indonesia and in
// English; the kiosk shows the day's hours and the lunch break, and greys
// out an agency's services until the break ends.
// Elements are found by role and visible text, as a person finds them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHall, launch, openPage, logIn } from './lib/browser.mjs';

const KTP = 'dukcapil/ktp-el-rekam';
const DAY = '2030-01-07'; // a Monday
const ELEMENTS = ['Persyaratan', 'Prosedur', 'Waktu pelayanan', 'Biaya/tarif', 'Produk layanan',
  'Kompetensi pelaksana', 'Perilaku pelaksana', 'Penanganan pengaduan', 'Sarana dan prasarana'];
const FOLLOW_UP = 'Menambah satu petugas perekaman KTP-el pada pukul 08.00-10.00 mulai Februari 2030.';

let hall, browser, ani;
const problems = [];
const clock = (hhmm) => hall.req('POST', '/api/v1/test/clock', { at_ms: Date.parse(`${DAY}T${hhmm}:00+07:00`) });

before(async () => {
  const day = (d) => [`${d} = "00:00-24:00";`, `${d} = "07:30-12:00, 13:00-15:00";`];
  hall = await startHall({ replace: ['mon', 'tue', 'wed', 'thu', 'fri'].map(day) });
  hall.addUser('ani', 'staff', 'dukcapil');
  hall.addUser('admin', 'admin');
  if ((await clock('09:00')).status === 404) throw new Error('mppd was built without -DMPP_TEST_CLOCK=ON');
  browser = await launch();
  ani = await hall.login('ani');
  assert.equal((await ani.req('POST', '/api/v1/counters/1/open')).status, 200);
});

after(async () => {
  await browser?.close();
  await hall?.stop();
  hall?.cleanup();
});

async function serve() {
  const t = (await hall.issue(KTP)).json.ticket;
  for (const [action, body] of [['call', { number: t.number }], ['start'], ['finish']]) {
    const r = await ani.req('POST', `/api/v1/counters/1/${action}`, body);
    assert.equal(r.status, 200, `${action}: ${r.text}`);
  }
  return t;
}

test('1. the tablet takes the respondent\'s profile with the scores', async () => {
  const served = [];
  for (let i = 0; i < 5; i++) served.push(await serve());
  // two answered on their phones; the last one at the counter's tablet
  let r = await hall.req('POST', '/api/v1/surveys', { token: served[0].token,
    scores: [3, 3, 3, 3, 3, 3, 3, 3, 3], profile: { gender: 'L', age: '60+' } });
  assert.equal(r.status, 201, r.text);
  r = await hall.req('POST', '/api/v1/surveys', { token: served[1].token, scores: [4, 3, 4, 3, 4, 3, 4, 3, 4] });
  assert.equal(r.status, 201, r.text);

  const ctx = await browser.newContext({ viewport: { width: 1024, height: 1366 } });
  const page = await openPage(ctx, hall.base + '/survey/1', problems);
  await page.locator('#ticket-number', { hasText: served[4].number }).waitFor({ timeout: 10000 });
  for (const name of ELEMENTS) {
    const group = page.getByRole('group', { name: new RegExp(name.replace('/', '\\/')) });
    await group.getByText('Sangat baik', { exact: true }).click();
  }
  const about = page.getByRole('group', { name: 'Tentang Anda (boleh dikosongkan)' });
  await about.getByLabel('Jenis kelamin').selectOption({ label: 'Perempuan' });
  await about.getByLabel('Usia').selectOption({ label: '30–39 tahun' });
  await about.getByLabel('Pendidikan terakhir').selectOption({ label: 'S1' });
  await about.getByLabel('Pekerjaan').selectOption({ label: 'Wirausaha' });
  await page.getByRole('button', { name: 'Kirim penilaian' }).click();
  await page.getByText('Terima kasih atas penilaian Anda!').waitFor();
  r = await hall.req('GET', `/api/v1/reports/ikm?from=${DAY}&to=${DAY}&agency=dukcapil`);
  assert.equal(r.json.respondents, 3);
  assert.deepEqual(r.json.profile.gender, { L: 1, P: 1, none: 1 });
  assert.equal(r.json.profile.occupation.wirausaha, 1);
  await ctx.close();
});

test('2. the admin reads the sample check and profile and writes the follow-up', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 1024 }, timezoneId: 'Asia/Jakarta' });
  const page = await openPage(ctx, hall.base + '/admin', problems);
  await logIn(page, 'admin');
  const panel = page.getByRole('region', { name: 'Kepuasan masyarakat (IKM)' });
  await panel.getByLabel('Dari tanggal').fill(DAY);
  await panel.getByLabel('Sampai tanggal').fill(DAY);
  await panel.getByLabel('Instansi').selectOption('dukcapil');
  await panel.getByRole('button', { name: 'Tampilkan' }).click();
  await panel.getByText('Responden: 3').waitFor();
  await panel.getByText('Masih kurang 2 responden.').waitFor();
  await panel.getByLabel('Tindak lanjut (dipublikasikan di halaman IKM)').fill(FOLLOW_UP);
  await panel.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
  await panel.getByText('Tindak lanjut disimpan.').waitFor();
  const link = panel.getByRole('link', { name: 'Buka halaman publik IKM' });
  assert.equal(await link.getAttribute('href'), `/ikm?from=${DAY}&to=${DAY}&agency=dukcapil`);
  await ctx.close();
});

test('3. a citizen reads the public page of the agency and period, in both languages', async () => {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await openPage(ctx, `${hall.base}/ikm?agency=dukcapil&from=${DAY}&to=${DAY}`, problems);
  await page.getByRole('heading', { name: 'Dinas Kependudukan dan Pencatatan Sipil' }).waitFor();
  // 25 x (4+3+4 + 4+3+3 + ...) / 27: sums 11,10,11,10,11,10,11,10,11 = 95 -> 87.96 (B)
  await page.locator('#value', { hasText: '87,96' }).waitFor();
  await page.getByText('B (Baik)').waitFor();
  await page.getByText('3 responden; menurut tabel Krejcie dan Morgan diperlukan 5 responden untuk 5 warga yang dilayani. Masih kurang 2 responden.').waitFor();
  const gender = page.getByRole('table', { name: 'Jenis kelamin' });
  assert.equal(await gender.getByRole('row', { name: /Perempuan 1 33,3 %/ }).count(), 1);
  assert.equal(await page.getByRole('table', { name: 'Pekerjaan' }).getByRole('row', { name: /Wirausaha 1/ }).count(), 1);
  await page.getByText(FOLLOW_UP).waitFor();
  assert.equal(await page.locator('#nrr tr').count(), 9);

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Follow-up (tindak lanjut)' }).waitFor();
  await page.locator('#value', { hasText: '87.96' }).waitFor();
  await page.getByText('2 more respondents are needed.').waitFor();
  assert.equal(await page.getByRole('table', { name: 'Gender' }).getByRole('row', { name: /Female 1/ }).count(), 1);

  // another period: its own figures, and no follow-up written for it
  await page.getByLabel('Year').selectOption('2029');
  await page.getByLabel('Period').selectOption('year');
  await page.getByRole('button', { name: 'Show' }).click();
  await page.getByText('No respondents in this period yet.').waitFor();
  await page.getByText('The follow-up of this period has not been written yet.').waitFor();
  assert.match(page.url(), /from=2029-01-01&to=2029-12-31&agency=dukcapil/);
  await ctx.close();
});

test('4. the kiosk shows the day\'s hours and says when a break ends', async () => {
  await clock('12:30');
  const ctx = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const page = await openPage(ctx, hall.base + '/kiosk', problems);
  await page.getByText('Jam layanan hari ini: 07:30–12:00, 13:00–15:00').waitFor();
  await page.getByText('Istirahat. Pengambilan nomor dibuka lagi pukul 13:00.').waitFor();
  // the agency's services are greyed out, saying until when
  await page.getByRole('button', { name: /^Dukcapil/ }).click();
  const ktp = page.getByRole('button', { name: /Perekaman dan Penerbitan KTP-el Baru/ });
  await ktp.getByText('Pengambilan antrean dibuka pukul 13.00.').waitFor();
  assert.equal(await ktp.isDisabled(), true);
  await clock('13:05');
  await page.reload();
  await page.getByText('Jam layanan hari ini: 07:30–12:00, 13:00–15:00').waitFor();
  assert.equal(await page.getByText('Istirahat.').count(), 0);
  await page.getByRole('button', { name: /^Dukcapil/ }).click();
  assert.equal(await page.getByRole('button', { name: /Perekaman dan Penerbitan KTP-el Baru/ }).isDisabled(), false);
  await ctx.close();
});

test('5. no script error or CSP violation on any page', () => {
  assert.deepEqual(problems, []);
});
