// board-look.test.mjs - the hall TV at 1920x1080 as the hall sees it, in
// Chromium against the real mppd: the speaker and hourglass beside the
// calls are drawn without any font (SVG masks in the text's colour, no
// emoji that a TV box without an emoji font shows as empty boxes); with no
// running text there is no empty yellow band, and the band comes and goes
// with the text set in the admin page, live.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHall, launch, openPage } from './lib/browser.mjs';
import { openCounters } from './lib/board.mjs';

let hall, browser, board, ctx;
const problems = [];

before(async () => {
  hall = await startHall();
  hall.addUser('admin', 'admin');
  browser = await launch();
  ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  board = await openPage(ctx, hall.base + '/board', problems);
  await board.getByText('Belum ada panggilan').waitFor();
});

after(async () => {
  await browser?.close();
  await hall?.stop();
  hall?.cleanup();
});

test('1. no running text: no yellow band; set in the admin page it shows, live, and goes again', async () => {
  const band = board.getByRole('marquee', { name: 'Teks berjalan' });
  await band.waitFor({ state: 'hidden' });
  const admin = await hall.login('admin');
  assert.equal((await admin.req('POST', '/api/v1/board/text', { text: 'Loket Samsat buka sampai pukul 15.00' })).status, 200);
  await band.waitFor({ state: 'visible', timeout: 3000 });
  await band.getByText('Loket Samsat buka sampai pukul 15.00').waitFor();
  const box = await band.boundingBox();
  assert.ok(box.height >= 80 && box.y + box.height <= 1080, 'the band is on screen, full height');
  assert.equal((await admin.req('POST', '/api/v1/board/text', { text: '' })).status, 200);
  await band.waitFor({ state: 'hidden', timeout: 3000 });
  // the board after a reload with no text: still no band
  await board.reload();
  await board.getByText('Belum ada panggilan').waitFor();
  await band.waitFor({ state: 'hidden' });
});

test('2. the speaker and hourglass are SVG drawn in the text colour, no emoji glyph', async () => {
  const [{ s }] = await openCounters(hall, { 1: 'dukcapil' });
  const numbers = [];
  for (let i = 0; i < 2; i++) {
    numbers.push((await hall.issue('dukcapil/ktp-el-rekam')).json.ticket.number);
  }
  await s.req('POST', '/api/v1/counters/1/call', {});
  await s.req('POST', '/api/v1/counters/1/finish', {});
  await s.req('POST', '/api/v1/counters/1/call', {});
  const recent = board.getByRole('region', { name: 'Panggilan terakhir' });
  await recent.getByText(numbers[1]).waitFor();
  await board.locator('#recent li[data-say]').first().waitFor();
  const icons = await board.evaluate(() => {
    const read = (el, pseudo) => {
      const cs = getComputedStyle(el, pseudo);
      return { content: cs.content, mask: cs.maskImage || cs.webkitMaskImage, width: parseFloat(cs.width), bg: cs.backgroundColor, colour: cs.color };
    };
    return [...document.querySelectorAll('#recent li[data-say]')].map((li) => read(li, '::after'))
      .concat([...document.querySelectorAll('#announcements li[data-state]')].map((li) => read(li, '::before')));
  });
  assert.ok(icons.length >= 1, 'an icon is shown');
  for (const i of icons) {
    assert.ok(!/[\u{1F300}-\u{1FAFF}\u{2300}-\u{23FF}]/u.test(i.content), `no emoji glyph: ${i.content}`);
    assert.match(i.mask, /^url\("data:image\/svg\+xml/, 'an SVG mask');
    assert.ok(i.width > 10, 'drawn at the text size');
    assert.equal(i.bg, i.colour, 'in the text colour');
  }
});

test('3. no script error or CSP violation', () => {
  assert.deepEqual(problems, []);
});
