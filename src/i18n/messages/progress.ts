import type { ProgressProblem } from '../../domain/progress-input.js';
import type { CommandLine } from '../command-line.js';
import { defineMessages } from '../lang.js';

export const progressText = defineMessages<{
  usage: string;
  summary: string;
  details: (line: CommandLine) => string;
  missing: (line: CommandLine) => string;
  noMilestones: (task: number) => string;
  organisation: string;
  /** Said in the terminal, about Slack: the form only opens there. */
  terminal: string;
  title: string;
  submit: string;
  close: string;
  milestone: string;
  zone: string;
  unitItself: string;
  state: string;
  note: string;
  noteHint: string;
  evidence: string;
  evidenceHint: string;
  problem: (p: ProgressProblem) => string;
  savedTitle: string;
  saved: (what: string, state: string) => string;
  awaiting: (who: string) => string;
  askTitle: (who: string, what: string) => string;
  confirm: string;
  reject: string;
  confirmed: (who: string, at: string) => string;
  rejected: (who: string, at: string) => string;
  alreadyDecided: string;
  toReporterConfirmed: (what: string, who: string) => string;
  toReporterRejected: (what: string, who: string) => string;
}>({
  zh: {
    usage: 'progress <任务编号|组织保障> [开发区]',
    summary: '更新某项任务节点的进展（弹出表单）',
    details: (line) =>
      `例：${line('progress 19 xuwei')}。选择节点、开发区和状态（未开始、推进中、已完成、受阻），可附说明和佐证链接。填报员报告“已完成”后，由责任单位联络员确认办结（签收 → 办结）；确认之前显示为“待确认”，被退回的显示为“已退回”。`,
    missing: (line) => `请告诉我是哪项任务，例如 ${line('progress 19')}。`,
    noMilestones: (task) => `任务${task}没有设定期限的节点，无需报告进展。`,
    organisation: '组织保障（年度工作会议等）',
    terminal: '节点进展请在 Slack 中用 `/zone progress <任务编号>` 报告。',
    title: '更新进展',
    submit: '提交',
    close: '取消',
    milestone: '节点',
    zone: '开发区',
    unitItself: '责任单位自身',
    state: '状态',
    note: '说明',
    noteHint: '进展情况；“受阻”时请写明原因',
    evidence: '佐证链接',
    evidenceHint: 'https:// 开头的文件或网页链接',
    problem: (p) => {
      switch (p.code) {
        case 'unknown':
          return p.field === 'milestone' ? '请选择一个节点。' : '请选择一个状态。';
        case 'not_owed':
          return '这个开发区不承担所选节点。';
        case 'needs_reason':
          return '受阻时请写明原因。';
        case 'too_long':
          return '太长了，最多500个字符。';
        case 'not_a_link':
          return '链接须以 http:// 或 https:// 开头。';
      }
    },
    savedTitle: '已保存',
    saved: (what, state) => `✅ 已记录：${what} — ${state}`,
    awaiting: (who) => `⏳ 已提交责任单位确认办结：${who}`,
    askTitle: (who, what) => `📋 ${who} 报告已完成，请确认办结：${what}`,
    confirm: '确认办结',
    reject: '退回',
    confirmed: (who, at) => `✅ ${who} 已确认办结（${at}）`,
    rejected: (who, at) => `↩️ ${who} 已退回（${at}）`,
    alreadyDecided: '这项报告已经有人处理过了，未做更改。',
    toReporterConfirmed: (what, who) => `✅ 您报告完成的“${what}”已由 ${who} 确认办结。`,
    toReporterRejected: (what, who) => `↩️ 您报告完成的“${what}”被 ${who} 退回，请补充后重新报告。`,
  },
  en: {
    usage: 'progress <task number|org> [zone]',
    summary: "Update a task milestone's progress (opens a form)",
    details: (line) =>
      `E.g. ${line('progress 19 xuwei')}. Pick the milestone, the zone and the state (not started, in progress, done, blocked), with a note and an evidence link. When a zone reporter reports "done", an officer of a responsible unit confirms it; until then it shows as awaiting confirmation, and as sent back if the officer sends it back.`,
    missing: (line) => `Which task? E.g. ${line('progress 19')}.`,
    noMilestones: (task) => `Task ${task} has no dated milestone to report on.`,
    organisation: 'Organisation (yearly meetings and the like)',
    terminal: 'Report milestone progress in Slack with `/zone progress <task number>`.',
    title: 'Update progress',
    submit: 'Submit',
    close: 'Cancel',
    milestone: 'Milestone',
    zone: 'Zone',
    unitItself: 'The responsible unit itself',
    state: 'State',
    note: 'Note',
    noteHint: 'Where it stands; for "blocked", say what is in the way',
    evidence: 'Evidence link',
    evidenceHint: 'A link to a document or page, starting with https://',
    problem: (p) => {
      switch (p.code) {
        case 'unknown':
          return p.field === 'milestone' ? 'Choose a milestone.' : 'Choose a state.';
        case 'not_owed':
          return 'This zone does not owe that milestone.';
        case 'needs_reason':
          return 'Say what is blocking it.';
        case 'too_long':
          return 'Too long: at most 500 characters.';
        case 'not_a_link':
          return 'A link must start with http:// or https://.';
      }
    },
    savedTitle: 'Saved',
    saved: (what, state) => `✅ Recorded: ${what} — ${state}`,
    awaiting: (who) => `⏳ Sent to the responsible unit to confirm: ${who}`,
    askTitle: (who, what) => `📋 ${who} reports this done; please confirm: ${what}`,
    confirm: 'Confirm done',
    reject: 'Send back',
    confirmed: (who, at) => `✅ Confirmed done by ${who} (${at})`,
    rejected: (who, at) => `↩️ Sent back by ${who} (${at})`,
    alreadyDecided: 'Someone has already decided on this report; nothing changed.',
    toReporterConfirmed: (what, who) => `✅ "${what}", which you reported done, was confirmed by ${who}.`,
    toReporterRejected: (what, who) =>
      `↩️ "${what}", which you reported done, was sent back by ${who}; please add what is missing and report again.`,
  },
});
