// journeys.test.mjs - `mppctl journey FILE` against the bundled plugins:
// every errand of tests/journeys plans as it expects; a wrong expectation
// of the steps or of what to bring fails with both lists; a file it cannot
// read fails naming the line; and a hall whose services need one another's
// documents in a cycle is refused whatever the errand, and by mppctl check
// of the file that closes it.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './lib/hall.mjs';

const MPPCTL = process.env.MPPCTL || join(ROOT, 'build-test/mppctl');
const dir = mkdtempSync(join(tmpdir(), 'mpp-journey-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// mppctl journey FILE [--plugins DIR]: its exit status and what it printed
function journey(file, plugins) {
  const args = ['--config', 'mppd.cfg', '--data', join(dir, 'data')];
  if (plugins) args.push('--plugins', plugins);
  const r = spawnSync(MPPCTL, [...args, 'journey', file], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

function errand(name, text) {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
}

const PASPOR = readFileSync(join(ROOT, 'tests/journeys/paspor-tanpa-kk.txt'), 'utf8');

test('every errand of tests/journeys plans as it expects', () => {
  const files = readdirSync(join(ROOT, 'tests/journeys')).filter((f) => f.endsWith('.txt'));
  assert.ok(files.length >= 8, `eight errands at least, found ${files.length}`);
  for (const f of files) {
    const r = journey(join('tests/journeys', f));
    assert.equal(r.code, 0, `${f}:\n${r.out}`);
    assert.match(r.out, /the plan is the one expected/);
  }
  const r = journey('tests/journeys/paspor-tanpa-kk.txt');
  assert.match(r.out, /1\. dukcapil\/kk-baru \(memberi Kartu Keluarga yang diperlukan untuk /);
  assert.match(r.out, /2\. imigrasi\/paspor-baru \(dipilih\)/);
});

test('a wrong expectation fails, with what was expected and what was planned', () => {
  const steps = errand('steps.txt', PASPOR.replace(/^expect .*$/m, 'expect imigrasi/paspor-baru'));
  let r = journey(steps);
  assert.equal(r.code, 1, r.out);
  assert.match(r.out, /steps\.txt:\d+: the plan differs from `expect`/);
  assert.match(r.out, /expected: imigrasi\/paspor-baru\n/);
  assert.match(r.out, /planned: +dukcapil\/kk-baru imigrasi\/paspor-baru\n/);
  assert.match(r.out, /1 problem\(s\)/);

  const bring = errand('bring.txt', PASPOR.replace(/^bring .*$/m, 'bring ktp-el akta-kelahiran'));
  r = journey(bring);
  assert.equal(r.code, 1, r.out);
  assert.match(r.out, /bring\.txt:\d+: what to bring differs from `bring`/);
  assert.match(r.out, /planned: +buku-nikah ktp-el akta-kelahiran/);

  // the same errand with the family card in hand: Imigrasi alone
  const kk = errand('kk.txt', PASPOR.replace(/^have .*$/m, 'have ktp-el kk akta-kelahiran'));
  r = journey(kk);
  assert.equal(r.code, 1, 'the file still expects the Dukcapil step:\n' + r.out);
  assert.match(r.out, /planned: +imigrasi\/paspor-baru\n/);
});

test('a file it cannot use is refused by line and name', () => {
  let r = journey(errand('typo.txt', 'want imigrasi/paspor-baru\nexpcet imigrasi/paspor-baru\n'));
  assert.equal(r.code, 1);
  assert.match(r.out, /typo\.txt:2: unknown keyword 'expcet'/);
  r = journey(errand('noexpect.txt', 'want imigrasi/paspor-baru\n'));
  assert.equal(r.code, 1);
  assert.match(r.out, /needs a `want` line and an `expect` line/);
  r = journey(errand('unknown.txt', 'want imigrasi/paspor-palsu\nexpect imigrasi/paspor-palsu\n'));
  assert.equal(r.code, 1);
  assert.match(r.out, /unknown\.txt:1: there is no service 'imigrasi\/paspor-palsu'/);
  r = journey(errand('doc.txt', 'want imigrasi/paspor-baru\nhave kartu-sakti\nexpect imigrasi/paspor-baru\n'));
  assert.equal(r.code, 1);
  assert.match(r.out, /'kartu-sakti' is not a document the hall knows/);
  r = journey(join(dir, 'absent.txt'));
  assert.equal(r.code, 1);
  assert.match(r.out, /absent\.txt: No such file/);
});

test('a cycle across the hall is refused, naming the services around it', () => {
  const plugins = join(dir, 'plugins');
  cpSync(join(ROOT, 'plugins'), plugins, { recursive: true });
  // the new head of family's KK declared as given: the death deed needs a
  // KK, and that KK needs the death deed
  const file = join(plugins, 'dukcapil.lua');
  const lua = readFileSync(file, 'utf8');
  const looped = lua.replace('  needs = { "akta-kematian", "kk" },\n',
    '  needs = { "akta-kematian", "kk" },\n  gives = { "kk" },\n');
  assert.notEqual(looped, lua, 'the edit found its place');
  writeFileSync(file, looped);
  const r = journey('tests/journeys/pencari-kerja.txt', plugins);
  assert.equal(r.code, 1, r.out);
  assert.match(r.out, /need one another's documents in a cycle: (dukcapil\/\S+ -> )+dukcapil\/\S+\n/);
  assert.match(r.out, /dukcapil\/kk-ganti-kepala-keluarga/);
  assert.match(r.out, /dukcapil\/akta-kematian/);
  writeFileSync(file, lua);
  assert.equal(journey('tests/journeys/pencari-kerja.txt', plugins).code, 0, 'the same hall without the loop');
});

test('mppctl check refuses a plugin that closes a cycle with the rest of the hall', () => {
  const file = join(dir, 'dukcapil.lua');
  const lua = readFileSync(join(ROOT, 'plugins/dukcapil.lua'), 'utf8');
  // a new family card that asked for a passport: Imigrasi's passport needs
  // the family card, so neither could come first
  writeFileSync(file, lua.replace('  needs = { "buku-nikah" },\n  gives = { "kk" },',
    '  needs = { "buku-nikah", "paspor" },\n  gives = { "kk" },'));
  const args = ['--config', 'mppd.cfg', '--data', join(dir, 'data'), 'check'];
  const r = spawnSync(MPPCTL, [...args, file], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /dukcapil\.lua: the hall's services need one another's documents in a cycle: .*dukcapil\/kk-baru -> imigrasi\/paspor-baru/);
  assert.doesNotMatch(r.stdout, /^ok: /m);
  writeFileSync(file, lua);
  const fine = spawnSync(MPPCTL, [...args, file], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(fine.status, 0, fine.stdout + fine.stderr);
});
