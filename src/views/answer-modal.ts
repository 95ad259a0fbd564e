import type { KnownBlock, ModalView } from '@slack/types';
import { fitBlocks, modalText } from './blocks.js';

/** Slack allows 100 blocks in a modal. */
const MAX_MODAL_BLOCKS = 100;

/**
 * An answer shown in a modal: for clicks on the Home tab, which have no
 * conversation to answer in, only the click's trigger.
 */
export function answerModal(answer: { blocks: KnownBlock[] }, closeLabel: string): ModalView {
  return {
    type: 'modal',
    title: modalText('zonebot'),
    close: modalText(closeLabel),
    blocks: fitBlocks(answer.blocks, (n) => `… ${n}`, MAX_MODAL_BLOCKS),
  };
}
