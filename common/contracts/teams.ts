import { Type } from 'typebox';
import { page } from './errors.js';

const Member = Type.Object({ id: Type.String(), email: Type.String(), name: Type.String() });
const MemberIds = Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 1000 });

export const TeamSchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    tenant_id: Type.String(),
    members: Type.Array(Member),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
  },
  { title: 'Team' },
);

export const TeamPage = page(TeamSchema, 'TeamPage');

export const CreateTeamBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }), member_ids: Type.Optional(MemberIds) },
  { additionalProperties: false, title: 'CreateTeam' },
);

export const UpdateTeamBody = Type.Object(
  { name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' })), member_ids: Type.Optional(MemberIds) },
  { additionalProperties: false, title: 'UpdateTeam' },
);

export const AddMemberBody = Type.Object({ user_id: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false, title: 'AddTeamMember' });

export const TeamMemberParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }), user_id: Type.String({ minLength: 1, maxLength: 64 }) });
