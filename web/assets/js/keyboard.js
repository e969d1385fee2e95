// keyboard.js - the kiosk's on-screen keyboard: letters for searching,
// digits for inputs such as a NIK. It types into the focused input and
// fires "input" events, as a real keyboard would.
import { t, onLang } from './i18n.js';
import { el } from './format.js';

const ROWS = {
  alpha: ['1234567890', 'QWERTYUIOP', 'ASDFGHJKL-', 'ZXCVBNM/.'],
  digits: ['123', '456', '789'],
};

export class Keyboard {
  constructor(root) {
    this.root = root;
    this.target = null;
    this.mode = 'alpha';
    // keep focus in the input while keys are pressed
    root.addEventListener('pointerdown', (e) => e.preventDefault());
    onLang(() => this.render());
  }

  attach(input) {
    input.addEventListener('focus', () => this.show(input));
  }

  show(input) {
    this.target = input;
    this.mode = input.dataset.keys === 'digits' ? 'digits' : 'alpha';
    this.render();
    this.root.hidden = false;
    document.body.classList.add('with-keyboard');
  }

  hide() {
    this.root.hidden = true;
    this.target = null;
    document.body.classList.remove('with-keyboard');
  }

  type(text) {
    const i = this.target;
    if (!i) return;
    const start = i.selectionStart ?? i.value.length;
    const end = i.selectionEnd ?? i.value.length;
    const max = i.maxLength > 0 ? i.maxLength : Infinity;
    if (i.value.length - (end - start) + text.length > max) return;
    i.value = i.value.slice(0, start) + text + i.value.slice(end);
    i.setSelectionRange?.(start + text.length, start + text.length);
    i.dispatchEvent(new Event('input', { bubbles: true }));
  }

  erase(all) {
    const i = this.target;
    if (!i) return;
    if (all) i.value = '';
    else {
      const start = i.selectionStart ?? i.value.length;
      const end = i.selectionEnd ?? i.value.length;
      if (start !== end) i.value = i.value.slice(0, start) + i.value.slice(end);
      else if (start > 0) {
        i.value = i.value.slice(0, start - 1) + i.value.slice(start);
        i.setSelectionRange?.(start - 1, start - 1);
      }
    }
    i.dispatchEvent(new Event('input', { bubbles: true }));
  }

  render() {
    const key = (label, action, cls = '', aria) =>
      el('button', { type: 'button', class: 'key ' + cls, 'aria-label': aria, onclick: action }, label);
    const rows = ROWS[this.mode].map((r) =>
      el('div', { class: 'key-row' }, [...r].map((c) => key(c, () => this.type(this.mode === 'alpha' ? c.toLowerCase() : c)))));
    const last = el('div', { class: 'key-row' },
      this.mode === 'alpha' ? key(t('kiosk.keyboard.space'), () => this.type(' '), 'wide') : key('0', () => this.type('0')),
      key('⌫', () => this.erase(false), 'action', t('kiosk.keyboard.delete')),
      key(t('kiosk.keyboard.clear'), () => this.erase(true), 'action'),
      key(t('kiosk.keyboard.done'), () => { this.target?.blur(); this.hide(); }, 'done'));
    this.root.replaceChildren(el('div', { class: 'keys ' + this.mode }, rows, last));
  }
}
