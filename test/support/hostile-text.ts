import fc from 'fast-check';

/** What people paste, and what an attacker would try: Slack's live syntax, escaped and not, and worse. */
const PIECES = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!subteam^S0TEAM123|@leaders>',
  '<@U0VICTIM1>',
  '<@U0VICTIM1|victim>',
  '<#C0SECRET1|secret>',
  '<https://evil.example/phish|官方通知>',
  '<mailto:a@evil.example|mail>',
  '&lt;!channel&gt;',
  '&lt;@U0VICTIM1&gt;',
  '&amp;lt;!here&amp;gt;',
  '\uE000@U0VICTIM1\uE001',
  'status',
  'xuwei',
  '徐圩新区',
  'task',
  '19',
  '任务十九',
  'tasks',
  'overdue',
  'report',
  'progress',
  'history',
  'export',
  'admin grant',
  'lang en',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '9'.repeat(400),
  '０．５亿',
  '1,234,567.89万',
  '\'; DROP TABLE "Figure"; --',
  '{{7*7}}',
  // A template placeholder, as typed.
  `$${'{'}process.exit()}`,
  '*bold* _it_ ~s~ `code`',
  '\u0000\u0007\u001b[31m',
  '\u202Eevil',
  '👨‍👩‍👧',
  '  ',
  '\n',
];

/** One line of text built from hostile pieces and random characters, up to a long paste. */
export const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 12 })
  .map((parts) => parts.join(' '));

/** Now and then, a text of ten thousand characters. */
export const hostileOrHuge = fc.oneof(
  { weight: 9, arbitrary: hostileText },
  { weight: 1, arbitrary: hostileText.map((t) => `${t} ${'<!channel>'.repeat(1000)}`) },
);
