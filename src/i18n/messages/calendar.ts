import type { CommandLine } from '../command-line.js';
import { defineMessages } from '../lang.js';

export const calendarText = defineMessages({
  zh: {
    badDate: (w: string) => `“${w}”不是日期，请写成 2027-02-16 这样。`,
    set: (date: string, holiday: boolean) => `✅ 已把 ${date} 记为${holiday ? '放假日' : '工作日（调休上班）'}。`,
    removed: (date: string) => `✅ 已删除 ${date} 的设置，恢复按国务院安排（或周末）计。`,
    notSet: (date: string) => `${date} 没有管理员添加的设置，未做更改。`,
    title: (year: number) => `${year}年工作日历`,
    builtIn: (year: number) => `${year}年的节假日和调休按国务院办公厅通知内置。`,
    noData: (year: number) =>
      `⚠️ 还没有${year}年的节假日安排：暂按周末计算工作日。国务院通知发布后，请用 /zone admin holiday 和 /zone admin workday 补充。`,
    line: (date: string, holiday: boolean, note: string, by: string) =>
      `• ${date} ${holiday ? '放假' : '上班'}${note ? `（${note}）` : ''} · ${by} 设置`,
    none: '管理员尚未添加日期。',
    usage: (line: CommandLine) =>
      `${line('admin holiday 2027-02-16 春节')} · ${line('admin workday 2027-02-07 春节调休')} · ${line('admin calendar 2027')} · ${line('admin calendar remove 2027-02-16')}`,
  },
  en: {
    badDate: (w: string) => `"${w}" is not a date; write it like 2027-02-16.`,
    set: (date: string, holiday: boolean) =>
      `✅ ${date} is now ${holiday ? 'a holiday' : 'a working day (a 调休 day)'}.`,
    removed: (date: string) =>
      `✅ The setting for ${date} is gone; the State Council's calendar (or the weekend) holds again.`,
    notSet: (date: string) => `No admin set anything for ${date}; nothing was changed.`,
    title: (year: number) => `Working days in ${year}`,
    builtIn: (year: number) =>
      `${year}'s holidays and 调休 working days come built in, from the State Council's notice.`,
    noData: (year: number) =>
      `⚠️ There is no holiday schedule for ${year} yet: working days are counted by weekends alone. Once the State Council's notice is out, add it with /zone admin holiday and /zone admin workday.`,
    line: (date: string, holiday: boolean, note: string, by: string) =>
      `• ${date} ${holiday ? 'holiday' : 'working day'}${note ? ` (${note})` : ''} · set by ${by}`,
    none: 'No admin has added any day.',
    usage: (line: CommandLine) =>
      `${line('admin holiday 2027-02-16 Spring Festival')} · ${line('admin workday 2027-02-07 make-up day')} · ${line('admin calendar 2027')} · ${line('admin calendar remove 2027-02-16')}`,
  },
});
