import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../src/domain/dates.js';
import { HOLIDAY_NOTICES } from '../../src/domain/holidays-cn.js';
import { buildCalendar, hasHolidayData, isWorkingDay } from '../../src/domain/workdays.js';

/**
 * The arrangements of 国务院办公厅关于XXXX年部分节假日安排的通知, item by
 * item in the notices' own words, so that the calendar is checked against
 * the notices and not against the data it was built from.
 */
const NOTICES: Record<number, { docNumber: string; items: string[] }> = {
  2021: {
    docNumber: '国办发明电〔2020〕27号',
    items: [
      '元旦：2021年1月1日至3日放假，共3天。',
      '春节：2月11日至17日放假调休，共7天。2月7日（星期日）、2月20日（星期六）上班。',
      '清明节：4月3日至5日放假调休，共3天。',
      '劳动节：5月1日至5日放假调休，共5天。4月25日（星期日）、5月8日（星期六）上班。',
      '端午节：6月12日至14日放假，共3天。',
      '中秋节：9月19日至21日放假调休，共3天。9月18日（星期六）上班。',
      '国庆节：10月1日至7日放假调休，共7天。9月26日（星期日）、10月9日（星期六）上班。',
    ],
  },
  2022: {
    docNumber: '国办发明电〔2021〕11号',
    items: [
      '元旦：2022年1月1日至3日放假，共3天。',
      '春节：1月31日至2月6日放假调休，共7天。1月29日（星期六）、1月30日（星期日）上班。',
      '清明节：4月3日至5日放假调休，共3天。4月2日（星期六）上班。',
      '劳动节：4月30日至5月4日放假调休，共5天。4月24日（星期日）、5月7日（星期六）上班。',
      '端午节：6月3日至5日放假，共3天。',
      '中秋节：9月10日至12日放假，共3天。',
      '国庆节：10月1日至7日放假调休，共7天。10月8日（星期六）、10月9日（星期日）上班。',
    ],
  },
  2023: {
    docNumber: '国办发明电〔2022〕16号',
    items: [
      '元旦：2022年12月31日至2023年1月2日放假调休，共3天。',
      '春节：1月21日至27日放假调休，共7天。1月28日（星期六）、1月29日（星期日）上班。',
      '清明节：4月5日放假，共1天。',
      '劳动节：4月29日至5月3日放假调休，共5天。4月23日（星期日）、5月6日（星期六）上班。',
      '端午节：6月22日至24日放假调休，共3天。6月25日（星期日）上班。',
      '中秋节、国庆节：9月29日至10月6日放假调休，共8天。10月7日（星期六）、10月8日（星期日）上班。',
    ],
  },
  2024: {
    docNumber: '国办发明电〔2023〕7号',
    items: [
      '元旦：1月1日放假，与周末连休。',
      '春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息。',
      '清明节：4月4日至6日放假调休，共3天。4月7日（星期日）上班。',
      '劳动节：5月1日至5日放假调休，共5天。4月28日（星期日）、5月11日（星期六）上班。',
      '端午节：6月10日放假，与周末连休。',
      '中秋节：9月15日至17日放假调休，共3天。9月14日（星期六）上班。',
      '国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。',
    ],
  },
  2025: {
    docNumber: '国办发明电〔2024〕12号',
    items: [
      '元旦：1月1日（周三）放假1天，不调休。',
      '春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。',
      '清明节：4月4日（周五）至6日（周日）放假，共3天。',
      '劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。',
      '端午节：5月31日（周六）至6月2日（周一）放假，共3天。',
      '国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。',
    ],
  },
  2026: {
    docNumber: '国办发明电〔2025〕7号',
    items: [
      '元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。',
      '春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。',
      '清明节：4月4日（周六）至6日（周一）放假，共3天。',
      '劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。',
      '端午节：6月19日（周五）至21日（周日）放假，共3天。',
      '中秋节：9月25日（周五）至27日（周日）放假，共3天。',
      '国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。',
    ],
  },
};

const WEEKDAYS = '日一二三四五六';
const DAY = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:（([^）]*)）)?/g;

interface Stated {
  name: string;
  off: [string, string];
  work: string[];
}

/**
 * Reads one item as a reader of the notice would: the first sentence gives
 * the days off (a month or year left out is the one before), the sentence
 * ending in 上班 the days worked; every weekday written beside a date is
 * checked against the date on the way.
 */
function readItem(item: string, year: number): Stated {
  const [name = '', rest = ''] = item.split('：');
  const sentences = rest.split('。');
  let y = year;
  let m = 1;
  const dates = (sentence: string) =>
    [...sentence.matchAll(DAY)].map(([, yy, mm, dd, note]) => {
      if (yy) y = Number(yy);
      if (mm) m = Number(mm);
      const date = `${y}-${String(m).padStart(2, '0')}-${String(Number(dd)).padStart(2, '0')}`;
      const weekday = note && /(?:星期|周)([日一二三四五六])/.exec(note)?.[1];
      if (weekday) expect(WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()], `${item}: ${date}`).toBe(weekday);
      return date;
    });
  const off = dates(sentences[0] ?? '');
  const from = off[0] ?? '';
  const to = off[1] ?? from;
  const days = /(?:共|放假)(\d+)天/.exec(sentences[0] ?? '')?.[1];
  expect(Number(days ?? 1), item).toBe(daysBetween(from, to) + 1);
  const work = sentences.filter((s) => s.endsWith('上班')).flatMap(dates);
  return { name, off: [from, to], work };
}

const stated = Object.entries(NOTICES).map(([year, { docNumber, items }]) => ({
  year: Number(year),
  docNumber,
  holidays: items.map((item) => readItem(item, Number(year))),
}));

const calendar = buildCalendar([]);

describe('the holiday data, against the State Council’s notices', () => {
  it('holds each notice’s holidays as the notice states them', () => {
    expect(HOLIDAY_NOTICES).toEqual(stated);
  });

  it.each(stated)('makes every day of $year what its notice ($docNumber) says it is', ({ year }) => {
    const off = new Set<string>();
    const worked = new Set<string>();
    for (const notice of stated) {
      for (const h of notice.holidays) {
        for (let d = h.off[0]; d <= h.off[1]; d = addDays(d, 1)) off.add(d);
        for (const d of h.work) worked.add(d);
      }
    }
    const wrong: string[] = [];
    for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) {
      const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
      const expected = worked.has(d) || (!off.has(d) && weekday !== 0 && weekday !== 6);
      if (isWorkingDay(d, calendar) !== expected) wrong.push(d);
    }
    expect(wrong).toEqual([]);
    expect(hasHolidayData(year, calendar)).toBe(true);
  });

  it('keeps 2024’s 除夕 a working day: the notice only encourages rest', () => {
    expect(isWorkingDay('2024-02-09', calendar)).toBe(true);
  });
});
