import { tokenize } from './tokenize.js';

/** A line with its `--plan <key>` taken out: the rest is the command as if typed without it. */
export interface PlanOption {
  text: string;
  /** undefined when the line names no plan; '' when `--plan` has nothing after it. */
  plan: string | undefined;
}

// Slack's and phones' keyboards turn "--" into a dash: —plan and –plan are read as --plan too.
const OPTION = /^(?:--|—|–)plan(?:=(.*))?$/iu;

/** `--plan <key>` (or `--plan=<key>`) taken out of a list of words, wherever it stands. */
export function takePlanWords(words: string[]): { words: string[]; plan: string | undefined } {
  const at = words.findIndex((w) => OPTION.test(w.normalize('NFKC')));
  if (at < 0) return { words, plan: undefined };
  const inline = OPTION.exec((words[at] as string).normalize('NFKC'))?.[1];
  const plan = inline ?? words[at + 1] ?? '';
  const rest = [...words.slice(0, at), ...words.slice(at + (inline === undefined ? 2 : 1))];
  return { words: rest, plan: plan.normalize('NFKC').toLowerCase() };
}

/** Finds `--plan <key>` anywhere in the line, so it may come before or after the command. */
export function takePlanOption(text: string): PlanOption {
  const { words, plan } = takePlanWords(tokenize(text));
  return plan === undefined ? { text, plan } : { text: words.join(' '), plan };
}
