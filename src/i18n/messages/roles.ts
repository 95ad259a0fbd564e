import type { Role } from '../../domain/roles.js';
import { defineMessages } from '../lang.js';

export const rolesText = defineMessages<{
  role: Record<Role, string>;
  scoped: (role: string, scope: string) => string;
  refused: string;
  whoCan: (list: string) => string;
  people: (mentions: string) => string;
  nobody: string;
}>({
  zh: {
    role: { admin: '管理员', leadership: '领导', reporter: '填报员', officer: '单位联络员' },
    scoped: (role, scope) => `${scope}${role}`,
    refused: '⛔ 您没有权限做这件事，未做任何更改。',
    whoCan: (list) => `可以找：${list}`,
    people: (mentions) => `（${mentions}）`,
    nobody: '目前还没有人能办理这件事：请服务器管理员在 ZONE_ADMINS 中设置管理员，由管理员分配角色。',
  },
  en: {
    role: { admin: 'admin', leadership: 'leadership', reporter: 'reporter', officer: 'unit officer' },
    scoped: (role, scope) => `${role} for ${scope}`,
    refused: '⛔ You may not do that; nothing was changed.',
    whoCan: (list) => `You could ask: ${list}`,
    people: (mentions) => ` (${mentions})`,
    nobody:
      'Nobody can do this yet: the server administrator should name admins in ZONE_ADMINS, who can then give out roles.',
  },
});
