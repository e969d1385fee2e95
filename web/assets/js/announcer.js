// announcer.js - the spoken call on the hall board: a chime, then "Nomor
// antrean, A, nol, nol, tujuh, silakan menuju loket, lima" (or, where the
// hall config asks for the short sentence, "A, nol, nol, tujuh, loket
// lima"), from word clips in /audio (made by scripts/make-audio.sh with
// espeak-ng), so it works offline with no Indonesian voice installed. The
// browser's id-ID voice is an option (?voice=browser).
//
// One speaker says about 8 calls a minute; a hall opening 34 counters at
// once calls faster than that. So calls wait in a bounded queue and never
// overlap; a call older than the hall's maximum age when its turn comes is
// not spoken (it stays on the screen); a recall of a number still waiting
// replaces it rather than queueing it twice; past the bound the oldest
// waiting call gives way. What is still to be spoken is in list().

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
// short: "A, nol, nol, tujuh, loket lima" instead of the full sentence.
export function callWords(number, counter, short = false) {
  const words = short ? [] : [{ clip: 'nomor-antrean', text: 'Nomor antrean' }];
  for (const ch of number.toUpperCase()) {
    if (LETTERS[ch]) words.push({ clip: 'huruf-' + ch.toLowerCase(), text: ch });
    else if (ch >= '0' && ch <= '9') words.push({ clip: 'angka-' + ch, text: DIGITS[+ch] });
  }
  words.push(short ? { clip: 'loket', text: 'loket' } : { clip: 'silakan-menuju-loket', text: 'silakan menuju loket' });
  // counters 1..40 have their own clip; larger ones are built from words
  if (counter >= 1 && counter <= 40) words.push({ clip: 'loket-' + counter, text: numberWords(counter).join(' ') });
  else for (const w of numberWords(counter)) words.push({ clip: 'kata-' + w, text: w });
  return words;
}

export function callSentence(number, counter, short = false) {
  return callWords(number, counter, short).map((w) => w.text).join(', ');
}

export class Announcer {
  // onChange(list, history): what is to be spoken changed (items {id, number,
  // counter, at, text, state: queued | playing | done | skipped});
  // onBlocked(): the browser refused to play sound without a touch.
  // maxAge (ms): a call older than this is not spoken; queueMax: calls
  // waiting at most; short: the short sentence (the hall config's board group).
  constructor({ base = '/audio/', voice = 'clips', maxAge = 60000, queueMax = 10, short = false,
    onChange = () => {}, onBlocked = () => {} } = {}) {
    this.base = base;
    this.voice = voice;
    this.onChange = onChange;
    this.onBlocked = onBlocked;
    this.configure({ maxAge, queueMax, short });
    this.queue = [];
    this.playing = null;
    this.history = [];
    this.made = 0; // calls queued so far: each item's id
    this.spoken = 0;
    this.skipped = 0;
    this.player = new Audio();
    this.player.preload = 'auto';
  }

  configure({ maxAge, queueMax, short }) {
    if (maxAge > 0) this.maxAge = maxAge;
    if (queueMax > 0) this.queueMax = queueMax;
    if (short !== undefined) this.short = !!short;
  }

  // Queues the call of `number` at `counter`, made at time `at` (ms).
  say(number, counter, at = Date.now()) {
    if (Date.now() - at > this.maxAge) return this.skip({ number, counter, at });
    const text = callSentence(number, counter, this.short);
    const same = this.queue.find((q) => q.number === number);
    if (same) {
      // a recall of a number still waiting: one announcement, the latest
      Object.assign(same, { counter, at, text });
    } else {
      this.queue.push({ id: ++this.made, number, counter, at, text, state: 'queued' });
      while (this.queue.length > this.queueMax) this.skip(this.queue.shift());
    }
    this.changed();
    if (!this.playing) this.next();
    return same;
  }

  // A call that will not be spoken: kept in the history as skipped.
  skip(item) {
    item.state = 'skipped';
    item.text ??= callSentence(item.number, item.counter, this.short);
    this.skipped++;
    this.remember(item);
    return item;
  }

  remember(item) {
    this.history.unshift(item);
    if (this.history.length > 10) this.history.length = 10;
  }

  // What is still to be spoken: the call playing, then the waiting ones.
  list() { return [...(this.playing ? [this.playing] : []), ...this.queue]; }

  changed() { this.onChange(this.list(), this.history); }

  async next() {
    let item = this.queue.shift();
    while (item && Date.now() - item.at > this.maxAge) {
      this.skip(item);
      item = this.queue.shift();
    }
    if (!item) { this.playing = null; this.changed(); return; }
    this.playing = item;
    item.state = 'playing';
    this.changed();
    try {
      await this.play('chime');
      if (this.voice === 'browser' && 'speechSynthesis' in window) await this.speak(item.text);
      else for (const w of callWords(item.number, item.counter, this.short)) await this.play(w.clip);
    } catch { /* a missing clip or a blocked player: go on with the queue */ }
    item.state = 'done';
    item.spokenAt = Date.now();
    this.spoken++;
    this.remember(item);
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
