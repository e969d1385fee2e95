// console.test.mjs - the counter console in Chromium against the real mppd,
// in what staff meet across a day: held and no-show tickets still listed
// after a reload and a new login; a counter held on another device said in
// words with who holds it; Batalkan asks before it cancels; "Kinerja saya
// hari ini" follows each ticket that ends here.
// Elements are found by role and visible text, as a person finds them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHall, launch, openPage, logIn } from './lib/browser.mjs';

const KTP = 'dukcapil/ktp-el-rekam';
let hall, browser;
const problems = [];

before(async () => {
  hall = await startHall();
  hall.addUser('ani', 'staff', 'dukcapil');
  hall.addUser('budi', 'staff', 'dukcapil');
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await hall?.stop();
  hall?.cleanup();
});

// ani's console at counter `n`, opened by its buttons
async function desk(n) {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await openPage(ctx, `${hall.base}/counter?loket=${n}`, problems);
  await logIn(page, 'ani');
  await page.getByRole('heading', { name: new RegExp(`Loket ${n}`) }).waitFor();
  return { ctx, page };
}

const ticketOf = async (token) => (await hall.req('GET', `/api/v1/tickets/${token}`)).json.ticket;

test('1. held and no-show tickets stay listed after a reload and a new login', async () => {
  const a = (await hall.issue(KTP)).json.ticket;
  const b = (await hall.issue(KTP)).json.ticket;
  const { ctx, page } = await desk(1);
  await page.getByRole('button', { name: /Buka loket/ }).click();
  await page.getByText('Loket dibuka.').waitFor();
  await page.getByRole('button', { name: /Panggil berikutnya/ }).click();
  await page.getByText(`Memanggil ${a.number}.`).waitFor();
  await page.getByRole('button', { name: /Tidak hadir/ }).click();
  await page.getByText(`${a.number} tidak hadir.`).waitFor();
  await page.getByRole('button', { name: /Panggil berikutnya/ }).click();
  await page.getByText(`Memanggil ${b.number}.`).waitFor();
  await page.getByRole('button', { name: /Tunda/ }).click();
  await page.getByText(`${b.number} ditunda.`).waitFor();

  const list = page.getByRole('region', { name: 'Ditunda dan tidak hadir' });
  const shown = async () => {
    await list.getByRole('button', { name: `Panggil ${b.number}` }).waitFor();
    // the text of each row, whatever spaces the layout puts between its parts
    const rows = await list.getByRole('listitem').allTextContents();
    assert.equal(rows.length, 2, rows.join(' | '));
    assert.match(rows[0], new RegExp(`^\\s*${a.number}\\s*Tidak hadir`), 'oldest first, each with its status');
    assert.match(rows[1], new RegExp(`^\\s*${b.number}\\s*Ditunda`));
  };
  await shown();
  await page.reload();
  await page.getByRole('heading', { name: /Loket 1/ }).waitFor();
  await shown();

  // a new login on another device: the server's list, not the page's memory
  await page.getByRole('button', { name: 'Keluar' }).click();
  await ctx.close();
  const again = await desk(1);
  await again.page.getByRole('button', { name: /Buka loket/ }).click();
  await again.page.getByText('Loket dibuka.').waitFor();
  const list2 = again.page.getByRole('region', { name: 'Ditunda dan tidak hadir' });
  await list2.getByRole('button', { name: `Panggil ${a.number}` }).waitFor();
  // called back: it leaves the list
  await list2.getByRole('button', { name: `Panggil ${a.number}` }).click();
  await again.page.getByText(`Memanggil ${a.number}.`).waitFor();
  await list2.getByText(a.number, { exact: true }).waitFor({ state: 'detached' });
  assert.equal((await ticketOf(a.token)).status, 'called');
  await list2.getByRole('button', { name: `Panggil ${b.number}` }).waitFor();
  await again.page.getByRole('button', { name: /Selesai/ }).click();
  await again.page.getByRole('button', { name: 'Keluar' }).click();
  await again.ctx.close();
});

test('2. a counter held on another device says by whom and what to do', async () => {
  const budi = await hall.login('budi');
  assert.equal((await budi.req('POST', '/api/v1/counters/2/open')).status, 200);
  const feed = hall.ws({ cookie: budi.cookie }); // budi's console stays connected
  await feed.next((m) => m.type === 'snapshot');
  const { ctx, page } = await desk(2);
  await page.getByRole('button', { name: /Buka loket/ }).click();
  await page.getByRole('alert').filter({ hasText: 'Loket ini sedang dipakai budi di perangkat lain. Tekan Keluar di perangkat itu, atau minta admin mengambil alih.' }).waitFor();
  assert.equal(await page.getByText('Anda tidak berhak').count(), 0);
  // and in English
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('button', { name: /Open counter/ }).click();
  await page.getByRole('alert').filter({ hasText: 'This counter is in use by budi on another device.' }).waitFor();
  await feed.close();
  await ctx.close();
});

