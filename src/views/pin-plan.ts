import type { KnownBlock, ModalView } from '@slack/types';
import type { Reply } from './blocks.js';
import { PICK_COMMAND_ACTION, RUN_COMMAND_ACTION } from './ids.js';

interface Carrier {
  action_id?: string;
  value?: string;
  options?: { value?: string }[];
}

const withPlan = (line: string, key: string) => `${line} --plan ${key}`;

function pinElement<E>(element: E, key: string): E {
  const e = element as Carrier;
  if (e.action_id === RUN_COMMAND_ACTION && e.value !== undefined) return { ...element, value: withPlan(e.value, key) };
  if (e.action_id === PICK_COMMAND_ACTION && e.options) {
    const options = e.options.map((o) => (o.value === undefined ? o : { ...o, value: withPlan(o.value, key) }));
    return { ...element, options };
  }
  return element;
}

function pinBlock(block: KnownBlock, key: string): KnownBlock {
  if (block.type === 'actions') return { ...block, elements: block.elements.map((e) => pinElement(e, key)) };
  if (block.type === 'section' && block.accessory) return { ...block, accessory: pinElement(block.accessory, key) };
  return block;
}

/**
 * An answer about a plan named with `--plan`: every button and menu it offers
 * runs its command on that plan too, or a click would answer for the default.
 */
export function pinPlan(reply: Reply, key: string): Reply {
  return { ...reply, blocks: reply.blocks.map((b) => pinBlock(b, key)) };
}

/** A form remembers the plan it was opened for, so its submission is checked and stored against that plan. */
export function modalForPlan(modal: ModalView, key: string): ModalView {
  return { ...modal, private_metadata: key };
}
