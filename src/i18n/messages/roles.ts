import type { Role } from '../../domain/roles.js';
import { defineMessages } from '../lang.js';

export const rolesText = defineMessages<{
  role: Record<Role, string>;
  scoped: (role: string, scope: string) => string;
  refused: string;
  whoCan: (list: string) => string;
  nobody: string;
  people: (mentions: string) => string;
}>({
  zh: {
    role: { admin: '管理员', leadership: '领导', reporter: '填报员', officer: '单位联络员' },
    scoped: (role, scope) => `${scope}${role}`,
    refused: '⛔ 您没有权限做这件事，未做任何更改。',
    whoCan: (list) => `可以办理的是：${list}`,
    nobody: '（目前无人担任）',
    people: (mentions) => `（${mentions}）`,
  },
  en: {
    role: { admin: 'admin', leadership: 'leadership', reporter: 'reporter', officer: 'unit officer' },
    scoped: (role, scope) => `${role} for ${scope}`,
    refused: '⛔ You may not do that; nothing was changed.',
    whoCan: (list) => `Who can: ${list}`,
    nobody: ' (nobody holds this role yet)',
    people: (mentions) => ` (${mentions})`,
  },
});