test('2b. a console closed without Keluar: the next login finds its counter open in its name, says why nothing works and what to press', async () => {
  const tk = (await hall.issue(KTP)).json.ticket;
  const first = await desk(3);
  await first.page.getByRole('button', { name: /Buka loket/ }).click();
  await first.page.getByText('Loket dibuka.').waitFor();
  await first.ctx.close(); // no Keluar: the window is simply closed

  const { ctx, page } = await desk(3);
  const note = page.getByRole('status').filter({ hasText: 'masih terbuka atas nama Anda dari sesi sebelumnya' });
  await note.waitFor();
  await note.getByText(/Tekan Buka loket \(O\) untuk melanjutkan di sini/).waitFor();
  assert.ok(await page.getByRole('button', { name: /Panggil berikutnya/ }).isDisabled());
  await page.locator('body').press('n');
  await page.getByText('Tekan Buka loket (O) dulu.').waitFor();
  await page.locator('body').press('o');
  await page.getByText('Loket dibuka.').waitFor();
  await note.waitFor({ state: 'hidden' });
  await page.locator('body').press('n');
  await page.getByText(`Memanggil ${tk.number}.`).waitFor();
  await page.getByRole('button', { name: /Tidak hadir/ }).click();
  await page.getByText(`${tk.number} tidak hadir.`).waitFor();
  await page.getByRole('button', { name: /Tutup loket/ }).click();
  await page.getByRole('button', { name: 'Keluar' }).click();
  await ctx.close();
});

test('3. Batalkan asks first: a second press or Enter cancels, Escape and the time-out keep the ticket', async () => {
  const { ctx, page } = await desk(3);
  await page.getByRole('button', { name: /Buka loket/ }).click();
  await page.getByText('Loket dibuka.').waitFor();
  const tk = (await hall.issue(KTP)).json.ticket;
  await page.keyboard.press('n');
  await page.getByText(`Memanggil ${tk.number}.`).waitFor();

  // a press asks, and cancels nothing; Escape keeps the ticket
  await page.getByRole('button', { name: /^Batalkan/ }).click();
  const sure = page.getByRole('button', { name: new RegExp(`Yakin batalkan ${tk.number}\\?`) });
  await sure.waitFor();
  assert.ok(await sure.evaluate((b) => b === document.activeElement), 'the question has the focus');
  await page.getByRole('status').filter({ hasText: `membatalkan ${tk.number}` }).waitFor();
  assert.equal((await ticketOf(tk.token)).status, 'called');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^Batalkan/ }).waitFor();
  await page.getByText(`${tk.number} tidak dibatalkan.`).waitFor();
  assert.equal((await ticketOf(tk.token)).status, 'called');

  // B asks; nothing pressed for 5 s: the question goes, the ticket stays
  await page.keyboard.press('b');
  await sure.waitFor();
  await page.getByRole('button', { name: /^Batalkan/ }).waitFor({ timeout: 7000 });
  assert.equal((await ticketOf(tk.token)).status, 'called');

  // B then Enter cancels
  await page.keyboard.press('b');
  await sure.waitFor();
  await page.keyboard.press('Enter');
  await page.getByText(`${tk.number} dibatalkan.`).waitFor();
  assert.equal((await ticketOf(tk.token)).status, 'cancelled');

  // two presses of the button cancel too
  const tk2 = (await hall.issue(KTP)).json.ticket;
  await page.keyboard.press('n');
  await page.getByText(`Memanggil ${tk2.number}.`).waitFor();
  await page.getByRole('button', { name: /^Batalkan/ }).click();
  await page.getByRole('button', { name: new RegExp(`Yakin batalkan ${tk2.number}\\?`) }).click();
  await page.getByText(`${tk2.number} dibatalkan.`).waitFor();
  assert.equal((await ticketOf(tk2.token)).status, 'cancelled');
  await page.getByRole('button', { name: /Tutup loket/ }).click();
  await ctx.close();
});

test('4. "Kinerja saya hari ini" follows a finish, a no-show and a transfer without a reload', async () => {
  const { ctx, page } = await desk(4);
  await page.getByRole('button', { name: /Buka loket/ }).click();
  await page.getByText('Loket dibuka.').waitFor();
  const mine = page.locator('#mine');
  await mine.filter({ hasText: /Dilayani \d+/ }).or(page.getByText('Belum ada tiket yang Anda selesaikan hari ini.')).first().waitFor();
  const served = async () => Number((/Dilayani (\d+)/.exec(await mine.textContent()) || [0, 0])[1]);
  const before = await served();
  const tk = (await hall.issue(KTP)).json.ticket;
  await page.keyboard.press('n');
  await page.getByText(`Memanggil ${tk.number}.`).waitFor();
  await page.getByRole('button', { name: /Selesai/ }).click();
  await page.getByText(`${tk.number} selesai.`).waitFor();
  await mine.filter({ hasText: `Dilayani ${before + 1} ` }).waitFor({ timeout: 3000 });

  const gone = (await hall.issue(KTP)).json.ticket;
  await page.keyboard.press('n');
  await page.getByText(`Memanggil ${gone.number}.`).waitFor();
  const noShow = Number((/tidak hadir (\d+)/.exec(await mine.textContent()))[1]);
  await page.getByRole('button', { name: /Tidak hadir/ }).click();
  await mine.filter({ hasText: `tidak hadir ${noShow + 1} ` }).waitFor({ timeout: 3000 });

  const moved = (await hall.issue(KTP)).json.ticket;
  await page.keyboard.press('n');
  await page.getByText(`Memanggil ${moved.number}.`).waitFor();
  const transfers = Number((/dialihkan (\d+)/.exec(await mine.textContent()))[1]);
  await page.getByRole('button', { name: /Pindahkan/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Pindahkan tiket' });
  await dialog.getByLabel('Cari layanan tujuan (semua instansi)').fill('kartu keluarga');
  await dialog.getByRole('option').first().click();
  await dialog.getByRole('button', { name: 'Pindahkan ke layanan ini' }).click();
  await mine.filter({ hasText: `dialihkan ${transfers + 1} ` }).waitFor({ timeout: 3000 });
  await ctx.close();
});

test('9. no script error or CSP violation', () => {
  assert.deepEqual(problems, []);
});
