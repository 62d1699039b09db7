import { call, match, type MatchFn, type Operand } from '../../../predicates/predicate.js';
import { ARGUMENT_KIND_NAMES, MAX_INTEGER_ARGUMENT, OPERAND_FNS, argumentKindOf, argumentProblem, arityOf, isOperandFn } from '../../../predicates/predicate-functions.js';
import { operandType } from '../../../modules/dashboards/dashboard-fields.js';
import { at } from './odata-errors.js';
import type { Token } from './odata-lexer.js';
import type { Node, TokenCursor } from './odata-cursor.js';

/** OData's built-in functions this face offers, by their lower-case names. */
const MATCH_FNS: readonly MatchFn[] = ['contains', 'startswith', 'endswith'];
export const ODATA_FUNCTIONS: readonly string[] = [...MATCH_FNS, ...OPERAND_FNS];

const isMatchFn = (name: string): name is MatchFn => (MATCH_FNS as readonly string[]).includes(name);

export function isODataFunction(name: string): boolean {
  return ODATA_FUNCTIONS.includes(name.toLowerCase());
}

/** The fewest and most arguments an OData function takes. */
export function arityOfFunction(name: string): [min: number, max: number] {
  const fn = name.toLowerCase();
  return isOperandFn(fn) ? arityOf(fn) : [2, 2];
}

const ORDINALS = ['first', 'second', 'third'];

/**
 * Builds a call from its parsed arguments: substring tests become conditions, every other
 * function a value. Arguments are checked against the function's signature here, so a wrong
 * one is reported where it was written.
 */
export function buildCall(cursor: TokenCursor, name: Token, args: Node[], span: { start: number; end: number }): Node {
  const fn = name.text.toLowerCase();
  const operands = args.map((arg, index): Operand => {
    const kind = isOperandFn(fn) ? argumentKindOf(fn, index) : 'string';
    const wanted = ARGUMENT_KIND_NAMES[kind ?? 'string'];
    const ordinal = ORDINALS[index] ?? `${index + 1}th`;
    const refuse = () => cursor.error(`${fn} expects ${wanted} as its ${ordinal} argument ${at(arg.start)}, found ${cursor.describe(arg)}`, arg.start);
    if (arg.kind !== 'operand') throw refuse();
    const type = operandType(arg.operand);
    const literal = arg.operand.kind === 'value' ? arg.operand.value : undefined;
    const problem = isOperandFn(fn) ? argumentProblem(fn, index, type, literal) : type === 'string' || type === 'null' ? undefined : 'mismatch';
    if (problem === undefined) return arg.operand;
    if (kind === 'integer' && type === 'number') {
      throw cursor.error(`${fn} expects a whole number between -${MAX_INTEGER_ARGUMENT} and ${MAX_INTEGER_ARGUMENT} as its ${ordinal} argument ${at(arg.start)}, found ${cursor.describe(arg)}`, arg.start);
    }
    throw refuse();
  });
  if (isMatchFn(fn)) {
    const [target, needle] = operands as [Operand, Operand];
    return { kind: 'condition', predicate: match(fn, target, needle), ...span };
  }
  if (!isOperandFn(fn)) throw cursor.error(`Unknown function '${name.text}' ${at(name.position)}`, name.position);
  return { kind: 'operand', operand: call(fn, ...operands), ...span };
}
