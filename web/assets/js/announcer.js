// announcer.js - the spoken call on the hall board: a chime, then "Nomor
// antrean, A, nol, nol, tujuh, silakan menuju loket, lima", from word
// clips in /audio (made by scripts/make-audio.sh with espeak-ng), so it
// works offline with no Indonesian voice installed. Calls wait in a queue
// and never overlap. The browser's id-ID voice is an option (?voice=browser).

const DIGITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];
// letters as Indonesian halls say them
const LETTERS = {
  A: 'a', B: 'be', C: 'ce', D: 'de', E: 'e', F: 'ef', G: 'ge', H: 'ha', I: 'i', J: 'je',
  K: 'ka', L: 'el', M: 'em', N: 'en', O: 'o', P: 'pe', Q: 'ki', R: 'er', S: 'es', T: 'te',
  U: 'u', V: 'fe', W: 'we', X: 'eks', Y: 'ye', Z: 'zet',
};

// Indonesian words of 0..9999, for counters: 5 -> "lima", 11 -> "sebelas",
// 25 -> "dua puluh lima", 100 -> "seratus".
export function numberWords(n) {
  if (n < 10) return [DIGITS[n]];
  if (n === 10) return ['sepuluh'];
  if (n === 11) return ['sebelas'];
  if (n < 20) return [DIGITS[n - 10], 'belas'];
  if (n < 100) return [DIGITS[Math.floor(n / 10)], 'puluh', ...(n % 10 ? [DIGITS[n % 10]] : [])];
  if (n < 1000) {
    const head = Math.floor(n / 100) === 1 ? ['seratus'] : [DIGITS[Math.floor(n / 100)], 'ratus'];
    return [...head, ...(n % 100 ? numberWords(n % 100) : [])];
  }
  const head = Math.floor(n / 1000) === 1 ? ['seribu'] : [...numberWords(Math.floor(n / 1000)), 'ribu'];
  return [...head, ...(n % 1000 ? numberWords(n % 1000) : [])];
}

// The words of one call, in order: each is a clip name and a word to show.
export function callWords(number, counter) {
  const words = [{ clip: 'nomor-antrean', text: 'Nomor antrean' }];
  for (const ch of number.toUpperCase()) {
    if (LETTERS[ch]) words.push({ clip: 'huruf-' + ch.toLowerCase(), text: ch });
    else if (ch >= '0' && ch <= '9') words.push({ clip: 'angka-' + ch, text: DIGITS[+ch] });
  }
  words.push({ clip: 'silakan-menuju-loket', text: 'silakan menuju loket' });
  // counters 1..40 have their own clip; larger ones are built from words
  if (counter >= 1 && counter <= 40) words.push({ clip: 'loket-' + counter, text: numberWords(counter).join(' ') });
  else for (const w of numberWords(counter)) words.push({ clip: 'kata-' + w, text: w });
  return words;
}

export function callSentence(number, counter) {
  return callWords(number, counter).map((w) => w.text).join(', ');
}

export class Announcer {
  // onChange(list, history): the queue changed (items {number, counter, text, state});
  // onBlocked(): the browser refused to play sound without a touch
  constructor({ base = '/audio/', voice = 'clips', onChange = () => {}, onBlocked = () => {} } = {}) {
    this.base = base;
    this.voice = voice;
    this.onChange = onChange;
    this.onBlocked = onBlocked;
    this.queue = [];
    this.playing = null;
    this.history = [];
    this.player = new Audio();
    this.player.preload = 'auto';
  }

  say(number, counter) {
    const item = { number, counter, text: callSentence(number, counter), state: 'queued' };
    this.queue.push(item);
    this.changed();
    if (!this.playing) this.next();
    return item;
  }

  list() { return [...(this.playing ? [this.playing] : []), ...this.queue]; }

  changed() { this.onChange(this.list(), this.history); }

  async next() {
    const item = this.queue.shift();
    if (!item) { this.playing = null; this.changed(); return; }
    this.playing = item;
    item.state = 'playing';
    this.changed();
    try {
      await this.play('chime');
      if (this.voice === 'browser' && 'speechSynthesis' in window) await this.speak(item.text);
      else for (const w of callWords(item.number, item.counter)) await this.play(w.clip);
    } catch { /* a missing clip or a blocked player: go on with the queue */ }
    item.state = 'done';
    this.history.unshift(item);
    this.history.length = Math.min(this.history.length, 10);
    await new Promise((r) => setTimeout(r, 400));
    this.next();
  }

  // Plays one clip to its end; never waits longer than 4 s for it.
  play(clip) {
    return new Promise((resolve) => {
      const p = this.player;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        p.onended = p.onerror = null;
        resolve();
      };
      const timer = setTimeout(finish, 4000);
      p.onended = finish;
      p.onerror = finish;
      p.src = this.base + clip + '.ogg';
      p.play().catch((err) => {
        // autoplay refused: the TV's browser needs a touch or the flag
        if (err && err.name === 'NotAllowedError') this.onBlocked();
        finish();
      });
    });
  }

  speak(text) {
    return new Promise((resolve) => {
      const u = new SpeechSynthesisUtterance(text.replace(/,/g, ' '));
      u.lang = 'id-ID';
      const voice = speechSynthesis.getVoices().find((v) => v.lang.replace('_', '-').startsWith('id'));
      if (voice) u.voice = voice;
      u.rate = 0.9;
      u.onend = u.onerror = () => resolve();
      speechSynthesis.speak(u);
      setTimeout(resolve, 15000);
    });
  }
}
