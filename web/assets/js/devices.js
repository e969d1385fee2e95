// devices.js - the devices of a hall and how each runs its page: the
// address to open and Debian's Chromium command line for it. The admin's
// "Perangkat" panel shows them with a QR code each; docs/operations.md
// gives the same lines, and tests/browser/devices.test.mjs launches
// Chromium with these very flags.

// Flags every device shares: no first-run or crash bubbles, no
// translation prompt, no background downloads on a hall's network.
const COMMON = ['--noerrdialogs', '--disable-session-crashed-bubble', '--no-first-run',
  '--disable-translate', '--disable-background-networking', '--disable-component-update'];

export const DEVICES = [
  {
    id: 'kiosk', path: '/kiosk',
    // full screen, touch without pinch or swipe-back, tickets printed at
    // once on the default printer (the thermal printer)
    flags: ['--kiosk', '--kiosk-printing', '--disable-pinch', '--overscroll-history-navigation=0',
      ...COMMON],
  },
  {
    id: 'board', path: '/board',
    // full screen, sound without anyone touching it
    flags: ['--kiosk', '--autoplay-policy=no-user-gesture-required', ...COMMON],
  },
  {
    id: 'display', path: '/display?counter=1',
    // the small screen above a counter (replace 1 with the counter's number)
    flags: ['--kiosk', ...COMMON],
  },
  {
    id: 'counter', path: '/counter',
    // a window of its own, beside the desk's other work
    flags: ['--start-maximized', ...COMMON],
    app: true,
  },
  {
    id: 'survey', path: '/survey/1',
    // the SKM tablet at a counter (replace 1 with the counter's number)
    flags: ['--kiosk', ...COMMON],
  },
];

// The command line that opens `url` as device `d`.
export function commandLine(d, url) {
  return ['chromium', ...d.flags, d.app ? `--app=${url}` : url].join(' ');
}
