import { Type } from 'typebox';

export const Health = Type.Object({ status: Type.String() }, { title: 'Health' });
export const Readiness = Type.Object({ status: Type.String(), database: Type.String(), detail: Type.Optional(Type.String()) }, { title: 'Readiness' });
